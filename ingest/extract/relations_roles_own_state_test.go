package extract

import "testing"

func TestOwnStateOffices(t *testing.T) {
	bio := "[Yossi Harel|person:yossi-harel] (born 1951) is an [Israeli|country:israel|demonym] politician and former general."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"served as a minister, no state named", []string{bio,
			"[He|person:yossi-harel] served as Minister of Internal Security in the government of [Ehud Olmert|person:ehud-olmert] from 2006 to 2009."},
			[]string{"HOLDS_ROLE person:yossi-harel country:israel title=Minister of Internal Security"}},
		{"later served as deputy prime minister", []string{bio,
			"[Harel|person:yossi-harel] later served as Deputy Prime Minister."},
			[]string{"HOLDS_ROLE person:yossi-harel country:israel title=Deputy Prime Minister"}},
		{"an expert on a state's affairs is not of that state", []string{
			"[Yossi Harel|person:yossi-harel] is an [Iranian|country:iran|demonym] affairs expert.",
			"[Harel|person:yossi-harel] served as Defense Minister from 2006."},
			nil},
		{"a state named before the name is left to the rules that read it", []string{bio,
			"In [Egypt|country:egypt], [Harel|person:yossi-harel] served as Defense Minister from 2006."},
			nil},
		{"an office that is no state's", []string{bio,
			"[Harel|person:yossi-harel] served as chairman from 2006."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
