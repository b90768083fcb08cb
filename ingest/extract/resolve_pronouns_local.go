package extract

import (
	"regexp"
	"strings"
)

// Beyond the life of one person (resolve_pronouns.go), a "he" or "she"
// most often speaks of the one person the sentence before named: "Mofaz was born in Tehran. He
// served as Chief of Staff of the Israel Defense Forces." That reading is
// taken when
//
//   - the pronoun is a subject ("he", "she", never "his" or "him", whose
//     person may be anyone's);
//   - its own sentence names no person before it, who could be meant;
//   - the sentence before, in the same paragraph, names exactly one
//     person (a pronoun read this way counts, so "He ... . He ..." goes
//     on speaking of the same person), and not after a possessive ("His
//     mother, Alia Ghanem, was from Latakia. He was born in Riyadh": the
//     "his" is someone else, who may be the "he");
//   - in a document about one person (resolve_pronouns.go), that person:
//     there any other "he" may be the subject's as well;
//   - the person was not read from the other pronoun before ("She
//     resigned. He was not named.").
//
// The mention is a pronoun, like the document subject's (resolve_pronouns.go).

// localPronouns adds a mention of the one person of the sentence before
// for every subject pronoun that can only be that person's. ms must be
// sorted; pronouns already read are left as they are.
func (s *scan) localPronouns(ms []pending) []pending {
	if len(s.doc.Sentences) < 2 {
		return ms
	}
	docSubject, hasSubject := s.documentSubject(ms)
	taken := map[int]bool{}
	for _, m := range ms {
		taken[m.from] = true
	}
	// people[i] is the one person sentence i names, "" for none, "-" for
	// several; pronouns read here are added as they are found.
	people := make([]string, len(s.doc.Sentences))
	// opener[i] is the person sentence i opens with as its subject by a
	// pronoun, when it names several: "In 2005, he ran ... but lost to
	// Ahmadinejad. He resigned" goes on with the one the passage is about.
	// A name opening the sentence is not enough ("Araghchi met Witkoff.
	// He said ..." may be either).
	opener := make([]string, len(s.doc.Sentences))
	byID := map[string]pending{}
	said := map[string]string{} // the pronoun read for a person so far
	note := func(sent int, m pending) {
		if m.pronoun {
			said[m.id] = s.toks[m.from].key
		}
		if people[sent] == "" && m.pronoun && s.opensAsSubject(m.from) {
			opener[sent] = m.id
		}
		switch people[sent] {
		case "", m.id:
			people[sent] = m.id
		default:
			people[sent] = "-"
		}
		byID[m.id] = m
	}
	var out []pending
	k := 0
	for i := range s.toks {
		for k < len(ms) && ms[k].from <= i {
			if m := ms[k]; m.typ == "Person" && s.toks[m.from].sent >= 0 {
				if s.possessiveBefore(m.from) {
					people[s.toks[m.from].sent] = "-" // "His mother, X": whose, unsaid
				}
				note(s.toks[m.from].sent, m)
			}
			k++
		}
		t := &s.toks[i]
		if t.kind != tkWord || t.key != "he" && t.key != "she" || t.sent < 1 || taken[i] || s.notEnt[i] {
			continue
		}
		if people[t.sent] != "" || s.paragraphBreakBefore(t.sent) {
			continue // a person named before it in its sentence; or a new paragraph
		}
		id := people[t.sent-1]
		if id == "-" && opener[t.sent-1] != "" && s.opensAsSubject(i) {
			id = opener[t.sent-1] // a subject goes on as the subject
		}
		if id == "" || id == "-" || hasSubject && id != docSubject.id || said[id] != "" && said[id] != t.key {
			continue
		}
		subject := byID[id]
		p := pending{from: i, to: i + 1, id: id, typ: "Person", entry: subject.entry, name: subject.name, pronoun: true}
		out = append(out, p)
		note(t.sent, p)
	}
	if len(out) == 0 {
		return ms
	}
	return sortPending(append(ms, out...))
}

// opensAsSubject reports a word that opens its sentence, alone or after an
// opening phrase of time set off by a comma ("In 2005, he ran"): where a
// sentence's subject stands.
func (s *scan) opensAsSubject(i int) bool {
	sent := s.toks[i].sent
	if sent < 0 {
		return false
	}
	return reOpensSubject.MatchString(s.doc.Text[s.doc.Sentences[sent].Start:s.toks[i].start])
}

// reOpensSubject: what may stand before a sentence's subject.
var reOpensSubject = regexp.MustCompile(`^` + sp + `*(?:(?:In|On|By|After|Before|During|Since|From|Later|Then|Afterwards|Subsequently)\b[^,;.]{0,40},` + sp + `*)?$`)

// possessiveBefore reports a "his" or "her" earlier in the sentence of
// token i.
func (s *scan) possessiveBefore(i int) bool {
	for j := i - 1; j >= 0 && s.toks[j].sent == s.toks[i].sent; j-- {
		if k := s.toks[j].key; k == "his" || k == "her" {
			return true
		}
	}
	return false
}

// paragraphBreakBefore reports a blank line between sentence i and the one
// before it.
func (s *scan) paragraphBreakBefore(i int) bool {
	prev, cur := s.doc.Sentences[i-1], s.doc.Sentences[i]
	if prev.End > cur.Start {
		return true
	}
	return strings.Count(s.doc.Text[prev.End:cur.Start], "\n") >= 2
}
