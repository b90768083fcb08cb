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
		{"announces that a state will withdraw", "[Donald Trump|person:trump] announces that the [United States|country:united-states] will withdraw from the " + jcpoa + ".",
			[]string{"WITHDREW_FROM country:united-states agreement:jcpoa"}},
		{"will withdraw, on a condition", "[Iran|country:iran] will withdraw from the " + jcpoa + " if attacked.",
			nil},
		{"said that a state will withdraw", "[Donald Trump|person:trump] said that the [United States|country:united-states] will withdraw from the " + jcpoa + ".",
			nil},
		{"abrogated an agreement named with its year", "[Iraq|country:iraq] had unilaterally abrogated the 1975 [Algiers Agreement|agreement:algiers].",
			[]string{"WITHDREW_FROM country:iraq agreement:algiers"}},
		{"renounced a treaty", "In 1969 [Iran|country:iran] renounced the [Boundary Treaty|agreement:boundary-treaty].",
			[]string{"WITHDREW_FROM country:iran agreement:boundary-treaty"}},
		{"quits, present tense", "The [United States|country:united-states] quits the " + jcpoa + ".",
			[]string{"WITHDREW_FROM country:united-states agreement:jcpoa"}},
		{"exited", "The [United States|country:united-states] exited the " + jcpoa + " in 2018.",
			[]string{"WITHDREW_FROM country:united-states agreement:jcpoa"}},
		{"a state left a body", "[Qatar|country:qatar] withdrew from [OPEC|organization:opec] in January 2019.",
			[]string{"WITHDREW_FROM country:qatar organization:opec"}},
		{"a state left a union", "The [United Kingdom|country:uk] left the [European Union|organization:eu] in 2020.",
			[]string{"WITHDREW_FROM country:uk organization:eu"}},
		{"a body's positions are no body left", "[Israel|country:israel] withdrew from [Hezbollah|organization:hezbollah] positions.",
			nil},
		{"a group leaving a body is no state's exit", "[Hamas|organization:hamas] left the [PLO|organization:plo] in 1990.",
			nil},
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
