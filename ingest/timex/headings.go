package timex

import (
	"regexp"
	"strconv"
	"time"
)

// A chronology sets its year once in a heading of its own and then goes
// on by day: "1994" over "April 5 - The first round of talks opens in
// Moscow", "June 18 - The second round opens in Tehran". Such a day is of
// the heading's year, whatever year the publication date would give it
// (a chronology compiled in 1997 tells 1994's April 5, not 1997's). Nor
// is such a day Inherited: the entry it opens is a happening of its own,
// not a moment of a story a paragraph tells in several dates.

// reYearHeading is a line that is nothing but a year: "1994", "1994:".
var reYearHeading = regexp.MustCompile(`(?m)^[ \t]*((?:1[89]|20)\d\d)[ \t]*:?[ \t]*$`)

// YearHeadings returns exprs with the months and days written without a
// year after a year heading resolved in that heading's year; others are
// unchanged.
func YearHeadings(text string, exprs []Expr) []Expr {
	heads := reYearHeading.FindAllStringSubmatchIndex(text, -1)
	if len(heads) == 0 {
		return exprs
	}
	out := make([]Expr, len(exprs))
	copy(out, exprs)
	h := -1 // the last heading before the expression
	for i := range out {
		e := &out[i]
		for h+1 < len(heads) && heads[h+1][1] <= e.Start {
			h++
		}
		if h < 0 {
			continue
		}
		m := reMonthAndDay.FindStringSubmatch(e.Text)
		if m == nil {
			continue // a year written out, or no calendar date
		}
		mo, ok := monthOf(m[2])
		if !ok {
			continue
		}
		y, _ := strconv.Atoi(text[heads[h][2]:heads[h][3]])
		day := m[1]
		if day == "" {
			day = m[3]
		}
		if day == "" {
			e.Value, e.Precision = monthExpr(y, mo)
		} else if d := atoi(day); validDay(y, mo, d) {
			e.Value, e.Precision = dayExpr(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC))
		} else {
			continue
		}
		e.Relative, e.Inherited = false, false
	}
	return out
}
