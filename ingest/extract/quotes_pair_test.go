package extract

import "testing"

// TestPairStances: "They" (or "both leaders") opening a sentence after a
// call or meeting of two is the two, each stating what the stance is
// about; the states they serve are not its topic. Three people, no contact
// before, or a stance only planned give nothing.
func TestPairStances(t *testing.T) {
	call := "Secretary of State [Marco Rubio|person:rubio|title=Secretary of State] of the [United States|country:us] spoke today with [German|country:germany|demonym] Foreign Minister [Johann Wadephul|person:wadephul|title=Foreign Minister]."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"they reiterated a shared commitment", []string{call,
			"They also reiterated the shared [U.S.|country:us]-[German|country:germany|demonym] commitment to ensuring [Iran|country:iran] never acquires a nuclear weapon."},
			[]string{"STATED person:rubio country:iran", "STATED person:wadephul country:iran"}},
		{"a sentence of the two between", []string{call,
			"They discussed the importance of peace.",
			"They also reiterated their commitment to ensuring [Iran|country:iran] never acquires a nuclear weapon."},
			[]string{"STATED person:rubio country:iran", "STATED person:wadephul country:iran"}},
		{"both leaders underscored", []string{call,
			"Both leaders underscored the importance of [Lebanon|country:lebanon]'s stability."},
			[]string{"STATED person:rubio country:lebanon", "STATED person:wadephul country:lebanon"}},
		{"no call before", []string{
			"[Marco Rubio|person:rubio] and [Johann Wadephul|person:wadephul] are ministers.",
			"They reiterated their commitment to ensuring [Iran|country:iran] never acquires a nuclear weapon."},
			nil},
		{"a stance only planned", []string{call,
			"They may reiterate their commitment to ensuring [Iran|country:iran] never acquires a nuclear weapon."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2026-08-24", tt.lines, []string{"STATED"}, nil, tt.want)
		})
	}
}
