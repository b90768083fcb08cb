package extract

import "testing"

// TestWithdrawalWordings: announced withdrawals and present-tense exits.
func TestWithdrawalWordings(t *testing.T) {
	const npt = "[Treaty on the Non-Proliferation of Nuclear Weapons|agreement:npt]"
	const jcpoa = "[JCPOA|agreement:jcpoa]"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"announced its withdrawal from", "In 2003, [North Korea|country:north-korea] announced its withdrawal from the " + npt + ".",
			[]string{"WITHDREW_FROM country:north-korea agreement:npt"}},
		{"quits, present tense", "The [United States|country:united-states] quits the " + jcpoa + ".",
			[]string{"WITHDREW_FROM country:united-states agreement:jcpoa"}},
		{"exited", "The [United States|country:united-states] exited the " + jcpoa + " in 2018.",
			[]string{"WITHDREW_FROM country:united-states agreement:jcpoa"}},
		{"a withdrawal threatened is none", "[Iran|country:iran] threatened to announce its withdrawal from the " + npt + ".",
			nil},
		{"a withdrawal denied is none", "The [United States|country:united-states] did not withdraw from the " + npt + ".",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"WITHDREW_FROM"}, nil, tt.want)
		})
	}
}
