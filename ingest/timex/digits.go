package timex

import "strings"

// The number patterns (years, ISO dates, slash dates) are scanned by hand:
// numbers are everywhere in encyclopedic text, and a regexp tried at every
// digit is the slowest part of Find. Each scanner returns submatch indices
// in the form regexp's FindAllStringSubmatchIndex would.

// digitRuns returns the maximal runs of ASCII digits that stand as words
// of their own on the left (the byte before is not a letter, digit or _).
func digitRuns(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if i == 0 || !isWordByte(text[i-1]) {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

func isWordByte(b byte) bool { return isAlnum(b) || b == '_' }

// endsWord reports whether position j ends a word (regexp's \b after a word byte).
func endsWord(text string, j int) bool { return j >= len(text) || !isWordByte(text[j]) }

// number reads a run of digits at i with a length in [lo, hi]; it returns
// the end, or -1.
func number(text string, i, lo, hi int) int {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if n := j - i; n < lo || n > hi {
		return -1
	}
	return j
}

// scanYears matches `\b((?i:early|mid|late)[- \x{00A0}])?(\d{4})\b`.
func scanYears(text string, runs [][2]int) [][]int {
	var out [][]int
	for _, r := range runs {
		if r[1]-r[0] != 4 || !endsWord(text, r[1]) {
			continue
		}
		m := []int{r[0], r[1], -1, -1, r[0], r[1]}
		if s, ok := modifierBefore(text, r[0]); ok {
			m[0], m[2], m[3] = s, s, r[0]
		}
		out = append(out, m)
	}
	return out
}

// modifierBefore finds "early ", "mid-", "late " ending at pos.
func modifierBefore(text string, pos int) (int, bool) {
	sep := 0
	switch {
	case pos >= 1 && (text[pos-1] == '-' || text[pos-1] == ' '):
		sep = 1
	case pos >= 2 && text[pos-2:pos] == "\u00a0":
		sep = 2
	default:
		return 0, false
	}
	for _, w := range []string{"early", "mid", "late"} {
		s := pos - sep - len(w)
		if s >= 0 && strings.EqualFold(text[s:pos-sep], w) && (s == 0 || !isWordByte(text[s-1])) {
			return s, true
		}
	}
	return 0, false
}

// scanISODays matches `\b(\d{4})-(\d{1,2})-(\d{1,2})\b`.
func scanISODays(text string, runs [][2]int) [][]int {
	var out [][]int
	for _, r := range runs {
		if r[1]-r[0] != 4 || r[1] >= len(text) || text[r[1]] != '-' {
			continue
		}
		me := number(text, r[1]+1, 1, 2)
		if me < 0 || me >= len(text) || text[me] != '-' {
			continue
		}
		de := number(text, me+1, 1, 2)
		if de < 0 || !endsWord(text, de) {
			continue
		}
		out = append(out, []int{r[0], de, r[0], r[1], r[1] + 1, me, me + 1, de})
	}
	return out
}

// scanISOMonths matches `\b(\d{4})-(\d{2})\b`.
func scanISOMonths(text string, runs [][2]int) [][]int {
	var out [][]int
	for _, r := range runs {
		if r[1]-r[0] != 4 || r[1] >= len(text) || text[r[1]] != '-' {
			continue
		}
		me := number(text, r[1]+1, 2, 2)
		if me < 0 || !endsWord(text, me) {
			continue
		}
		out = append(out, []int{r[0], me, r[0], r[1], r[1] + 1, me})
	}
	return out
}

// scanSlashes matches `\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b`.
func scanSlashes(text string, runs [][2]int) [][]int {
	var out [][]int
	for _, r := range runs {
		if n := r[1] - r[0]; n < 1 || n > 2 || r[1] >= len(text) || text[r[1]] != '/' {
			continue
		}
		de := number(text, r[1]+1, 1, 2)
		if de < 0 || de >= len(text) || text[de] != '/' {
			continue
		}
		ye := number(text, de+1, 2, 4)
		if ye < 0 || ye-de-1 == 3 || !endsWord(text, ye) {
			continue
		}
		out = append(out, []int{r[0], ye, r[0], r[1], r[1] + 1, de, de + 1, ye})
	}
	return out
}
