package extract

import "testing"

func TestNamedRulers(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "the one state of the document a King Abdullah ruled",
			text: "Biden will travel to Amman, Jordan, where he will meet with his Majesty King Abdullah.",
			want: []string{"HOLDS_ROLE person:abdullah country:jordan"}},
		{name: "the other state a King Abdullah ruled, whose one King Abdullah the catalog names",
			text: "King Abdullah received Biden in Riyadh, Saudi Arabia.",
			want: []string{"HOLDS_ROLE person:abdullah-bin-abdulaziz country:saudi-arabia"},
			not:  []string{"HOLDS_ROLE person:abdullah-bin-abdulaziz country:jordan", "HOLDS_ROLE person:abdullah country:saudi-arabia"}},
		{name: "both states named: no telling whose king",
			text: "King Abdullah spoke of Jordan and Saudi Arabia in one breath.",
			not:  []string{"HOLDS_ROLE person:abdullah country:jordan", "HOLDS_ROLE person:abdullah country:saudi-arabia"}},
		{name: "no state named",
			text: "King Abdullah welcomed the decision.",
			not:  []string{"HOLDS_ROLE person:abdullah country:jordan", "HOLDS_ROLE person:abdullah country:saudi-arabia"}},
		{name: "a royal of another state after the king of the document",
			text: "Bush met King Abdullah II in Aqaba, Jordan. He had met Crown Prince Abdullah of Saudi Arabia the day before.",
			want: []string{"HOLDS_ROLE person:abdullah-bin-abdulaziz country:saudi-arabia"},
			not:  []string{"HOLDS_ROLE person:abdullah-ii country:saudi-arabia"}},
		{name: "another title is no king's",
			text: "In Amman, Jordan, Minister Abdullah welcomed the decision.",
			not:  []string{"HOLDS_ROLE person:abdullah country:jordan"}},
	})
}

func TestTitleInsideCatalogName(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a possessive state before a title the alias opens with",
			text: "Saudi Arabia's King Salman hosted the summit in Riyadh.",
			want: []string{"HOLDS_ROLE person:salman-bin-abdulaziz country:saudi-arabia"}},
		{name: "a demonym before it",
			text: "Saudi King Salman met the envoy.",
			want: []string{"HOLDS_ROLE person:salman-bin-abdulaziz country:saudi-arabia"}},
		{name: "an alias that closes with the state: the state is its own mention",
			text: "He worked with King Fahd of Saudi Arabia and King Hassan II of Morocco.",
			want: []string{"HOLDS_ROLE person:hassan-ii country:morocco", "HOLDS_ROLE person:fahd-bin-abdulaziz country:saudi-arabia"}},
		{name: "a regnal alias with its state and no title gives no office",
			text: "Faisal I of Iraq died in Bern in 1933.",
			not:  []string{"HOLDS_ROLE person:faisal-i-of-iraq country:iraq"}},
		{name: "a given name that may be a title is the name",
			text: "Iran's Amir Hatami said the drills would go on.",
			not:  []string{"HOLDS_ROLE person:amir-hatami country:iran"}},
	})
}
