package extract

import "testing"

// TestStatesUnderRulers: a state "under" a titled ruler is the state the
// ruler's office is of; a rank is no office of the state.
func TestStatesUnderRulers(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a state under its president",
			text: "The war was fought between Uganda under President Zorbo Kamuli and Tanzania.",
			want: []string{"HOLDS_ROLE person:zorbo-kamuli country:uganda"}},
		{name: "a state then under its prime minister",
			text: "Britain, then under Prime Minister Quentin Harrowgate, refused.",
			want: []string{"HOLDS_ROLE person:quentin-harrowgate country:united-kingdom"}},
		{name: "a rank is no office of the state",
			text: "Iraq under General Zorbo Kamuli fought on.",
			not:  []string{"HOLDS_ROLE person:zorbo-kamuli country:iraq"}},
	})
}
