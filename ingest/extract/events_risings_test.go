package extract

import "testing"

// TestLowerRisings: an uprising, revolt or pogrom named in lower case after
// its place, or after "known as", is an event; a people's uprising is not.
func TestLowerRisings(t *testing.T) {
	types := []string{"HELD_IN", "PARTICIPATED_IN"}
	tests := []struct {
		name      string
		lines     []string
		events    []string
		relations []string
	}{
		{"named after its place, held there",
			[]string{"The [Hama|place:hama] uprising was crushed by the army."},
			[]string{"event:protest:hama-uprising kind=protest"},
			[]string{"HELD_IN event:protest:hama-uprising place:hama"}},
		{"riots of a city, dated by the year after the name",
			[]string{"The [Jaffa|place:jaffa] riots of 1921 killed dozens."},
			[]string{"event:protest:jaffa-riots kind=protest date=1921 datePrecision=year dateText=1921"},
			[]string{"HELD_IN event:protest:jaffa-riots place:jaffa"}},
		{"a name given with known as, dated by the opening year",
			[]string{"In 1948, massive protests known as the Al-Wathbah uprising broke out across [Baghdad|place:baghdad]."},
			[]string{"event:protest:al-wathbah-uprising kind=protest date=1948 datePrecision=year dateText=1948"},
			[]string{"HELD_IN event:protest:al-wathbah-uprising place:baghdad"}},
		{"an uprising dated by the year it was crushed in",
			[]string{"The [Hama|place:hama] uprising was crushed in 1982."},
			[]string{"event:protest:hama-uprising kind=protest date=1982 datePrecision=year dateText=1982"},
			[]string{"HELD_IN event:protest:hama-uprising place:hama"}},
		{"a people's uprising names no event",
			[]string{"The [Kurdish|country:iraq|demonym] uprising of 1991 failed."},
			nil, nil},
		{"capitals that are neither a place nor a given name",
			[]string{"The Great Shia uprising spread south."},
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", tt.lines, types, tt.relations, tt.events)
		})
	}
}
