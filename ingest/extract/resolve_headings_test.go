package extract

import "testing"

// TestTitledEvents: a catalog event heading its own section, which goes on
// to speak of "the war" or "the fighting", is an entity, and the section's fighting is its.
func TestTitledEvents(t *testing.T) {
	x := testExtractor(t)
	const war = "event:iran-iraq-war"
	body := "In 1980, Iraq invaded Iran. Iraq fought Iran throughout the war.\n"
	tests := []struct {
		name, text, heading string
		want                bool
	}{
		{"a heading over a section about it", "Iran–Iraq War\n\n" + body, "Iran–Iraq War", true},
		{"the heading with its article", "The Iran–Iraq War\n\n" + body, "The Iran–Iraq War", true},
		{"a section that never speaks of it", "Iran–Iraq War\n\nIn 1980, Iraq invaded Iran.\n", "Iran–Iraq War", false},
		{"the war only in the next section",
			"Iran–Iraq War\n\nIn 1980, Iraq invaded Iran.\n\nAftermath\n\nAfter the war, Iraq rebuilt.\n", "Iran–Iraq War", false},
		{"a heading with more words than the name", "Iran–Iraq War and after\n\n" + body, "Iran–Iraq War and after", false},
		{"a section that opens with war breaking out", "Iran–Iraq War\n\nWhen war broke out in September 1980, Iraq invaded Iran and Iraq fought Iran.\n", "Iran–Iraq War", true},
		{"a section that speaks of the fighting", "Iran–Iraq War\n\nIn 1980, Iraq invaded Iran. Iraq fought Iran and the fighting went on.\n", "Iran–Iraq War", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOf(tt.text, tt.heading)
			res := x.Extract(doc)
			got := false
			for _, e := range res.Entities {
				if e.ID == war {
					got = true
				}
			}
			if got != tt.want {
				t.Fatalf("entity %s: got %v, want %v", war, got, tt.want)
			}
			if tt.want {
				checkRelationKeys(t, res, []string{"PARTICIPATED_IN country:iraq " + war, "PARTICIPATED_IN country:iran " + war}, nil)
			}
		})
	}
}
