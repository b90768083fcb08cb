package extract

import "testing"

// TestDelegationLeaders: the head of a state's delegation takes part in
// the one talks of that sentence or the one before in which the state
// takes part; with no such talks, or two, nothing is added.
func TestDelegationLeaders(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{name: "the leader in the sentence after the talks",
			text: "Iran held talks with France and Germany in Istanbul on 25 July 2025. Deputy Foreign Minister Kamal Quxani, who led the Iranian delegation, said the talks were serious.",
			want: []string{"PARTICIPATED_IN person:kamal-quxani event:talks:france-germany-iran:2025-07-25"}},
		{name: "the leader of a state not at the talks",
			text: "Iran held talks with France and Germany in Istanbul on 25 July 2025. Zorbi Quxley, who led the Turkish delegation, spoke.",
			not:  []string{"PARTICIPATED_IN person:zorbi-quxley event:talks:france-germany-iran:2025-07-25"}},
		{name: "the leaders told after their delegations",
			text: "Israel and Hamas resumed indirect talks in Doha on 4 March 2024. The Israeli team is led by Mossad chief David Barnea, while the Hamas delegation is headed by Khalil al-Hayya.",
			want: []string{"PARTICIPATED_IN person:david-barnea event:talks:hamas-israel:2024-03-04", "PARTICIPATED_IN person:khalil-al-hayya event:talks:hamas-israel:2024-03-04"}},
		{name: "a leader told after a delegation not at the talks",
			text: "Israel and Hamas resumed indirect talks in Doha on 4 March 2024. The Egyptian delegation, led by Zorbi Quxley, stayed home.",
			not:  []string{"PARTICIPATED_IN person:zorbi-quxley event:talks:hamas-israel:2024-03-04"}},
		{name: "a held dialogue, its sides' leaders told after a title with a body in it",
			text: "The Governments of Iraq and the United States held a Strategic Dialogue on 11 June 2020 by video conference. The Iraqi delegation was headed by Senior Undersecretary of the Ministry of Foreign Affairs Kamal Quxani; the U.S. side was led by Under Secretary of State Zorbi Quxley.",
			want: []string{"PARTICIPATED_IN country:iraq event:talks:iraq-united-states:2020-06-11", "PARTICIPATED_IN country:united-states event:talks:iraq-united-states:2020-06-11",
				"PARTICIPATED_IN person:kamal-quxani event:talks:iraq-united-states:2020-06-11", "PARTICIPATED_IN person:zorbi-quxley event:talks:iraq-united-states:2020-06-11"}},
		{name: "a state represented by a person, two sentences after the talks",
			text: "Israel and Hamas resumed indirect talks in Doha on 4 March 2024. The sides met for hours. Israel was represented by Zorbi Quxley, the national security adviser.",
			want: []string{"PARTICIPATED_IN person:zorbi-quxley event:talks:hamas-israel:2024-03-04"}},
		{name: "a state not at the talks represented by a person",
			text: "Israel and Hamas resumed indirect talks in Doha on 4 March 2024. Turkey was represented by Zorbi Quxley.",
			not:  []string{"PARTICIPATED_IN person:zorbi-quxley event:talks:hamas-israel:2024-03-04"}},
		{name: "states represented at the one summit told before, the verb elided after the first",
			text: "The Khartoum summit was held in Khartoum in August 1967. Egypt was represented by President Gamal Abdel Nasser, Jordan by King Hussein.",
			want: []string{"PARTICIPATED_IN country:egypt event:khartoum-summit", "PARTICIPATED_IN person:gamal-abdel-nasser event:khartoum-summit",
				"PARTICIPATED_IN country:jordan event:khartoum-summit", "PARTICIPATED_IN person:hussein-of-jordan event:khartoum-summit"}},
		{name: "a state represented with two gatherings told before",
			text: "The Khartoum summit was held in Khartoum in August 1967, and the Cairo Conference in September. Egypt was represented by President Gamal Abdel Nasser.",
			not:  []string{"PARTICIPATED_IN country:egypt event:khartoum-summit"}},
		{name: "a state represented with a gathering recalled before",
			text: "The Khartoum summit was held in Khartoum in August 1967, after the Cairo Conference. Egypt was represented by President Gamal Abdel Nasser.",
			want: []string{"PARTICIPATED_IN country:egypt event:khartoum-summit"}},
		{name: "no talks near",
			text: "Kamal Quxani, who led the Iranian delegation, spoke.",
			not:  []string{"PARTICIPATED_IN person:kamal-quxani event:talks:france-germany-iran:2025-07-25"}},
	})
}

// TestTalksBetweenDelegations: talks between "a delegation of X, headed by
// P, and a delegation of Y, headed by Q" are X's and Y's, and P and Q
// lead them; the leader is the last person of the aside.
func TestTalksBetweenDelegations(t *testing.T) {
	x := testExtractor(t)
	const talks = "event:talks:iran-united-states:2025-04-12"
	checkRelationCases(t, x, []relationCase{
		{name: "two delegations with their leaders",
			text: "On April 12, 2025, Oman hosted in Muscat indirect talks between a delegation of the Islamic Republic of Iran, headed by Foreign Minister Abbas Araghchi, and a delegation of the United States of America, headed by President Trump's Special Envoy for the Middle East, Steve Witkoff.",
			want: []string{"PARTICIPATED_IN country:iran " + talks, "PARTICIPATED_IN country:united-states " + talks,
				"NEGOTIATED_WITH country:iran country:united-states",
				"PARTICIPATED_IN person:abbas-araghchi " + talks, "PARTICIPATED_IN person:steve-witkoff " + talks},
			not: []string{"PARTICIPATED_IN person:donald-trump " + talks}},
		{name: "a delegation of a state that meets none",
			text: "On April 12, 2025, a delegation of Iran, headed by Foreign Minister Abbas Araghchi, visited a museum.",
			not:  []string{"PARTICIPATED_IN person:abbas-araghchi " + talks, "PARTICIPATED_IN country:iran " + talks}},
	})
}

// TestDelegationsTo: a state's delegation to a gathering named right
// after it took part, and so did its head; a place opening the
// gathering's name is no visit; a joint delegation is no one state's.
func TestDelegationsTo(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{name: "led the delegation to a conference",
			text: "Kamal Quxani led the Iranian delegation to the Geneva Conference in 2013.",
			want: []string{"PARTICIPATED_IN country:iran event:conference:geneva-conference", "PARTICIPATED_IN person:kamal-quxani event:conference:geneva-conference"},
			not:  []string{"HELD_IN event:visit:kamal-quxani-to-geneva:2013 place:geneva"}},
		{name: "the head of the delegation to a conference",
			text: "Zorbi Quxley was the head of the Egyptian delegation to the Madrid Conference.",
			want: []string{"PARTICIPATED_IN country:egypt event:conference:madrid-conference", "PARTICIPATED_IN person:zorbi-quxley event:conference:madrid-conference"}},
		{name: "a joint delegation",
			text: "The joint Palestinian–Jordanian delegation at the Madrid Conference sat apart.",
			not:  []string{"PARTICIPATED_IN country:jordan event:conference:madrid-conference"}},
	})
}
