package extract

import "testing"

// TestLowerInsurgencies: an insurgency, rebellion or civil war named in
// lower case after a body, a state or a place is a war, also as a list
// item of a news portal that is nothing but the name ("War in North-West
// Pakistan"); a war the document names with another head word is that
// war; a name opening with no mention names nothing.
func TestLowerInsurgencies(t *testing.T) {
	tests := []struct {
		name      string
		lines     []string
		events    []string
		relations []string
	}{
		{"after a body, which fights it",
			[]string{"The [Boko Haram|organization:boko-haram] insurgency has killed thousands."},
			[]string{"event:war:boko-haram-insurgency kind=war"},
			[]string{"PARTICIPATED_IN organization:boko-haram event:war:boko-haram-insurgency"}},
		{"a list item that is a war's name",
			[]string{"[Sudanese|country:sudan|demonym] civil war", "", "The army shells El Fasher."},
			[]string{"event:war:sudanese-civil-war kind=war"},
			nil},
		{"a war in a place, as a list item",
			[]string{"War in North-West [Pakistan|country:pakistan]", "", "The army reports 30 militants killed."},
			[]string{"event:war:war-in-north-west-pakistan kind=war"},
			[]string{"PARTICIPATED_IN country:pakistan event:war:war-in-north-west-pakistan"}},
		{"another head word of a war the document names",
			[]string{"The [Dhofar Rebellion|event:dhofar-rebellion] began in 1965.", "The [Dhofar|place:dhofar] insurgency was defeated in 1976."},
			nil,
			nil},
		{"capitals that are no mention",
			[]string{"The Great Northern insurgency spread south."},
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, tt.relations, tt.events)
		})
	}
}

// TestPlaceConflicts: a conflict named in lower case after the land it is
// fought over is a war held there, whose sides a lead's "is a dispute
// between" names; another name in brackets is the same war; a conflict
// named after a state names none.
func TestPlaceConflicts(t *testing.T) {
	const ws = "event:war:western-sahara-conflict"
	checkEventCases(t, []string{"PARTICIPATED_IN", "HELD_IN"}, []eventCase{
		{"a lead naming its sides", "2026-01-30",
			[]string{"The [Western Sahara|place:ws] conflict is a dispute between the [Kingdom of Morocco|country:morocco] and the [Polisario Front|organization:polisario] over the territory."},
			[]string{ws + " kind=war"},
			[]string{"HELD_IN " + ws + " place:ws", "PARTICIPATED_IN country:morocco " + ws, "PARTICIPATED_IN organization:polisario " + ws}},
		{"another name in brackets", "2026-01-30",
			[]string{"The [Hanish Islands|place:hanish] conflict (also the Eritrean–Yemeni conflict) was a brief armed dispute between [Eritrea|country:eritrea] and [Yemen|country:yemen]."},
			[]string{"event:war:hanish-islands-conflict kind=war"},
			[]string{"HELD_IN event:war:hanish-islands-conflict place:hanish", "PARTICIPATED_IN country:eritrea event:war:hanish-islands-conflict", "PARTICIPATED_IN country:yemen event:war:hanish-islands-conflict"}},
		{"a state's conflict", "2026-01-30",
			[]string{"The [Syria|country:syria] conflict dragged on."},
			nil, nil},
	})
}

// TestElectionsNamedAndWon: an election written with its year after a
// comma is that year's election, held in the state its adjective names;
// a day told relative to a dated item gives a lower-case election its
// year; the one declared its winner took part.
func TestElectionsNamedAndWon(t *testing.T) {
	const el = "event:election:2009-iranian-presidential-election"
	checkEventCases(t, []string{"PARTICIPATED_IN", "HELD_IN"}, []eventCase{
		{"a title with its year after a comma, then its winner", "2009-06-13",
			[]string{"[Iranian|country:iran|demonym] presidential election, 2009", "", "The Ministry of Interior declares [Mahmoud Ahmadinejad|person:ahmadinejad] the winner of the [Iranian|country:iran|demonym] presidential election held on Friday."},
			[]string{el + " kind=election date=2009 datePrecision=year dateText=2009"},
			[]string{"HELD_IN " + el + " country:iran", "PARTICIPATED_IN person:ahmadinejad " + el}},
		{"a title naming no state names nothing", "2009-06-13",
			[]string{"Presidential election, 2009", "", "Turnout was high."},
			nil, nil},
	})
}
