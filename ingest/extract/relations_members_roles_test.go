package extract

import "testing"

// TestRoleMemberships: an office in a force, an armed group or a party
// makes its holder a member; an office in a government department or an
// international body does not.
func TestRoleMemberships(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"commander of a force", []string{
			"[Qasem Soleimani|person:soleimani], the commander of the [Quds Force|organization:quds-force], was killed in Baghdad."},
			[]string{"HOLDS_ROLE person:soleimani organization:quds-force", "AFFILIATED_WITH person:soleimani organization:quds-force"}},
		{"leader of a party in apposition", []string{
			"[Abdullah Ocalan|person:ocalan], the leader of the [Kurdistan Workers' Party|organization:kurdistan-workers-party], was captured in Nairobi."},
			[]string{"HOLDS_ROLE person:ocalan organization:kurdistan-workers-party", "AFFILIATED_WITH person:ocalan organization:kurdistan-workers-party"}},
		{"secretary of a department", []string{
			"[Scott Bessent|person:bessent], Secretary of the [Department of the Treasury|organization:department-of-the-treasury], announced the sanctions."},
			[]string{"HOLDS_ROLE person:bessent organization:department-of-the-treasury"}},
		{"head of an international body", []string{
			"[Antonio Guterres|person:guterres], Secretary-General of the [United Nations|organization:united-nations], called for calm."},
			[]string{"HOLDS_ROLE person:guterres organization:united-nations"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"AFFILIATED_WITH", "HOLDS_ROLE"}, nil, tt.want)
		})
	}
}

// TestFieldCommander: "field" is a word of a title ("Fatah field
// commander X"), so the office, and with it the membership, is read.
func TestFieldCommander(t *testing.T) {
	x := testExtractor(t)
	checkRelationKeys(t, x.Extract(docOf("Fighters led by Fatah field commander Abu Ali Iyad held out.")),
		[]string{"HOLDS_ROLE person:abu-ali-iyad organization:fatah", "AFFILIATED_WITH person:abu-ali-iyad organization:fatah"}, nil)
}
