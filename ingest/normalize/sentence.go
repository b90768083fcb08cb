package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleAbbrevs precede a name, so a period after them never ends a sentence.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true,
	"rep": true, "gov": true, "gen": true, "lt": true, "col": true, "maj": true,
	"capt": true, "cpt": true, "sgt": true, "adm": true, "cmdr": true, "amb": true,
	"hon": true, "rev": true, "st": true, "mt": true, "ft": true, "pres": true,
	"sec": true, "supt": true, "insp": true, "messrs": true, "jr": true, "sr": true,
	"vs": true, "e.g": true, "i.e": true, "cf": true, "approx": true, "dept": true,
	"est": true, "fig": true, "al": true,
}

// numberAbbrevs only stay inside a sentence when a number follows
// ("Jan. 5", "No. 5", "Art. 3"); otherwise they may end one.
var numberAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "art": true, "arts": true, "vol": true, "p": true,
	"pp": true, "sec.": true, "para": true, "ch": true, "op": true,
}

// sentenceStarters are the words that usually open a sentence; after a dotted
// acronym ("U.S.") only these make the period a sentence end, because a
// capitalised name after "U.S." more often continues the sentence
// ("the U.S. Senate").
var sentenceStarters = map[string]bool{
	"The": true, "This": true, "That": true, "These": true, "Those": true, "It": true,
	"He": true, "She": true, "They": true, "We": true, "I": true, "In": true,
	"On": true, "At": true, "But": true, "And": true, "A": true, "An": true,
	"As": true, "After": true, "Before": true, "However": true, "While": true,
	"When": true, "Its": true, "His": true, "Her": true, "Their": true, "Our": true,
	"Both": true, "There": true, "Since": true, "For": true, "If": true, "Meanwhile": true,
}

// dcBodies follow "D.C." in the names of the District's own bodies and
// offices ("Washington, D.C. Mayor Muriel Bowser").
var dcBodies = map[string]bool{
	"Circuit": true, "Council": true, "Court": true, "Police": true, "Mayor": true, "Metropolitan": true,
	"Public": true, "Superior": true, "National": true, "Attorney": true, "Department": true,
}

// closers may follow a sentence's final punctuation and still belong to it.
const closers = "\"'”’)]»"

// openers may precede a sentence's first letter.
const openers = "\"'“‘([«"

// splitSentences returns the sentence spans of s, a block of text in which
// newlines are hard boundaries. Offsets are bytes relative to s; spans never
// include leading or trailing white space.
func splitSentences(s string) []Span {
	var spans []Span
	for lineStart := 0; lineStart <= len(s); {
		lineEnd := strings.IndexByte(s[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(s)
		} else {
			lineEnd += lineStart
		}
		for _, sp := range splitLine(s[lineStart:lineEnd]) {
			spans = append(spans, Span{sp.Start + lineStart, sp.End + lineStart})
		}
		lineStart = lineEnd + 1
	}
	return spans
}

// splitLine splits one line into sentence spans.
func splitLine(line string) []Span {
	var spans []Span
	start := skipSpace(line, 0)
	for i := start; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		end := i + size
		// Runs like "?!" or "..." and closing quotes belong to the sentence.
		for end < len(line) {
			r2, s2 := utf8.DecodeRuneInString(line[end:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || strings.ContainsRune(closers, r2) {
				end += s2
				continue
			}
			break
		}
		if isBoundary(line, start, i, end) {
			spans = append(spans, Span{start, end})
			start = skipSpace(line, end)
			i = start
			continue
		}
		i = end
	}
	if start < len(line) {
		end := len(line)
		for end > start && isSpaceByte(line[end-1]) {
			end--
		}
		if end > start {
			spans = append(spans, Span{start, end})
		}
	}
	return spans
}

// isBoundary decides whether the punctuation at line[stop:end] ends the
// sentence that began at start.
func isBoundary(line string, start, stop, end int) bool {
	if end >= len(line) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(line[end:])
	if !unicode.IsSpace(next) {
		return false // "3.5", "U.S.-Iran", "example.com"
	}
	rest := line[skipSpace(line, end):]
	if rest == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(rest)
	for strings.ContainsRune(openers, first) && len(rest) > 0 {
		rest = rest[utf8.RuneLen(first):]
		if rest == "" {
			return true
		}
		first, _ = utf8.DecodeRuneInString(rest)
	}
	if unicode.IsLower(first) {
		return false
	}
	if line[stop] != '.' || end-stop > 1 && strings.HasPrefix(line[stop:end], "..") {
		return true
	}
	word := wordBefore(line, start, stop)
	lower := strings.ToLower(word)
	switch {
	case word == "":
		return true
	case titleAbbrevs[lower]:
		return false
	case isInitial(word):
		// Before the abbreviations: "William P. Rogers" has an initial,
		// where "p. 5" has a page.
		return word == "I" && ordinalOne(line, start, stop-len(word), rest)
	case numberAbbrevs[lower]:
		return !unicode.IsDigit(first)
	case word == "D.C" && strings.HasSuffix(strings.TrimRight(line[start:stop-len(word)], " "), ","):
		// "in Washington, D.C." closes a place: a capital after it opens
		// the next sentence ("… in Washington, D.C. Türkiye is a valued
		// ally"), unless it names a body of the District ("D.C. Council").
		return !dcBodies[firstWord(rest)]
	case strings.Contains(word, "."):
		// Dotted acronyms: "U.S.", "U.N.", "a.m.".
		return sentenceStarters[firstWord(rest)]
	}
	return true
}

// wordBefore returns the token that ends right before line[stop], without
// leading opening punctuation.
func wordBefore(line string, start, stop int) string {
	j := stop
	for j > start {
		r, size := utf8.DecodeLastRuneInString(line[start:j])
		if unicode.IsSpace(r) || strings.ContainsRune(openers, r) {
			break
		}
		j -= size
	}
	return line[j:stop]
}

// ordinalOne reports the "I" at line[at] that is the numeral of a war or
// a ruler ("World War I.", "King Faisal I. He died"), not a middle initial
// ("Joseph I. Lieberman"): after "War", or before a word that opens
// sentences.
func ordinalOne(line string, start, at int, rest string) bool {
	for at > start && isSpaceByte(line[at-1]) {
		at--
	}
	return wordBefore(line, start, at) == "War" || sentenceStarters[firstWord(rest)]
}

// isInitial reports a single capital letter, the initial in "Donald J. Trump".
func isInitial(word string) bool {
	r, size := utf8.DecodeRuneInString(word)
	return size == len(word) && unicode.IsUpper(r)
}

func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r'
}
