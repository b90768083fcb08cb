package extract

import "testing"

// TestNamedEventVenues: a named event followed by the place it happened.
func TestNamedEventVenues(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a war in a sea", "The [Tanker War|event:tanker-war] in the [Persian Gulf|place:persian-gulf] hit shipping.",
			[]string{"HELD_IN event:tanker-war place:persian-gulf"}},
		{"an operation launched in a sea", "The [United States|country:united-states] launched [Operation Praying Mantis|event:operation-praying-mantis] in the [Persian Gulf|place:persian-gulf].",
			[]string{"HELD_IN event:operation-praying-mantis place:persian-gulf"}},
		{"incidents that took place", "The [tanker incidents|event:gulf-of-oman-incidents] took place in the [Gulf of Oman|place:gulf-of-oman].",
			[]string{"HELD_IN event:gulf-of-oman-incidents place:gulf-of-oman"}},
		{"a place far after the name", "The [Tanker War|event:tanker-war] was discussed at length by historians working in [London|place:london].",
			nil},
		{"a demonym is no venue", "The [Tanker War|event:tanker-war] in [Iranian|country:iran|demonym] waters.",
			nil},
		{"a year, then a target", "The [Tanker War|event:tanker-war] in 1984 hit [Kuwait|country:kuwait].",
			nil},
		{"a place that is not after 'in'", "The [Tanker War|event:tanker-war] and [Iraq|country:iraq] were linked.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"HELD_IN"}, nil, tt.want)
		})
	}
}
