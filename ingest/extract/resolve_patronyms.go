package extract

import "regexp"

// A Russian speaker addresses a person by given name and patronymic:
// "Dmitry Anatolyevich" in a transcript that names Dmitry Medvedev is
// Medvedev, not a second man. Such a name is the one person the document
// names in full with that given name, when there is one.

// rePatronymic is a Russian or Ukrainian patronymic.
var rePatronymic = regexp.MustCompile(`^\p{L}+(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)$`)

// patronymAddresses resolves the given names with a patronymic of ms to
// the document's one person of that given name.
func (s *scan) patronymAddresses(ms []pending) []pending {
	for k, m := range ms {
		if m.typ != "Person" || m.entry >= 0 || m.to-m.from != 2 || !rePatronymic.MatchString(s.toks[m.from+1].key) {
			continue
		}
		given, found := s.toks[m.from].key, ""
		for id, words := range s.nameWords {
			if id == m.id || len(words) < 2 || words[0] != given {
				continue
			}
			if found != "" && found != id {
				found = "-"
				break
			}
			found = id
		}
		if found != "" && found != "-" {
			ms[k] = s.personPending(m.from, m.to, found)
		}
	}
	return ms
}
