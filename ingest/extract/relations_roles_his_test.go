package extract

import "testing"

// TestHisOffices: a minister told as a leader's own ("his Foreign
// Secretary, Albert del Rosario") holds the office for the leader's state;
// the leader is the last person before the pronoun, else the subject of
// the sentence before, and must hold a state's leading office.
func TestHisOffices(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"the leader in the same sentence",
			"The Philippines went to court in 2013, under President Benigno Aquino III and his Foreign Secretary, Albert del Rosario.",
			[]string{"HOLDS_ROLE person:albert-del-rosario country:philippines"}, nil},
		{"the leader the sentence before opens with",
			"President Rodrigo Duterte of the Philippines spoke on Tuesday with Xi Jinping.\nHis Foreign Secretary, Perfecto Yasay, welcomed the award.",
			[]string{"HOLDS_ROLE person:perfecto-yasay country:philippines"},
			[]string{"HOLDS_ROLE person:perfecto-yasay country:china"}},
		{"a leader's office set off after its holder",
			"President Zorbi Quxley of the United States spoke on Monday.\nThe text was initialled by Pedro Dutra, President Quxley's national security adviser, and by Ali Quxbeh.",
			[]string{"HOLDS_ROLE person:pedro-dutra country:united-states"},
			[]string{"HOLDS_ROLE person:ali-quxbeh country:united-states"}},
		{"a leader of no state the text names",
			"Mr Albert Smithers spoke on Tuesday.\nHis foreign minister, Pedro Dutra, said so in France.",
			nil, []string{"HOLDS_ROLE person:pedro-dutra country:france"}},
	})
}
