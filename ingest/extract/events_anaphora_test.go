package extract

import "testing"

// TestAnaphoricEvent: "The talks" opening a sentence are the talks of the
// sentence before; where they took place and who hosted them are theirs.
func TestAnaphoricEvent(t *testing.T) {
	types := []string{"HELD_IN", "HOSTED", "MEDIATED"}
	const talks = "event:talks:iran-united-states:2025-04-12"
	const meeting = "event:meeting:abbas-araghchi-steve-witkoff:2025-04-12"
	opening := "[Iran|country:iran] and the [United States|country:united-states] held talks on April 12, 2025."
	met := "[Steve Witkoff|person:steve-witkoff] and [Abbas Araghchi|person:abbas-araghchi] met on April 12, 2025."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the talks took place in a city and were hosted by a state",
			[]string{opening, "The talks took place in [Muscat|place:muscat] and were hosted by [Oman|country:oman]."},
			[]string{"HELD_IN " + talks + " place:muscat", "HOSTED country:oman " + talks}},
		{"the meeting took place in a capital named with its state's demonym",
			[]string{met, "The meeting took place in the [Omani|country:oman|demonym] capital [Muscat|place:muscat]."},
			[]string{"HELD_IN " + meeting + " place:muscat"}},
		{"the meeting was hosted by a state",
			[]string{met, "The meeting was hosted by [Oman|country:oman]."},
			[]string{"HOSTED country:oman " + meeting}},
		{"the talks in a city",
			[]string{opening, "The talks in [Muscat|place:muscat] were described as constructive."},
			[]string{"HELD_IN " + talks + " place:muscat"}},
		{"the next round is another event",
			[]string{opening, "The next round of talks will be held in [Rome|place:rome]."},
			nil},
		{"talks that could be held somewhere were not held there",
			[]string{opening, "The talks could be held in [Rome|place:rome]."},
			nil},
		{"a meeting is not the talks before",
			[]string{opening, "The meeting took place in [Muscat|place:muscat]."},
			nil},
		{"far from the document's only talks",
			[]string{opening, "It rained.", "Markets fell.", "The talks took place in [Muscat|place:muscat]."},
			[]string{"HELD_IN " + talks + " place:muscat"}},
		{"far from two talks: which is not said",
			[]string{opening, "[Iran|country:iran] and [France|country:france] held talks on April 14, 2025.", "It rained.", "Markets fell.", "The talks took place in [Muscat|place:muscat]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, nil, tt.want)
		})
	}
}
