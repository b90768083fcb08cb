package extract

import "testing"

// TestJoinedBodies: joining a party called after its leader, and leaving
// one to join another.
func TestJoinedBodies(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"joined someone's party: both are of it", []string{
			"[Shaul Mofaz|person:shaul-mofaz] had joined [Ariel Sharon|person:ariel-sharon]'s [Likud|organization:likud] in 2003."},
			[]string{"AFFILIATED_WITH person:shaul-mofaz organization:likud", "AFFILIATED_WITH person:ariel-sharon organization:likud"}},
		{"left one party to join another", []string{
			"[Shaul Mofaz|person:shaul-mofaz] withdrew from both the leadership race and the [Likud|organization:likud] to join [Kadima|organization:kadima]."},
			[]string{"AFFILIATED_WITH person:shaul-mofaz organization:kadima"}},
		{"refused to leave one to join another", []string{
			"[Shaul Mofaz|person:shaul-mofaz] refused to leave the [Likud|organization:likud] to join [Kadima|organization:kadima]."},
			nil},
		{"met someone's party is no joining", []string{
			"[Shaul Mofaz|person:shaul-mofaz] met [Ariel Sharon|person:ariel-sharon]'s [Likud|organization:likud] in 2003."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"AFFILIATED_WITH"}, nil, tt.want)
		})
	}
}
