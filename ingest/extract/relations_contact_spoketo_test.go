package extract

import "testing"

// TestContactsSpokeTo: "X spoke to Y" between people is a contact; to a
// body, a state or in the future it is not.
func TestContactsSpokeTo(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"spoke to", []string{
			"[Marco Rubio|person:marco-rubio] spoke to [Abbas Araghchi|person:abbas-araghchi] on Monday."},
			[]string{"MET_WITH person:abbas-araghchi person:marco-rubio"}},
		{"talked by phone to", []string{
			"[Jake Sullivan|person:jake-sullivan] talked by phone to [Mohammed Al Thani|person:mohammed-al-thani]."},
			[]string{"MET_WITH person:jake-sullivan person:mohammed-al-thani"}},
		{"spoke to a body", []string{
			"[Marco Rubio|person:marco-rubio] spoke to the [United Nations General Assembly|organization:unga]."},
			nil},
		{"spoke to a state", []string{
			"[Marco Rubio|person:marco-rubio] spoke to [Iran|country:iran] through intermediaries."},
			nil},
		{"will speak to", []string{
			"[Marco Rubio|person:marco-rubio] will speak to [Abbas Araghchi|person:abbas-araghchi] next week."},
			nil},
		{"did not speak to", []string{
			"[Marco Rubio|person:marco-rubio] has not spoken to [Abbas Araghchi|person:abbas-araghchi]."},
			nil},
		{"spoke about someone to", []string{
			"[Marco Rubio|person:marco-rubio] spoke about [Abbas Araghchi|person:abbas-araghchi] to reporters."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"MET_WITH"}, nil, tt.want)
		})
	}
}
