package extract

import "testing"

// TestMissionAttacks: an attack on or the storming of an embassy is an
// event named by the embassy and its city.
func TestMissionAttacks(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		events []string
		rels   []string
	}{
		{"an attack on an embassy in a city, as a noun: held in the city its name holds",
			[]string{"Tensions rose after an attack on the Saudi Embassy in [Tehran|place:tehran]."},
			[]string{"event:attack:attack-on-the-saudi-embassy-in-tehran kind=attack"},
			[]string{"HELD_IN event:attack:attack-on-the-saudi-embassy-in-tehran place:tehran"}},
		{"protesters stormed an embassy on a day",
			[]string{"Protesters stormed the British embassy in [Tehran|place:tehran] on 29 November 2011."},
			[]string{"event:attack:attack-on-the-british-embassy-in-tehran kind=attack date=2011-11-29 datePrecision=day dateText=29 November 2011"}, nil},
		{"calls to storm an embassy are no attack",
			[]string{"[Iran|country:iran] condemned calls to storm the Saudi embassy."},
			nil, nil},
		{"an embassy closed is no attack",
			[]string{"The Saudi embassy in [Tehran|place:tehran] was closed."},
			nil, nil},
		{"an attack denied is none",
			[]string{"Nobody said protesters never stormed the Saudi embassy in [Tehran|place:tehran]."},
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", tt.lines, []string{"PARTICIPATED_IN", "HELD_IN"}, tt.rels, tt.events)
		})
	}
}
