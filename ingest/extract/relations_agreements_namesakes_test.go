package extract

import (
	"slices"
	"testing"
)

// TestNamesakeAgreements: a catalog agreement between two states the
// document never names, signed by others or in another year, is another
// agreement of the same name, with an id of its own.
func TestNamesakeAgreements(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want, not  string // an agreement id that must, and one that must not, be among the entities
	}{
		{"signed by two other states, no year",
			"Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afwerki signed the Algiers Agreement.",
			"agreement:algiers-agreement:eritrea-ethiopia", "agreement:algiers-agreement"},
		{"signed by others in another year",
			"Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afwerki signed the Algiers Agreement in Algiers on 12 December 2000.",
			"agreement:algiers-agreement:2000", "agreement:algiers-agreement"},
		{"signed by its own parties",
			"Iran and Iraq signed the Algiers Agreement in 1975.",
			"agreement:algiers-agreement", "agreement:algiers-agreement:1975"},
		{"named without its parties",
			"The Algiers Agreement of 1975 failed.",
			"agreement:algiers-agreement", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			for _, e := range x.Extract(docOf("Story\n\n" + tt.text)).Entities {
				ids = append(ids, e.ID)
			}
			if !slices.Contains(ids, tt.want) {
				t.Errorf("no %s among %q", tt.want, ids)
			}
			if tt.not != "" && slices.Contains(ids, tt.not) {
				t.Errorf("%s among %q", tt.not, ids)
			}
		})
	}
}
