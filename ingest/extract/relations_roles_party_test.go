package extract

import "testing"

// TestPartyRoles: "party chairwoman X" holds the office for the one party
// the sentence, or the sentence before, names.
func TestPartyRoles(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the party the sentence names before the word party", []string{
			"[Shaul Mofaz|person:mofaz] won the [Kadima|organization:kadima] party leadership primaries, defeating party chairwoman [Tzipi Livni|person:livni]."},
			[]string{"HOLDS_ROLE person:livni organization:kadima title=Chairwoman"}},
		{"the party of the sentence before", []string{
			"The [Likud Party|organization:likud] elected a new leader.",
			"Party chairman [Benjamin Netanyahu|person:netanyahu] called it a victory."},
			[]string{"HOLDS_ROLE person:netanyahu organization:likud title=Chairman"}},
		{"two parties named: which one is not said", []string{
			"The [Likud Party|organization:likud] and the [Labor Party|organization:labor] met; party leader [Isaac Herzog|person:herzog] spoke."},
			nil},
		{"a body that is no party", []string{
			"[Hamas|organization:hamas] met in Doha; party leader [Ismail Haniyeh|person:haniyeh] spoke."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
