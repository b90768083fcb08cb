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

// reYearWord finds a four-digit year (1000–2099) in a sentence or a
// catalog description.
var reYearWord = regexp.MustCompile(`\b(?:1[0-9]|20)[0-9]{2}\b`)

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

// A state's demonym tells of its people before the state was founded:
// "the Italo-Turkish War (1911–1912)" and "In 1793, Turkish officer Ali
// Benghul deposed Hamet Karamanli" are of the Ottoman Empire, "After the
// Battle of Manzikert in 1071, the Seljuk Turks overran much of Anatolia"
// of no state the catalog holds. In a sentence whose years all precede the
// state, its demonym stands for the state before it when the years fall in
// that one's time, and for no state otherwise. The state's own name
// ("In 1921, Turkey and France signed a treaty in Ankara") is left as
// written.

// eraState is a state, the year it began, and the state before it with
// the year that one began.
type eraState struct {
	id          string
	since       int
	before      string // catalog name of the state before
	beforeSince int
}

var eraStates = []eraState{
	{id: "country:turkey", since: 1923, before: "Ottoman Empire", beforeSince: 1299},
}

// earlierStates rereads such demonyms (see above); it drops those that
// stand for no state.
func (s *scan) earlierStates(ms []pending) []pending {
	out := ms[:0]
	for _, m := range ms {
		keep := true
		for _, st := range eraStates {
			if m.id != st.id && m.title.of != st.id {
				continue
			}
			entry, dated := s.stateBefore(m, st)
			if !dated {
				continue
			}
			before := ""
			if entry >= 0 {
				before = s.x.cat.entries[entry].ID
			}
			// A title's state read from its demonym ("Turkish officer Ali
			// Benghul") is read again the same way.
			if m.title.of == st.id {
				m.title.of = before
			}
			if m.id == st.id && m.demonym {
				if entry >= 0 {
					m.id, m.entry = before, entry
				} else {
					keep = false
				}
			}
		}
		if keep {
			out = append(out, m)
		}
	}
	return out
}

// stateBefore reports whether the sentence of m is dated only before st
// began, and then the catalog entry of the state before st in that time,
// or -1 when its years precede that one too.
func (s *scan) stateBefore(m pending, st eraState) (entry int, dated bool) {
	sent := s.doc.Sentences[s.toks[m.from].sent]
	first, last, ok := yearSpan(s.doc.Text[sent.Start:sent.End])
	if !ok || last >= st.since {
		return -1, false
	}
	entry, known := s.x.catalogByName("Country", st.before)
	if first < st.beforeSince || !known {
		return -1, true
	}
	return entry, true
}

// yearSpan gives the first and last four-digit year written in text.
func yearSpan(text string) (first, last int, ok bool) {
	for _, y := range reYearWord.FindAllString(text, -1) {
		n, _ := strconv.Atoi(y)
		if !ok || n < first {
			first = n
		}
		if !ok || n > last {
			last = n
		}
		ok = true
	}
	return first, last, ok
}

// sidesOfTheirTime hands a state's part in an event that ended before the
// state began to the state before it: "the Italo-Turkish War (1911–1912)"
// was fought by the Ottoman Empire, whatever rule read "Turkish" as
// Turkey. The side is the earlier state when the document names it, and
// none otherwise.
func (b *relBuilder) sidesOfTheirTime() {
	out := b.rels[:0]
	for _, r := range b.rels {
		if r.Type == "PARTICIPATED_IN" {
			if _, last, ok := b.eventYears(r.To); ok {
				for _, st := range eraStates {
					if r.From != st.id || last >= st.since {
						continue
					}
					r.From = b.countryNamed(st.before)
				}
			}
		}
		if r.From != "" {
			out = append(out, r)
		}
	}
	b.rels = out
}

// A dated document cannot tell of an event the catalog places in a later
// year: "since last year's Gaza war" in a news item of 2015 is the war of
// 2014, not the one of 2023 the catalog knows as "Gaza war". Such a name
// is an event of its own, named as written.

// laterEvents gives mentions of catalog events and agreements dated after
// the document's year their own ids.
func (s *scan) laterEvents(ms []pending) {
	if s.doc.Published.IsZero() {
		return
	}
	year := s.doc.Published.Year()
	for i := range ms {
		m := &ms[i]
		if m.entry < 0 || m.anaphor || m.pronoun || m.typ != "Event" && m.typ != "Agreement" {
			continue
		}
		d := s.x.cat.entries[m.entry].Date
		if y, err := strconv.Atoi(d[:min(4, len(d))]); err != nil || y <= year {
			continue
		}
		s.asWritten(m)
	}
}
