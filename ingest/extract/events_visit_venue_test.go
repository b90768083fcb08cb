package extract

import "testing"

// TestVisitOpenerVenue: a meeting told inside a visit was held where the
// visit went, unless it names its own place.
func TestVisitOpenerVenue(t *testing.T) {
	const id = "event:meeting:hassan-rouhani-nawaz-sharif:2016-01-19"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"during a visit to a city",
			"During his visit to [Tehran|place:tehran] on January 19, 2016, [Nawaz Sharif|person:nawaz-sharif] met [Hassan Rouhani|person:hassan-rouhani].",
			[]string{"HELD_IN " + id + " place:tehran"}},
		{"a meeting with its own place keeps it",
			"During his visit to [Tehran|place:tehran] on January 19, 2016, [Nawaz Sharif|person:nawaz-sharif] met [Hassan Rouhani|person:hassan-rouhani] in [Mashhad|place:mashhad].",
			[]string{"HELD_IN " + id + " place:mashhad"}},
		{"before a visit is not in its place",
			"Before his visit to [Tehran|place:tehran] on January 19, 2016, [Nawaz Sharif|person:nawaz-sharif] met [Hassan Rouhani|person:hassan-rouhani].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"HELD_IN"}, nil, tt.want)
		})
	}
}
