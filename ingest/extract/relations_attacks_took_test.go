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
		{"troops took an oasis", "In 1931 [Italian|country:italy|demonym] troops took the oasis of [Kufra|place:kufra].",
			[]string{"ATTACKED country:italy place:kufra"}},
		{"troops took the fortress of a town", "[Russian|country:russia|demonym] troops took the fortress of [Ak-Mechet|place:ak-mechet] in 1853.",
			[]string{"ATTACKED country:russia place:ak-mechet"}},
		{"took a state to task", "The [United States|country:us] took [Iraq|country:iraq] to task.", nil},
		{"took a state by surprise", "The offensive took [Israel|country:israel] by surprise.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

// TestElidedTakings: a later clause tells who took the places the sentence
// is about, without naming them again; other deeds of that clause, and a
// clause about someone else, give nothing.
func TestElidedTakings(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"when captured by", "[Baghdad|place:baghdad] remained under [Ottoman|country:ottoman-empire|demonym] rule until 1917, when captured by the [British|country:uk|demonym] during [World War I|event:ww1].",
			[]string{"ATTACKED country:uk place:baghdad"}},
		{"until it was occupied by", "[Sinai|place:sinai] was quiet until 1967, when it was occupied by [Israel|country:israel].",
			[]string{"ATTACKED country:israel place:sinai"}},
		{"a visit is no taking", "[Sinai|place:sinai] was quiet until 1977, when it was visited by [Anwar Sadat|person:sadat].", nil},
		{"another's deed in the clause", "[Iraq|country:iraq] was ruled by [Britain|country:uk] until 1932, when [Faisal|person:faisal] was crowned by the [British|country:uk|demonym].", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}
