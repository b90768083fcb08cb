package extract

import "testing"

// TestPostRoles: "his position as IDF Chief of Staff" is an office of the
// person "his" stands for, after a verb of holding or leaving a post; after
// another verb the post may be someone else's.
func TestPostRoles(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"left his position as a body's title", []string{
			"[Shaul Mofaz|person:shaul-mofaz] had only recently left his position as [IDF|organization:idf] Chief of Staff."},
			[]string{"HOLDS_ROLE person:shaul-mofaz organization:idf title=Chief of Staff"}},
		{"during her term as a title of a state", []string{
			"[Tzipi Livni|person:tzipi-livni] met envoys often during her term as Foreign Minister of [Israel|country:israel]."},
			[]string{"HOLDS_ROLE person:tzipi-livni country:israel title=Foreign Minister"}},
		{"praised his role: someone else's post", []string{
			"[Tzipi Livni|person:tzipi-livni] praised his role as leader of [Hamas|organization:hamas]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
