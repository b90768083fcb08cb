package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-project/kg/ingest/normalize"
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

// A history told under a state's old name calls it by its new one too:
// "The Treaty of Turkmenchay was concluded between the Russian Empire and
// Qajar Iran" and, a few lines on, "transferred the khanates of Erivan and
// Nakhchivan to Russia" speak of one state. In a document that names the
// earlier state, the later state's name or demonym in a sentence told in
// the earlier state's years is a mention of the earlier state, and so is
// every relation a rule read there. A sentence with no year of its own is
// told in the last year the document wrote before it; one with a year
// outside those years ("Reza Shah abolished them in 1928") keeps the
// later state; when none is left, the document never speaks of the later
// state and all it was given goes to the earlier one. The rules run first on the names as written, so that what
// the catalog knows of the later state (the sides of its wars, the state
// its towns lie in) is found before it is handed over.

// namedEra is a later state, the name of the state before it, and the
// years that one lasted.
type namedEra struct {
	later, earlier string
	first, last    int
}

var namedEras = []namedEra{
	{later: "country:russia", earlier: "Russian Empire", first: 1721, last: 1917},
	{later: "country:iran", earlier: "Qajar Iran", first: 1789, last: 1925},
	{later: "country:ethiopia", earlier: "Ethiopian Empire", first: 1270, last: 1974},
	{later: "country:italy", earlier: "Kingdom of Italy", first: 1861, last: 1946},
	{later: "country:egypt", earlier: "Khedivate of Egypt", first: 1867, last: 1914},
	{later: "country:egypt", earlier: "Kingdom of Egypt", first: 1922, last: 1953},
	{later: "country:germany", earlier: "German Empire", first: 1871, last: 1918},
	{later: "country:germany", earlier: "Nazi Germany", first: 1933, last: 1945},
	{later: "country:iraq", earlier: "Kingdom of Iraq", first: 1921, last: 1958},
}

// statesOfTheirTime hands the later states' mentions and relations told
// in an earlier state's years to that state (see above).
func (b *relBuilder) statesOfTheirTime() {
	var told []yearsTold
	for _, era := range namedEras {
		later := b.ents.Entities[era.later]
		earlier := b.countryNamed(era.earlier)
		if later == nil || earlier == "" || earlier == era.later {
			continue
		}
		if told == nil {
			told = sentenceYears(b.doc)
		}
		inEra := func(sent int) bool {
			if sent < 0 || sent >= len(told) {
				return false
			}
			t := told[sent]
			return t.ok && t.first >= era.first && t.last <= era.last
		}
		e := b.ents.Entities[earlier]
		left := false
		for i := range b.ents.Mentions {
			m := &b.ents.Mentions[i]
			if m.TitleOf == era.later && inEra(m.Sentence) {
				m.TitleOf = earlier
			}
			if m.EntityID != era.later {
				continue
			}
			if m.Pronoun || !inEra(m.Sentence) {
				left = true
				continue
			}
			m.EntityID = earlier
			if !m.Demonym && m.Text != e.Name && !slices.Contains(e.Aliases, m.Text) {
				e.Aliases = append(e.Aliases, m.Text)
			}
		}
		for i := range b.rels {
			r := &b.rels[i]
			if r.From != era.later && r.To != era.later {
				continue
			}
			// Where a town lies is no fact of one time: "Urmia" in a
			// sentence of 1911 lies in the Iran a page of today names.
			if left && (r.Type == "LOCATED_IN" || !inEra(sentenceAt(b.doc.Sentences, r.Evidence[0].Start))) {
				continue
			}
			if r.From == era.later {
				r.From = earlier
			}
			if r.To == era.later {
				r.To = earlier
			}
		}
		if !left {
			delete(b.ents.Entities, era.later)
			b.entityIDs = nil // the sorted ids list it
		}
		sort.Strings(e.Aliases)
	}
}

// yearsTold are the years a sentence is told in.
type yearsTold struct {
	first, last int
	ok          bool
}

// sentenceYears gives the years each sentence of doc is told in: its own,
// or else the last year written before it; the title and whatever else
// comes before the first year are told in that one's years. A short line
// giving the page's own date ("Last edited: 9 January 2026") tells of no
// time.
func sentenceYears(doc normalize.Document) []yearsTold {
	out := make([]yearsTold, len(doc.Sentences))
	var prev yearsTold
	lead := -1
	for i, sent := range doc.Sentences {
		text := doc.Text[sent.Start:sent.End]
		first, last, ok := yearSpan(text)
		if ok && !doc.Published.IsZero() && first == doc.Published.Year() && last == first && len(strings.Fields(text)) <= 6 {
			ok = false
		}
		if ok {
			out[i] = yearsTold{first, last, true}
			if !prev.ok {
				lead = i
			}
			prev = yearsTold{last, last, true}
			continue
		}
		out[i] = prev
	}
	for i := 0; i < lead; i++ {
		out[i] = out[lead]
	}
	return out
}
