package extract

import "testing"

// TestSanctionHeadlines: news items write sanctions in the simple present.
func TestSanctionHeadlines(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"reimposes sanctions on", "The [United States|country:united-states] reimposes sanctions on [Iran|country:iran].",
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"a present-tense verb with the target right after", "The [European Union|organization:european-union] sanctions [Iran|country:iran] over drone transfers.",
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"designates a company", "The [United States|country:united-states] designates [Golden Warrior Shipping|organization:golden-warrior-shipping].",
			[]string{"SANCTIONED country:united-states organization:golden-warrior-shipping"}},
		{"sanctions a state may reimpose are a threat", "The [United States|country:united-states] may reimpose sanctions on [Iran|country:iran].",
			nil},
		{"sanctions as a noun before another verb", "The [United States|country:united-states] sanctions relief for [Iran|country:iran] was debated.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"SANCTIONED"}, nil, tt.want)
		})
	}
}
