package extract

import "testing"

// TestRevealedSpeech: revealing, recalling or pointing out that something
// is so reports a statement; revealing a thing, or a report that reveals,
// names no speaker.
func TestRevealedSpeech(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"revealed that", []string{
			"[Ali Hassan|person:ali-hassan] revealed that [Iran|country:iran] had enriched uranium."},
			[]string{"STATED person:ali-hassan country:iran"}},
		{"pointed out that", []string{
			"[Ali Hassan|person:ali-hassan] pointed out that [Iran|country:iran] was ready."},
			[]string{"STATED person:ali-hassan country:iran"}},
		{"a quote, then recalled", []string{
			"\"[Iran|country:iran] is ready,\" [Ali Hassan|person:ali-hassan] recalled."},
			[]string{"STATED person:ali-hassan country:iran"}},
		{"revealed a thing", []string{
			"[Ali Hassan|person:ali-hassan] revealed a secret plan in [Iran|country:iran]."},
			nil},
		{"did not reveal that", []string{
			"[Ali Hassan|person:ali-hassan] did not reveal that [Iran|country:iran] was ready."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "2025-04-14", tc.lines, []string{"STATED"}, nil, tc.want)
		})
	}
}
