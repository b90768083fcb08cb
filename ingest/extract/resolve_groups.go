package extract

import "regexp"

// An article about an armed group or a movement names it in its lead and
// then says "the group" or "the movement": "The group has been designated
// as a terrorist organization by the United States, ...". Those phrases
// are mentions of the group, read as safely as pronouns are
// (resolve_pronouns.go):
//
//   - the document has a subject organisation: the first organisation it
//     names, within its first two sentences, named at least three times,
//     and either the first name of the document or named more often than
//     any other organisation;
//   - the phrase is "the" and one of groupAnaphorNouns, in lower case, not
//     followed by "of" or by a capitalised word ("the group Hamas" names
//     a group of its own);
//   - no other organisation is named before it in its sentence, none is
//     introduced as a new group in the sentence before ("... formed the
//     Black September Organization, a splinter group of Fatah. In 1971,
//     the group assassinated ..."), and the sentence before does not open
//     with another organisation.
//
// Like a pronoun the phrase is no name: it never becomes an alias.

// groupAnaphorNouns are the nouns of a group anaphor.
var groupAnaphorNouns = map[string]bool{"group": true, "organization": true, "organisation": true, "movement": true, "militia": true, "faction": true}

// groupAnaphors adds a mention of the document's subject organisation for
// every "the group" that can only be it. ms must be sorted.
func (s *scan) groupAnaphors(ms []pending) []pending {
	subject, ok := s.subjectOrganization(ms)
	if !ok {
		return ms
	}
	taken := s.taken(ms)
	opener := map[int]pending{} // first mention of each sentence
	for _, m := range ms {
		if sent := s.toks[m.from].sent; sent >= 0 {
			if _, ok := opener[sent]; !ok {
				opener[sent] = m
			}
		}
	}
	var out []pending
	k := 0           // ms[:k] start before the current token
	other := -1      // sentence of the last mention of another organisation
	introduced := -1 // sentence where another one was last introduced
	seen := map[string]bool{}
	for i := 0; i+1 < len(s.toks); i++ {
		for k < len(ms) && ms[k].from < i {
			if m := ms[k]; m.typ == "Organization" && m.id != subject.id && !m.anaphor {
				other = s.toks[m.from].sent
				if !seen[m.id] && s.newGroup(m) {
					introduced = other
				}
				seen[m.id] = true
			}
			k++
		}
		n := i + 1
		t, noun := &s.toks[i], &s.toks[n]
		if s.itOfSubject(i, opener, subject, other, introduced) && !taken[i] && !s.notEnt[i] {
			it := pending{from: i, to: i + 1, id: subject.id, typ: subject.typ, entry: subject.entry, name: subject.name, anaphor: true}
			out = append(out, it)
			if first, ok := opener[t.sent]; !ok || first.from > i {
				opener[t.sent] = it // "It won ... . It fought ...": a chain
			}
			continue
		}
		if t.key != "the" || !groupAnaphorNouns[noun.key] || noun.cap || taken[n] || s.notEnt[n] || noun.sent != t.sent || t.sent < 0 {
			continue
		}
		if next := n + 1; next < len(s.toks) && s.toks[next].sent == t.sent && (s.toks[next].key == "of" || s.toks[next].cap && s.toks[next].kind == tkWord) {
			continue
		}
		if other == t.sent || introduced == t.sent-1 {
			continue // another organisation named just before may be meant
		}
		if prev, ok := opener[t.sent-1]; ok && prev.typ == "Organization" && prev.id != subject.id && s.opensSentence(prev.from) {
			continue
		}
		out = append(out, pending{from: n, to: n + 1, id: subject.id, typ: subject.typ, entry: subject.entry, name: subject.name, anaphor: true})
	}
	if len(out) == 0 {
		return ms
	}
	return sortPending(append(ms, out...))
}

// subjectOrganization is the organisation the document is about, when it
// has one.
func (s *scan) subjectOrganization(ms []pending) (pending, bool) {
	return s.subjectOfType(ms, "Organization", true)
}

var (
	// reFormedBefore and reNewGroupAfter tell a group introduced as new:
	// "formed the Black September Organization", "X, a splinter group".
	reFormedBefore  = regexp.MustCompile(`\b(?:formed|founded|created|established|launched|set` + sp + `+up)` + sp + `+(?:(?:the|a|an)` + sp + `+)?(?:new` + sp + `+)?$`)
	reNewGroupAfter = regexp.MustCompile(`^` + sp + `*,` + sp + `+an?` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:group|organi[sz]ation|movement|militia|faction|offshoot)\b`)
)

// newGroup reports whether m is written as a group just formed or
// introduced as one.
func (s *scan) newGroup(m pending) bool {
	start, end := s.toks[m.from].start, s.toks[m.to-1].end
	return reFormedBefore.MatchString(s.doc.Text[max(0, start-40):start]) || reNewGroupAfter.MatchString(s.doc.Text[end:min(len(s.doc.Text), end+60)])
}

// "Hamas won the 2006 election. In 2007, it took control of Gaza": "it" as
// the subject of a deed, in a sentence right after one that opens with the
// document's subject organisation (or its "the group"), is that
// organisation. Only before a verb in the past tense ("it is unclear", "it
// was reported" say nothing of anyone), only where the sentence names no
// other organisation before it.
func (s *scan) itOfSubject(i int, opener map[int]pending, subject pending, other, introduced int) bool {
	t := &s.toks[i]
	if t.key != "it" || t.sent < 0 || i+1 >= len(s.toks) || s.toks[i+1].sent != t.sent {
		return false
	}
	// The sentence's subject: its first word, or right after an opening
	// phrase's comma ("In 2007, it took").
	if i > 0 && s.toks[i-1].sent == t.sent && s.toks[i-1].key != "," {
		return false
	}
	if !pastDeedVerb(s.toks[i+1].key) || other == t.sent || introduced == t.sent-1 {
		return false
	}
	prev, ok := opener[t.sent-1]
	return ok && prev.id == subject.id && (s.opensSentence(prev.from) || prev.from > 0 && s.toks[prev.from-1].key == "the" && s.opensSentence(prev.from-1) || prev.anaphor)
}

// pastDeedVerb reports a verb in the past tense that tells a deed.
func pastDeedVerb(w string) bool {
	switch w {
	case "won", "fought", "took", "led", "began", "made", "held", "sent", "struck", "lost", "gave", "left", "met",
		"broke", "drew", "seized", "signed", "launched", "attacked", "carried", "claimed", "formed", "joined",
		"killed", "kidnapped", "fired", "bombed", "captured", "declared", "announced", "accepted", "rejected",
		"boycotted", "contested", "ran", "entered", "withdrew", "overthrew", "ousted", "expelled", "negotiated", "agreed":
		return true
	}
	return false
}
