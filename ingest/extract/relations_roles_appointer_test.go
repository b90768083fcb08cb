package extract

import "testing"

// TestAppointedOffices: one appointed by a person holding an office of a
// state holds the office given for that state; an office of another body,
// or a wish, gives nothing.
func TestAppointedOffices(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"appointed by a head of government", []string{
			"[Israeli|country:israel|demonym] Prime Minister [Ariel Sharon|person:ariel-sharon|title=Prime Minister;titleof=country:israel] appointed [Shaul Mofaz|person:shaul-mofaz] as Minister of Defense in 2002."},
			[]string{"HOLDS_ROLE person:ariel-sharon country:israel title=Prime Minister", "HOLDS_ROLE person:shaul-mofaz country:israel title=Minister of Defense"}},
		{"the office of a body named after it", []string{
			"[Israeli|country:israel|demonym] Prime Minister [Ariel Sharon|person:ariel-sharon|title=Prime Minister;titleof=country:israel] appointed [Shaul Mofaz|person:shaul-mofaz] as Minister of Defense of the new party."},
			[]string{"HOLDS_ROLE person:ariel-sharon country:israel title=Prime Minister"}},
		{"a wish to appoint", []string{
			"[Israeli|country:israel|demonym] Prime Minister [Ariel Sharon|person:ariel-sharon|title=Prime Minister;titleof=country:israel] would have appointed [Shaul Mofaz|person:shaul-mofaz] as Minister of Defense."},
			[]string{"HOLDS_ROLE person:ariel-sharon country:israel title=Prime Minister"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
