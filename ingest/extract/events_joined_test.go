package extract

import "testing"

// TestJoinedTalks: talks told by their parties taking part in them, and
// meetings told by a journey "where he met" someone.
func TestJoinedTalks(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"two states took part in talks in a city in a month",
			"[Iran|country:iran] and [Saudi Arabia|country:saudi-arabia] took part in talks in [Baghdad|place:baghdad] in April 2021.",
			[]string{"PARTICIPATED_IN country:iran event:talks:iran-saudi-arabia:2021-04", "PARTICIPATED_IN country:saudi-arabia event:talks:iran-saudi-arabia:2021-04", "HELD_IN event:talks:iran-saudi-arabia:2021-04 place:baghdad"}},
		{"participated in a round of indirect negotiations",
			"[Iran|country:iran] and the [United States|country:united-states] participated in a round of indirect negotiations on 12 April 2025.",
			[]string{"PARTICIPATED_IN country:iran event:talks:iran-united-states:2025-04-12", "PARTICIPATED_IN country:united-states event:talks:iran-united-states:2025-04-12"}},
		{"talks refused",
			"[Iran|country:iran] and [Saudi Arabia|country:saudi-arabia] refused to take part in talks in April 2021.",
			nil},
		{"one party alone is no talks between parties",
			"[Iran|country:iran] took part in talks in April 2021.",
			nil},
		{"talks were held between two states in a city on a day",
			"Talks were held between [Iran|country:iran] and [Saudi Arabia|country:saudi-arabia] in [Baghdad|place:baghdad] on 9 April 2021.",
			[]string{"PARTICIPATED_IN country:iran event:talks:iran-saudi-arabia:2021-04-09", "PARTICIPATED_IN country:saudi-arabia event:talks:iran-saudi-arabia:2021-04-09", "HELD_IN event:talks:iran-saudi-arabia:2021-04-09 place:baghdad"}},
		{"a round of talks took place in a city on a day between two states",
			"The fourth round of talks took place in [Rome|place:rome] on May 23, 2025 between [Iran|country:iran] and the [United States|country:united-states].",
			[]string{"PARTICIPATED_IN country:iran event:talks:iran-united-states:2025-05-23", "PARTICIPATED_IN country:united-states event:talks:iran-united-states:2025-05-23", "HELD_IN event:talks:iran-united-states:2025-05-23 place:rome"}},
		{"talks that could be held between two states",
			"Talks could be held between [Iran|country:iran] and [Saudi Arabia|country:saudi-arabia] in [Baghdad|place:baghdad] on 9 April 2021.",
			nil},
		{"a journey where he met someone, on a day",
			"[Steve Witkoff|person:steve-witkoff] traveled to [Muscat|place:muscat] on April 12, 2025, where he met [Abbas Araghchi|person:abbas-araghchi].",
			// The journey is a visit (events_visits.go); whom he met took part in it.
			[]string{"PARTICIPATED_IN person:steve-witkoff event:visit:steve-witkoff-to-muscat:2025-04-12", "PARTICIPATED_IN person:abbas-araghchi event:visit:steve-witkoff-to-muscat:2025-04-12", "HELD_IN event:visit:steve-witkoff-to-muscat:2025-04-12 place:muscat"}},
		{"a journey where he had met someone, told after it",
			"[Zorba Quxley|person:quxley] went to [Quxland|country:quxland], where he had met President [Kamal Zorb|person:zorb|title=President] on 14 September 2022.",
			[]string{"PARTICIPATED_IN person:quxley event:meeting:quxley-zorb:2022-09-14", "PARTICIPATED_IN person:zorb event:meeting:quxley-zorb:2022-09-14", "HELD_IN event:meeting:quxley-zorb:2022-09-14 country:quxland"}},
		{"a journey (a visit) where he only hoped to meet someone",
			"[Steve Witkoff|person:steve-witkoff] traveled to [Muscat|place:muscat] on April 12, 2025, where he hoped to meet [Abbas Araghchi|person:abbas-araghchi].",
			[]string{"PARTICIPATED_IN person:steve-witkoff event:visit:steve-witkoff-to-muscat:2025-04-12", "HELD_IN event:visit:steve-witkoff-to-muscat:2025-04-12 place:muscat"}},
		{"a journey (a visit) where he did not meet someone",
			"[Steve Witkoff|person:steve-witkoff] traveled to [Muscat|place:muscat] on April 12, 2025, where he never met [Abbas Araghchi|person:abbas-araghchi].",
			[]string{"PARTICIPATED_IN person:steve-witkoff event:visit:steve-witkoff-to-muscat:2025-04-12", "HELD_IN event:visit:steve-witkoff-to-muscat:2025-04-12 place:muscat"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-04-20", []string{tt.line}, types, nil, tt.want)
		})
	}
}
