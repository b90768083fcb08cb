package timex

import (
	"regexp"
	"time"
)

// A history told without a publication date writes its year once and then
// goes on by month: "In July 1968, the PFLP hijacked a plane; in December,
// two gunmen shot at another in Athens." With no anchor Find leaves "in
// December" raw. InheritYears gives such a month, or a day of one, the
// year of the last date before it in the same sentence that wrote its year,
// when the month does not come before that date's month (a story told
// forward; "In December 1968 … in March" may be the next year, and stays
// raw). Across sentences the year is left alone: a paragraph that opens
// with "The war broke out in June 1967" may tell its next day as part of
// that war, or of another year, and rules that build events from a dated
// sentence would read too much into it.

// reMonthAndDay reads a raw expression's month and day ("mid-December",
// "December 5", "5th of December").
var reMonthAndDay = regexp.MustCompile(`^(?:(?i:early|mid|late)[- \x{00A0}])?(?:(\d{1,2})` + ordinal + `(?:[\s\x{00A0}]*[–-][\s\x{00A0}]*\d{1,2}` + ordinal + `)?` + sp + `(?:of` + sp + `)?)?(` + month + `)(?:` + sp + `(\d{1,2})` + ordinal + `(?:[\s\x{00A0}]*[–-][\s\x{00A0}]*\d{1,2})?)?$`)

// reSentenceEnd is the end of a sentence between two expressions.
var reSentenceEnd = regexp.MustCompile(`[.!?]["”’)]?` + sp + `["“‘(]?[A-Z0-9]|\n`)

// InheritYears returns exprs with the raw months and days of a text
// without an anchor resolved as described above; others are unchanged.
func InheritYears(text string, exprs []Expr) []Expr {
	out := make([]Expr, len(exprs))
	copy(out, exprs)
	var last *Expr // the last date that wrote its year
	for i := range out {
		e := &out[i]
		if last != nil && reSentenceEnd.MatchString(text[last.End:e.Start]) {
			last = nil
		}
		if e.Resolved() {
			if !e.Relative {
				last = e
			}
			continue
		}
		if last == nil {
			continue
		}
		m := reMonthAndDay.FindStringSubmatch(e.Text)
		if m == nil {
			continue
		}
		mo, ok := monthOf(m[2])
		if !ok {
			continue
		}
		prev, p, ok := ParseValue(last.Value)
		if !ok || p != Year && mo < prev.Month() {
			continue
		}
		day := m[1]
		if day == "" {
			day = m[3]
		}
		y := prev.Year()
		e.Inherited = true
		if day == "" {
			e.Value, e.Precision = monthExpr(y, mo)
			continue
		}
		if d := atoi(day); validDay(y, mo, d) {
			e.Value, e.Precision = dayExpr(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC))
		} else {
			e.Inherited = false
		}
	}
	return out
}
