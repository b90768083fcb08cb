package extract

import "testing"

// TestPlaceWars: a war told by its place in lower case is the document's
// one war named after the place.
func TestPlaceWars(t *testing.T) {
	battle := "event:battle:battle-of-quxton"
	checkEventCases(t, []string{"PARTICIPATED_IN"}, []eventCase{
		{name: "the place before the war word",
			lines: []string{"The Battle of [Quxton|place:quxton] is remembered.",
				"In an effort to crush the [Quxton|place:quxton] insurgency, [Iran|country:iran] sent troops."},
			events:    []string{battle + " kind=battle"},
			relations: []string{"PARTICIPATED_IN country:iran " + battle}},
		{name: "the war word before the place, and its start dating the war",
			lines: []string{"The Battle of [Quxton|place:quxton] is remembered.",
				"In 1964, a separatist revolt began in [Quxton|place:quxton] province.",
				"In an effort to quell the revolt, [Iran|country:iran] sent troops."},
			events:    []string{battle + " kind=battle date=1964 datePrecision=year dateText=1964"},
			relations: []string{"PARTICIPATED_IN country:iran " + battle}},
		{name: "a war in a place the document names no war after",
			lines: []string{"The Battle of [Quxton|place:quxton] is remembered.",
				"In an effort to crush the [Zorbaya|place:zorbaya] insurgency, [Iran|country:iran] sent troops."},
			events: []string{battle + " kind=battle"}},
		{name: "a war named with capitals after its place",
			lines:  []string{"In August 1992 the National Guard entered [Quxton|place:quxton], starting the War in [Quxton|place:quxton]."},
			events: []string{"event:war:war-in-quxton kind=war date=1992-08 datePrecision=month dateText=August 1992"}},
		{name: "a war in lower case after its place names nothing new",
			lines:  []string{"In August 1992 the National Guard entered [Quxton|place:quxton], starting the war in [Quxton|place:quxton]."},
			events: nil},
		{name: "a war in a state is not told by its place",
			lines: []string{"The Battle of [Iraq|country:iraq] is remembered.",
				"In an effort to crush the [Iraq|country:iraq] insurgency, [Iran|country:iran] sent troops."},
			events: []string{"event:battle:battle-of-iraq kind=battle"}},
	})
}

// TestWarHelpers: who fought a war, told by what they did for or in it.
func TestWarHelpers(t *testing.T) {
	war := "event:war:war-of-zorba"
	ev := []string{war + " kind=war"}
	checkEventCases(t, []string{"PARTICIPATED_IN"}, []eventCase{
		{name: "an effort to crush the war",
			lines:     []string{"In an effort to curb the War of Zorba, [Quxley Zorbani|person:quxley-zorbani] expanded the army."},
			events:    ev,
			relations: []string{"PARTICIPATED_IN person:quxley-zorbani " + war}},
		{name: "an effort to end the war is a mediator's",
			lines:  []string{"In an effort to end the War of Zorba, [Qatar|country:qatar] hosted talks."},
			events: ev},
		{name: "the war prosecuted while doing something else",
			lines:     []string{"[Quxley Zorbani|person:quxley-zorbani] expanded the army while vigorously prosecuting the War of Zorba."},
			events:    ev,
			relations: []string{"PARTICIPATED_IN person:quxley-zorbani " + war}},
		{name: "the war continued under a new name",
			lines:     []string{"In 1974, the branch changed its name to the [Zorba Front|organization:zorba-front], while continuing the War of Zorba."},
			events:    ev,
			relations: []string{"PARTICIPATED_IN organization:zorba-front " + war}},
		{name: "support obtained from states for the war just named",
			lines: []string{"The War of Zorba began in 1965.",
				"He obtained direct military support from the [UK|country:united-kingdom], [Iran|country:iran], and [Jordan|country:jordan]."},
			events: []string{war + " kind=war date=1965 datePrecision=year dateText=1965"},
			relations: []string{"PARTICIPATED_IN country:united-kingdom " + war, "PARTICIPATED_IN country:iran " + war,
				"PARTICIPATED_IN country:jordan " + war}},
		{name: "support obtained for something else",
			lines: []string{"The War of Zorba began in 1965.",
				"The school obtained financial support from [Iran|country:iran] for its library."},
			events: []string{war + " kind=war date=1965 datePrecision=year dateText=1965"}},
		{name: "support obtained with two wars just named",
			lines: []string{"The War of Zorba followed the War of Quxley.",
				"He obtained military support from [Iran|country:iran]."},
			events: []string{war + " kind=war", "event:war:war-of-quxley kind=war"}},
		{name: "the rebels aided by a state formed a front",
			lines: []string{"The War of Zorba began in 1965.",
				"Aided by [South Yemen|country:south-yemen], the rebels formed the [Zorba Liberation Front|organization:zorba-liberation-front]."},
			events: []string{war + " kind=war date=1965 datePrecision=year dateText=1965"},
			relations: []string{"PARTICIPATED_IN country:south-yemen " + war,
				"PARTICIPATED_IN organization:zorba-liberation-front " + war}},
		{name: "a ruler aided by a state and a person",
			lines: []string{"The War of Zorba began in 1965.",
				"[Quxley Zorbani|person:quxley-zorbani] was aided by the [British|country:united-kingdom|demonym] forces and [Iran|country:iran]."},
			events: []string{war + " kind=war date=1965 datePrecision=year dateText=1965"},
			relations: []string{"PARTICIPATED_IN person:quxley-zorbani " + war, "PARTICIPATED_IN country:united-kingdom " + war,
				"PARTICIPATED_IN country:iran " + war}},
		{name: "a project aided by a state is no side",
			lines: []string{"The War of Zorba began in 1965.",
				"The project was aided by [Iran|country:iran]."},
			events: []string{war + " kind=war date=1965 datePrecision=year dateText=1965"}},
	})
}
