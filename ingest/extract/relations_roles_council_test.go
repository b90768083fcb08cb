package extract

import "testing"

// TestCouncilPresidents: the Security Council's president of the month,
// named by that office before or after the name, holds its presidency;
// a president of another council, or a text naming no Security Council,
// gives none.
func TestCouncilPresidents(t *testing.T) {
	sc := "The [UN Security Council|organization:un-security-council] met."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the president of the council, then the name", []string{sc, "The President of the Council, [Dina Kawar|person:kawar] of [Jordan|country:jordan], said the Council had spoken."},
			[]string{"HOLDS_ROLE person:kawar organization:un-security-council title=President"}},
		{"the name, then the presidency of the month", []string{sc, "[Lana Nusseibeh|person:nusseibeh] of the [United Arab Emirates|country:uae], Council President for June, urged calm."},
			[]string{"HOLDS_ROLE person:nusseibeh organization:un-security-council title=President"}},
		{"no Security Council named", []string{"The President of the Council, [Dina Kawar|person:kawar] of [Jordan|country:jordan], said the Council had spoken."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := relate(markup(t, "", tt.lines...))
			var got []string
			for _, r := range rs.Relations {
				if r.Type == "HOLDS_ROLE" && r.To == "organization:un-security-council" {
					got = append(got, r.Type+" "+r.From+" "+r.To+" title="+r.Props["title"].(string))
				}
			}
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
