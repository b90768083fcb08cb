package extract

import "testing"

// TestLegislativeSeats: a person's place in a parliament is a seat held,
// in a party a membership.
func TestLegislativeSeats(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a member of the Knesset",
			[]string{"In 1984, [Meir Kahane|person:meir-kahane] became a member of the [Knesset|organization:knesset]."},
			[]string{"HOLDS_ROLE person:meir-kahane organization:knesset title=Member"}},
		{"served in a parliament",
			[]string{"[Leyla Zana|person:leyla-zana] served in the [Grand National Assembly|organization:grand-national-assembly] from 1991."},
			[]string{"HOLDS_ROLE person:leyla-zana organization:grand-national-assembly title=Member"}},
		{"a member of a party stays a member",
			[]string{"In 1984, [Meir Kahane|person:meir-kahane] became a member of the [Likud|organization:likud]."},
			[]string{"AFFILIATED_WITH person:meir-kahane organization:likud title=Member"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE", "AFFILIATED_WITH"}, []string{"title"}, tt.want)
		})
	}
}
