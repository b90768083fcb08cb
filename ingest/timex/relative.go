package timex

import (
	"regexp"
	"strings"
	"time"
)

var (
	// "earlier in the day" and "later in the day" are the day's too.
	// "last night" is yesterday's, "this morning" today's.
	reDeictic = regexp.MustCompile(`\b(?i:(today|tonight|yesterday|tomorrow|(?:earlier|later)` + sp + `in` + sp + `the` + sp + `day|last` + sp + `night|this` + sp + `(?:morning|afternoon|evening)))\b`)
	// "on Friday", "next Saturday", "on a Saturday" (indefinite), "Friday's".
	reWeekday = regexp.MustCompile(`\b(?:(last|Last|next|Next|this|This|on|On|a|an|every|Every|each|one)` + sp + `)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	// "earlier this month", "last year", "this week".
	rePeriod = regexp.MustCompile(`\b(?i:(?:(earlier|later)` + sp + `)?(this|last|next|past)` + sp + `(week|month|year))\b`)
	// "three days ago", "a year ago".
	// "Thirty-five years ago today", "ten years ago to the day": the
	// anniversary, a day.
	reAgo = regexp.MustCompile(`\b(?i:(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a` + sp + `hundred|one` + sp + `hundred)` + sp + `(day|week|month|year)s?` + sp + `ago(` + sp + `today|` + sp + `to` + sp + `the` + sp + `day)?)\b`)
)

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

// tensWords are the tens a number word of two parts opens with
// ("thirty-five").
var tensWords = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// countOf reads a count written in digits or in words, up to a hundred.
func countOf(word string) int {
	word = strings.Join(strings.Fields(word), " ")
	if n, ok := numberWords[word]; ok {
		return n
	}
	if word == "a hundred" || word == "one hundred" {
		return 100
	}
	tens, unit, _ := strings.Cut(word, "-")
	if n, ok := tensWords[tens]; ok {
		return n + numberWords[unit]
	}
	return atoi(word)
}

var weekdays = map[string]time.Weekday{
	"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday,
	"Wednesday": time.Wednesday, "Thursday": time.Thursday,
	"Friday": time.Friday, "Saturday": time.Saturday,
}

// relative proposes the expressions that need the anchor.
func (r resolver) relative() []candidate {
	var out []candidate
	t := r.text
	for _, m := range r.findAll(trigDeictic, reDeictic) {
		offset := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[strings.ToLower(t[m[2]:m[3]])]
		if strings.HasPrefix(strings.ToLower(t[m[2]:m[3]]), "last") {
			offset = -1 // "last night"
		}
		if !r.hasAnchor {
			out = append(out, r.raw(m[0], m[1], rankRelative))
			continue
		}
		v, p := dayExpr(r.anchor.AddDate(0, 0, offset))
		out = append(out, r.resolved(m[0], m[1], rankRelative, v, p, true))
	}
	for _, m := range r.findAll(trigWeekday, reWeekday) {
		if m[1] < len(t) && t[m[1]] == 's' {
			continue // "Fridays" is a habit, not a day
		}
		out = append(out, r.weekday(m))
	}
	for _, m := range r.findAll(trigPeriod, rePeriod) {
		out = append(out, r.period(m))
	}
	for _, m := range r.findAll(trigPeriod, reAgo) {
		out = append(out, r.ago(m))
	}
	return out
}

// weekday resolves "on Friday", "next Saturday", "last Sunday"; "on a
// Saturday" and "every Friday" stay raw.
func (r resolver) weekday(m []int) candidate {
	t := r.text
	cue := ""
	if m[2] >= 0 {
		cue = strings.ToLower(t[m[2]:m[3]])
	}
	start := m[4] // the span is the weekday, not "on"
	switch cue {
	case "a", "an", "every", "each", "one":
		return r.raw(m[2], m[1], rankRelative)
	case "next", "last", "this":
		start = m[2]
	}
	if !r.hasAnchor {
		return r.raw(start, m[1], rankRelative)
	}
	wd := weekdays[t[m[4]:m[5]]]
	ahead := (int(wd) - int(r.anchor.Weekday()) + 7) % 7 // 0..6 days forward
	var offset int
	switch {
	case cue == "next":
		offset = ahead
		if offset == 0 {
			offset = 7
		}
	case cue == "last":
		offset = ahead - 7 // -7..-1
	case cue == "this" || r.future(m[0], m[1]):
		offset = ahead
	default:
		offset = 0
		if ahead != 0 {
			offset = ahead - 7
		}
	}
	v, p := dayExpr(r.anchor.AddDate(0, 0, offset))
	return r.resolved(start, m[1], rankRelative, v, p, true)
}

// period resolves "earlier this month" and "last year"; weeks and "past"
// periods (durations) have no precision in the graph model and stay raw.
func (r resolver) period(m []int) candidate {
	t := r.text
	which := strings.ToLower(t[m[4]:m[5]])
	unit := strings.ToLower(t[m[6]:m[7]])
	if !r.hasAnchor || unit == "week" || which == "past" {
		return r.raw(m[0], m[1], rankRelative)
	}
	step := map[string]int{"this": 0, "last": -1, "next": 1}[which]
	if unit == "month" {
		at := time.Date(r.anchor.Year(), r.anchor.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
		v, p := monthExpr(at.Year(), at.Month())
		return r.resolved(m[0], m[1], rankRelative, v, p, true)
	}
	v, p := yearExpr(r.anchor.Year() + step)
	return r.resolved(m[0], m[1], rankRelative, v, p, true)
}

// ago resolves "three days ago" at the precision of its unit.
func (r resolver) ago(m []int) candidate {
	t := r.text
	n := countOf(strings.ToLower(t[m[2]:m[3]]))
	unit := strings.ToLower(t[m[4]:m[5]])
	if !r.hasAnchor || unit == "week" && m[6] < 0 {
		return r.raw(m[0], m[1], rankRelative)
	}
	if m[6] >= 0 {
		// "ten years ago today": the same day, n years before.
		at := r.anchor
		switch unit {
		case "day":
			at = at.AddDate(0, 0, -n)
		case "week":
			at = at.AddDate(0, 0, -7*n)
		case "month":
			at = at.AddDate(0, -n, 0)
		default:
			at = at.AddDate(-n, 0, 0)
		}
		v, p := dayExpr(at)
		return r.resolved(m[0], m[1], rankRelative, v, p, true)
	}
	switch unit {
	case "day":
		v, p := dayExpr(r.anchor.AddDate(0, 0, -n))
		return r.resolved(m[0], m[1], rankRelative, v, p, true)
	case "month":
		at := time.Date(r.anchor.Year(), r.anchor.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		v, p := monthExpr(at.Year(), at.Month())
		return r.resolved(m[0], m[1], rankRelative, v, p, true)
	}
	v, p := yearExpr(r.anchor.Year() - n)
	return r.resolved(m[0], m[1], rankRelative, v, p, true)
}
