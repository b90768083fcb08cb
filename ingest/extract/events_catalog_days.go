package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/ingest/timex"
)

// Events the catalog knows, told by what happened and the day it happened
// rather than by name: "On 14 July 1958, members of the Iraqi Army, under
// Abd al-Karim Qasim, staged a coup" is the 1958 Iraqi revolution; "On 7
// October 2023, Hamas launched a surprise attack on Israel" is the October
// 7 attacks. The rules build such an event from its deed and day ("1958-07-14
// coup"); when the catalog holds exactly one event of that day whose name
// says the same kind of deed, the event is the catalog's: its id, name,
// aliases and description, with every relation and mention the rules gave.

// dayKindWords are, per kind of event the rules build, the words of a
// catalog name that tell the same kind of deed.
var dayKindWords = map[string][]string{
	"coup":     {"coup", "revolution", "overthrow"},
	"attack":   {"attack", "attacks", "bombing", "bombings", "massacre", "strike", "strikes", "raid", "operation", "explosions", "shootdown", "invasion"},
	"incident": {"assassination", "killing", "shootdown", "downing", "hijacking", "seizure", "sinking", "execution"},
	"invasion": {"invasion", "operation"},
	// A meeting of three states or more on the day of a catalog summit
	// among them is that summit ("The foreign ministers of Israel, the
	// United States, the UAE, Bahrain, Morocco and Egypt met on March 27"
	// is the Negev Summit); see multilateral.
	"meeting":    meetingWords,
	"summit":     meetingWords,
	"conference": meetingWords,
	"talks":      meetingWords,
}

// meetingWords are the words of a catalog name that tell a gathering.
var meetingWords = []string{"summit", "conference", "meeting", "talks", "forum", "dialogue"}

// multilateral reports a built event at least three states took part in,
// as a meeting must to be told from a catalog summit's own: two leaders
// who met on the day of a summit met on its sidelines.
func (b *relBuilder) multilateral(id string) bool {
	states := map[string]bool{}
	for _, r := range b.rels {
		if r.Type == "PARTICIPATED_IN" && r.To == id && b.typeOf(r.From) == "Country" {
			states[r.From] = true
		}
	}
	return len(states) >= 3
}

// indexDayEvents maps each day the catalog dates an event to to the events
// of that day, and each year to the events begun that year.
func indexDayEvents(c *catalog) map[string][]catalogEntry {
	idx := map[string][]catalogEntry{}
	for _, e := range c.entries {
		if e.Type != "Event" || e.Date == "" {
			continue
		}
		_, prec, ok := timex.ParseValue(e.Date)
		if !ok {
			continue
		}
		if prec == timex.Day {
			idx[e.Date] = append(idx[e.Date], e)
		}
		idx[e.Date[:4]] = append(idx[e.Date[:4]], e) // the year's, of any precision
	}
	return idx
}

// indexSidedEvents maps the id of every catalog event whose sides the
// catalog names to its entry.
func indexSidedEvents(c *catalog) map[string]catalogEntry {
	idx := map[string]catalogEntry{}
	for _, e := range c.entries {
		if e.Type == "Event" && len(e.Sides) > 0 {
			idx[e.ID] = e
		}
	}
	return idx
}

// foiledPlot reports a catalog event that is a plot foiled before it
// began ("Nojeh coup plot"): no event of the kind its name says.
func foiledPlot(c catalogEntry) bool {
	return namesWord([]string{c.Name}, "plot")
}

// coupOfYear is the one catalog coup or revolution that began in year,
// when there is exactly one.
func (b *relBuilder) coupOfYear(year string) (catalogEntry, bool) {
	var match []catalogEntry
	for _, c := range b.facts.days[year] {
		if namesKind(c, dayKindWords["coup"]) && !foiledPlot(c) {
			match = append(match, c)
		}
	}
	match = aboutStates(match, func(c catalogEntry) catalogEntry { return c }, b.statesSpoken)
	if len(match) != 1 {
		return catalogEntry{}, false
	}
	return match[0], true
}

// statesSpoken are the states the document speaks of (catalog_about.go):
// those of its catalog countries and of its catalog people, found once.
func (b *relBuilder) statesSpoken() docStates {
	if b.states == nil {
		var countries, people []catalogEntry
		for _, id := range b.sortedEntityIDs() {
			e := b.ents.Entities[id]
			i, ok := b.facts.cat.byID[id]
			if !ok || !e.Catalog {
				continue
			}
			switch e.Type {
			case "Country":
				countries = append(countries, b.facts.cat.entries[i])
			case "Person":
				people = append(people, b.facts.cat.entries[i])
			}
		}
		d := newDocStates(b.facts.cat, countries, people)
		b.states = &d
	}
	return *b.states
}

// otherCoupOfYear reports an event of the document besides id, dated to
// the year and named as a coup, that is not the catalog's coup c: "the
// 1970 coup" of a text on "the 1970 Omani coup d'état" and another coup
// of 1970 is not Syria's, whichever of the two it means.
func (b *relBuilder) otherCoupOfYear(id, year string, c catalogEntry) bool {
	for _, e := range b.eventsOfYear(year) {
		if e.ID != id && e.ID != c.ID && namesWord(append([]string{e.Name}, e.Aliases...), dayKindWords["coup"]...) {
			return true
		}
	}
	return false
}

// catalogDayEvents turns the events built from a deed and its day into the
// catalog's event of that day and kind, when there is exactly one.
func (b *relBuilder) catalogDayEvents() {
	if len(b.facts.days) == 0 {
		return
	}
	for _, id := range b.sortedEventIDs() {
		ev := b.events[id]
		day, _ := ev.Props["date"].(string)
		kind, _ := ev.Props["kind"].(string)
		words := dayKindWords[kind]
		// "overthrown in a coup ... in 1953": a coup is rare enough that
		// its year names it, when the catalog holds one coup that year.
		// "foiled a coup attempt by the Islamic Front in December 1981":
		// a month of that year dates it too, when the catalog's date does
		// not say another month.
		if prec := ev.Props["datePrecision"]; kind == "coup" && (prec == string(timex.Year) || prec == string(timex.Month)) {
			year := day[:4]
			if c, ok := b.coupOfYear(year); ok && (strings.HasPrefix(day, c.Date) || strings.HasPrefix(c.Date, day)) &&
				b.sidesFit(id, c) && b.stateFits(id, c) && nameWordsFit(ev.Name, c) && !b.otherCoupOfYear(id, year, c) {
				b.renameEvent(id, c)
			}
			continue
		}
		// "Britain and the Soviet Union invaded Iran in August 1941": a
		// deed of a month is the catalog's campaign of that month or year
		// whose attackers did it, when there is exactly one. An event the
		// catalog dates to a day is left to a deed told with its day: the
		// catalog does not hold every strike of a month ("Israel struck
		// Iran in April 2024" is not the strike on the consulate in
		// Damascus of 1 April).
		if ev.Props["datePrecision"] == string(timex.Month) && len(words) > 0 {
			var match []catalogEntry
			for _, c := range b.facts.days[day[:4]] {
				if len(c.Date) < len("2006-01-02") && strings.HasPrefix(day, c.Date) && namesKind(c, words) &&
					b.attackerOf(id, c) && b.sidesFit(id, c) && b.targetsFit(id, c) {
					match = append(match, c)
				}
			}
			if len(match) == 1 {
				b.renameEvent(id, match[0])
			}
			continue
		}
		if ev.Props["datePrecision"] != string(timex.Day) || len(words) == 0 {
			continue
		}
		// A meeting of two is the catalog's summit of its day only when
		// the document names that summit ("at Singapore summit" in the
		// headline): a bilateral meeting on a summit's day may be one on
		// its sidelines.
		bilateral := slices.Equal(words, meetingWords) && !b.multilateral(id)
		var match []catalogEntry
		for _, c := range b.facts.days[day] {
			if _, named := b.ents.Entities[c.ID]; bilateral && !named {
				continue
			}
			if namesKind(c, words) && b.sidesFit(id, c) && b.targetsFit(id, c) {
				match = append(match, c)
			}
		}
		if len(match) != 1 {
			continue
		}
		b.renameEvent(id, match[0])
	}
}

// sidesFit reports whether the states taking part in the built event are
// among the catalog event's sides and attackers, when the catalog names
// them: "On 7 October 2023, Israel struck Gaza" is not the October 7
// attacks. People and bodies cannot be told so (the CIA acts for a side
// the catalog names as the United States) and do not count.
func (b *relBuilder) sidesFit(id string, c catalogEntry) bool {
	known := map[string]bool{}
	for _, s := range c.Sides {
		known[s] = true
	}
	for _, a := range c.Attacks {
		known[a.By] = true
	}
	if len(known) == 0 {
		return true
	}
	for _, r := range b.rels {
		if r.Type != "PARTICIPATED_IN" || r.To != id || b.typeOf(r.From) != "Country" {
			continue
		}
		if !known[r.From] {
			return false
		}
	}
	return true
}

// stateFits reports whether a state named in the built event's sentences
// (or, if they name none, the state the document is about) is a side of
// the catalog event or named in its name or description: "In 1970, Said
// bin Taimur was overthrown in a palace coup by his son Qaboos" in a
// passage about Oman is not Syria's Corrective Movement of that year.
func (b *relBuilder) stateFits(id string, c catalogEntry) bool {
	text := strings.ToLower(c.Name + " " + c.Description + " " + strings.Join(c.Aliases, " "))
	fits := func(state string) bool {
		for _, s := range c.Sides {
			if s == state {
				return true
			}
		}
		return strings.Contains(text, strings.ToLower(b.nameOf(state)))
	}
	states := map[string]bool{}
	for _, m := range b.evMent {
		if m.EntityID != id {
			continue
		}
		for k := max(0, m.Sentence-1); k <= m.Sentence && k < len(b.views); k++ {
			for _, n := range b.views[k].ments {
				if n.Type == "Country" {
					states[n.EntityID] = true
				}
			}
		}
	}
	if len(states) == 0 {
		if p := b.principalCountry(); p != "" {
			states[p] = true
		}
	}
	if len(states) == 0 {
		return true // nothing says where: the year alone names it
	}
	for st := range states {
		if fits(st) {
			return true
		}
	}
	return false
}

// venueWithin reports a meeting's venue the catalog cannot name: a hotel
// or hall the text alone knows ("met at the Capella Hotel"), inside
// whatever town the catalog's summit names.
func (b *relBuilder) venueWithin(id, place string) bool {
	kind, _ := b.events[id].Props["kind"].(string)
	e, ok := b.ents.Entities[place]
	return ok && !e.Catalog && e.Type != "Country" && slices.Equal(dayKindWords[kind], meetingWords)
}

// targetsFit reports whether what the built event struck is what the
// catalog event struck: a target its attacks name, or one its name,
// aliases or description names. "On 29 October 1956, Israel invaded the
// Sinai Peninsula" is not the Kafr Qasim massacre of that day ("killing of
// Arab villagers by the Israel Border Police"). A deed that struck nothing
// named fits.
func (b *relBuilder) targetsFit(id string, c catalogEntry) bool {
	sents := map[int]bool{}
	for _, m := range b.evMent {
		if m.EntityID == id {
			sents[m.Sentence] = true
		}
	}
	doers := map[string]bool{}
	for _, r := range b.rels {
		if r.Type == "PARTICIPATED_IN" && r.To == id {
			doers[r.From] = true
		}
	}
	text := strings.ToLower(strings.Join(append([]string{c.Name, c.Description}, c.Aliases...), " "))
	for _, r := range b.rels {
		// "a drone attack on the Israeli port city of Eilat" on the day of
		// the strike on the consulate in Damascus: a place the built event
		// was held in that the catalog event does not name is elsewhere.
		if r.Type == "HELD_IN" && r.From == id && !b.entityNamedIn(r.To, text) && !attacksOn(c, r.To) && !b.venueWithin(id, r.To) {
			return false
		}
		if r.Type != "ATTACKED" || !doers[r.From] || len(r.Evidence) == 0 {
			continue
		}
		if w := b.viewAt(r.Evidence[0].Start); w == nil || !sents[w.idx] {
			continue
		}
		if !b.entityNamedIn(r.To, text) && !attacksOn(c, r.To) {
			return false
		}
	}
	return true
}

// attackerOf reports a state or body taking part in the built event that
// the catalog event names as an attacker: a month alone is no evidence
// that a deed is the catalog's, its doer is.
func (b *relBuilder) attackerOf(id string, c catalogEntry) bool {
	for _, r := range b.rels {
		if r.Type != "PARTICIPATED_IN" || r.To != id {
			continue
		}
		for _, a := range c.Attacks {
			if a.By == r.From {
				return true
			}
		}
	}
	return false
}

// attacksOn reports a catalog event whose attacks name target.
func attacksOn(c catalogEntry, target string) bool {
	for _, a := range c.Attacks {
		if a.On == target {
			return true
		}
	}
	return false
}

// entityNamedIn reports whether text (lower case) holds the name, an alias
// or a demonym of entity id.
func (b *relBuilder) entityNamedIn(id, text string) bool {
	e, ok := b.ents.Entities[id]
	if !ok {
		return false
	}
	for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Demonyms...) {
		if n != "" && strings.Contains(text, strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// namesKind reports a catalog event whose name or an alias holds one of
// the words.
func namesKind(c catalogEntry, words []string) bool {
	return namesWord(append([]string{c.Name}, c.Aliases...), words...)
}

// namesWord reports a word (split at spaces and dashes, in lower case) of
// one of the names that is one of the words.
func namesWord(names []string, words ...string) bool {
	for _, n := range names {
		for _, w := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r == ' ' || r == '-' || r == '–' }) {
			if slices.Contains(words, w) {
				return true
			}
		}
	}
	return false
}

// renameEvent makes the built event id the catalog's event c: relations,
// mentions and the sentence's events follow. The date the text gave stays.
func (b *relBuilder) renameEvent(id string, c catalogEntry) {
	ev := b.events[id]
	if _, named := b.ents.Entities[c.ID]; !named {
		if _, built := b.events[c.ID]; !built {
			ce := catalogEntity(c)
			for _, k := range []string{"date", "datePrecision", "dateText"} {
				if v, ok := ev.Props[k]; ok {
					ce.Props[k] = v
				}
			}
			b.events[c.ID] = ce
		}
	}
	b.redirectEvent(id, c.ID)
}

// redirectEvent drops the built event id: its relations, mentions and
// place among the sentence's events go to the event to.
func (b *relBuilder) redirectEvent(id, to string) {
	delete(b.events, id)
	b.retargetRelations(id, to)
	for i := range b.evMent {
		if b.evMent[i].EntityID == id {
			b.evMent[i].EntityID = to
		}
	}
	for s, list := range b.sentenceEvents {
		for i, e := range list {
			if e == id {
				b.sentenceEvents[s][i] = to
			}
		}
	}
}

// retargetRelations makes every relation from or to id one from or to
// the entity to.
func (b *relBuilder) retargetRelations(id, to string) {
	for i := range b.rels {
		if b.rels[i].From == id {
			b.rels[i].From = to
		}
		if b.rels[i].To == id {
			b.rels[i].To = to
		}
	}
}

// dashWarsOfCatalog: a war the rules named after its sides ("the
// Israel-Iran conflict") in a document that also names a catalog war
// fought by those sides ("their 12-day war", the Twelve-Day War) is that
// war, when exactly one such catalog war is named.
func (b *relBuilder) dashWarsOfCatalog() {
	named := map[string]catalogEntry{}
	for id := range b.ents.Entities {
		if c, ok := b.facts.sided[id]; ok {
			named[id] = c
		}
	}
	if len(named) == 0 {
		return
	}
	for _, id := range b.sortedEventIDs() {
		if !strings.HasPrefix(id, "event:war:") {
			continue
		}
		sides := map[string]bool{}
		for _, r := range b.rels {
			if r.Type == "PARTICIPATED_IN" && r.To == id {
				sides[r.From] = true
			}
		}
		if len(sides) < 2 {
			continue
		}
		var match []catalogEntry
		for _, c := range named {
			all := true
			for s := range sides {
				all = all && slices.Contains(c.Sides, s)
			}
			if all {
				match = append(match, c)
			}
		}
		if len(match) == 1 {
			b.renameEvent(id, match[0])
		}
	}
}

// nameWordsFit reports whether the capitalised words of an event's name
// ("the 1970 Zorbian coup d'état") are said by the catalog entry c, as
// themselves or as the state an adjective names: a coup the text names
// after another state is not c.
func nameWordsFit(name string, c catalogEntry) bool {
	text := strings.ToLower(c.Name + " " + c.Description + " " + strings.Join(c.Aliases, " "))
	for _, w := range strings.Fields(name) {
		w = strings.Trim(w, "()")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || namesWord([]string{w}, dayKindWords["coup"]...) {
			continue
		}
		if containsWord(text, strings.ToLower(w)) {
			continue
		}
		if state := stateOfAdjective(w); state != "" && containsWord(text, strings.ToLower(state)) {
			continue
		}
		return false
	}
	return true
}
