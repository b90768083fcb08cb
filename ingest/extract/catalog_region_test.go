package extract

import (
	"slices"
	"testing"
)

// TestRegionNames: places and bodies of the region the catalog holds are
// found by name alone, and a longer name is not swallowed by a shorter
// one ("Egyptian Islamic Jihad" is not Palestinian Islamic Jihad).
func TestRegionNames(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text    string
		want    []string
		notWant []string
	}{
		{"In Tunceli, it is the state that is evacuating villages.", []string{"place:tunceli"}, nil},
		{"The border ran through Khawr al Udayd.", []string{"place:khawr-al-udayd"}, nil},
		{"Turkish forces took Tel Abyad and Ras al-Ain.", []string{"place:tall-abyad", "place:ras-al-ain"}, nil},
		{"Sadat was killed by members of Egyptian Islamic Jihad.", []string{"organization:egyptian-islamic-jihad"}, []string{"organization:palestinian-islamic-jihad"}},
		{"Secretary-General U Thant ordered the withdrawal.", []string{"person:u-thant"}, nil},
	}
	for _, tt := range tests {
		res := x.Extract(docOf(tt.text))
		var got []string
		for _, e := range res.Entities {
			got = append(got, e.ID)
		}
		for _, id := range tt.want {
			if !slices.Contains(got, id) {
				t.Errorf("%q: no %s among %v", tt.text, id, got)
			}
		}
		for _, id := range tt.notWant {
			if slices.Contains(got, id) {
				t.Errorf("%q: unexpected %s", tt.text, id)
			}
		}
	}
}
