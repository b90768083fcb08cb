package extract

import "testing"

// TestYearEvents: a kind and a year name the one catalog event of that
// kind begun that year; a state's adjective must fit it, and a year with
// two such events names neither, unless only one is of a state the text
// speaks of.
func TestYearEvents(t *testing.T) {
	x := testExtractor(t)
	const coup = "event:1980-turkish-coup-detat"
	tests := []struct {
		name, text, id string
		want           []string // mention texts of id
	}{
		{"kind of year", "Following the military coup of 1980, Kurdish was banned in Turkey.", coup, []string{"military coup of 1980"}},
		{"year before the kind", "After the 1980 coup, the army ruled Turkey.", coup, []string{"1980 coup"}},
		{"a fitting adjective", "The 1980 Turkish coup ended the republic's second decade of unrest.", coup, []string{"1980 Turkish coup"}},
		{"another state's adjective", "The 1980 Syrian coup failed.", coup, nil},
		{"no article", "A coup of 1980 is rumoured.", coup, nil},
		{"two events of the kind that year", "After the 1982 massacre, the city was rebuilt.", "event:hama-massacre", nil},
		{"of the year's coups, the one of the state the text names", "After the 1980 coup, the army ruled Liberia.", "event:1980-liberian-coup-detat", []string{"1980 coup"}},
		{"of the year's coups, none of a state the text does not name", "After the 1980 coup, the army ruled.", coup, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			got := mentionsByID(set)[tt.id]
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Errorf("mentions of %s: got %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}
