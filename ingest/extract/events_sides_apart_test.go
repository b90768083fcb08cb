package extract

import "testing"

// A state the catalog knows fought a war of two sides took part in it
// when the document names both, in any two sentences; a war of more sides
// names its sides only where a sentence says so, and a denial names none.
func TestKnownSidesApart(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"a war of two sides, its sides named before",
			"El Salvador and Honduras restored diplomatic relations in 1980.\nThe Football War had lasted four days.",
			[]string{"PARTICIPATED_IN country:el-salvador event:football-war", "PARTICIPATED_IN country:honduras event:football-war"}, nil},
		{"a war of more sides",
			"The United States welcomed the talks on Monday.\nSeoul and Pyongyang have been divided since the Korean War.",
			nil, []string{"PARTICIPATED_IN country:united-states event:korean-war"}},
		{"a denial between the two",
			"The Football War was never fought by Guatemala or Honduras, the minister claimed.",
			nil, []string{"PARTICIPATED_IN country:honduras event:football-war"}},
	})
}
