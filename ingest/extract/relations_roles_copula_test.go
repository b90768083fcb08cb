package extract

import "testing"

// TestCopulaOrgRoles: an office or membership told with a copula and the
// organisation as a modifier, or after "one of the". (An office in an
// armed group is a membership too; roleMemberships adds it, from the
// catalog's description the markup here lacks.)
func TestCopulaOrgRoles(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a leader of the organisation before the noun", []string{
			"[Yahya Sinwar|person:yahya-sinwar] was a [Hamas|organization:hamas] leader."},
			[]string{"HOLDS_ROLE person:yahya-sinwar organization:hamas title=Leader"}},
		{"a senior commander", []string{
			"[Imad Mughniyeh|person:imad-mughniyeh] was a senior [Hezbollah|organization:hezbollah] commander."},
			[]string{"HOLDS_ROLE person:imad-mughniyeh organization:hezbollah title=Commander"}},
		{"a member is a membership only", []string{
			"[Ahmed Yassin|person:ahmed-yassin] was a [Hamas|organization:hamas] member."},
			[]string{"AFFILIATED_WITH person:ahmed-yassin organization:hamas title=Member"}},
		{"one of the founders of", []string{
			"[Khalil al-Wazir|person:khalil-al-wazir] was one of the founders of [Fatah|organization:fatah]."},
			[]string{"AFFILIATED_WITH person:khalil-al-wazir organization:fatah title=Founder"}},
		{"among the leaders of", []string{
			"[Khalil al-Wazir|person:khalil-al-wazir] was among the leaders of [Fatah|organization:fatah]."},
			[]string{"HOLDS_ROLE person:khalil-al-wazir organization:fatah title=Leader"}},
		{"a noun that is no role", []string{
			"[Ahmed Yassin|person:ahmed-yassin] was a [Hamas|organization:hamas] target."},
			nil},
		{"a longer name after the organisation", []string{
			"[Ahmed Yassin|person:ahmed-yassin] was a [Hamas|organization:hamas] Shura leader."},
			nil},
		{"a role someone may take is no role", []string{
			"[Ahmed Yassin|person:ahmed-yassin] could become a [Hamas|organization:hamas] leader."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE", "AFFILIATED_WITH"}, []string{"title"}, tt.want)
		})
	}
}
