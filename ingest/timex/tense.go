package timex

import (
	"strings"
	"unicode"
)

// Words that put a weekday or a year-less date after the anchor.
var futureCues = map[string]bool{
	"will": true, "'ll": true, "shall": true, "scheduled": true, "slated": true,
	"due": true, "expected": true, "plans": true, "plan": true, "planned": true,
	"planning": true, "upcoming": true, "next": true, "would": true,
	"is": true, "are": true, "am": true, "intends": true, "intend": true,
	"set": true, "going": true, "tomorrow": true, "to-be": true,
}

// Irregular past forms; regular ones are recognised by their -ed ending.
var pastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "met": true,
	"said": true, "held": true, "took": true, "told": true, "made": true,
	"began": true, "came": true, "went": true, "saw": true, "spoke": true,
	"gave": true, "left": true, "won": true, "lost": true, "fought": true,
	"struck": true, "hit": true, "sent": true, "led": true, "ago": true,
	"last": true, "yesterday": true, "wrote": true, "broke": true,
	"flew": true, "shot": true, "got": true, "brought": true, "thought": true,
	"sought": true, "became": true, "chose": true, "drew": true, "fell": true,
	"ran": true, "rose": true, "stood": true, "withdrew": true, "agreed": true,
}

// passiveBe are the forms of "be" that carry no tense of their own before a
// participle.
var passiveBe = map[string]bool{"be": true, "been": true, "being": true}

// sentenceWindow bounds the words the tense of [start, end) is read from: the
// sentence around it, at most 200 bytes each way.
const sentenceWindow = 200

// future reports whether the expression at [start, end) is about a time after
// the anchor, by the nearest tense cue (see the package doc).
func (r resolver) future(start, end int) bool {
	t := r.text
	lo := max(0, start-sentenceWindow)
	if i := lastSentenceEnd(t[lo:start]); i >= 0 {
		lo += i
	}
	before := words(t[lo:start])
	for i := len(before) - 1; i >= 0; i-- {
		if f, ok := cue(before[i]); ok {
			// "will be invited to talks on Friday": a participle after
			// "be" takes its tense from the words before "be".
			if !f && i > 0 && passiveBe[strings.ToLower(before[i-1])] {
				continue
			}
			return f
		}
	}
	hi := min(len(t), end+sentenceWindow)
	if i := firstSentenceEnd(t[end:hi]); i >= 0 {
		hi = end + i
	}
	for _, w := range words(t[end:hi]) {
		if f, ok := cue(w); ok {
			return f
		}
	}
	return false
}

// cue classifies one word: (true, true) future, (false, true) past, and
// ok false when the word says nothing about tense.
func cue(w string) (future, ok bool) {
	lw := strings.ToLower(w)
	if futureCues[lw] {
		return true, true
	}
	if pastCues[lw] {
		return false, true
	}
	// Regular past forms; capitalised words are names ("United").
	if len(w) > 4 && strings.HasSuffix(w, "ed") && unicode.IsLower(rune(w[0])) {
		return false, true
	}
	return false, false
}

// words splits on anything but letters, apostrophes and hyphens, keeping
// contractions such as "'ll" as their own word.
func words(s string) []string {
	s = strings.ReplaceAll(s, "’", "'")
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '-'
	}) {
		if i := strings.Index(f, "'"); i > 0 {
			out = append(out, f[:i], f[i:])
			continue
		}
		out = append(out, f)
	}
	return out
}

// lastSentenceEnd returns the index just after the last sentence end in s,
// or -1.
func lastSentenceEnd(s string) int {
	for i := len(s) - 2; i >= 0; i-- {
		if isSentenceEnd(s, i) {
			return i + 1
		}
	}
	return -1
}

// firstSentenceEnd returns the index of the first sentence end in s, or -1.
func firstSentenceEnd(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if isSentenceEnd(s, i) {
			return i
		}
	}
	return -1
}

// isSentenceEnd reports a '.', '!' or '?' followed by a space and not after a
// lone capital ("U.S. forces" does not end a sentence).
func isSentenceEnd(s string, i int) bool {
	switch s[i] {
	case '.', '!', '?':
	default:
		return s[i] == '\n' && i+1 < len(s) && s[i+1] == '\n'
	}
	if i+1 >= len(s) || (s[i+1] != ' ' && s[i+1] != '\n') {
		return false
	}
	if s[i] == '.' && i >= 1 && s[i-1] >= 'A' && s[i-1] <= 'Z' && (i < 2 || !isAlnum(s[i-2])) {
		return false
	}
	return true
}
