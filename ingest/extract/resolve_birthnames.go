package extract

import (
	"regexp"
	"strings"
)

// A life often opens with the name its subject is known by and tells the
// early years under the name they were born with: "Meir David Hakohen
// Kahane (1932–1990) was an American-Israeli rabbi ... Martin David
// Kahane was born in Brooklyn". The birth name is the subject's, not a
// relative's. It is read as such only when all of these hold:
//
//   - the document has a lead person (scan.leadPerson);
//   - the other full name shares the lead's surname;
//   - it opens its sentence, and "was born" follows it (after citation
//     marks, "[12]");
//   - the document names it nowhere before that sentence, where it could
//     have been introduced as someone else ("his father, X").

// reWasBorn follows a birth name.
var reWasBorn = regexp.MustCompile(`^(?:\[\d+\])*` + sp + `+was` + sp + `+born\b`)

// birthNames rewrites the mentions of a birth name to the lead person and
// reports whether it did. ms must be sorted.
func (s *scan) birthNames(ms []pending) bool {
	if s.leadPerson == "" {
		return false
	}
	var lead *pending
	for i := range ms {
		if ms[i].id == s.leadPerson {
			lead = &ms[i]
			break
		}
	}
	if lead == nil {
		return false
	}
	surname := strings.ToLower(lastNameWord(lead.name))
	if lead.entry >= 0 || surname == "" {
		return false
	}
	seen := map[string]bool{}
	merged := false
	for i := range ms {
		m := &ms[i]
		if m.typ != "Person" || m.id == s.leadPerson || m.entry >= 0 || seen[m.id] {
			seen[m.id] = true
			continue
		}
		seen[m.id] = true
		if m.to-m.from < 2 || strings.ToLower(lastNameWord(m.name)) != surname || !s.opensSentence(m.from) ||
			!reWasBorn.MatchString(s.doc.Text[s.toks[m.to-1].end:]) {
			continue
		}
		from := m.id
		for k := range ms {
			if ms[k].id == from {
				ms[k].id, ms[k].name = lead.id, lead.name
			}
		}
		merged = true
	}
	return merged
}

// opensSentence reports whether token i is the first of its sentence.
func (s *scan) opensSentence(i int) bool {
	return s.toks[i].sent >= 0 && (i == 0 || s.toks[i-1].sent != s.toks[i].sent)
}

// A lead gives the subject's other name in its first sentence: "Nouri
// Kamil Muhammad-Hasan al-Maliki (…), also known as Jawad al-Maliki, is an
// Iraqi politician who was Prime Minister". That name is the subject's,
// not a second person's (to whom "who was Prime Minister" would go).

// reKnownAsAside runs from the subject's name to its other name: a
// parenthesis, then "also known as" and a title ("also known as Rabbi
// Martin Kahane").
var reKnownAsAside = regexp.MustCompile(`^(?:` + sp + `*\([^()]{1,200}\))?` + sp + `*,` + sp + `+(?:also|better|commonly|more` + sp + `+commonly|popularly)` + sp + `+known` + sp + `+as(?:` + sp + `+\p{Lu}[\p{L}.]*)?` + sp + `*$`)

// knownAsSentences: the lead's first sentence may come after a title line
// and a line of its date.
const knownAsSentences = 4

// knownAsNames rewrites the mentions of the other name a person of the
// page's first sentences is given so to that person's, and reports
// whether it did. A catalog name given so keeps its entry: the first
// name's mentions take it.
func (s *scan) knownAsNames(ms []pending) bool {
	for i := 0; i+1 < len(ms); i++ {
		p, q := ms[i], ms[i+1]
		sent := s.toks[p.from].sent
		if p.typ != "Person" || q.typ != "Person" || p.id == q.id || sent < 0 || sent >= knownAsSentences || s.toks[q.from].sent != sent ||
			!reKnownAsAside.MatchString(s.doc.Text[s.toks[p.to-1].end:s.toks[q.from].start]) {
			continue
		}
		from, into := q, p
		switch {
		case q.entry >= 0 && p.entry >= 0:
			return false // two catalog people are never one
		case q.entry >= 0:
			from, into = p, q
		}
		if s.leadPerson == from.id {
			s.leadPerson = into.id
		}
		for k := range ms {
			if ms[k].id == from.id {
				ms[k].id, ms[k].name, ms[k].entry = into.id, into.name, into.entry
			}
		}
		return true
	}
	return false
}
