package extract

import "testing"

// TestEUOffices: an office only the European Union has is held for the
// Union, after or before the name, when the document names the Union.
func TestEUOffices(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"a commissioner after the name", "The European Union backed the plan.\nGünter Quxheugen, the European Commissioner for enlargement, felt cheated.",
			[]string{"HOLDS_ROLE person:gunter-quxheugen organization:european-union"}, nil},
		{"the high representative before the name", "The European Union backed the plan.\nIt was mediated by the EU High Representative for Foreign Affairs and Security Policy, Catherine Zorbton, in Brussels.",
			[]string{"HOLDS_ROLE person:catherine-zorbton organization:european-union"}, nil},
		{"a document that does not name the Union", "Günter Quxheugen, the European Commissioner for enlargement, felt cheated.",
			nil, []string{"HOLDS_ROLE person:gunter-quxheugen organization:european-union"}},
	})
}
