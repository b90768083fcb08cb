package extract

import (
	"regexp"
	"strconv"
)

// Some names meant another group in another time and place. "Islamic
// Jihad" is the Palestinian group to the catalog, but "In April 1983, the
// Islamic Jihad, an Iran-backed group, bombed the U.S. Embassy in Beirut"
// and "Islamic Jihad terrorists kidnapped CIA station chief William Buckley
// in Beirut" (1984) tell of the Lebanese Islamic Jihad Organization. A bare
// name read as the first group is the second in a sentence that gives a
// year of the second's time and names its country or a town of it.

// eraName is one such name: the catalog id a bare name reads as, the name
// of the catalog entry it is in the era, the era's years, and the words
// that place a sentence in its country.
type eraName struct {
	alias, from, to string
	first, last     int
	where           *regexp.Regexp
}

var eraNames = []eraName{
	{alias: "islamic jihad", from: "organization:palestinian-islamic-jihad", to: "Islamic Jihad Organization",
		first: 1982, last: 1992, where: regexp.MustCompile(`\b(?:Lebanon|Lebanese|Beirut|Baalbek|Tyre|Sidon)\b`)},
}

// reYearWord finds a four-digit year in a sentence.
var reYearWord = regexp.MustCompile(`\b(?:1[89]|20)[0-9]{2}\b`)

// eraBearers gives the mentions of such names the era's group (see above).
func (s *scan) eraBearers(ms []pending) {
	for i := range ms {
		m := &ms[i]
		for _, n := range eraNames {
			if m.id != n.from || m.anaphor || m.pronoun || foldName(s.doc.Text[s.toks[m.from].start:s.toks[m.to-1].end]) != n.alias {
				continue
			}
			sent := s.doc.Sentences[s.toks[m.from].sent]
			text := s.doc.Text[sent.Start:sent.End]
			if !n.where.MatchString(text) || !yearWithin(text, n.first, n.last) {
				continue
			}
			if entry, ok := s.x.catalogByName("Organization", n.to); ok {
				m.id, m.entry = s.x.cat.entries[entry].ID, entry
			}
		}
	}
}

// yearWithin reports a year of [first, last] written in text.
func yearWithin(text string, first, last int) bool {
	for _, y := range reYearWord.FindAllString(text, -1) {
		if n, _ := strconv.Atoi(y); n >= first && n <= last {
			return true
		}
	}
	return false
}
