package extract

import "testing"

// TestAttacksClaimed: an author that claims or bears responsibility for an
// attack on a side attacked it; a denial, a negation, being held
// responsible by another, and responsibility for talks give nothing.
func TestAttacksClaimed(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"claimed responsibility for the attack on", []string{
			"The [Houthis|organization:houthis] claimed responsibility for the attack on [Saudi Arabia|country:saudi-arabia]."},
			[]string{"ATTACKED organization:houthis country:saudi-arabia"}},
		{"was responsible for a named attack in", []string{
			"[Al-Qaeda|organization:al-qaeda] was responsible for the [September 11 attacks|event:9-11] in the [United States|country:united-states]."},
			[]string{"ATTACKED organization:al-qaeda country:united-states"}},
		{"the group's own noun", []string{
			"The [Hamas|organization:hamas] movement claimed responsibility for the rocket attacks on [Israel|country:israel]."},
			[]string{"ATTACKED organization:hamas country:israel"}},
		{"a count with a comma", []string{
			"In 1969 [Fatah|organization:fatah] carried out 2,432 guerrilla attacks on [Israel|country:israel]."},
			[]string{"ATTACKED organization:fatah country:israel"}},
		{"recorded to have carried out", []string{
			"In 1969 [Fatah|organization:fatah] is recorded to have carried out 2,432 guerrilla attacks on [Israel|country:israel]."},
			[]string{"ATTACKED organization:fatah country:israel"}},
		{"reported to have struck", []string{
			"[Israel|country:israel] is reported to have struck [Iran|country:iran] in April."},
			[]string{"ATTACKED country:israel country:iran"}},
		{"believed to have struck", []string{
			"[Israel|country:israel] is believed to have struck [Iran|country:iran] in April."},
			nil},
		{"denied responsibility", []string{
			"[Hamas|organization:hamas] denied responsibility for the attack on [Israel|country:israel]."},
			nil},
		{"was not responsible", []string{
			"[Hamas|organization:hamas] was not responsible for the attack on [Israel|country:israel]."},
			nil},
		{"held responsible by another", []string{
			"[Israel|country:israel] held [Hamas|organization:hamas] responsible for the attack on [Sderot|place:sderot]."},
			nil},
		{"responsible for talks", []string{
			"The [United States|country:united-states] was responsible for the talks in [Oman|country:oman]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}
