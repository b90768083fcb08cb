package extract

import "testing"

// TestSanctionLabelPresent: states that label, list or brand a group a
// terrorist organisation in the present plural sanction it; a denial or a
// wish does not.
func TestSanctionLabelPresent(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"three label as", []string{
			"Its allies the [US|country:united-states], the [EU|organization:eu], and [NATO|organization:nato] label the [PKK|organization:pkk] as a terrorist organization."},
			[]string{"SANCTIONED country:united-states organization:pkk", "SANCTIONED organization:eu organization:pkk", "SANCTIONED organization:nato organization:pkk"}},
		{"two list as", []string{
			"[Israel|country:israel] and the [United States|country:united-states] list [Hamas|organization:hamas] as a terrorist group."},
			[]string{"SANCTIONED country:israel organization:hamas", "SANCTIONED country:united-states organization:hamas"}},
		{"does not label", []string{
			"[Russia|country:russia] does not label [Hezbollah|organization:hezbollah] as a terrorist organization."},
			nil},
		{"want to label", []string{
			"Some in [Israel|country:israel] want to label [Hamas|organization:hamas] a terrorist organization."},
			nil},
		{"label as a partner", []string{
			"[Israel|country:israel] and the [United States|country:united-states] label [Egypt|country:egypt] as a partner."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"SANCTIONED"}, nil, tt.want)
		})
	}
}
