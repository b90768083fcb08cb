package extract

import "testing"

// TestLeadershipVerbs: commanding or taking over an organisation, and
// ruling or leading a state for a span of years, hold an office; leading a
// state's delegation or a state in talks, and commanding a state, do not.
func TestLeadershipVerbs(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"commanded a force", []string{
			"[Qassem Soleimani|person:soleimani] commanded the [Quds Force|organization:quds-force] until 2020."},
			[]string{"HOLDS_ROLE person:soleimani organization:quds-force title=Commander"}},
		{"took over a group", []string{
			"[Ayman al-Zawahiri|person:zawahiri] took over [al-Qaeda|organization:al-qaeda] in 2011."},
			[]string{"HOLDS_ROLE person:zawahiri organization:al-qaeda title=Leader"}},
		{"has led a state since", []string{
			"[Ali Khamenei|person:khamenei] has led [Iran|country:iran] since 1989."},
			[]string{"HOLDS_ROLE person:khamenei country:iran title=Leader"}},
		{"ruled a state from", []string{
			"[Reza Shah|person:reza-shah] ruled [Iran|country:iran] from 1925 to 1941."},
			[]string{"HOLDS_ROLE person:reza-shah country:iran title=Ruler"}},
		{"led a state in talks", []string{
			"[Abbas Araghchi|person:araghchi] led [Iran|country:iran] in talks with the [United States|country:united-states]."},
			nil},
		{"led a state's delegation", []string{
			"[Abbas Araghchi|person:araghchi] led [Iran|country:iran]'s delegation."},
			nil},
		{"commanded a state", []string{
			"[Napoleon|person:napoleon] commanded [Egypt|country:egypt] briefly."},
			nil},
		{"will lead a state", []string{
			"[Ali Larijani|person:larijani] hopes to lead [Iran|country:iran] from 2028."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
