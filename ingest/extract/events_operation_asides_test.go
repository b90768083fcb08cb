package extract

import "testing"

// TestOperationAsides: the aside after an operation's name tells where it
// was fought and whom its participants struck; an aside of another kind,
// or one still planned, tells neither.
func TestOperationAsides(t *testing.T) {
	types := []string{"HELD_IN", "ATTACKED"}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"launched against a group at a town",
			[]string{"[Turkey|country:turkey] launched [Operation Euphrates Shield|event:attack:operation-euphrates-shield], launched against the [Islamic State|organization:isis] at [Jarablus|place:jarablus] on 24 August 2016; the war went on."},
			[]string{"HELD_IN event:attack:operation-euphrates-shield place:jarablus", "ATTACKED country:turkey organization:isis"}},
		{"which drove a group out of a town",
			[]string{"[Turkey|country:turkey] launched [Operation Olive Branch|event:attack:operation-olive-branch], which drove the [YPG|organization:ypg] out of [Afrin|place:afrin] in early 2018."},
			[]string{"HELD_IN event:attack:operation-olive-branch place:afrin", "ATTACKED country:turkey organization:ypg"}},
		{"begun between two towns",
			[]string{"[Turkey|country:turkey] launched [Operation Peace Spring|event:attack:operation-peace-spring], begun on 9 October 2019 between [Tell Abyad|place:tell-abyad] and [Ras al-Ayn|place:ras-al-ayn]."},
			[]string{"HELD_IN event:attack:operation-peace-spring place:tell-abyad", "HELD_IN event:attack:operation-peace-spring place:ras-al-ayn"}},
		{"a noun of its kind, into a state, against a led group, on towns",
			[]string{"[Turkey|country:turkey] launches [Operation Peace Spring|event:attack:operation-peace-spring], a cross-border offensive into northeastern [Syria|country:syria] against the Kurdish-led [Syrian Democratic Forces|organization:sdf], opening with air strikes on the border towns of [Ras al-Ain|place:ras-al-ain] and [Tal Abyad|place:tal-abyad]."},
			[]string{"HELD_IN event:attack:operation-peace-spring country:syria", "HELD_IN event:attack:operation-peace-spring place:ras-al-ain", "HELD_IN event:attack:operation-peace-spring place:tal-abyad",
				"ATTACKED country:turkey organization:sdf", "ATTACKED country:turkey country:syria"}},
		{"an aside of praise",
			[]string{"[Turkey|country:turkey] launched [Operation Peace Spring|event:attack:operation-peace-spring], praised in [Ankara|place:ankara]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, nil, tt.want)
		})
	}
}

// TestAttackDubbed: the one attack the sentence before told is the
// operation a sentence opening "The campaign, dubbed X," names.
func TestAttackDubbed(t *testing.T) {
	lines := []string{
		"[Saudi Arabia|country:saudi-arabia] launched air strikes in [Yemen|country:yemen] on March 26, 2015.",
		"The campaign, dubbed [Operation Decisive Storm|event:attack:operation-decisive-storm], was announced in Washington.",
	}
	checkEventCases(t, []string{"PARTICIPATED_IN", "HELD_IN"}, []eventCase{
		{"the attack before is the operation named", "", lines,
			nil,
			[]string{"PARTICIPATED_IN country:saudi-arabia event:attack:operation-decisive-storm", "HELD_IN event:attack:operation-decisive-storm country:yemen"}},
	})
}
