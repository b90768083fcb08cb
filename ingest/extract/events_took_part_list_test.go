package extract

import "testing"

// TestListedParticipants: the states listed after "N states took part:"
// took part in the one gathering the sentence before names; a sentence
// before naming none, or a list of another kind, gives nothing.
func TestListedParticipants(t *testing.T) {
	types := []string{"PARTICIPATED_IN"}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a conference, then its states after a colon", []string{
			"The [Algeciras Conference|event:algeciras-conference] was held in 1906.",
			"Thirteen states took part: [Germany|country:germany], [France|country:france] and [Spain|country:spain]."},
			[]string{"PARTICIPATED_IN country:germany event:algeciras-conference", "PARTICIPATED_IN country:france event:algeciras-conference", "PARTICIPATED_IN country:spain event:algeciras-conference"}},
		{"no gathering the sentence before", []string{
			"The [First Moroccan Crisis|event:first-moroccan-crisis] began in 1905.",
			"Thirteen states took part: [Germany|country:germany] and [France|country:france]."},
			nil},
		{"a list of another kind", []string{
			"The [Algeciras Conference|event:algeciras-conference] was held in 1906.",
			"Two states objected: [Germany|country:germany] and [France|country:france]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, nil, tt.want)
		})
	}
}
