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
