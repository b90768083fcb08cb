package extract

import "strings"

// A history names its monarchs, then calls each "the Shah", "the Sultan",
// "the King" while he reigns. Such a phrase is a mention of the ruler of
// that title named last before it: the person whose name ends with the
// title word ("Reza Shah"), whose title was that word ("King Faisal II"),
// or whom the catalog describes by it ("last Shah of Iran"). When the
// history moves on to the son, "the Shah" follows him.

// rulerAnaphors adds a mention for every "the <royal title>" that no other
// rule took, as the ruler of that title named last before it.
func (s *scan) rulerAnaphors(ms []pending) []pending {
	taken := s.taken(ms)
	var out []pending
	for i := 1; i < len(s.toks); i++ {
		t := &s.toks[i]
		if !t.cap || t.kind != tkWord || !royalTitles[t.key] || taken[i] || s.tokKey(i-1) != "the" || s.notEnt[i] {
			continue
		}
		// "the Shah of Iran" names an office with its state; "the King
		// Hussein Bridge" is a name.
		if (s.capWord(i+1) || s.tokKey(i+1) == "of") && s.sameSent(i, i+1) {
			continue
		}
		if p, ok := s.lastRuler(ms, i, t.key); ok {
			out = append(out, pending{from: i, to: i + 1, id: p.id, typ: p.typ, entry: p.entry, name: p.name, anaphor: true})
		}
	}
	if len(out) == 0 {
		return ms
	}
	return sortPending(append(ms, out...))
}

// lastRuler is the last person mentioned before token i who is a ruler of
// the given title word.
func (s *scan) lastRuler(ms []pending, i int, title string) (pending, bool) {
	var found pending
	ok := false
	for _, m := range ms {
		if m.from >= i {
			break
		}
		if m.typ == "Person" && !m.pronoun && s.rulesAs(m, title) {
			found, ok = m, true
		}
	}
	return found, ok
}

// rulesAs reports a person mention of a ruler of the title word.
func (s *scan) rulesAs(m pending, title string) bool {
	if m.title.text != "" && strings.EqualFold(titleHead(m.title.text), title) {
		return true
	}
	name := m.name
	if m.entry >= 0 {
		e := s.x.cat.entries[m.entry]
		name = e.Name
		if strings.Contains(" "+strings.ToLower(e.Description)+" ", " "+title+" ") {
			return true
		}
	}
	words := strings.Fields(name)
	return len(words) > 1 && strings.EqualFold(words[len(words)-1], title)
}
