package extract

import (
	"strings"
	"testing"
)

// TestReadoutLeadMeeting: the meeting a readout's first sentence tells
// without a day is the meeting of the readout's day; a later one, or one
// in a text that is no readout, is not dated so. The texts that should
// not date it look back years ("in March 2011"), so that they are no
// story of the day either (TestStoryDayMeeting).
func TestReadoutLeadMeeting(t *testing.T) {
	const id = "event:meeting:marco-rubio-saddam-haftar:2026-06-29"
	tests := []struct {
		name, title string
		lines       []string
		want        bool
	}{
		{"a readout's lead", "Secretary Rubio's Meeting with Deputy Commander Haftar",
			[]string{"Secretary of State [Marco Rubio|person:marco-rubio] met with Deputy Commander [Saddam Haftar|person:saddam-haftar]."}, true},
		{"a readout's later sentence", "Secretary Rubio's Meeting with Deputy Commander Haftar",
			[]string{"[Zorba Quxley|person:zorba-quxley] thanked [Ali Quxbeh|person:ali-quxbeh] in [Libya|country:libya] for the talks of March 2011.", "[Marco Rubio|person:marco-rubio] met with [Saddam Haftar|person:saddam-haftar]."}, false},
		{"a news item's title", "Rubio meets with Haftar during talks",
			[]string{"The war began in March 2011.", "Secretary of State [Marco Rubio|person:marco-rubio] met with Deputy Commander [Saddam Haftar|person:saddam-haftar]."}, false},
		{"no readout", "Libya after the war",
			[]string{"The war began in March 2011.", "Secretary of State [Marco Rubio|person:marco-rubio] met with Deputy Commander [Saddam Haftar|person:saddam-haftar]."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ents := markup(t, "2026-06-29", tt.lines...)
			doc.Title = tt.title
			rs := relate(doc, ents)
			if got := takesPartIn(rs.Relations, id); got != tt.want {
				t.Errorf("participation in %s: got %v, want %v (%s)", id, got, tt.want, strings.Join(renderRelations(rs.Relations), "; "))
			}
		})
	}
}
