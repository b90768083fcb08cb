package timex

import (
	"regexp"
	"strconv"
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
		mo, d, ok := monthAndDay(e.Text)
		if !ok {
			continue // a year written out, or no calendar date
		}
		y, _ := strconv.Atoi(text[heads[h][2]:heads[h][3]])
		v, p, ok := inYear(y, mo, d)
		if !ok {
			continue
		}
		e.Value, e.Precision = v, p
		e.Relative, e.Inherited = false, false
	}
	return out
}
