package extract

import "testing"

func TestListedOfficials(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a list closed by other officials of a state", []string{
			"They held talks with Minister of Energy [AbdulAziz bin Salman|person:abdulaziz-bin-salman|title=Minister of Energy], Minister of Defense [Khalid bin Salman|person:khalid-bin-salman|title=Minister of Defense], and other senior [Saudi|country:saudi-arabia|demonym] officials."},
			[]string{
				"HOLDS_ROLE person:abdulaziz-bin-salman country:saudi-arabia title=Minister of Energy",
				"HOLDS_ROLE person:khalid-bin-salman country:saudi-arabia title=Minister of Defense",
			}},
		{"a person with no title in the list", []string{
			"They met [Ali Vaez|person:ali-vaez], Minister of Energy [AbdulAziz bin Salman|person:abdulaziz-bin-salman|title=Minister of Energy] and other [Saudi|country:saudi-arabia|demonym] officials."},
			[]string{"HOLDS_ROLE person:abdulaziz-bin-salman country:saudi-arabia title=Minister of Energy"}},
		{"other people of a state are no officials", []string{
			"They met Minister of Energy [AbdulAziz bin Salman|person:abdulaziz-bin-salman|title=Minister of Energy] and other [Saudi|country:saudi-arabia|demonym] citizens."},
			nil},
		{"the state's officials without other", []string{
			"Minister of Energy [AbdulAziz bin Salman|person:abdulaziz-bin-salman|title=Minister of Energy] met [Saudi|country:saudi-arabia|demonym] officials."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
