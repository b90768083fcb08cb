package extract

import "testing"

// TestWarAllies: who led a side into a war or fought beside it took part.
func TestWarAllies(t *testing.T) {
	const war = "event:war:six-day-war"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the leaders of a side",
			[]string{"[Ghalib Alhinai|person:ghalib] and [Suleiman bin Hamyar|person:suleiman] led [Egypt|country:egypt] in the Six-Day War."},
			[]string{"PARTICIPATED_IN person:ghalib " + war, "PARTICIPATED_IN person:suleiman " + war, "PARTICIPATED_IN country:egypt " + war}},
		{"an ally that fought alongside a side",
			[]string{"The [United Kingdom|country:united-kingdom] fought alongside [Egypt|country:egypt] in the Six-Day War."},
			[]string{"PARTICIPATED_IN country:united-kingdom " + war, "PARTICIPATED_IN country:egypt " + war}},
		{"a state that joined a side",
			[]string{"[Jordan|country:jordan] joined [Egypt|country:egypt] in the Six-Day War."},
			[]string{"PARTICIPATED_IN country:jordan " + war, "PARTICIPATED_IN country:egypt " + war}},
		{"a backer is not said to have fought",
			[]string{"The [United States|country:united-states] backed [Egypt|country:egypt] in the Six-Day War."},
			nil},
		{"joining denied is none",
			[]string{"[Jordan|country:jordan] did not join [Egypt|country:egypt] in the Six-Day War."},
			nil},
		{"joining before the war is not in it",
			[]string{"[Jordan|country:jordan] joined [Egypt|country:egypt] in 1967, before the Six-Day War."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
