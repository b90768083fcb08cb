package extract

import "testing"

// TestDemonymSides: a war or invasion named by dash-joined adjectives of
// states was fought by the states the document names; a conflict, or a
// name with a people in it, gives nothing.
func TestDemonymSides(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a combining form and a demonym",
			[]string{"After the [Anglo-Iraqi War|event:anglo-iraqi-war], the [United Kingdom|country:united-kingdom] and [Iraq|country:iraq] signed a treaty."},
			[]string{"PARTICIPATED_IN country:united-kingdom event:anglo-iraqi-war", "PARTICIPATED_IN country:iraq event:anglo-iraqi-war"}},
		{"an invasion of a third state",
			[]string{"Following the [Anglo-Soviet invasion of Iran|event:anglo-soviet-invasion], [Reza Shah|person:reza-shah] abdicated; the [Soviet Union|country:soviet-union] stayed in [Iran|country:iran]."},
			[]string{"PARTICIPATED_IN country:soviet-union event:anglo-soviet-invasion"}},
		{"only the states the document names",
			[]string{"The [Sino-Japanese War|event:sino-japanese-war] devastated [China|country:china]."},
			[]string{"PARTICIPATED_IN country:china event:sino-japanese-war"}},
		{"a people among the sides",
			[]string{"The [Arab-Israeli War|event:arab-israeli-war] involved [Israel|country:israel]."},
			nil},
		{"an apposition naming the doers",
			[]string{"The [United Kingdom|country:united-kingdom] and the [United States|country:united-states] acted.", "He was deposed in the [1953 Iranian coup d'état|event:1953-coup], an Anglo-American covert operation."},
			[]string{"PARTICIPATED_IN country:united-kingdom event:1953-coup", "PARTICIPATED_IN country:united-states event:1953-coup"}},
		{"an apposition naming a people among the doers",
			[]string{"[Israel|country:israel] acted.", "The [Karameh raid|event:karameh-raid], an Arab-Israeli raid, followed."},
			nil},
		{"a conflict is left out",
			[]string{"The [Kurdish–Turkish conflict|event:kurdish-turkish-conflict] hit [Turkey|country:turkey] hard."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
