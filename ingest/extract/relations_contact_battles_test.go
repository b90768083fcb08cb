package extract

import "testing"

// TestArmiesThatMet: "the army of Sultan Selim met Shah Ismail" tells a
// battle, not a meeting, and "army of" is no part of the sultan's title.
func TestArmiesThatMet(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want, not  []string // "TYPE from to title"
	}{
		{"an army met a shah", "In 1514 the Ottoman army of Sultan Selim I met Shah Ismail I near Tabriz.",
			[]string{"HOLDS_ROLE person:selim-i country:ottoman-empire Sultan"},
			[]string{"MET_WITH person:ismail-i person:selim-i ", "MET_WITH person:selim-i person:ismail-i ", "HOLDS_ROLE person:selim-i country:ottoman-empire Army of Sultan"}},
		{"the son of a king is no office of his", "The son of King Hussein met Israeli officials in 1994.",
			nil, []string{"HOLDS_ROLE person:hussein-of-jordan country:jordan Son of King"}},
		{"a sultan who met a shah", "In 1514 Sultan Selim I met Shah Ismail I near Tabriz.",
			[]string{"MET_WITH person:ismail-i person:selim-i "}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, r := range x.Extract(docOf(tt.text)).Relations {
				title, _ := r.Properties["title"].(string)
				got[r.Type+" "+r.From+" "+r.To+" "+title] = true
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("missing %q in %v", w, got)
				}
			}
			for _, n := range tt.not {
				if got[n] {
					t.Errorf("unexpected %q", n)
				}
			}
		})
	}
}
