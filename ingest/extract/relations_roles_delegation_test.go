package extract

import "testing"

// TestDelegationMembers: the office of a member of a state's delegation,
// written without a state, is held for that state; an office naming
// another state is that state's.
func TestDelegationMembers(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"a member's office after the name",
			"The Russian delegation was led by Vladimir Quxinsky and included Alexander Zorbin, a deputy defence minister.",
			[]string{"HOLDS_ROLE person:alexander-zorbin country:russia"}, nil},
		{"a member's office before the name, the state's own team",
			"Ukraine's team was headed by David Quxamia and included the defence minister, Oleksii Zorbikov.",
			[]string{"HOLDS_ROLE person:oleksii-zorbikov country:ukraine"}, nil},
		{"a sentence about no delegation",
			"Russia welcomed Alexander Zorbin, a deputy defence minister, on Monday.",
			nil, []string{"HOLDS_ROLE person:alexander-zorbin country:russia"}},
	})
}
