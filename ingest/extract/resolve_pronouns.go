package extract

import "regexp"

// An encyclopedia's life of a person names its subject once or twice and
// then says "he" or "she": "Sharon entered politics in 1973. He joined the
// Likud ...". Without those pronouns the roles, memberships and deeds of
// most of the article are lost. Reading every pronoun is coreference, which
// this package does not attempt; one case is safe enough to read:
//
//   - the document has a subject: the first person it names, within its
//     first two sentences, named more often than any other person (at
//     least three times);
//   - the pronoun is the subject's: "he" when the document's pronouns are
//     mostly "he", "his" and "him", "she" when mostly "she" and "her";
//   - no other person is named in the pronoun's sentence before it, nor in
//     the sentence before unless that sentence was about the subject (named
//     the subject first, the other after), where the pronoun could be
//     theirs.
//
// Such a "he" or "she" is a mention of the subject. It is not a name: it
// never becomes an alias, and it is marked as a pronoun for the rules
// that need a written name.

// Thresholds of the document's subject.
const (
	subjectFirstSentences = 2 // the subject is named in the first sentences
	subjectLeastMentions  = 3 // and at least this often
)

// pronounAnaphors adds a mention of the document's subject for every
// "he" or "she" that can only be the subject's. ms must be sorted.
func (s *scan) pronounAnaphors(ms []pending) []pending {
	subject, ok := s.documentSubject(ms)
	if !ok {
		return ms
	}
	pronoun := s.subjectPronoun()
	if pronoun == "" {
		return ms
	}
	var out []pending
	k := 0      // ms[:k] start before the current token
	other := -1 // sentence of the last mention of another person
	// The first person each sentence names (by name or by a pronoun read
	// as the subject): the one it is about.
	first := map[int]string{}
	for i := range s.toks {
		for k < len(ms) && ms[k].from < i {
			if ms[k].typ == "Person" {
				sent := s.toks[ms[k].from].sent
				if _, seen := first[sent]; !seen {
					first[sent] = ms[k].id
				}
				if ms[k].id != subject.id && !ms[k].pronoun {
					other = sent
				}
			}
			k++
		}
		t := &s.toks[i]
		if t.kind != tkWord || t.key != pronoun || t.sent < 0 || s.notEnt[i] {
			continue
		}
		// Another person named just before may be meant, unless the
		// sentence before was about the subject and named the other
		// after it ("That same day he received a blessing by Rabbi
		// Ovadia Yosef. On 17 September 2008, he lost ...").
		if other == t.sent && !s.frontedOthers(i) || other >= 0 && other == t.sent-1 && first[t.sent-1] != subject.id {
			continue
		}
		if _, seen := first[t.sent]; !seen {
			first[t.sent] = subject.id
		}
		out = append(out, pending{from: i, to: i + 1, id: subject.id, typ: "Person", entry: subject.entry, name: subject.name, pronoun: true})
	}
	if len(out) == 0 {
		return ms
	}
	return sortPending(append(ms, out...))
}

// documentSubject is the person the document is about, when it has one.
func (s *scan) documentSubject(ms []pending) (pending, bool) {
	return s.subjectOfType(ms, "Person", false)
}

// subjectOfType is the entity of type typ the document is about: the first
// one named (by name, not anaphor or pronoun), within its first
// sentences, named at least subjectLeastMentions times and more often
// than any other of its type; or, when leadWins, named first in the
// document's first sentence however often others are.
func (s *scan) subjectOfType(ms []pending, typ string, leadWins bool) (pending, bool) {
	var first pending
	found := false
	count := map[string]int{}
	for _, m := range ms {
		if m.typ != typ || m.anaphor || m.pronoun {
			continue
		}
		if !found {
			first, found = m, true
		}
		count[m.id]++
	}
	if !found || s.toks[first.from].sent >= subjectFirstSentences || count[first.id] < subjectLeastMentions {
		return pending{}, false
	}
	if leadWins && len(ms) > 0 && ms[0].id == first.id && s.toks[first.from].sent == 0 {
		return first, true // the lead's subject: "The Abu Nidal Organization (ANO) is ..."
	}
	for id, n := range count {
		if id != first.id && n >= count[first.id] {
			return pending{}, false
		}
	}
	return first, true
}

// subjectPronoun is "he" or "she", whichever set of pronouns the document
// uses more (by at least two to one), or "" when neither dominates.
func (s *scan) subjectPronoun() string {
	he, she := 0, 0
	for i := range s.toks {
		switch s.toks[i].key {
		case "he", "his", "him":
			he++
		case "she", "her", "hers":
			she++
		}
	}
	switch {
	case he > 0 && he >= 2*she:
		return "he"
	case she > 0 && she >= 2*he:
		return "she"
	}
	return ""
}

// reFrontedWith: a sentence opening with a phrase of people the subject
// acted with, up to the comma before the pronoun: "In June 2002, with
// Mustafa Barghouti and Ibrahim Dakkak, he founded …". The people named
// there are not the pronoun's.
var reFrontedWith = regexp.MustCompile(`^(?:(?:In|On|By|From)` + sp + `+[^,;]{1,30},` + sp + `*)?(?:[Tt]ogether` + sp + `+with|[Ww]ith|[Aa]longside|[Aa]ccompanied` + sp + `+by)` + sp + `+[^,;:]{1,120},` + sp + `*$`)

// frontedOthers reports the others named in the sentence of pronoun
// token i all in such a phrase.
func (s *scan) frontedOthers(i int) bool {
	sent := s.doc.Sentences[s.toks[i].sent]
	return reFrontedWith.MatchString(s.doc.Text[sent.Start:s.toks[i].start])
}
