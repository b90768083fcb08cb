package extract

import "testing"

// TestSanctionsAfterAppositive: a person described, then "who was listed
// as a terrorist by X", was sanctioned by X; the names inside the
// description were not; "listed as a Specially Designated Global
// Terrorist (SDGT) by X" is a designation.
func TestSanctionsAfterAppositive(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a description naming a state and a group, then who was listed", []string{
			"[Abd al-Humayqani|person:humayqani], a [Yemeni|country:yemen|demonym] politician and founding member of [Alkarama|organization:alkarama], who was listed as a Specially Designated Global Terrorist (SDGT) by the [US Treasury|organization:treasury] in 2013."},
			[]string{"SANCTIONED organization:treasury person:humayqani"}},
		{"a description naming a state, then who was sanctioned", []string{
			"[Ali Hassan|person:ali-hassan], a cleric from [Iraq|country:iraq], who was sanctioned by the [United States|country:united-states] in 2019, died."},
			[]string{"SANCTIONED country:united-states person:ali-hassan"}},
		{"listed as a global terrorist, with its short form", []string{
			"[Ali Hassan|person:ali-hassan] was listed as a Specially Designated Global Terrorist (SDGT) by the [Department of the Treasury|organization:treasury] in 2013."},
			[]string{"SANCTIONED organization:treasury person:ali-hassan"}},
		{"who was praised is no sanction", []string{
			"[Ali Hassan|person:ali-hassan], a cleric close to [Hezbollah|organization:hezbollah], who was praised by [Iran|country:iran], died."},
			nil},
		{"who was not sanctioned", []string{
			"[Ali Hassan|person:ali-hassan], a cleric close to [Hezbollah|organization:hezbollah], who was not sanctioned by the [United States|country:united-states], died."},
			nil},
		{"named as a witness is no designation", []string{
			"[Ali Hassan|person:ali-hassan] was named as a witness by the [Department of the Treasury|organization:treasury]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"SANCTIONED"}, nil, tt.want)
		})
	}
}
