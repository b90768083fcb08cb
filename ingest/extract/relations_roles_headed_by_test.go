package extract

import "testing"

// TestHeadedBy: a body told with who heads, chairs or presides over it
// gives that person its head office; a body led by a state gives none.
func TestHeadedBy(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"headed by a son, titled", "A [Transitional Military Council|organization:tmc] headed by his son, General [Mahamat Idriss Déby|person:mahamat|title=General], dissolved parliament.",
			[]string{"HOLDS_ROLE person:mahamat organization:tmc title=Head"}},
		{"chaired by, set off by commas", "The [Bahrain Independent Commission of Inquiry|organization:bici], chaired by [Cherif Bassiouni|person:bassiouni], reported in November 2011.",
			[]string{"HOLDS_ROLE person:bassiouni organization:bici title=Chairman"}},
		{"formed and headed by", "A [High Council of State|organization:hcs] was formed and headed by [Mohamed Boudiaf|person:boudiaf].",
			[]string{"HOLDS_ROLE person:boudiaf organization:hcs title=Head"}},
		{"headed by a state", "The [Arab League|organization:arab-league] mission, headed by [Egypt|country:egypt], arrived.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-01-01", []string{tt.line}, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
