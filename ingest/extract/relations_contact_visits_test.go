package extract

import "testing"

// TestContactsVisits: a visit to a place to hold talks with a person is a
// contact with that person; other visits are not.
func TestContactsVisits(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"visits to hold discussions with a titled person", []string{
			"[Sergey Lavrov|person:sergey-lavrov], the Foreign Minister of [Russia|country:russia], visits [Damascus|place:damascus] to hold discussions with the President of [Syria|country:syria] [Bashar al-Assad|person:bashar-al-assad] about the violence."},
			[]string{"MET_WITH person:bashar-al-assad person:sergey-lavrov"}},
		{"travelled to hold a meeting with", []string{
			"[Marco Rubio|person:marco-rubio] travelled to [Muscat|place:muscat] to hold a meeting with [Badr Albusaidi|person:badr-albusaidi]."},
			[]string{"MET_WITH person:badr-albusaidi person:marco-rubio"}},
		{"flew to meet", []string{
			"[Antony Blinken|person:antony-blinken] flew to [Cairo|place:cairo] to meet President [Abdel Fattah el-Sisi|person:sisi]."},
			[]string{"MET_WITH person:antony-blinken person:sisi"}},
		{"went to see", []string{
			"[Antony Blinken|person:antony-blinken] went to [Amman|place:amman] on Monday to see King [Abdullah II|person:abdullah-ii]."},
			[]string{"MET_WITH person:abdullah-ii person:antony-blinken"}},
		{"to see a place is no meeting", []string{
			"[Antony Blinken|person:antony-blinken] went to [Amman|place:amman] to see the damage, and [Ayman Safadi|person:ayman-safadi] said it was grave."},
			nil},
		{"visits to attend a summit", []string{
			"[Marco Rubio|person:marco-rubio] visits [Muscat|place:muscat] to attend a summit with [Badr Albusaidi|person:badr-albusaidi]."},
			nil},
		{"will visit to hold talks", []string{
			"[Marco Rubio|person:marco-rubio] will visit [Muscat|place:muscat] to hold talks with [Badr Albusaidi|person:badr-albusaidi]."},
			nil},
		{"talks with someone far after", []string{
			"[Marco Rubio|person:marco-rubio] visited [Muscat|place:muscat] to hold talks with officials, and later [Badr Albusaidi|person:badr-albusaidi] left."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"MET_WITH"}, nil, tt.want)
		})
	}
}
