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
			[]string{"event:attack:attack-on-the-british-embassy-in-tehran kind=attack date=2011-11-29 datePrecision=day dateText=29 November 2011"},
			[]string{"HELD_IN event:attack:attack-on-the-british-embassy-in-tehran place:tehran"}},
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

// TestMissionStormedInTheNews: a news item's "protesters storm the Saudi
// embassy in Tehran" is the attack of its day, held in the city; a threat
// to storm it is none.
func TestMissionStormedInTheNews(t *testing.T) {
	const id = "event:attack:attack-on-the-saudi-embassy-in-tehran"
	checkEventCases(t, []string{"HELD_IN"}, []eventCase{
		{"stormed in the present", "2016-01-03",
			[]string{"Protesters storm the Saudi embassy in [Tehran|place:tehran]."},
			[]string{id + " kind=attack date=2016-01-03 datePrecision=day dateText=publication date 2016-01-03"},
			[]string{"HELD_IN " + id + " place:tehran"}},
		{"a threat to storm", "2016-01-03",
			[]string{"Protesters threaten to storm the Saudi embassy in [Tehran|place:tehran]."},
			nil, nil},
	})
}
