package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

const (
	monthFull = `January|February|March|April|May|June|July|August|September|October|November|December`
	monthAbbr = `Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`
	// month is a month name, full or abbreviated (with or without its dot).
	// Month names are matched case-sensitively: "march" and "may" are verbs.
	month   = `(?:` + monthFull + `|(?:` + monthAbbr + `)\.?)`
	ordinal = `(?:st|nd|rd|th)?`
	// sp is a run of spaces; no-break spaces are common in statements.
	sp       = `[\s\x{00A0}]+`
	modifier = `(?:(?i:early|mid|late)[- \x{00A0}])?`
)

var (
	// "April 12, 2025", "Apr. 12 2025", "November\n14, 1979".
	reMonthDayYear = regexp.MustCompile(`\b` + modifier + `(` + month + `)` + sp + `(\d{1,2})` + ordinal + `,?` + sp + `(\d{4})\b`)
	// "12 April 2025", "12th of April, 2025".
	reDayMonthYear = regexp.MustCompile(`\b(\d{1,2})` + ordinal + sp + `(?:of` + sp + `)?(` + month + `),?` + sp + `(\d{4})\b`)
	// "20–22 April 2019", "3 to 5 March 2015": a range of days of one
	// month, dated by its first day.
	reDayRangeMonthYear = regexp.MustCompile(`\b(\d{1,2})` + ordinal + `[\s\x{00A0}]*(?:–|-|` + sp + `(?:to|and|through|until)` + sp + `)[\s\x{00A0}]*\d{1,2}` + ordinal + sp + `(` + month + `),?` + sp + `(\d{4})\b`)
	// "Jan. 23-24, 2017", "September 14–15, 2017": a range of days of one
	// month written month first, dated by its first day.
	reMonthDayRangeYear = regexp.MustCompile(`\b(` + month + `)` + sp + `(\d{1,2})` + ordinal + `[\s\x{00A0}]*(?:–|-|` + sp + `(?:to|and|through|until)` + sp + `)[\s\x{00A0}]*\d{1,2}` + ordinal + `,?` + sp + `(\d{4})\b`)
	// "April 2025", "mid-June 2025", "April of 2025".
	reMonthYear = regexp.MustCompile(`\b` + modifier + `(` + month + `),?` + sp + `(?:of` + sp + `)?(\d{4})\b`)
	// "April 12", "Apr. 12th": the year comes from the anchor.
	reMonthDay = regexp.MustCompile(`\b(` + month + `)` + sp + `(\d{1,2})` + ordinal + `\b`)
	// "12 April": the year comes from the anchor.
	// "7 Jun" as chronologies write it; "Mar" is left out ("Mar Elias").
	reDayMonth = regexp.MustCompile(`\b(\d{1,2})` + ordinal + sp + `(?:of` + sp + `)?(` + monthFull + `|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?:\b|$)`)
	// "10-11 March", "3 to 5 June": a range of days of a month without
	// its year, dated by its first day.
	// "July 15-16", "Sept. 14–15": the same written month first.
	reMonthDayRange = regexp.MustCompile(`\b(` + month + `)` + sp + `(\d{1,2})` + ordinal + `[\s\x{00A0}]*(?:–|-)[\s\x{00A0}]*\d{1,2}` + ordinal + `\b`)
	reDayRangeMonth = regexp.MustCompile(`\b(\d{1,2})` + ordinal + `[\s\x{00A0}]*(?:–|-|` + sp + `(?:to|and)` + sp + `)[\s\x{00A0}]*\d{1,2}` + ordinal + sp + `(` + monthFull + `)\b`)
	// "in June", "since June", "mid-June": a bare full month name needs a
	// cue before it, or "May" would be read in every request.
	reBareMonth = regexp.MustCompile(`\b(?:(in|In|between|Between|since|Since|until|Until|till|by|By|during|During|from|From|through|before|Before|after|After|of|last|Last|next|Next|this|This)` + sp + `)?((?i:early|mid|late)[- \x{00A0}])?(` + monthFull + `)\b`)
)

// Ranks of the absolute patterns: on equal length the more specific wins.
const (
	rankISO = iota
	rankFull
	rankMonthYear
	rankSlash
	rankMonthDay
	rankRelative
	rankBareMonth
	rankYear
)

// monthOf reads a month name or abbreviation.
func monthOf(s string) (time.Month, bool) {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 3 {
		return 0, false
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(m.String(), s[:3]) {
			return m, true
		}
	}
	return 0, false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// absolute proposes the month-name, ISO and year expressions.
func (r resolver) absolute() []candidate {
	var out []candidate
	t := r.text
	for _, m := range append(r.findAll(trigMonth, reMonthDayYear), r.findAll(trigMonth, reMonthDayRangeYear)...) {
		mo, _ := monthOf(t[m[2]:m[3]])
		d, y := atoi(t[m[4]:m[5]]), atoi(t[m[6]:m[7]])
		if validDay(y, mo, d) {
			v, p := dayExpr(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC))
			out = append(out, r.resolved(m[0], m[1], rankFull, v, p, false))
		}
	}
	// A day, or a range of days dated by its first, before its month and year.
	for _, re := range []*regexp.Regexp{reDayMonthYear, reDayRangeMonthYear} {
		for _, m := range r.findAll(trigMonth, re) {
			d := atoi(t[m[2]:m[3]])
			mo, _ := monthOf(t[m[4]:m[5]])
			y := atoi(t[m[6]:m[7]])
			if validDay(y, mo, d) && !r.partOfNumber(m[0], m[1]) {
				v, p := dayExpr(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC))
				out = append(out, r.resolved(m[0], m[1], rankFull, v, p, false))
			}
		}
	}
	for _, m := range r.findAll(trigMonth, reMonthYear) {
		mo, _ := monthOf(t[m[2]:m[3]])
		y := atoi(t[m[4]:m[5]])
		if plausibleYear(y) {
			v, p := monthExpr(y, mo)
			out = append(out, r.resolved(m[0], m[1], rankMonthYear, v, p, false))
		}
	}
	for _, m := range r.findAll(trigMonth, reMonthDay) {
		if r.partOfNumber(m[0], m[1]) || followedByTime(t, m[1]) {
			continue
		}
		mo, _ := monthOf(t[m[2]:m[3]])
		if c, ok := r.dayWithoutYear(m[0], m[1], mo, atoi(t[m[4]:m[5]])); ok {
			out = append(out, c)
		}
	}
	// Ranges of days without their year, dated by their first day; one
	// with its year after it ("July 15-16, 2022") is read with it above.
	// month and day are the submatch numbers of each.
	for _, rg := range []struct {
		re         *regexp.Regexp
		month, day int
	}{{reMonthDayRange, 1, 2}, {reDayRangeMonth, 2, 1}} {
		for _, m := range r.findAll(trigMonth, rg.re) {
			if r.partOfNumber(m[0], m[1]) || reYearAfter.MatchString(t[m[1]:min(len(t), m[1]+8)]) {
				continue
			}
			mo, _ := monthOf(t[m[2*rg.month]:m[2*rg.month+1]])
			if c, ok := r.dayWithoutYear(m[0], m[1], mo, atoi(t[m[2*rg.day]:m[2*rg.day+1]])); ok {
				out = append(out, c)
			}
		}
	}
	for _, m := range r.findAll(trigMonth, reDayMonth) {
		if r.partOfNumber(m[0], m[1]) {
			continue
		}
		mo, _ := monthOf(t[m[4]:m[5]])
		if c, ok := r.dayWithoutYear(m[0], m[1], mo, atoi(t[m[2]:m[3]])); ok {
			out = append(out, c)
		}
	}
	for _, m := range r.findAll(trigMonth, reBareMonth) {
		if c, ok := r.bareMonth(m); ok {
			out = append(out, c)
		}
	}
	for _, m := range scanISODays(r.text, r.runs) {
		y, mo, d := atoi(t[m[2]:m[3]]), time.Month(atoi(t[m[4]:m[5]])), atoi(t[m[6]:m[7]])
		if validDay(y, mo, d) && !r.partOfNumber(m[0], m[1]) {
			v, p := dayExpr(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC))
			out = append(out, r.resolved(m[0], m[1], rankISO, v, p, false))
		}
	}
	for _, m := range scanISOMonths(r.text, r.runs) {
		y, mo := atoi(t[m[2]:m[3]]), atoi(t[m[4]:m[5]])
		if mo >= 1 && mo <= 12 && plausibleYear(y) && !r.partOfNumber(m[0], m[1]) {
			v, p := monthExpr(y, time.Month(mo))
			out = append(out, r.resolved(m[0], m[1], rankISO, v, p, false))
		}
	}
	for _, m := range scanYears(r.text, r.runs) {
		if r.isYear(m[4], m[5]) {
			v, p := yearExpr(atoi(t[m[4]:m[5]]))
			out = append(out, r.resolved(m[0], m[1], rankYear, v, p, false))
		}
	}
	return out
}

// reYearAfter: a year right after a date ("…, 2012", " 2012").
var reYearAfter = regexp.MustCompile(`^,?\s+\d{4}\b`)

// reRangeEndYear is the end of a date range written with its year after a
// day written without one: " to August 26, 2022", "–26, 2022", " to 1
// November 1991". The end's month, when written, is captured before or
// after its day.
var reRangeEndYear = regexp.MustCompile(`^\s*(?:to|through|until|till|and|–|-)\s*(?:(` + month + `)\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(` + month + `))?,?\s+(\d{4})\b`)

// reMonthRangeEndYear is the end of a range of months written with its
// year after a month written without one: " and February 2014", "–May 2019".
var reMonthRangeEndYear = regexp.MustCompile(`^\s*(?:to|through|until|till|and|or|–|-)\s*(?:(?i:early|mid|late)[- ])?(` + monthFull + `),?\s+(\d{4})\b`)

// recentDays is how far before the anchor a year-less day told in the
// future or present tense is still read as this year's.
const recentDays = 7

// dayWithoutYear resolves "April 12" against the anchor by tense; ok is
// false when no year has that day ("February 30").
func (r resolver) dayWithoutYear(start, end int, mo time.Month, d int) (c candidate, ok bool) {
	if !validDay(2000, mo, d) { // 2000 is a leap year: Feb 29 stays possible
		return candidate{}, false
	}
	// "from August 1 to August 26, 2022", "from 30 October to 1 November
	// 1991": the range's end gives the year, one less when the range runs
	// over a new year ("from 28 December to 2 January 1992").
	if m := reRangeEndYear.FindStringSubmatch(r.text[end:min(len(r.text), end+40)]); m != nil {
		y := atoi(m[3])
		if endMo, ok := monthOf(m[1] + m[2]); ok && endMo < mo {
			y--
		}
		if plausibleYear(y) && validDay(y, mo, d) {
			v, p := dayExpr(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC))
			return r.resolved(start, end, rankMonthDay, v, p, false), true
		}
	}
	if !r.hasAnchor {
		return r.raw(start, end, rankMonthDay), true
	}
	y := r.anchor.Year()
	future := r.future(start, end)
	for range 8 { // Feb 29 may need several years to exist
		if validDay(y, mo, d) {
			day := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
			if !future && day.After(r.anchor) {
				y--
				continue
			}
			// A day of the week before publication is still this year's,
			// whatever the tense: "is paying a state visit from July 15
			// to 18" in a release of July 16.
			if future && day.Before(r.anchor.AddDate(0, 0, -recentDays)) {
				y++
				continue
			}
			v, p := dayExpr(day)
			return r.resolved(start, end, rankMonthDay, v, p, true), true
		}
		if future {
			y++
		} else {
			y--
		}
	}
	return r.raw(start, end, rankMonthDay), true
}

// bareMonth resolves "in June", "last June", "mid-June" against the anchor.
func (r resolver) bareMonth(m []int) (candidate, bool) {
	t := r.text
	cue := ""
	if m[2] >= 0 {
		cue = strings.ToLower(t[m[2]:m[3]])
	}
	hasModifier := m[4] >= 0
	if cue == "" && !hasModifier {
		return candidate{}, false
	}
	if end := m[1]; end < len(t) && (isDigit(t[end]) || nextIsNumber(t, end)) {
		return candidate{}, false // "June 30" and "June 2025" belong to other patterns
	}
	// The span is the month with its modifier, not the preposition.
	start := m[6]
	if hasModifier {
		start = m[4]
	}
	mo, _ := monthOf(t[m[6]:m[7]])
	// "in January and February 2014": the range's end gives the year, one
	// less when the range runs over a new year ("December to February 2015").
	if e := reMonthRangeEndYear.FindStringSubmatch(t[m[1]:min(len(t), m[1]+40)]); e != nil {
		endMo, _ := monthOf(e[1])
		if y := atoi(e[2]); plausibleYear(y) {
			if mo > endMo {
				y--
			}
			v, p := monthExpr(y, mo)
			return r.resolved(start, m[1], rankBareMonth, v, p, false), true
		}
	}
	if !r.hasAnchor {
		return r.raw(start, m[1], rankBareMonth), true
	}
	y := r.anchor.Year()
	switch cue {
	case "this":
	case "last":
		if mo >= r.anchor.Month() {
			y--
		}
	case "next":
		if mo <= r.anchor.Month() {
			y++
		}
	default:
		if r.future(start, m[1]) {
			if mo < r.anchor.Month() {
				y++
			}
		} else if mo > r.anchor.Month() {
			y--
		}
	}
	v, p := monthExpr(y, mo)
	return r.resolved(start, m[1], rankBareMonth, v, p, true), true
}

// nextIsNumber reports whether the text after end is spaces then a digit, as
// in "June 30" (the bare-month pattern must leave those to the others).
func nextIsNumber(t string, end int) bool {
	i := end
	for i < len(t) && (t[i] == ' ' || t[i] == ',' || t[i] == '\n') {
		i++
	}
	return i > end && i < len(t) && isDigit(t[i])
}

// followedByTime reports "May 5:30"-like clock times, which are not days.
func followedByTime(t string, end int) bool {
	return end+1 < len(t) && t[end] == ':' && isDigit(t[end+1])
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isAlnum(b byte) bool {
	return isDigit(b) || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
}

// partOfNumber reports whether [start, end) is glued to a larger number or
// path: "1,2025", "3.2015", "/2015-04-2/".
func (r resolver) partOfNumber(start, end int) bool {
	t := r.text
	if start > 0 {
		switch p := t[start-1]; {
		case p == '/' || p == '$' || p == '#' || p == '-' || p == '_' || isAlnum(p):
			return true
		case (p == ',' || p == '.') && start > 1 && isDigit(t[start-2]):
			return true
		}
	}
	if end < len(t) {
		switch n := t[end]; {
		case n == '/' || n == '%' || n == '_' || isAlnum(n):
			return true
		case (n == ',' || n == '.' || n == '-') && end+1 < len(t) && isDigit(t[end+1]):
			return true
		}
	}
	return false
}

func plausibleYear(y int) bool { return y >= 1000 && y <= 2199 }
