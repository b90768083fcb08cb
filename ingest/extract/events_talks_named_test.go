package extract

import "testing"

// TestSidedTalks: talks named by their sides, and the people who met
// during them.
func TestSidedTalks(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"talks named by two sides, with the people who met during them",
			"[Mohammad Javad Zarif|person:zarif] meets with [John Kerry|person:kerry] during [P5+1|organization:p5-plus-1] and [Iran|country:iran] talks.",
			[]string{
				"PARTICIPATED_IN organization:p5-plus-1 event:talks:iran-p5-plus-1",
				"PARTICIPATED_IN country:iran event:talks:iran-p5-plus-1",
				"PARTICIPATED_IN person:zarif event:talks:iran-p5-plus-1",
				"PARTICIPATED_IN person:kerry event:talks:iran-p5-plus-1",
				"NEGOTIATED_WITH country:iran organization:p5-plus-1",
			}},
		{"dash-joined sides and a modifier",
			"The [US|country:united-states]–[Iran|country:iran] nuclear talks resumed.",
			[]string{
				"PARTICIPATED_IN country:united-states event:talks:iran-united-states",
				"PARTICIPATED_IN country:iran event:talks:iran-united-states",
				"NEGOTIATED_WITH country:iran country:united-states",
			}},
		{"a compound that is one side of talks with another",
			"The [US|country:united-states] and [EU|organization:eu] talks with [Iran|country:iran] stalled.",
			nil},
		{"hoped-for talks are no event",
			"They hope [US|country:united-states]–[Iran|country:iran] talks can resume.",
			nil},
		{"one side is no talks",
			"[Iran|country:iran] talks were held.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN", "NEGOTIATED_WITH"}, nil, tt.want)
		})
	}
}
