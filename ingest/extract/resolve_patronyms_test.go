package extract

import (
	"slices"
	"testing"
)

// TestPatronymAddresses: a given name with a patronymic is the one person
// of that given name the document names in full; with two such people it
// is neither.
func TestPatronymAddresses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the people's names, sorted
	}{
		{"one bearer", "Dmitry Medvedev met Nicolas Sarkozy.\nSarkozy said: thank you, Dmitry Anatolyevich.",
			[]string{"Dmitry Medvedev", "Nicolas Sarkozy"}},
		{"two bearers", "Dmitry Medvedev met Dmitry Kozak.\nSarkozy said: thank you, Dmitry Anatolyevich.",
			[]string{"Dmitry Anatolyevich", "Dmitry Kozak", "Dmitry Medvedev"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range testExtractor(t).Extract(docOf(tt.text)).Entities {
				if e.Type == "Person" {
					got = append(got, e.Name)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("people %q, want %q", got, tt.want)
			}
		})
	}
}
