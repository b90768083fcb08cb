package extract

import "testing"

// TestShootings: a doer who shot or killed people counted is in an attack
// of the day the sentence gives, held in the town it names; a body in the
// doer's apposition is no doer, and undated, denied or planned deeds give
// nothing.
func TestShootings(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a doer set off by an apposition, the town before",
			"On 9 October 2016 in [Jerusalem|place:jerusalem], [Musbah Abu Sbaih|person:sbaih], a [Hamas|organization:hamas] militant shot 8 people from a car.",
			[]string{"PARTICIPATED_IN person:sbaih event:attack:sbaih:2016-10-09", "HELD_IN event:attack:sbaih:2016-10-09 place:jerusalem"}},
		{"a body's gunmen killed civilians in a town",
			"On 2 March 2003, [Hamas|organization:hamas] gunmen killed 15 civilians in [Haifa|place:haifa].",
			[]string{"PARTICIPATED_IN organization:hamas event:attack:hamas:2003-03-02", "HELD_IN event:attack:hamas:2003-03-02 place:haifa"}},
		{"a bomber linked to a body, at a site in a town",
			"In March 1996, a suicide bomber linked to [Hamas|organization:hamas] killed 20 people in a suicide bombing at a [Tel Aviv|place:tel-aviv] shopping center.",
			[]string{"PARTICIPATED_IN organization:hamas event:attack:hamas:1996-03", "HELD_IN event:attack:hamas:1996-03 place:tel-aviv"}},
		{"a body's terrorist killed one citizen",
			"In January 2002, an [Iran|country:iran]-backed [Zorba Brigade|organization:zorba-brigade] terrorist killed an American-Israeli dual citizen in the [West Bank|place:west-bank].",
			[]string{"PARTICIPATED_IN organization:zorba-brigade event:attack:zorba-brigade:2002-01", "HELD_IN event:attack:zorba-brigade:2002-01 place:west-bank"}},
		{"a body's terrorist killed people of a state, counted",
			"In July 2002, a [Hamas|organization:hamas] terrorist killed five Americans in a bombing at Hebrew University in [Jerusalem|place:jerusalem].",
			[]string{"PARTICIPATED_IN organization:hamas event:attack:hamas:2002-07", "HELD_IN event:attack:hamas:2002-07 place:jerusalem"}},
		{"citizens of a state, counted",
			"In July 2014, [Hamas|organization:hamas] terrorists killed two American citizens in [Hebron|place:hebron].",
			[]string{"PARTICIPATED_IN organization:hamas event:attack:hamas:2014-07", "HELD_IN event:attack:hamas:2014-07 place:hebron"}},
		{"victims of an attack the sentence names",
			"In October 2023, [Hamas|organization:hamas] terrorists killed 46 Americans in the [October 7th massacre|event:october-7-attacks].",
			[]string{"PARTICIPATED_IN organization:hamas event:october-7-attacks"}},
		{"a body counted is no victims",
			"In July 2002, [Hamas|organization:hamas] killed five Americans' hopes.", nil},
		{"soldiers fighting a body are not its men",
			"In March 1996, soldiers fighting [Hamas|organization:hamas] killed 20 people.", nil},
		{"an undated deed", "[Hamas|organization:hamas] gunmen killed 15 civilians in [Haifa|place:haifa].", nil},
		{"a denied deed", "On 2 March 2003, [Hamas|organization:hamas] never killed 15 civilians in [Haifa|place:haifa].", nil},
		{"a deed only possible", "On 2 March 2003, [Hamas|organization:hamas] may have killed 15 civilians in [Haifa|place:haifa].", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, types, nil, tt.want)
		})
	}
}

// TestYearlessDateInAnEventName: "the October 7th massacre" names its
// event; the publication's year would date the relation wrongly.
func TestYearlessDateInAnEventName(t *testing.T) {
	checkUndated(t, checkRelations(t, "2026-03-02", []string{"[Hamas|organization:hamas] terrorists killed 46 Americans in the [October 7th massacre|event:october-7-attacks]."},
		[]string{"PARTICIPATED_IN"}, nil, []string{"PARTICIPATED_IN organization:hamas event:october-7-attacks"}))
}
