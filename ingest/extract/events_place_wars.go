package extract

import (
	"regexp"
	"strings"
)

// A war told by its place in lower case: "the Dhofar insurgency", "the war
// in Dhofar", "a separatist revolt began in Dhofar province". A region or a
// town is the field of few wars, and a document that names one of them
// after the place ("the Dhofar Rebellion") means it by these words too.
// The words are a mention of that war, so every rule that reads a war's
// sides reads them; "began in" dates the war by the sentence's opening
// date. Only a place counts, not a state ("the war in Iraq" may be any of
// several), and only when one war of the document is named after it.
// Written with capitals ("the War in Abkhazia") the words are the war's
// own name, held in the place.

var (
	// The war word right after the place: "Dhofar insurgency", "Dhofar
	// province rebellion".
	rePlaceWarAfter = regexp.MustCompile(`^` + sp + `+(?:(?:province|region)` + sp + `+)?(?:war|insurgency|rebellion|revolt|uprising|conflict)\b`)
	// reNamedWarIn: a war named by its place with capitals, "the War in
	// Abkhazia", "the Insurgency in Aceh", right before the place.
	reNamedWarIn = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:War|Insurgency|Conflict|Rebellion|Uprising)` + sp + `+in` + sp + `+(?:the` + sp + `+)?)$`)
	// The war word and "in" before the place: "the war in", "a separatist
	// revolt began in". The first group is the war, the second the verb
	// of its start.
	rePlaceWarBefore = regexp.MustCompile(`\b((?:[Tt]he|[Aa]n?)` + sp + `+(?:[a-z]+` + sp + `+){0,2}?(?:war|insurgency|rebellion|revolt|uprising|conflict))` + sp + `+(?:(began|broke` + sp + `+out|erupted|started)` + sp + `+)?in` + sp + `+(?:the` + sp + `+)?$`)
)

// placeWars records the wars of v told by their place (see above).
func (b *relBuilder) placeWars(v *sentView) {
	if !v.has("war", "insurgency", "rebellion", "revolt", "uprising", "conflict") {
		return
	}
	for _, p := range v.ments {
		if p.Type != "Place" || p.Demonym || p.MetonymFor != "" {
			continue
		}
		// "starting the War in Abkhazia": the capitalised words name the
		// war, whether or not another names it after the place.
		if loc := reNamedWarIn.FindStringSubmatchIndex(v.between(max(v.start, p.Start-24), p.Start)); loc != nil {
			from := max(v.start, p.Start-24) + loc[2]
			if !b.eventMentionIn(v, from, p.End) && !reCapitalGoesOn.MatchString(v.between(p.End, v.end)) {
				if id := b.nameEvent(v, "war", from, p.End); b.events[id] != nil {
					b.add("HELD_IN", id, p.EntityID, 0.7, nil, v, from, p.End)
				}
			}
			continue
		}
		s, e, began := 0, 0, false
		if loc := rePlaceWarAfter.FindStringIndex(v.between(p.End, v.end)); loc != nil && strings.EqualFold(v.between(max(v.start, p.Start-4), p.Start), "the ") {
			s, e = p.Start-4, p.End+loc[1]
		} else if loc := rePlaceWarBefore.FindStringSubmatchIndex(v.between(max(v.start, p.Start-80), p.Start)); loc != nil {
			// The mention is the war's words: "the war", "a separatist revolt".
			from := max(v.start, p.Start-80)
			s, e, began = from+loc[2], from+loc[3], loc[4] >= 0
		} else {
			continue
		}
		if b.eventMentionIn(v, s, e) {
			continue // a name read already ("the Hama uprising")
		}
		id, ok := b.warNamedAfter(p.EntityID)
		if !ok {
			continue
		}
		b.eventMentioned(id, v, s, e)
		if began {
			if props := b.eventProps(id); props != nil {
				b.dateNamedEvent(v, props, s, e, false)
			}
		}
	}
}

// eventMentionIn reports an event mention of v, of the entity stage or of
// the rules, overlapping [s, e).
func (b *relBuilder) eventMentionIn(v *sentView, s, e int) bool {
	return coveredByEvent(v, s, e) || b.ruleMentionAt(v, "", s, e, true)
}

// ruleMentionAt reports a mention of type typ (any, when "") the rules
// recorded in v over [s, e): covering it whole, or (overlap) sharing any
// byte with it.
func (b *relBuilder) ruleMentionAt(v *sentView, typ string, s, e int, overlap bool) bool {
	for _, m := range b.evMent {
		if m.Sentence != v.idx || typ != "" && m.Type != typ {
			continue
		}
		if overlap && m.Start < e && s < m.End || !overlap && m.Start <= s && e <= m.End {
			return true
		}
	}
	return false
}

// warNamedAfter is the one war of the document whose name or alias holds
// the name of place as whole words.
func (b *relBuilder) warNamedAfter(place string) (string, bool) {
	name := b.nameOf(place)
	found := map[string]bool{}
	look := func(id string, e *entity) {
		if e.Type != "Event" || !b.warLike(id) {
			return
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if wordIndex(n, name) >= 0 {
				found[id] = true
				return
			}
		}
	}
	for id, e := range b.ents.Entities {
		look(id, e)
	}
	for id, e := range b.events {
		look(id, e)
	}
	if len(found) != 1 {
		return "", false
	}
	for id := range found {
		return id, true
	}
	return "", false
}

// eventProps are the properties of event id, of the entity stage or of
// the rules.
func (b *relBuilder) eventProps(id string) map[string]any {
	if e, ok := b.events[id]; ok {
		return e.Props
	}
	if e, ok := b.ents.Entities[id]; ok {
		if e.Props == nil {
			e.Props = map[string]any{}
		}
		return e.Props
	}
	return nil
}
