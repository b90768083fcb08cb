package extract

import "testing"

// TestItsRoles: "its founder X" is an office of the body the sentence
// opens with.
func TestItsRoles(t *testing.T) {
	tests := []struct {
		name  string
		types []string
		lines []string
		want  []string
	}{
		{"named after its founder", []string{"AFFILIATED_WITH"}, []string{
			"The [ANO|organization:ano] is named after its founder [Abu Nidal|person:abu-nidal]."},
			[]string{"AFFILIATED_WITH person:abu-nidal organization:ano title=Founder"}},
		{"led by its leader", []string{"HOLDS_ROLE"}, []string{
			"[Hamas|organization:hamas] was led by its late leader [Ahmed Yassin|person:ahmed-yassin]."},
			[]string{"HOLDS_ROLE person:ahmed-yassin organization:hamas title=Leader"}},
		{"another body between: its leader is not the first body's", []string{"HOLDS_ROLE"}, []string{
			"[Hamas|organization:hamas] met [Fatah|organization:fatah] and its leader [Mahmoud Abbas|person:mahmoud-abbas]."},
			nil},
		{"a sentence that does not open with the body", []string{"HOLDS_ROLE"}, []string{
			"In Gaza, [Hamas|organization:hamas] praised its leader [Ahmed Yassin|person:ahmed-yassin]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, tt.types, []string{"title"}, tt.want)
		})
	}
}
