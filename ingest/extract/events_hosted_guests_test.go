package extract

import "testing"

// TestHostedGuests: a state or leader hosting a group's people on a day is
// the group's visit, hosted by the state.
func TestHostedGuests(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN", "HOSTED"}
	const id = "event:visit:hamas-to-doha:2024-11-12"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a state hosted a group's leaders in its capital",
			"[Qatar|country:qatar] hosted [Hamas|organization:hamas] leaders in [Doha|place:doha] on November 12, 2024.",
			[]string{"PARTICIPATED_IN organization:hamas " + id, "HELD_IN " + id + " place:doha", "HOSTED country:qatar " + id}},
		{"a state received a delegation from a group",
			"[Qatar|country:qatar] received a delegation from [Hamas|organization:hamas] in [Doha|place:doha] on November 12, 2024.",
			[]string{"PARTICIPATED_IN organization:hamas " + id, "HELD_IN " + id + " place:doha", "HOSTED country:qatar " + id}},
		{"a lasting stay is no visit",
			"[Qatar|country:qatar] has hosted [Hamas|organization:hamas] leaders in [Doha|place:doha] since 2012.",
			nil},
		{"a hosting to come is none",
			"[Qatar|country:qatar] will host [Hamas|organization:hamas] leaders in [Doha|place:doha] on November 12, 2024.",
			nil},
		{"an undated hosting is none",
			"[Qatar|country:qatar] hosted [Hamas|organization:hamas] leaders in [Doha|place:doha].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, types, nil, tt.want)
		})
	}
}
