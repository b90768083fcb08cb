package extract

import "testing"

// A body's numbered session is named by its ordinal; a release's headline
// names the summit it reports; a summit recalled "since" is not the one
// the release's attendees came to.
func TestSessionsAndHeadlineGatherings(t *testing.T) {
	x := testExtractor(t)
	session := "event:meeting:thirty-third-extraordinary-session-of-the-igad-assembly-of-heads-of-state-and-government"
	astana := "event:summit:osce-astana-summit"
	release := "Astana, 2 December 2010\nOSCE Astana Summit concludes with the adoption of the Astana Commemorative Declaration\nThe Summit of Heads of State of the participating States of the OSCE concluded today in Astana.\n"
	checkRelationCases(t, x, []relationCase{
		{"a numbered session of a body's assembly",
			"The Thirty-Third Extraordinary Session of the IGAD Assembly of Heads of State and Government was held today, 12 September 2018, in Addis Ababa.\nThe Summit was attended by His Excellency Yoweri Kaguta Museveni, President of the Republic of Uganda.",
			[]string{"HELD_IN " + session + " place:addis-ababa"}, nil},
		{"a session without its number is no name",
			"A plenary session of the IGAD Assembly of Heads of State and Government was held today in Addis Ababa.",
			nil, []string{"HELD_IN event:meeting:plenary-session-of-the-igad-assembly-of-heads-of-state-and-government place:addis-ababa"}},
		{"the headline's summit, and a summit recalled since",
			release + "It was the first summit in eleven years, since the Istanbul Summit of 1999.\nAmong those attending were His Excellency Dmitry Medvedev, President of the Russian Federation, and Her Excellency Angela Merkel, Federal Chancellor of Germany.",
			[]string{"PARTICIPATED_IN person:dmitry-medvedev " + astana},
			[]string{"PARTICIPATED_IN person:dmitry-medvedev event:summit:istanbul-summit"}},
		{"the summit chaired, told with its day and place set off",
			release + "It was the first summit in eleven years, since the Istanbul Summit of 1999.\nThe Summit, held on 1 and 2 December 2010 at the Palace of Independence, was chaired by His Excellency Nursultan Nazarbayev, President of the Republic of Kazakhstan.",
			[]string{"PARTICIPATED_IN person:nursultan-nazarbayev " + astana}, nil},
	})

	checkRelationCases(t, x, []relationCase{
		{"a conference opened at a venue, with its chair",
			"The conference opened at Lancaster House on September 10, 1979, with Lord Carrington in the chair.",
			[]string{"HELD_IN event:conference:lancaster-house:1979-09-10 place:lancaster-house", "PARTICIPATED_IN person:peter-carington-6th-baron-carrington event:conference:lancaster-house:1979-09-10"}, nil},
	})
}
