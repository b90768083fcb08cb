package extract

import "testing"

// TestTookPlaces: a place taken by arms, and the idioms of "took" that
// are no attack.
func TestTookPlaces(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"forces took a city after a siege", "[Egyptian|country:egypt|demonym] forces took [Acre|place:acre] after a six-month siege in May 1832.",
			[]string{"ATTACKED country:egypt place:acre"}},
		{"a state took a city", "In 1517 the [Ottomans|country:ottoman-empire] took [Cairo|place:cairo].",
			[]string{"ATTACKED country:ottoman-empire place:cairo"}},
		{"took a state to task", "The [United States|country:us] took [Iraq|country:iraq] to task.", nil},
		{"took a state by surprise", "The offensive took [Israel|country:israel] by surprise.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}
