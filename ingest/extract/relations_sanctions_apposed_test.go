package extract

import "testing"

// TestSanctionsOnDescribed: the person named after the description of a
// sanction's target is the one sanctioned; a promise sanctions no one.
func TestSanctionsOnDescribed(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a manager described before his name", []string{
			"Today, the [United States|country:united-states] is imposing sanctions on the manager of the [Dubai|place:dubai] branch of [Iran|country:iran]'s [Bank Melli|organization:bank-melli], [Reza Mohammad Taeedi|person:taeedi]."},
			[]string{"SANCTIONED country:united-states person:taeedi"}},
		{"a promise", []string{
			"The [United States|country:united-states] will impose sanctions on the head of the bank, [Ahmed Quxley|person:ahmed-quxley]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"SANCTIONED"}, nil, tt.want)
		})
	}
}
