package timex

import (
	"regexp"
	"strings"
)

// Running every pattern over a whole document is slow (the patterns start
// with optional words, so the regexp engine tries them at every byte).
// Every date expression with a name in it contains one of a few words
// (month and weekday names, "today", "week"...), so those patterns only run
// over windows of text around them; numbers are scanned by hand (digits.go).

// window is a stretch of the text around one or more trigger words.
type window struct{ start, end int }

const (
	// The longest expression reaches this far before and after the trigger
	// it contains: "since early " before "June", "14th of September, " before
	// "2015", "earlier this " before "month".
	windowBefore = 48
	windowAfter  = 64
	// Windows are widened to the next space, at most this far, so that no
	// word is cut in two (a cut word would look like a word boundary).
	windowSlack = 32
)

// Trigger classes: each pattern needs one of them.
const (
	trigMonth = iota
	trigWeekday
	trigDeictic
	trigPeriod
	trigClasses
)

// triggerWords map the words other than numbers a date expression holds to
// their class.
var triggerWords = func() map[string]int {
	m := map[string]int{}
	for class, words := range map[int]string{
		trigMonth: `january february march april may june july august september october
			november december jan feb mar apr jun jul aug sep sept oct nov dec`,
		trigWeekday: `monday tuesday wednesday thursday friday saturday sunday`,
		trigDeictic: `today tonight yesterday tomorrow day night morning afternoon evening`,
		trigPeriod:  `week weeks month months year years ago`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] = class
		}
	}
	return m
}()

// windows returns, per trigger class, the merged windows around its
// triggers in text.
func windows(text string) [trigClasses][]window {
	var out [trigClasses][]window
	add := func(class, p, q int) {
		s, e := max(0, p-windowBefore), min(len(text), q+windowAfter)
		for k := 0; k < windowSlack && s > 0 && !isSpace(text[s-1]); k++ {
			s--
		}
		for k := 0; k < windowSlack && e < len(text) && !isSpace(text[e]); k++ {
			e++
		}
		ws := out[class]
		if n := len(ws); n > 0 && s <= ws[n-1].end {
			ws[n-1].end = max(ws[n-1].end, e)
			return
		}
		out[class] = append(ws, window{s, e})
	}
	for i := 0; i < len(text); {
		j := i
		switch c := text[i]; {
		case isAlnum(c):
			for j < len(text) && isAlnum(text[j]) {
				j++
			}
			if j-i >= 3 && j-i <= 9 {
				if class, ok := triggerWords[strings.ToLower(text[i:j])]; ok {
					add(class, i, j)
				}
			}
		default:
			j = i + 1
		}
		i = j
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// findAll is re.FindAllStringSubmatchIndex over the windows of one trigger
// class, with indices into the whole text.
func (r resolver) findAll(class int, re *regexp.Regexp) [][]int {
	var out [][]int
	for _, w := range r.wins[class] {
		for _, m := range re.FindAllStringSubmatchIndex(r.text[w.start:w.end], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w.start
				}
			}
			out = append(out, m)
		}
	}
	return out
}
