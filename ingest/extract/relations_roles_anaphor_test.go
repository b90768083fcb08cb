package extract

import "testing"

// TestKindOffices: "the alliance's Secretary-General", "the country's
// president" after a name hold for the last body or state named before.
func TestKindOffices(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"an alliance's office", "NATO would have a case for strikes, which Javier Quxana, the alliance's Secretary-General, could order.",
			[]string{"HOLDS_ROLE person:javier-quxana organization:nato"}, nil},
		{"a country's office, the state named by its possessive", "Burundi's war began when officers killed Melchior Zorbaye, the country's first elected president.",
			[]string{"HOLDS_ROLE person:melchior-zorbaye country:burundi"}, nil},
		{"a state's kind never stands for a body", "NATO met on Monday, and Javier Quxana, the country's president, spoke.",
			nil, []string{"HOLDS_ROLE person:javier-quxana organization:nato"}},
	})
}
