package extract

import "testing"

// TestBroughtTogether: the people a gathering brought together took part
// in it, whatever describes them, but for one named as another's; a
// gathering that brought nothing about lists no one.
func TestBroughtTogether(t *testing.T) {
	const summit = "event:khartoum-summit"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"brought together people described before their names",
			[]string{"The [Khartoum summit|event:khartoum-summit] in Khartoum brought together Egyptian President [Gamal Abdel Nasser|person:nasser], senior Saudi official [Zorba Quxley|person:zq] and President [Zed Quxton|person:zd]'s envoy [Quxar Zorbani|person:qz]."},
			[]string{"PARTICIPATED_IN person:nasser " + summit, "PARTICIPATED_IN person:zq " + summit, "PARTICIPATED_IN person:qz " + summit}},
		{"brought about something",
			[]string{"The [Khartoum summit|event:khartoum-summit] brought about a truce that [Gamal Abdel Nasser|person:nasser] welcomed."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
