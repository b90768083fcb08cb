package extract

import "testing"

// TestSanctionsKept: a sanction kept up or assets frozen by a state; and
// the look-alikes.
func TestSanctionsKept(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"continues to sanction", []string{
			"The [United States|country:united-states] continues to sanction [Iran|country:iran]."},
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"froze the assets of", []string{
			"The [United Kingdom|country:united-kingdom] froze the assets of [Hezbollah|organization:hezbollah] in 2019."},
			[]string{"SANCTIONED country:united-kingdom organization:hezbollah"}},
		{"has frozen the funds held by", []string{
			"The [European Union|organization:eu] has frozen all the funds held by [Qasem Soleimani|person:qasem-soleimani]."},
			[]string{"SANCTIONED organization:eu person:qasem-soleimani"}},
		{"continues to support is no sanction", []string{
			"[Iran|country:iran] continues to support [Hezbollah|organization:hezbollah]."},
			nil},
		{"may freeze", []string{
			"The [United Kingdom|country:united-kingdom] may soon have frozen the assets of [Hezbollah|organization:hezbollah]."},
			nil},
		{"refused to freeze", []string{
			"[Lebanon|country:lebanon] refused to freeze the assets of [Hezbollah|organization:hezbollah]."},
			nil},
		{"a person who froze is no sanctioner", []string{
			"[Marco Rubio|person:marco-rubio] froze the assets of [Hezbollah|organization:hezbollah]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"SANCTIONED"}, nil, tt.want)
		})
	}
}
