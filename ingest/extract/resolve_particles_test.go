package extract

import (
	"slices"
	"testing"
)

func TestParticleSurnamesOverDetectedNames(t *testing.T) {
	tests := []struct {
		name, text, id string
		want           []string // mention texts of id
		notID          string   // an entity that must not be made
	}{
		{"a catalog person by the surname from the particle on",
			"UAE Foreign Minister Abdullah bin Zayed al-Nahyan arrived.\nTrump met Netanyahu and bin Zayed al-Nahyan.",
			"person:abdullah-bin-zayed", []string{"Abdullah bin Zayed al-Nahyan", "bin Zayed al-Nahyan"}, "person:zayed-al-nahyan"},
		{"a person named in full before",
			"Qatari official Khalid bin Hamad al-Attiyah arrived.\nOfficials met bin Hamad al-Attiyah in Doha.",
			"person:khalid-bin-hamad-al-attiyah", []string{"Khalid bin Hamad al-Attiyah", "bin Hamad al-Attiyah"}, "person:hamad-al-attiyah"},
		{"two people of that surname: neither",
			"Khalid bin Hamad al-Attiyah and Ali bin Hamad al-Attiyah arrived.\nOfficials met bin Hamad al-Attiyah in Doha.",
			"person:khalid-bin-hamad-al-attiyah", []string{"Khalid bin Hamad al-Attiyah"}, ""},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			if got := mentionsByID(set)[tt.id]; !slices.Equal(got, tt.want) {
				t.Errorf("mentions of %s: got %q, want %q", tt.id, got, tt.want)
			}
			if _, ok := set.Entities[tt.notID]; ok {
				t.Errorf("%s made; want its words read as the surname of %s", tt.notID, tt.id)
			}
		})
	}
}

// TestPatronymicChains: a name written with its chain of fathers is the
// catalog person known by the given name and the father's, or by the
// given name and the family's.
func TestPatronymicChains(t *testing.T) {
	x := testExtractor(t)
	for _, tt := range []struct{ text, id string }{
		{"Osama bin Mohammed bin Awad bin Laden was born in Riyadh.", "person:osama-bin-laden"},
		{"OSAMA BIN MOHAMMED BIN AWAD BIN LADEN was born in Riyadh.", "person:osama-bin-laden"},
		{"Mohammed bin Salman bin Abdulaziz Al Saud met Biden.", "person:mohammed-bin-salman"},
		// The given name with the grandfather's is an uncle, King Khalid.
		{"Khalid bin Salman bin Abdulaziz Al-Saud met Sullivan.", "person:khalid-bin-salman"},
		{"Saud bin Faisal bin Abdulaziz met Kerry.", "person:saud-al-faisal"},
	} {
		res := x.Extract(docOf(tt.text))
		found := false
		for _, e := range res.Entities {
			found = found || e.ID == tt.id
		}
		if !found {
			t.Errorf("%q: no %s among %v", tt.text, tt.id, res.Entities)
		}
	}
}
