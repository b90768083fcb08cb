package extract

import "testing"

// TestUnderLeaders: a force or armed group "under" a person is his; an
// administration's department under a president is not his membership.
func TestUnderLeaders(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"an army, under a person", []string{
			"Members of the [Iraqi Army|organization:iraqi-army], under [Abd al-Karim Qasim|person:qasim], stormed the palace."},
			[]string{"AFFILIATED_WITH person:qasim organization:iraqi-army"}},
		{"a force under the command of", []string{
			"The [Quds Force|organization:quds-force] under the command of [Qassem Soleimani|person:soleimani] expanded."},
			[]string{"AFFILIATED_WITH person:soleimani organization:quds-force"}},
		{"a department under a president", []string{
			"Sanctions imposed by the [Treasury|organization:treasury] under [Donald Trump|person:trump] hit [Iran|country:iran]."},
			nil},
		{"a force without under", []string{
			"The [Quds Force|organization:quds-force] met [Qassem Soleimani|person:soleimani]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"AFFILIATED_WITH"}, nil, tt.want)
		})
	}
}
