package extract

import "testing"

// TestMeetingsWith: the subject of a clause met those named after "at a
// meeting with", at a meeting of the sentence's day held where it says; a
// subject that is not the only person before the phrase meets no one.
func TestMeetingsWith(t *testing.T) {
	const id = "event:meeting:barre-castro-mengistu:1977-03"
	checkEventCases(t, []string{"MET_WITH", "PARTICIPATED_IN", "HELD_IN"}, []eventCase{
		{"in a relative clause about the subject", "2024-01-01",
			[]string{"[Fidel Castro|person:castro], who had tried to reconcile the two governments at a meeting with [Siad Barre|person:barre] and [Mengistu Haile Mariam|person:mengistu] in [Aden|place:aden] in March 1977, said later that he had failed."},
			[]string{id + " kind=meeting date=1977-03 datePrecision=month dateText=March 1977"},
			[]string{"MET_WITH person:barre person:castro", "MET_WITH person:castro person:mengistu",
				"PARTICIPATED_IN person:castro " + id, "PARTICIPATED_IN person:barre " + id, "PARTICIPATED_IN person:mengistu " + id, "HELD_IN " + id + " place:aden"}},
		{"two people before the phrase", "2024-01-01",
			[]string{"[Fidel Castro|person:castro] and [Raúl Castro|person:raul] talked at a meeting with [Siad Barre|person:barre] in March 1977."},
			nil, nil},
	})
}
