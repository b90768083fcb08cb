package timex

import "time"

// slashDates proposes the slash dates whose order the text makes clear (see
// the package doc); the others are kept raw.
func (r resolver) slashDates() []candidate {
	t := r.text
	var matches [][]int
	monthFirst, dayFirst := false, false
	for _, m := range scanSlashes(r.text, r.runs) {
		if r.partOfNumber(m[0], m[1]) {
			continue // part of a path or a longer number
		}
		a, b := atoi(t[m[2]:m[3]]), atoi(t[m[4]:m[5]])
		if a > 12 && b <= 12 {
			dayFirst = true
		}
		if b > 12 && a <= 12 {
			monthFirst = true
		}
		matches = append(matches, m)
	}
	clear := monthFirst != dayFirst
	var out []candidate
	for _, m := range matches {
		if !clear {
			out = append(out, r.rawAbsolute(m[0], m[1]))
			continue
		}
		a, b := atoi(t[m[2]:m[3]]), atoi(t[m[4]:m[5]])
		mo, d := a, b
		if dayFirst {
			mo, d = b, a
		}
		y := atoi(t[m[6]:m[7]])
		if m[7]-m[6] == 2 {
			// Two-digit years: the domain's texts are about 1950 onwards.
			if y < 50 {
				y += 2000
			} else {
				y += 1900
			}
		}
		if !validDay(y, time.Month(mo), d) {
			out = append(out, r.rawAbsolute(m[0], m[1]))
			continue
		}
		v, p := dayExpr(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC))
		out = append(out, r.resolved(m[0], m[1], rankSlash, v, p, false))
	}
	return out
}

// rawAbsolute keeps a slash date whose order is unclear as raw text; it does
// not depend on the anchor, so it is not Relative.
func (r resolver) rawAbsolute(start, end int) candidate {
	c := r.raw(start, end, rankSlash)
	c.Relative = false
	return c
}
