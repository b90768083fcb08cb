package extract

import "testing"

// TestCounterparts: "X met his Omani counterpart Y" is a meeting with Y,
// who holds X's office for Oman.
func TestCounterparts(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"met his counterpart, named right after",
			"[Iranian|country:iran|demonym] Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] met his [Omani|country:oman|demonym] counterpart [Badr Albusaidi|person:badr-albusaidi] in Muscat.",
			[]string{"MET_WITH person:abbas-araghchi person:badr-albusaidi", "HOLDS_ROLE person:abbas-araghchi country:iran title=Foreign Minister", "HOLDS_ROLE person:badr-albusaidi country:oman title=Foreign Minister"}},
		{"met with his counterpart, named after a comma",
			"[Abbas Araghchi|person:abbas-araghchi] met with his [Omani|country:oman|demonym] counterpart, [Badr Albusaidi|person:badr-albusaidi].",
			[]string{"MET_WITH person:abbas-araghchi person:badr-albusaidi"}},
		{"a counterpart praised is not met",
			"[Abbas Araghchi|person:abbas-araghchi] praised his [Omani|country:oman|demonym] counterpart [Badr Albusaidi|person:badr-albusaidi].",
			nil},
		{"a counterpart the subject may meet",
			"[Abbas Araghchi|person:abbas-araghchi] may meet his [Omani|country:oman|demonym] counterpart [Badr Albusaidi|person:badr-albusaidi].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"MET_WITH", "HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
