package extract

import "testing"

// TestSaidIt: "X said it struck Y" is X's deed; what X says it would do,
// or did not do, is none.
func TestSaidIt(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a state's military said it struck",
			"[Israel|country:israel]'s military said it struck [Hezbollah|organization:hezbollah] targets.",
			[]string{"ATTACKED country:israel organization:hezbollah"}},
		{"a group said it fired at a city",
			"[Hamas|organization:hamas] said it fired rockets at [Tel Aviv|place:tel-aviv].",
			[]string{"ATTACKED organization:hamas place:tel-aviv"}},
		{"they, for a group named in the plural",
			"The [Houthis|organization:houthis] said on Sunday that they attacked [Eilat|place:eilat].",
			[]string{"ATTACKED organization:houthis place:eilat"}},
		{"what it would do is no deed",
			"[Iran|country:iran] said it would attack [Israel|country:israel].",
			nil},
		{"it after another verb is not read",
			"[Iran|country:iran] feared it struck [Israel|country:israel].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}
