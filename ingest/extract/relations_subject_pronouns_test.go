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

// TestWhereHe: "X traveled to Doha, where he met Y" is X's meeting; with
// another person before "where", whose it is is not said.
func TestWhereHe(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"the subject travelled, then met",
			"[Steve Witkoff|person:witkoff] traveled to [Doha|place:doha], where he met with [Mohammed bin Abdulrahman Al Thani|person:mbar].",
			[]string{"MET_WITH person:mbar person:witkoff"}},
		{"another person before where",
			"[Steve Witkoff|person:witkoff] thanked [Jared Kushner|person:kushner] in [Doha|place:doha], where he met with [Mohammed bin Abdulrahman Al Thani|person:mbar].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"MET_WITH"}, nil, tt.want)
		})
	}
}
