package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/normalize"
)

// tokKind tells words from punctuation.
type tokKind uint8

const (
	tkWord  tokKind = iota // letters and digits, a dotted acronym, an initial
	tkPunct                // one punctuation rune
	tkPoss                 // a possessive ending: 's, ’s, or a lone ’ after s
)

// token is one word or punctuation mark of a document. Matching works on
// tokens, never on raw bytes, so "US" cannot match inside "USA" and a name
// wrapped over two lines still matches.
type token struct {
	start, end int    // bytes into the text
	key        string // folded: lower case, no diacritics, one kind of apostrophe and dash
	kind       tokKind
	cap        bool // first letter is upper case
	upper      bool // every letter is upper case and there are at least two
	camel      bool // a capital right after a small letter: "AlUla", "McCain"
	digit      bool // starts with a digit
	sent       int  // index of the sentence holding the token, -1 outside all
	newline    bool // a line break separates it from the previous token
	vid        int32
}

// abbrevs keep their period as part of the word: titles and suffixes that
// precede or follow a name.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "maj": true, "capt": true,
	"adm": true, "sgt": true, "prof": true, "st": true, "jr": true, "sr": true,
	"amb": true, "brig": true, "cmdr": true, "hon": true, "rev": true, "pres": true,
	"sec": true, "gens": true, "sens": true, "reps": true, "spc": true, "pfc": true,
	"pvt": true, "cpl": true, "ssgt": true,
}

// tokenize splits text into tokens and assigns each its sentence.
func tokenize(text string, sentences []normalize.Span) []token {
	toks := make([]token, 0, len(text)/4+1)
	newline := false
	si := 0 // the first sentence not ended before i
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			newline = true
			i += size
			continue
		case unicode.IsSpace(r):
			i += size
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			end := scanWord(text, i)
			for si < len(sentences) && sentences[si].End < end {
				si++
			}
			if si < len(sentences) && sentences[si].End == end && end-i == size+1 && text[end-1] == '.' {
				// A letter whose period ends the sentence is a numeral
				// ("World War I."), not an initial: the period is the
				// sentence's.
				end--
			}
			toks = append(toks, makeWord(text, i, end, newline))
			i = end
		case isApostrophe(r) && len(toks) > 0 && toks[len(toks)-1].end == i && toks[len(toks)-1].kind == tkWord:
			// A possessive: 's right after a word, or a lone apostrophe
			// after a plural ("Leaders’").
			end := i + size
			if end < len(text) && (text[end] == 's' || text[end] == 'S') && !isWordByte(text, end+1) {
				end++
			} else if !strings.HasSuffix(toks[len(toks)-1].key, "s") {
				toks = append(toks, makePunct(text, i, i+size, newline))
				i += size
				break
			}
			toks = append(toks, token{start: i, end: end, key: "'s", kind: tkPoss, newline: newline})
			i = end
		default:
			toks = append(toks, makePunct(text, i, i+size, newline))
			i += size
		}
		newline = false
	}
	assignSentences(toks, sentences)
	return toks
}

// scanWord returns the end of the word starting at i: letters and digits,
// apostrophes between letters unless they start a possessive, a dotted
// acronym ("U.S."), an initial ("J.") or a title abbreviation ("Sen.").
func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += size
			continue
		}
		if isApostrophe(r) && i+size < len(text) {
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if unicode.IsLetter(next) && !(next == 's' && !isWordByte(text, i+size+1)) {
				i += size
				continue
			}
		}
		break
	}
	if i >= len(text) || text[i] != '.' {
		return i
	}
	word := text[start:i]
	if r, _ := utf8.DecodeRuneInString(word); utf8.RuneCountInString(word) == 1 && unicode.IsLetter(r) {
		// "U.S.", "U.N.", "D.C." or an initial "J."; a digit before a
		// period ends a sentence ("the P5+1.").
		j := i
		for j+2 < len(text) && text[j] == '.' && isASCIILetter(text[j+1]) && !isWordByte(text, j+2) {
			j += 2
		}
		if j < len(text) && text[j] == '.' {
			j++
		}
		return j
	}
	if abbrevs[strings.ToLower(word)] {
		return i + 1
	}
	return i
}

func makeWord(text string, start, end int, newline bool) token {
	s := text[start:end]
	t := token{start: start, end: end, kind: tkWord, newline: newline, vid: -1}
	letters, uppers := 0, 0
	simple := true // ASCII lower case and digits only: the key is the text
	small := false // the letter before was a small one
	for i, r := range s {
		if i == 0 {
			t.cap = unicode.IsUpper(r)
			t.digit = r >= '0' && r <= '9' || r >= 0x80 && unicode.IsDigit(r)
		}
		switch {
		case r >= 'a' && r <= 'z':
			letters++
			small = true
			continue
		case r >= 'A' && r <= 'Z':
			letters++
			uppers++
			simple = false
			t.camel = t.camel || small
		case r < 0x80:
			if r == '\'' || r == '-' {
				simple = false
			}
		default:
			simple = false
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					uppers++
					t.camel = t.camel || small
				} else if unicode.IsLower(r) {
					small = true
					continue
				}
			}
		}
		small = false
	}
	t.upper = letters >= 2 && letters == uppers
	if simple {
		t.key = s
	} else {
		t.key = foldKey(s)
	}
	return t
}

func makePunct(text string, start, end int, newline bool) token {
	s := text[start:end]
	key := s
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case isDash(r):
		key = "-"
	case isApostrophe(r):
		key = "'"
	case r == '“' || r == '”' || r == '„' || r == '«' || r == '»':
		key = "\""
	}
	return token{start: start, end: end, key: key, kind: tkPunct, newline: newline, vid: -1}
}

// assignSentences sets each token's sentence index; sentences are sorted
// and do not overlap.
func assignSentences(toks []token, sentences []normalize.Span) {
	si := 0
	for k := range toks {
		for si < len(sentences) && sentences[si].End <= toks[k].start {
			si++
		}
		if si < len(sentences) && sentences[si].Start <= toks[k].start {
			toks[k].sent = si
		} else {
			toks[k].sent = -1
		}
	}
}

// foldKey is the form tokens are compared in.
func foldKey(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case isApostrophe(r):
			b.WriteByte('\'')
		case isDash(r):
			b.WriteByte('-')
		case unicode.Is(unicode.Mn, r):
			// combining marks carry no identity for matching
		default:
			b.WriteRune(foldRune(unicode.ToLower(r)))
		}
	}
	return b.String()
}

// foldRune maps the accented Latin letters met in names of this domain to
// their base letter, so "Türkiye" matches "Turkiye" and "Élysée" "Elysee".
func foldRune(r rune) rune {
	if r < 0xC0 {
		return r
	}
	if f, ok := latinFold[r]; ok {
		return f
	}
	return r
}

var latinFold = func() map[rune]rune {
	m := map[rune]rune{}
	add := func(base rune, accented string) {
		for _, r := range accented {
			m[r] = base
		}
	}
	add('a', "àáâãäåāăą")
	add('c', "çćĉċč")
	add('d', "ďđ")
	add('e', "èéêëēĕėęě")
	add('g', "ĝğġģ")
	add('h', "ĥħ")
	add('i', "ìíîïĩīĭįı")
	add('j', "ĵ")
	add('k', "ķ")
	add('l', "ĺļľŀł")
	add('n', "ñńņňŉ")
	add('o', "òóôõöøōŏő")
	add('r', "ŕŗř")
	add('s', "śŝşšș")
	add('t', "ţťŧț")
	add('u', "ùúûüũūŭůűų")
	add('w', "ŵ")
	add('y', "ýÿŷ")
	add('z', "źżž")
	return m
}()

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

func isDash(r rune) bool {
	return r == '-' || r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '―' || r == '−'
}

func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// isWordByte reports whether a letter or digit starts at text[i].
func isWordByte(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
