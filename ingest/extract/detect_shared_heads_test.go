package extract

import "testing"

// TestSharedHeads: each name of a list under a plural head is the
// catalog's event of that kind and name, not the town; a name the catalog
// does not know so stays what it is.
func TestSharedHeads(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text  string
		want, never []string
	}{
		{"congresses of three towns", "Nesselrode went to the congresses of Troppau, Laibach and Verona between 1820 and 1822.",
			[]string{"event:congress-of-troppau", "event:congress-of-laibach", "event:congress-of-verona"}, []string{"place:verona"}},
		{"a name the catalog holds no congress of", "He attended the congresses of Verona and Quxleyburg.",
			[]string{"event:congress-of-verona"}, []string{"event:congress-of-quxleyburg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDs(t, tt.name, entityIDs(x.Extract(docOf(tt.text))), tt.want, tt.never)
		})
	}
}
