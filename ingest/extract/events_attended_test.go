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

// TestWitnessedSigning: "the signing" is the signing the sentences before
// told of; who witnessed it took part, and where it was is its venue.
func TestWitnessedSigning(t *testing.T) {
	const signed = "Minister [Mehmet Fatih Kacır|person:kacir] signed the [Artemis Accords|agreement:artemis] on August 31, 2026."
	const signing = "event:agreement:artemis:2026-08-31"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"witnessed at a ceremony at a building",
			[]string{signed, "Administrator [Jared Isaacman|person:isaacman|title=Administrator] witnessed and celebrated the signing at a ceremony at the [NASA Headquarters|place:nasa-hq]."},
			[]string{"PARTICIPATED_IN person:kacir " + signing, "PARTICIPATED_IN person:isaacman " + signing, "HELD_IN " + signing + " place:nasa-hq"}},
		{"attended it in a city",
			[]string{signed, "[Jared Isaacman|person:isaacman] attended the signing in [Washington|place:washington]."},
			[]string{"PARTICIPATED_IN person:kacir " + signing, "PARTICIPATED_IN person:isaacman " + signing, "HELD_IN " + signing + " place:washington"}},
		{"no signing told before",
			[]string{"[Jared Isaacman|person:isaacman] witnessed the signing at the [NASA Headquarters|place:nasa-hq]."},
			nil},
		{"a place of something else",
			[]string{signed, "[Jared Isaacman|person:isaacman] witnessed the signing and flew to [Houston|place:houston]."},
			[]string{"PARTICIPATED_IN person:kacir " + signing, "PARTICIPATED_IN person:isaacman " + signing}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
		})
	}
}
