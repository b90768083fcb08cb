package timex

import (
	"testing"
	"time"
)

// TestInheritYears: a month or day without its year takes the year of the
// last date of its sentence that wrote one, told forward; other
// expressions are left as they were.
func TestInheritYears(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a month after a month and year",
			"In July 1968, the PFLP hijacked a plane; in December, two gunmen shot at another.",
			"July 1968=1968-07/month; December=1968-12/month"},
		{"a day after a year",
			"In 1893 the column advanced, and on 25 March the troops came under fire.",
			"1893=1893/year; 25 March=1893-03-25/day"},
		{"another sentence keeps its own time",
			"In 1893 the column advanced. On 25 March the troops came under fire.",
			"1893=1893/year; 25 March=/unknown"},
		{"a month before the last one stays raw",
			"In December 1968 the raid took place. In March the talks began.",
			"December 1968=1968-12/month; March=/unknown"},
		{"a new paragraph forgets the year",
			"In July 1968 a plane was hijacked\n\nIn December gunmen shot at another.",
			"July 1968=1968-07/month; December=/unknown"},
		{"no year before",
			"In December gunmen shot at a plane. It happened in 1968.",
			"December=/unknown; 1968=1968/year"},
		{"an impossible day stays raw",
			"In 1970 the war ended, and on February 29 the treaty was signed.",
			"1970=1970/year; February 29=/unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(InheritYears(tt.text, Find(tt.text, time.Time{})))
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
