package extract

import "testing"

// TestParticipleMeetings: the people a participle after the clause names
// were met by its subject, each in their own place; a participle whose
// object is no person, and a meeting only planned, give nothing.
func TestParticipleMeetings(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"two met in two places", "[Madeleine Albright|person:albright] makes her first trip to the region, meeting [Benjamin Netanyahu|person:netanyahu] in [Jerusalem|place:jerusalem] and [Yasser Arafat|person:arafat] in [Ramallah|place:ramallah].",
			[]string{"MET_WITH person:albright person:netanyahu", "MET_WITH person:albright person:arafat"}},
		{"meeting with a list", "[Sergei Lavrov|person:lavrov] flew to [Damascus|place:damascus], meeting with President [Bashar al-Assad|person:assad|title=President] and [Walid Muallem|person:muallem].",
			[]string{"MET_WITH person:assad person:lavrov", "MET_WITH person:lavrov person:muallem"}},
		{"meeting no one", "[Sergei Lavrov|person:lavrov] flew to [Damascus|place:damascus], meeting reporters at the airport.", nil},
		{"only planned", "[Sergei Lavrov|person:lavrov] will fly to [Damascus|place:damascus], meeting [Bashar al-Assad|person:assad] there.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2020-01-01", []string{tt.line}, []string{"MET_WITH"}, nil, tt.want)
		})
	}
}
