package extract

import "strings"

// Encyclopedia pages rendered to plain text often write the bold subject
// of a lead sentence in capitals: "The ABU NIDAL ORGANIZATION (ANO) is the
// most common name for ...", "OSAMA BIN LADEN (...) was ...". Capitals
// elsewhere are shouting and name nothing by themselves, but these open a
// paragraph as its subject. unshoutLeads reads such a run as an ordinary
// capitalised name: a run of two or more words in capitals opening the
// first sentence of a paragraph (after "The" or "A" at most), one of them
// at least four letters long, and not followed by a dash (a dateline,
// "NEW YORK —") or a colon (a run-in heading).
func (s *scan) unshoutLeads() {
	for i := 0; i < len(s.toks); i++ {
		if !s.paragraphOpens(i) {
			continue
		}
		from := i
		if k := s.toks[from].key; (k == "the" || k == "a" || k == "an") && !s.toks[from].upper {
			from++
		}
		to := from
		long := false
		for to < len(s.toks) && s.toks[to].kind == tkWord && s.toks[to].upper && s.sameSent(from, to) {
			long = long || len(s.toks[to].key) >= 4
			to++
		}
		// A colon after the run makes it a run-in heading ("DEEPENING
		// DEFENSE COOPERATION: President Trump is ..."), not a subject.
		if to-from < 2 || !long || to < len(s.toks) && s.sameSent(from, to) && (s.toks[to].key == "-" || s.toks[to].key == "—" || s.toks[to].key == "–" || s.toks[to].key == ":") {
			continue
		}
		for k := from; k < to; k++ {
			s.toks[k].upper = false
			// "The PRIME MINISTER OF ISRAEL": a small word inside reads
			// as it would in a name, in lower case.
			if leadSmallWords[s.toks[k].key] {
				s.toks[k].cap = false
			}
		}
	}
}

// leadSmallWords are written in lower case inside a name.
var leadSmallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true,
	"at": true, "to": true, "bin": true, "ibn": true, "al": true, "el": true, "de": true}

// paragraphOpens reports a token that opens its document or a paragraph.
func (s *scan) paragraphOpens(i int) bool {
	if s.toks[i].sent < 0 {
		return false
	}
	if i > 0 && s.toks[i-1].sent == s.toks[i].sent {
		return false
	}
	before := strings.TrimRight(s.doc.Text[:s.toks[i].start], " \t")
	return before == "" || strings.HasSuffix(before, "\n\n")
}

// unshout gives a name written in capitals the case of a name: "ABU
// NIDAL ORGANIZATION" is "Abu Nidal Organization", "SOCIETY OF THE MUSLIM
// BROTHERS" is "Society of the Muslim Brothers", and a short word stays an
// acronym ("UN SECURITY COUNCIL" is "UN Security Council"). Other names
// are kept.
func unshout(name string) string {
	if strings.ToUpper(name) != name || strings.ToLower(name) == name || !strings.Contains(name, " ") {
		return name
	}
	words := strings.Fields(name)
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && smallNameWords[lw]:
			words[i] = lw
		case len(w) <= 2 || shortAcronyms[lw]:
			// an acronym: kept as written
		default:
			words[i] = titleCase(w)
		}
	}
	return strings.Join(words, " ")
}

// shortAcronyms are three-letter words kept in capitals; other short words
// of a name ("ABU", "BIN") are words.
var shortAcronyms = map[string]bool{"uae": true, "plo": true, "idf": true, "usa": true, "nsc": true, "gcc": true, "cia": true, "fbi": true}

// smallNameWords are written in lower case inside a name.
var smallNameWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "to": true, "al": true, "el": true, "bin": true, "ibn": true, "de": true}
