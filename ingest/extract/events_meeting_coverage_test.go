package extract

import (
	"strings"
	"testing"
)

// TestMeetingCoverage: a release that opens with the body and its
// meeting's number reports one meeting of its day, which the body and
// every person it reports speaking took part in; without that head it is
// no meeting's coverage.
func TestMeetingCoverage(t *testing.T) {
	const ev = "event:meeting:un-security-council-5511th-meeting:2006-08-11"
	body := []string{
		"The [UN Security Council|organization:un-security-council] this evening called for a cessation of hostilities.",
		"[Condoleezza Rice|person:rice] said the resolution would help create “the conditions for a lasting peace” in [Lebanon|country:lebanon].",
	}
	tests := []struct {
		name string
		head string
		want []string
	}{
		{"a meetings-coverage release", "Security Council 5511th Meeting (Night)",
			[]string{"PARTICIPATED_IN organization:un-security-council " + ev, "PARTICIPATED_IN person:rice " + ev}},
		{"no meeting line", "Security Council calls for an end to hostilities",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ents := markup(t, "2006-08-11", append([]string{tt.head}, body...)...)
			// The head is a line of its own.
			doc.Text = doc.Text[:len(tt.head)] + "\n" + doc.Text[len(tt.head)+1:]
			var got []string
			for _, r := range relate(doc, ents).Relations {
				if r.Type == "PARTICIPATED_IN" {
					got = append(got, r.Type+" "+r.From+" "+r.To)
				}
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
