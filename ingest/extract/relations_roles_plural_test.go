package extract

import "testing"

// TestPluralOffices: an office told once in the plural for a list of
// people, each with their state.
func TestPluralOffices(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"three foreign ministers in apposition", []string{
			"The foreign ministers, [Fuad Hussein|person:fuad-hussein] of [Iraq|country:iraq], [Ayman Safadi|person:ayman-safadi] of [Jordan|country:jordan] and [Sameh Shoukry|person:sameh-shoukry] of [Egypt|country:egypt], held a meeting."},
			[]string{"HOLDS_ROLE person:fuad-hussein country:iraq title=Foreign Minister", "HOLDS_ROLE person:ayman-safadi country:jordan title=Foreign Minister",
				"HOLDS_ROLE person:sameh-shoukry country:egypt title=Foreign Minister"}},
		{"two presidents before their names", []string{
			"Presidents [Recep Tayyip Erdoğan|person:erdogan] of [Turkey|country:turkey] and [Vladimir Putin|person:putin] of [Russia|country:russia] met in Sochi."},
			[]string{"HOLDS_ROLE person:erdogan country:turkey title=President", "HOLDS_ROLE person:putin country:russia title=President"}},

		{"an office held whatever the clause says of them", []string{
			"The foreign ministers, [Fuad Hussein|person:fuad-hussein] of [Iraq|country:iraq] and [Ayman Safadi|person:ayman-safadi] of [Jordan|country:jordan], would be replaced."},
			[]string{"HOLDS_ROLE person:fuad-hussein country:iraq title=Foreign Minister", "HOLDS_ROLE person:ayman-safadi country:jordan title=Foreign Minister"}},

		// Negative cases.
		{"a person of a state with no office", []string{
			"[Fuad Hussein|person:fuad-hussein] of [Iraq|country:iraq] and [Ayman Safadi|person:ayman-safadi] of [Jordan|country:jordan] met."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}

func TestSingularOffice(t *testing.T) {
	for plural, want := range map[string]string{
		"foreign ministers": "Foreign Minister", "Presidents": "President", "national security advisers": "National Security Adviser",
		"chiefs of staff": "Chief of Staff", "envoys": "Envoy",
	} {
		if got := singularOffice(plural); got != want {
			t.Errorf("singularOffice(%q) = %q, want %q", plural, got, want)
		}
	}
}
