package extract

import "testing"

// TestNextRound: the next round the text announces is an event of its
// own, dated by the day set for it and held where it will be.
func TestNextRound(t *testing.T) {
	const opening = "[Iran|country:iran] and the [United States|country:united-states] held talks on April 12, 2025."
	const id = "event:talks:iran-united-states:next:2025-04-19"
	tests := []struct {
		name   string
		lines  []string
		events []string
		want   []string
	}{
		{"the next round, placed and dated",
			[]string{opening, "The next round of talks will be held in [Rome|place:rome] on April 19, 2025."},
			[]string{"event:talks:iran-united-states:2025-04-12 kind=talks date=2025-04-12 datePrecision=day dateText=April 12, 2025",
				id + " kind=talks date=2025-04-19 datePrecision=day dateText=April 19, 2025"},
			[]string{"HELD_IN " + id + " place:rome"}},
		{"the sides agreed to meet again on a day",
			[]string{opening, "The sides agreed to meet again on April 19, 2025."},
			[]string{"event:talks:iran-united-states:2025-04-12 kind=talks date=2025-04-12 datePrecision=day dateText=April 12, 2025",
				id + " kind=talks date=2025-04-19 datePrecision=day dateText=April 19, 2025"},
			nil},
		{"no agreement to meet again",
			[]string{opening, "The sides did not agree to meet again on April 19, 2025."},
			[]string{"event:talks:iran-united-states:2025-04-12 kind=talks date=2025-04-12 datePrecision=day dateText=April 12, 2025"},
			nil},
		{"a next round of no talks told",
			[]string{"The next round will be held in [Rome|place:rome] on April 19, 2025."},
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", tt.lines, []string{"HELD_IN"}, tt.want, tt.events)
		})
	}
}
