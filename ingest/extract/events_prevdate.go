package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// A readout often gives the day once, in the sentence that opens its
// paragraph ("On October 5, 2021, the United States hosted ... National
// Security Advisor Jake Sullivan met with Eyal Hulata."): a meeting told
// in the next sentence without a day of its own took place that day.

// reOnOpener is what stands before a date opening its sentence: "On".
var reOnOpener = regexp.MustCompile(`^` + sp + `*(?:[Oo]n` + sp + `+)?$`)

// reOnCloser follows the opening date: its comma.
var reOnCloser = regexp.MustCompile(`^` + sp + `*,`)

// prevOpeningDay is the resolved day opening the sentence just before v in
// the same paragraph.
func (b *relBuilder) prevOpeningDay(v *sentView) (timex.Expr, bool) {
	if v.idx == 0 {
		return timex.Expr{}, false
	}
	p := b.views[v.idx-1]
	if strings.Contains(v.text[p.end:v.start], "\n\n") {
		return timex.Expr{}, false
	}
	for _, d := range p.dates {
		if d.Start < p.start || d.End > p.end {
			continue
		}
		if d.Resolved() && d.Precision == timex.Day && reOnOpener.MatchString(v.between(p.start, d.Start)) && reOnCloser.MatchString(v.between(d.End, p.end)) {
			return d, true
		}
		break
	}
	return timex.Expr{}, false
}
