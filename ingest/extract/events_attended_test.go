package extract

import "testing"

// TestAttendedEvents: "X attended the summit" is the one summit named just
// before; other events, hedges and qualified nouns give nothing.
func TestAttendedEvents(t *testing.T) {
	const summit = "The 2023 [Arab League|organization:arab-league] summit was held in [Jeddah|place:jeddah]."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a state attended the summit of the sentence before",
			[]string{summit, "[Syria|country:syria] attended the summit for the first time in years."},
			[]string{"PARTICIPATED_IN country:syria event:summit:2023-arab-league-summit"}},
		{"ministers from states took part in it",
			[]string{summit, "Ministers from [Egypt|country:egypt] and [Jordan|country:jordan] took part in the summit."},
			[]string{"PARTICIPATED_IN country:egypt event:summit:2023-arab-league-summit", "PARTICIPATED_IN country:jordan event:summit:2023-arab-league-summit"}},
		{"a summit of something else is that summit, not the one before",
			[]string{summit, "[Syria|country:syria] attended the summit of the [G7|organization:g7]."},
			[]string{"PARTICIPATED_IN country:syria event:meeting:g7-summit"}},
		{"the story's one summit, sentences before",
			[]string{summit, "", "Crowds gathered outside.", "", "[Syria|country:syria] attended the summit for the first time in years."},
			[]string{"PARTICIPATED_IN country:syria event:summit:2023-arab-league-summit"}},
		{"two summits sentences before: which is not said",
			[]string{summit, "The 2024 [Arab League|organization:arab-league] summit was held in [Manama|place:manama].", "", "Crowds gathered outside.", "[Syria|country:syria] attended the summit for the first time in years."},
			nil},
		{"two summits near, one far: which is not said",
			[]string{summit, "", "Crowds gathered outside.", "The 2024 [Arab League|organization:arab-league] summit was held in [Manama|place:manama] and the 2025 [Arab League|organization:arab-league] summit was held in [Baghdad|place:baghdad].", "[Syria|country:syria] attended the summit for the first time in years."},
			nil},
		{"a summit refused",
			[]string{summit, "[Syria|country:syria] refused to attend the summit."},
			nil},
		{"no summit named before",
			[]string{"[Syria|country:syria] attended the summit."},
			nil},
		{"a conference is no summit",
			[]string{summit, "[Syria|country:syria] attended the conference."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
