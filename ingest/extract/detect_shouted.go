package extract

import (
	"strings"
	"unicode"
)

// A government's release of its sanctions writes each target's name in
// capitals, then the short name it goes on using in brackets: "HARISH
// RAMCHANDRA RANGI (HARISH) is an Indian national", "PORTEASE PARTNERS LLP
// (PORTEASE)". Capitals alone say nothing (headlines, acronyms), but a
// bracketed short name taken from the name itself does: the run is a name,
// a company's when a company suffix or an organisation's head word ends it,
// a person's otherwise, and every later use of the short name is a mention
// of it.

// detectShoutedNames proposes such names and their short names.
func (s *scan) detectShoutedNames() {
	type short struct {
		keys     string
		name     string
		typ      string
		from, to int // the bracketed mention, already proposed
	}
	var shorts []short
	for i := 0; i < len(s.toks); i++ {
		if !s.shouted(i) || i > 0 && s.shouted(i-1) {
			continue
		}
		j := s.shoutedRunEnd(i)
		if j-i < 2 || s.tokKey(j) != "(" || !s.sameSent(i, j) {
			continue
		}
		k := j + 1
		m := s.shoutedRunEnd(k)
		if m == k || m-k > 3 || s.tokKey(m) != ")" || !s.wordsOf(i, j, k, m) {
			continue
		}
		typ := "Person"
		for n := i; n < j; n++ {
			if companySuffixes[s.toks[n].key] || s.class(n)&wcOrgHead != 0 || firmWords[s.toks[n].key] {
				typ = "Organization"
			}
		}
		name := shoutedName(s.spanText(i, j))
		s.cands = append(s.cands,
			candidate{from: i, to: j, entry: -1, typ: typ, name: name, prio: prioDetected},
			candidate{from: k, to: m, entry: -1, typ: typ, name: name, prio: prioDetected})
		shorts = append(shorts, short{keys: s.keysOf(k, m), name: name, typ: typ, from: k, to: m})
		i = m
	}
	// Every other use of a short name: "HARISH is being designated".
	for _, sh := range shorts {
		n := sh.to - sh.from
		for i := 0; i+n <= len(s.toks); i++ {
			if i == sh.from || !s.shouted(i) || i > 0 && s.shouted(i-1) || s.shoutedRunEnd(i) != i+n {
				continue
			}
			if s.keysOf(i, i+n) == sh.keys {
				s.cands = append(s.cands, candidate{from: i, to: i + n, entry: -1, typ: sh.typ, name: sh.name, prio: prioDetected})
			}
		}
	}
}

// shouted reports a word written all in capitals, also one that opens a
// paragraph and was read as a name's (detect_leads.go).
func (s *scan) shouted(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkWord || !s.toks[i].cap {
		return false // most words: cheap to rule out
	}
	letters := 0
	for _, r := range s.text(i) {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// shoutedRunEnd is the end of the run of capitalised words from i, with
// hyphens glued inside ("TALAEI-NIK"), in one sentence.
func (s *scan) shoutedRunEnd(i int) int {
	j := i
	for s.shouted(j) && s.sameSent(i, j) {
		j++
		if s.glued(j) && s.shouted(j+1) {
			j++
		}
	}
	return j
}

// wordsOf reports that the words of [k, m) are words of [i, j), in order.
func (s *scan) wordsOf(i, j, k, m int) bool {
	n := i
	for c := k; c < m; c++ {
		for n < j && s.toks[n].key != s.toks[c].key {
			n++
		}
		if n == j {
			return false
		}
		n++
	}
	return true
}

// shoutedName writes a name given in capitals as names are written:
// "TALAEI-NIK" is Talaei-Nik, "PORTEASE PARTNERS LLP" Portease Partners LLP.
func shoutedName(upper string) string {
	words := strings.Fields(upper)
	for i, w := range words {
		if companySuffixes[strings.ToLower(w)] {
			continue
		}
		parts := strings.Split(strings.ToLower(w), "-")
		for k, p := range parts {
			if p != "" {
				parts[k] = strings.ToUpper(p[:1]) + p[1:]
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}
