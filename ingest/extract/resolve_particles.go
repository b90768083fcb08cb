package extract

// "Abdullah bin Zayed al-Nahyan ... Trump met Netanyahu and bin Zayed
// al-Nahyan": a name written from its particle on is the surname of a
// person the document named in full. Detection sees only the capitalised
// words after the particle ("Zayed al-Nahyan") and would make a new
// person of them; particleSurnames gives the whole span, particle
// included, to the person whose surname it is.

// particleSurnames replaces each detected person whose name follows a
// lower-case particle ("bin", "ibn", "al") with the document person whose
// surname starts at the particle and covers the name.
func (s *scan) particleSurnames(ms []pending, people map[string][]surnameRef) []pending {
	if len(people) == 0 {
		return ms
	}
	for i, m := range ms {
		p := m.from - 1
		if m.typ != "Person" || m.entry >= 0 || m.pronoun || m.anaphor || p < 0 ||
			s.class(p)&wcParticle == 0 || s.toks[p].cap || !s.sameSent(p, m.from) {
			continue
		}
		id, n, ok := s.surnameAt(p, people)
		if !ok || id == m.id || p+n != m.to {
			continue
		}
		ms[i] = s.personPending(p, p+n, id)
	}
	return ms
}

// "Ahmedou Ould-Abdallah … Ould-Abdallah said": a detected name of two or
// more words that is exactly the surname of a person the document named
// in full is that person, not another.
func (s *scan) compoundSurnames(ms []pending, people map[string][]surnameRef) []pending {
	if len(people) == 0 {
		return ms
	}
	for i, m := range ms {
		if m.typ != "Person" || m.entry >= 0 || m.pronoun || m.anaphor || m.to-m.from < 2 {
			continue
		}
		id, n, ok := s.surnameAt(m.from, people)
		if !ok || id == m.id || m.from+n != m.to {
			continue
		}
		ms[i] = s.personPending(m.from, m.to, id)
	}
	return ms
}
