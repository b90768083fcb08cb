package extract

import (
	"strings"
	"testing"
)

// TestCityTalks: "the Vienna talks" are talks named after the city that
// holds them; talks a rule built already, and a state's talks, are not.
func TestCityTalks(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text      string
		id, event, city string // the event built, or ""
	}{
		{"talks named by their city", "The Vienna talks collapsed in 2022.", "event:talks:vienna", "Vienna talks", "place:vienna"},
		{"negotiations, after a verb", "Iran said the Doha negotiations stalled.", "event:talks:doha", "Doha negotiations", "place:doha"},
		{"talks a rule built with their sides", "Talks between Iran and the United States in Vienna resumed on April 5, 2021.", "", "", ""},
		{"a state's talks", "The Iran talks stalled.", "", "", ""},
		{"a city without the article", "Vienna talks to Tehran every week.", "", "", ""},
		{"peace talks named by a city are held there", "The Geneva peace talks stalled in 2016.", "event:talks:geneva", "Geneva talks", "place:geneva"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(docOf(tt.text))
			var got []string
			for _, e := range res.Entities {
				// Undated talks: the dated ones are the talks a rule built
				// with their sides.
				if strings.HasPrefix(e.ID, "event:talks:") && e.Properties["date"] == nil {
					got = append(got, e.ID+" "+e.Name)
				}
			}
			switch {
			case tt.id == "" && len(got) > 0:
				t.Errorf("unexpected %v", got)
			case tt.id != "" && (len(got) != 1 || got[0] != tt.id+" "+tt.event):
				t.Errorf("events: got %v, want %s %s", got, tt.id, tt.event)
			case tt.id != "":
				checkRelationKeys(t, res, []string{"HELD_IN " + tt.id + " " + tt.city}, nil)
			}
		})
	}
}

// TestTerritoryTalks: ceasefire or peace talks named by a territory are
// about it, not held in it, and those who mediate them mediated them.
func TestTerritoryTalks(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "mediating ceasefire talks named by a territory",
			text: "Qatar, Egypt and the United States are mediating the Gaza ceasefire negotiations.",
			want: []string{"MEDIATED country:qatar event:talks:gaza-ceasefire-negotiations", "MEDIATED country:egypt event:talks:gaza-ceasefire-negotiations",
				"MEDIATED country:united-states event:talks:gaza-ceasefire-negotiations"},
			not: []string{"HELD_IN event:talks:gaza-ceasefire-negotiations place:gaza", "HELD_IN event:talks:gaza place:gaza"}},
		{name: "mediating talks named by a city",
			text: "Oman is mediating the Vienna talks.",
			want: []string{"MEDIATED country:oman event:talks:vienna", "HELD_IN event:talks:vienna place:vienna"}},
	})
}
