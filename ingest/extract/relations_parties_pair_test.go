package extract

import "testing"

// TestPairSigners: "the two leaders signed X" stands for the two people
// named before it, in its sentence or the one before; they signed for
// their states. "The two countries" are the two states named before.
// With more than two before, which two is not said.
func TestPairSigners(t *testing.T) {
	const decl = "[Joint Declaration|agreement:joint-declaration]"
	leaders := "[Ethiopian|country:ethiopia|demonym] Prime Minister [Abiy Ahmed|person:abiy|title=Prime Minister] met [Eritrean|country:eritrea|demonym] President [Isaias Afwerki|person:isaias|title=President] in Asmara."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the two leaders of the sentence before",
			[]string{leaders, "The next day the two leaders signed the " + decl + "."},
			[]string{"PARTY_TO country:ethiopia agreement:joint-declaration", "PARTY_TO country:eritrea agreement:joint-declaration"}},
		{"the two countries",
			[]string{"[Iran|country:iran] and [Oman|country:oman] held talks.", "In 2005 the two countries signed the " + decl + "."},
			[]string{"PARTY_TO country:iran agreement:joint-declaration", "PARTY_TO country:oman agreement:joint-declaration"}},
		{"three before: which two is not said",
			[]string{"[Iran|country:iran], [Iraq|country:iraq] and [Oman|country:oman] held talks.", "In 2005 the two countries signed the " + decl + "."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTY_TO"}, nil, tt.want)
		})
	}
}

// TestSignedBetweenOffices: "the X Agreements of February 1959, concluded
// between the prime ministers A of Greece and B of Turkey": the states of
// the signers are parties.
func TestSignedBetweenOffices(t *testing.T) {
	checkRelations(t, "", []string{"It was drawn up in the [Zurich Agreements|agreement:zurich] of February 1959, concluded between the prime ministers [Konstantinos Karamanlis|person:karamanlis] of [Greece|country:greece] and [Adnan Menderes|person:menderes] of [Turkey|country:turkey]."},
		[]string{"PARTY_TO"}, nil, []string{"PARTY_TO country:greece agreement:zurich", "PARTY_TO country:turkey agreement:zurich"})
}
