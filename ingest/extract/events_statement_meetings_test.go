package extract

import "testing"

// A chairman's statement names a body's meeting of leaders, then lists
// who attended, each with an office and the items set apart by
// semicolons, and the states represented by their ministers.
func TestStatementMeetings(t *testing.T) {
	x := testExtractor(t)
	lead := "ASEAN Secretariat, Jakarta, 24 April 2021\n1. The ASEAN Leaders' Meeting was convened on 24 April 2021 at the ASEAN Secretariat in Jakarta, Indonesia.\nIt was the first meeting of ASEAN Leaders held in person since the pandemic.\n"
	meeting := "event:meeting:asean-leaders-meeting"
	cases := []relationCase{
		{"attendees listed with offices between semicolons",
			lead + "2. The Meeting was attended by His Excellency Joko Widodo, President of the Republic of Indonesia; Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of Cambodia; and His Excellency Lee Hsien Loong, Prime Minister of the Republic of Singapore.",
			[]string{"PARTICIPATED_IN person:joko-widodo " + meeting, "PARTICIPATED_IN person:hun-sen " + meeting, "PARTICIPATED_IN person:lee-hsien-loong " + meeting},
			[]string{"PARTICIPATED_IN person:joko-widodo event:meeting:asean-first-meeting"}},
		{"states represented by ministers whose offices follow their names",
			lead + "3. The Lao People's Democratic Republic was represented by His Excellency Saleumxay Kommasith, Minister of Foreign Affairs; and the Kingdom of Thailand by His Excellency Don Pramudwinai, Deputy Prime Minister and Minister of Foreign Affairs.",
			[]string{"PARTICIPATED_IN country:laos " + meeting, "PARTICIPATED_IN person:saleumxay-kommasith " + meeting,
				"HOLDS_ROLE person:saleumxay-kommasith country:laos", "HOLDS_ROLE person:don-pramudwinai country:thailand"}, nil},
		{"one set off after his office was in attendance",
			lead + "4. The Secretary-General of ASEAN, His Excellency Dato Lim Jock Hoi, was in attendance.",
			[]string{"PARTICIPATED_IN person:lim-jock-hoi " + meeting}, nil},
	}
	checkRelationCasesIn(t, x, cases, "CHAIRMAN'S STATEMENT ON THE ASEAN LEADERS' MEETING", "2021-04-24")
	checkRelationCases(t, x, []relationCase{
		{"a cabinet meeting is no name",
			"The Cabinet Meeting was held on 24 April 2021 in Jakarta.",
			nil, []string{"HELD_IN event:meeting:cabinet-meeting place:jakarta"}},
	})
}
