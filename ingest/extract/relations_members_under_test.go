package extract

import "testing"

// TestUnderLeaders: a force or armed group "under" a person, or told as
// his ("of", a possessive), is his; an administration's department under
// a president is not his membership.
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
		{"an army of a person", []string{
			"The army fought the [Mahdi Army|organization:mahdi-army] of [Muqtada al-Sadr|person:sadr] in Basra."},
			[]string{"AFFILIATED_WITH person:sadr organization:mahdi-army"}},
		{"a militia of a person", []string{
			"They overran the [Quxley Front|organization:quxley-front] militia of [Dany Zorb|person:zorb] at Safra."},
			[]string{"AFFILIATED_WITH person:zorb organization:quxley-front"}},
		{"a person's party", []string{
			"It came second behind [Zorba Quxley|person:quxley]'s [Civic Party|organization:civic-party]."},
			[]string{"AFFILIATED_WITH person:quxley organization:civic-party"}},
		{"a department of a person is no membership", []string{
			"The [Treasury|organization:treasury] of [Donald Trump|person:trump] sanctioned [Iran|country:iran]."},
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
