package extract

import (
	"strings"
	"testing"
)

// TestGatheringSites: a summit or conference named after its city was
// held there, and people who met at it took part in it; talks named after
// a state are about the state, not held in it.
func TestGatheringSites(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"people who met at a summit named after its city",
			"Trump met Putin at the Helsinki summit on July 16, 2018.",
			[]string{
				"HELD_IN event:summit:helsinki-summit place:helsinki",
				"PARTICIPATED_IN person:donald-trump event:summit:helsinki-summit",
				"PARTICIPATED_IN person:vladimir-putin event:summit:helsinki-summit",
			}, nil},
		{"a conference named after its city",
			"Delegates attended the Madrid Conference.",
			[]string{"HELD_IN event:conference:madrid-conference place:madrid"}, nil},
		{"a city described before its kind",
			"On 5 January 2021 the leaders met at the 41st GCC summit in the ancient oasis city of Al-Ula.",
			[]string{"HELD_IN event:summit:41st-gcc-summit place:alula"}, nil},
		{"talks named after a state",
			"The Iran talks resumed.",
			nil, []string{"HELD_IN event:talks:iran-talks country:iran"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(docOf(tt.text))
			checkRelationKeys(t, res, tt.want, tt.not)
			for k := range relationKeys(res) {
				if len(tt.not) > 0 && strings.HasPrefix(k, "HELD_IN ") {
					t.Errorf("found %s, want no venue", k)
				}
			}
		})
	}
}
