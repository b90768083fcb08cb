package extract

import (
	"regexp"
	"strings"
)

// An event named by its year and kind alone ("the 1970 coup", "the 2011
// uprising") in a document that names one event of that year with that
// word in a longer name ("the 1970 Omani coup d'état", "the 2011 Bahraini
// uprising") is that event said again, not another one. Two such events
// leave the short name alone: which one it means is not said. So does one
// sentence naming both ("won the 2007 elections, which followed the August
// 2007 presidential election"), and a word in the plural is another word:
// the elections of a year may be several.

// reShortYearName is such a name: a year and one lower-case word.
var reShortYearName = regexp.MustCompile(`^(\d{4}) ([a-z][a-z'’-]+)$`)

// shortYearEvents merges every short year name into its longer event.
func (b *relBuilder) shortYearEvents() {
	for _, id := range b.sortedEventIDs() {
		ev, ok := b.events[id]
		if !ok {
			continue
		}
		m := reShortYearName.FindStringSubmatch(strings.ToLower(ev.Name))
		if m == nil {
			continue
		}
		into := ""
		for _, other := range b.eventsOfYear(m[1]) {
			if other.ID == id || len(other.Name) <= len(ev.Name) || !nameHasWord(other, m[2]) {
				continue
			}
			if b.sameSentence(id, other.ID) {
				into = ""
				break
			}
			if into != "" && into != other.ID {
				into = ""
				break
			}
			into = other.ID
		}
		if into == "" {
			continue
		}
		if target, built := b.events[into]; built && !typeIn(target.Aliases, ev.Name) {
			target.Aliases = append(target.Aliases, ev.Name)
		}
		b.redirectEvent(id, into)
	}
}

// eventsOfYear are the events built or named in the document whose date
// or name gives the year, in id order.
func (b *relBuilder) eventsOfYear(year string) []*entity {
	var out []*entity
	of := func(e *entity) {
		d, _ := e.Props["date"].(string)
		if strings.HasPrefix(d, year) || strings.Contains(e.Name, year) {
			out = append(out, e)
		}
	}
	for _, id := range b.sortedEventIDs() {
		of(b.events[id])
	}
	for _, id := range b.sortedEntityIDs() {
		if e := b.ents.Entities[id]; e.Type == "Event" {
			of(e)
		}
	}
	return out
}

// nameHasWord reports a word of e's name or aliases that is w.
func nameHasWord(e *entity, w string) bool {
	return namesWord(append([]string{e.Name}, e.Aliases...), w)
}

// sameSentence reports a sentence that mentions both events.
func (b *relBuilder) sameSentence(a, c string) bool {
	all := append(b.evMent[:len(b.evMent):len(b.evMent)], b.ents.Mentions...)
	seen := map[int]bool{}
	for _, m := range all {
		if m.EntityID == a {
			seen[m.Sentence] = true
		}
	}
	for _, m := range all {
		if m.EntityID == c && seen[m.Sentence] {
			return true
		}
	}
	return false
}

// sameNamedEvents merges the events built in one document under one name,
// kind and date: "the United States launches airstrikes on ISIL positions
// in Sirte" and "the US carries out air strikes in Libya" of one news item
// are one "United States attack (2016-08-01)"; the targets that told the
// two apart stay on the ATTACKED relations. Two suicide bombings in
// Jerusalem of two months stay two. The first id in order stays.
//
// A gathering named with its town and without it, on one day ("the
// International Meeting on Syria in Astana" in a statement's title, "an
// International Meeting on Syria took place in Astana" in its body), is one
// too; it keeps the shorter name.
func (b *relBuilder) sameNamedEvents() {
	first := map[[3]string]string{}
	for _, id := range b.sortedEventIDs() {
		ev := b.events[id]
		kind, _ := ev.Props["kind"].(string)
		date, _ := ev.Props["date"].(string)
		name := ev.Name
		if date != "" {
			name = reTownTail.ReplaceAllString(name, "")
		}
		key := [3]string{kind, name, date}
		into, seen := first[key]
		if !seen {
			first[key] = id
			continue
		}
		if len(ev.Name) < len(b.events[into].Name) {
			b.redirectEvent(into, id)
			first[key] = id
			continue
		}
		b.redirectEvent(id, into)
	}
}

// reTownTail: " in Astana" closing an event's name.
var reTownTail = regexp.MustCompile(` in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$`)
