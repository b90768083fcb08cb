package extract

import "testing"

// TestRulerAnaphors: "the Shah" is the ruler of that title named last
// before it; "the Shah of Iran" and "the King Hussein Bridge" are no such
// mention, and with no ruler named there is none.
func TestRulerAnaphors(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, word, want string // want "" means no mention of word
	}{
		{"the son who reigns after his father", "In 1941 Reza Shah was forced to abdicate in favor of his son, Mohammad Reza Pahlavi. In 1953 the Shah fled Iran.",
			"Shah", "person:mohammad-reza-pahlavi"},
		{"the father before his son is named", "Reza Shah came to power in 1925. The Shah built railways across Iran.",
			"Shah", "person:reza-shah"},
		{"a king named with his title", "King Faisal II of Iraq was young. In 1958 the King was killed.",
			"King", "person:faisal-ii"},
		{"no ruler named", "Officials said the Sultan would speak.",
			"Sultan", ""},
		{"an office named with its state", "King Salman of Saudi Arabia spoke first. Later the King of Jordan spoke.",
			"King", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, e := range x.Extract(docOf(tt.text)).Entities {
				for _, m := range e.Mentions {
					if m.Text == tt.word {
						got = e.ID
					}
				}
			}
			if got != tt.want {
				t.Errorf("%q is a mention of %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}
