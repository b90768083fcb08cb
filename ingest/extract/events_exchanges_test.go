package extract

import "testing"

// TestExchanges: dated prisoner exchanges between two sides; exchanges of
// words, hedged or undated swaps give nothing.
func TestExchanges(t *testing.T) {
	const id = "event:exchange:houthis-saudi-arabia:2016-03-09"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"two sides exchanged prisoners in a state on a day",
			"[Saudi Arabia|country:saudi-arabia] and the [Houthis|organization:houthis] exchanged prisoners in [Yemen|country:yemen] on March 9, 2016.",
			[]string{"PARTICIPATED_IN country:saudi-arabia " + id, "PARTICIPATED_IN organization:houthis " + id, "HELD_IN " + id + " country:yemen"}},
		{"a prisoner swap between two sides",
			"A prisoner swap between [Saudi Arabia|country:saudi-arabia] and the [Houthis|organization:houthis] took place on March 9, 2016.",
			[]string{"PARTICIPATED_IN country:saudi-arabia " + id, "PARTICIPATED_IN organization:houthis " + id}},
		{"carried out a prisoner exchange",
			"[Saudi Arabia|country:saudi-arabia] and the [Houthis|organization:houthis] carried out a prisoner exchange on March 9, 2016.",
			[]string{"PARTICIPATED_IN country:saudi-arabia " + id, "PARTICIPATED_IN organization:houthis " + id}},
		{"began a major prisoner swap",
			"On March 9, 2016, [Saudi Arabia|country:saudi-arabia] and the [Houthis|organization:houthis] began a major prisoner swap.",
			[]string{"PARTICIPATED_IN country:saudi-arabia " + id, "PARTICIPATED_IN organization:houthis " + id}},
		{"an exchange of words",
			"[Saudi Arabia|country:saudi-arabia] and the [Houthis|organization:houthis] exchanged accusations on March 9, 2016.",
			nil},
		{"a swap that may come",
			"[Saudi Arabia|country:saudi-arabia] and the [Houthis|organization:houthis] may exchange prisoners on March 9, 2016.",
			nil},
		{"an undated swap",
			"[Saudi Arabia|country:saudi-arabia] and the [Houthis|organization:houthis] exchanged prisoners.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
		})
	}
}

// TestExchangeOfTheDay: a news item's present tense dates the swap by the
// day it was published, and a side may be described before its name.
func TestExchangeOfTheDay(t *testing.T) {
	const id = "event:exchange:hamas-israel:2011-10-18"
	checkRelations(t, "2011-10-18", []string{
		"[Israel|country:israel] and the Palestinian militant organization [Hamas|organization:hamas] begin a major prisoner swap.",
	}, []string{"PARTICIPATED_IN"}, nil, []string{"PARTICIPATED_IN country:israel " + id, "PARTICIPATED_IN organization:hamas " + id})
	// In the past tense the day it happened is not said.
	checkRelations(t, "2011-10-18", []string{
		"[Israel|country:israel] and [Hamas|organization:hamas] exchanged prisoners.",
	}, []string{"PARTICIPATED_IN"}, nil, nil)
}
