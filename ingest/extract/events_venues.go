package extract

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
)

// reEventIn is what stands between a named event and the place it
// happened: "the Tanker War in the Persian Gulf", "Operation Praying
// Mantis in the Persian Gulf", "the incidents took place in the Gulf of
// Oman".
var reEventIn = regexp.MustCompile(`^` + sp + `+(?:(?:took` + sp + `+place|was` + sp + `+fought|were` + sp + `+fought|was` + sp + `+held|were` + sp + `+held|occurred|happened|unfolded|erupted|broke` + sp + `+out|spread)` + sp + `+)?(?:in|at|across|throughout|along)` + sp + `+(?:the` + sp + `+)?$`)

// Before a named event, the place a deed of it happened in: "the Lebanese
// Army fought Fatah al-Islam in Nahr al-Bared in the 2007 Lebanon
// conflict". "During" only dates ("killed in Gaza during the Israel–Iran
// conflict" happened elsewhere than that war).
var (
	rePlaceBeforeEvent = regexp.MustCompile(`^` + sp + `*,?` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)
	// "the Nahr al-Bared refugee camp became the center of the 2007
	// Lebanon conflict".
	rePlaceCentreOf = regexp.MustCompile(`^(?:` + sp + `+(?:refugee` + sp + `+)?(?:camp|city|town|village|region|area|province))?` + sp + `+(?:became|was|is|remained)` + sp + `+(?:the` + sp + `+)?(?:center|centre|site|scene|focus|epicent(?:er|re)|battleground|main` + sp + `+battleground|heart)` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	reInBeforePlace = regexp.MustCompile(`\b(?:in|at)` + sp + `+(?:the` + sp + `+)?$`)
)

// namedEventVenues gives HELD_IN for an event mention followed by the place
// it happened in. The place must come right after the name (or its verb):
// further away, "in" usually locates something else of the sentence. The
// events the relation stage built count too ("the September 11 attacks in
// the United States", "staged a coup in Baghdad").
func (b *relBuilder) namedEventVenues(v *sentView) {
	for _, m := range b.eventMentsOf(v) {
		// A built event's phrase may end in its goal or subject ("the
		// visit to the Western Wall in Jerusalem"): only one ending in
		// the deed's own noun is followed by where it happened.
		if !isMention(v.ments, m) && !reDeedEnd.MatchString(m.Text) {
			continue
		}
		p, ok := nextMention(v, m.End)
		if !ok || (p.Type != "Place" && p.Type != "Country") || p.Demonym || p.Start-m.End > 40 {
			continue
		}
		// "Hamas's 7 October 2023 attack on Israel": an attack struck
		// where it was held, when the place or state is the whole target
		// ("the attack on the US embassy in Beirut" struck an embassy).
		struck := reAttackEnd.MatchString(m.Text) && reOnTarget.MatchString(v.between(m.End, p.Start)) && reWholeTarget.MatchString(v.between(p.End, v.end))
		if !struck && !reEventIn.MatchString(v.between(m.End, p.Start)) || b.irrealisClause(v, m.Start, p.End) {
			continue
		}
		b.add("HELD_IN", m.EntityID, p.EntityID, 0.8, nil, v, m.Start, p.End)
	}
	b.placesBeforeEvents(v)
}

// placesBeforeEvents gives HELD_IN for a war, battle or conflict named
// right after the place a deed of it happened in (rePlaceBeforeEvent).
func (b *relBuilder) placesBeforeEvents(v *sentView) {
	for _, m := range b.eventMentsOf(v) {
		if !reLastingName.MatchString(b.eventNameOf(m.EntityID)) {
			continue
		}
		var p mention
		found := false
		for _, q := range v.ments {
			if q.End <= m.Start && (q.Type == "Place" || q.Type == "Country") && !q.Demonym && q.MetonymFor == "" {
				p, found = q, true
			}
		}
		if found && rePlaceCentreOf.MatchString(v.between(p.End, m.Start)) {
			b.add("HELD_IN", m.EntityID, p.EntityID, 0.75, nil, v, p.Start, m.End)
			continue
		}
		if !found || !rePlaceBeforeEvent.MatchString(v.between(p.End, m.Start)) ||
			!reInBeforePlace.MatchString(v.between(runeStartFrom(v.text, max(v.start, p.Start-8)), p.Start)) || b.irrealisClause(v, p.Start, m.End) ||
			reLifeVerb.MatchString(v.between(runeStartFrom(v.text, max(v.start, p.Start-30)), p.Start)) {
			continue
		}
		b.add("HELD_IN", m.EntityID, p.EntityID, 0.75, nil, v, p.Start, m.End)
	}
}

// reLifeVerb: what a person did in a place during a war that is no deed
// of the war ("born in Baghdad in the Iran–Iraq War").
var reLifeVerb = regexp.MustCompile(`(?i)\b(?:born|died|buried|lived|raised|studied|grew` + sp + `+up|educated|married|worked|settled|stationed)\b`)

// reLastingName: a war's, battle's or conflict's name.
var reLastingName = regexp.MustCompile(`(?i)\b(?:war|battle|conflict|crisis|campaign|rebellion|insurgency|uprising|revolt|intifada|siege)\b`)

// reAttackEnd is an attack's noun ending its phrase; reWholeTarget what
// may follow a target that is struck whole: a stop, a clause, a date.
var (
	reAttackEnd   = regexp.MustCompile(`(?i)\b(?:attacks?|bombings?|raids?|strikes?|airstrikes?|invasion)$`)
	reWholeTarget = regexp.MustCompile(`^(?:` + sp + `*(?:[,.;:)]|$)|` + sp + `+(?:in` + sp + `+which|on|in` + sp + `+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|and|that|which|by|was|were|killed|left)\b)`)
)

// reDeedEnd is a deed's noun ending its phrase.
var reDeedEnd = regexp.MustCompile(`(?i)\b(?:attacks?|bombings?|coup|coup` + sp + `+d['’](?:é|e)tat|raids?|massacre|assassination|explosions?|hijacking|uprising|riots|revolt|rebellion|pogrom|war|conflict|protests|demonstrations|clashes|fighting|insurgency|intifada|revolution)$`)

// isMention reports m among the entity stage's mentions ms.
func isMention(ms []mention, m mention) bool {
	for _, o := range ms {
		if o == m {
			return true
		}
	}
	return false
}

// reDatelineAfter is what follows a dateline's place: its country or state,
// its day, a wire's name, then the dash ("LAUSANNE, Switzerland —",
// "MUSCAT, Oman (Reuters) -", "CAMP DAVID, Maryland, Aug 18 (Reuters) -").
var reDatelineAfter = regexp.MustCompile(`^(?:,` + sp + `*\p{Lu}[\w\x{00C0}-\x{024F}.]*(?:` + sp + `+(?:\p{Lu}[\w\x{00C0}-\x{024F}.]*|\d{1,2}(?:,` + sp + `+\d{4})?)){0,2}){0,2}` + sp + `*(?:\([A-Za-z ]{1,30}\)` + sp + `*)?(?:—|–|--?)` + sp)

// datelineVenues gives the document's dateline place as the venue of the
// day's talks and meetings that have none: a report datelined Lausanne
// tells of talks held there. Only events dated within datelineDays before
// publication count (background events happened elsewhere); without a
// publication date, only those of the dateline's own sentence.
func (b *relBuilder) datelineVenues() {
	v, place, ok := b.dateline()
	if !ok {
		return
	}
	held := map[string]bool{}
	for _, r := range b.rels {
		if r.Type == "HELD_IN" {
			held[r.From] = true
		}
	}
	for _, id := range b.sortedEventIDs() {
		e := b.events[id]
		kind, _ := e.Props["kind"].(string)
		if held[id] || (kind != "talks" && kind != "meeting") {
			continue
		}
		if !b.recentEvent(e, v, id) {
			continue
		}
		// The lower confidence marks a venue taken from the dateline; the graph
		// model has no property for where a venue came from.
		b.add("HELD_IN", id, place.EntityID, 0.7, nil, v, place.Start, place.End)
	}
}

// datelineDays bounds how long before publication a datelined event may be.
const datelineDays = 7

// recentEvent reports an event dated within datelineDays before publication,
// or, without a publication date, one built in the dateline's sentence.
func (b *relBuilder) recentEvent(e *entity, v *sentView, id string) bool {
	if b.doc.Published.IsZero() {
		for _, sid := range b.sentenceEvents[v.idx] {
			if sid == id {
				return true
			}
		}
		return false
	}
	d, _ := e.Props["date"].(string)
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return false
	}
	pub := b.doc.Published.Truncate(24 * time.Hour)
	return !t.After(pub) && pub.Sub(t) <= datelineDays*24*time.Hour
}

// dateline is the place a document's first sentence with mentions (after
// its headline) opens with, written in capitals and followed by a dash.
func (b *relBuilder) dateline() (*sentView, mention, bool) {
	for _, v := range b.views {
		if len(v.ments) == 0 {
			continue
		}
		m := v.ments[0]
		if (m.Type == "Place" || m.Type == "Country") && strings.TrimSpace(v.between(v.start, m.Start)) == "" &&
			allCaps(m.Text) && reDatelineAfter.MatchString(v.between(m.End, v.end)) {
			return v, m, true
		}
		// A headline above the dateline is no sentence of the story. A
		// story with no headline has its lead for a title: that lead was
		// read above.
		if b.doc.Title == "" || strings.TrimSpace(v.between(v.start, v.end)) != strings.TrimSpace(b.doc.Title) {
			return nil, mention{}, false
		}
	}
	return nil, mention{}, false
}

func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// sortedEventIDs are the ids of the events built so far, sorted, so rules
// over all events run in a fixed order.
func (b *relBuilder) sortedEventIDs() []string {
	ids := make([]string, 0, len(b.events))
	for id := range b.events {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// reSiteInName: a state named after "in" or "of" at the end of an event's
// name is where it happened: "the Anglo-Soviet invasion of Iran", "the
// War in Afghanistan", "the Saudi-led intervention in Yemen". Elsewhere in
// a name a state names a side or an owner ("Iran Air Flight 655", "the
// Iran–Iraq War").
var reWarHead = regexp.MustCompile(`(?i)\b(?:war|conflict)$`)

var reSiteInName = regexp.MustCompile(`\b(?:in|of)` + sp + `+(?:the` + sp + `+)?$`)

// namedSites gives HELD_IN for an event whose name holds the name of a
// place of the document ("the Sabra and Shatila massacre", "the Hama
// massacre", "the Abqaiq–Khurais attack"), or of a state after "in" or
// "of". The catalog's names are matched whole, so the place inside is
// no mention of its own; the name itself says where.
func (b *relBuilder) namedSites(v *sentView) {
	// An event the rules named from the text ("the 2002 Sarajevo raid",
	// "the 1983 Beirut barracks bombing") was held in the place its name
	// holds. Not a war: its name tells a theatre ("the 1967 Mideast war"),
	// and not an event named after its parts ("Nawaz Sharif's visit to
	// Tehran" is told over a span that holds other places).
	for _, ev := range b.evMent {
		e, ok := b.events[ev.EntityID]
		if ev.Sentence != v.idx || !ok || reWarHead.MatchString(e.Name) || !strings.EqualFold(eventName(ev.Text), e.Name) {
			continue
		}
		for _, p := range v.ments {
			if p.Type == "Place" && !p.Demonym && p.Start >= ev.Start && p.End <= ev.End && wordIndex(e.Name, p.Text) >= 0 {
				b.add("HELD_IN", ev.EntityID, p.EntityID, 0.75, nil, v, ev.Start, ev.End)
			}
		}
	}
	for _, m := range v.ments {
		if m.Type != "Event" {
			continue
		}
		for _, id := range b.sortedEntityIDs() {
			e := b.ents.Entities[id]
			if e.Type != "Place" && e.Type != "Country" {
				continue
			}
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				at := wordIndex(m.Text, name)
				if at < 0 || e.Type == "Country" && (at+len(name) != len(m.Text) || !reSiteInName.MatchString(m.Text[:at])) {
					continue
				}
				// "the Persian Gulf War": a sea names a war's theatre, a
				// region rather than where it was held.
				if reWaterBody.MatchString(e.Name) && reWarHead.MatchString(m.Text) {
					continue
				}
				b.add("HELD_IN", m.EntityID, id, 0.8, nil, v, m.Start, m.End)
				break
			}
		}
	}
}

// wordIndex is the byte offset of name in text as whole words, or -1.
func wordIndex(text, name string) int {
	if len(name) < 3 {
		return -1
	}
	for from := 0; from+len(name) <= len(text); {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(name)
		if (i == 0 || !isWordByte(text, i-1)) && (end == len(text) || !isWordByte(text, end)) {
			return i
		}
		from = i + 1
	}
	return -1
}
