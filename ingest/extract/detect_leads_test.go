package extract

import "testing"

// TestUnshoutLeads: a name in capitals opening a paragraph is its subject;
// capitals elsewhere, and datelines, are not read that way.
func TestUnshoutLeads(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, id, wantName string
		found                    bool
	}{
		{"the bold subject of a lead", "The ABU NIDAL ORGANIZATION (ANO) is a militant group.", "organization:abu-nidal-organization", "Abu Nidal Organization", true},
		{"shouting inside a sentence", "They said the ZORBA QUXLEY FRONT (ZQF) is a militant group.", "organization:zorba-quxley-front", "", false},
		{"a dateline", "ZORBA CITY — The talks began on Monday.", "place:zorba-city", "Zorba City", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			e, ok := set.Entities[tt.id]
			if ok != tt.found {
				t.Fatalf("%s found: %v, want %v (got %v)", tt.id, ok, tt.found, ids(set))
			}
			if ok && e.Name != tt.wantName {
				t.Errorf("name %q, want %q", e.Name, tt.wantName)
			}
		})
	}
}

func TestUnshout(t *testing.T) {
	for in, want := range map[string]string{
		"ABU NIDAL ORGANIZATION":         "Abu Nidal Organization",
		"SOCIETY OF THE MUSLIM BROTHERS": "Society of the Muslim Brothers",
		"UN SECURITY COUNCIL":            "UN Security Council",
		"Abu Nidal Organization":         "Abu Nidal Organization",
		"ANO":                            "ANO",
	} {
		if got := unshout(in); got != want {
			t.Errorf("unshout(%q) = %q, want %q", in, got, want)
		}
	}
}
