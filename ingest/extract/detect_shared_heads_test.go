package extract

import "testing"

// TestSharedHeads: each name of a list under a plural head is the
// catalog's event of that kind and name, not the town; a name the catalog
// does not know so stays what it is.
func TestSharedHeads(t *testing.T) {
	checkDetection(t, testExtractor(t), []detectCase{
		{"congresses of three towns", "Nesselrode went to the congresses of Troppau, Laibach and Verona between 1820 and 1822.",
			[]string{"event:congress-of-troppau", "event:congress-of-laibach", "event:congress-of-verona"}, []string{"place:verona"}},
		{"a name the catalog holds no congress of", "He attended the congresses of Verona and Quxleyburg.",
			[]string{"event:congress-of-verona"}, []string{"event:congress-of-quxleyburg"}},
	})
}
