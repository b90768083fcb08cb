package extract

import (
	"reflect"
	"testing"
)

// TestFormalStateNames: a state written by its formal name is the state,
// its mention the whole name, so an office "of the Republic of Niger" is
// Niger's; a form before a word that is no state stays out of it.
func TestFormalStateNames(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, id string
		want           []string // mention texts of the state
	}{
		{"a republic", "Mohamed Bazoum is the President of the Republic of Niger.", "country:niger", []string{"Republic of Niger"}},
		{"words before the form, and the article after of", "Egypt calls upon the Republic of the Sudan and the Federal Democratic Republic of Ethiopia to sign.",
			"country:ethiopia", []string{"Federal Democratic Republic of Ethiopia"}},
		{"the article after of", "Egypt calls upon the Republic of the Sudan to sign.", "country:sudan", []string{"Republic of the Sudan"}},
		{"a demonym is no formal name", "The Republic of Nigerien traders met.", "country:niger", []string{"Nigerien"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentionsByID(x.findEntities(docOf(tt.text)))[tt.id]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions of %s: got %q, want %q", tt.id, got, tt.want)
			}
		})
	}
	checkRelationCases(t, x, []relationCase{
		{name: "the office of the state's formal name",
			text: "Mohamed Bazoum is the President of the Republic of Niger.",
			want: []string{"HOLDS_ROLE person:mohamed-bazoum country:niger"}},
	})
}
