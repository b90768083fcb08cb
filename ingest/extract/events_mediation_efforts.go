package extract

import (
	"regexp"
	"sort"
)

// Mediators are often told by their efforts, or by a deal told by its noun
// alone: "Efforts by the US, Qatar and Egypt to broker a deal stalled at
// the end of May", "the efforts of Oman and Qatar to mediate", "The deal
// was brokered by the United States, Egypt, Qatar and Turkey". Every member of the
// group mediated the talks or truce of its sentence, or, when the sentence
// names none, the one such event of the document: a story about the Gaza
// ceasefire talks speaks of "a deal" as of those talks. A document with
// two such events, or none, gives nothing.

var (
	// Right before the mediators: "efforts by", "the efforts of".
	reEffortsBy = regexp.MustCompile(`(?i)\b(?:efforts?|attempts?|bids?|push)` + sp + `+(?:by|of)` + sp + `+(?:the` + sp + `+)?$`)
	// "The deal was brokered by": a deal or truce told by its noun alone,
	// right before its mediators.
	reDealBrokeredBy = regexp.MustCompile(`(?i)\b(?:deal|agreement|ceasefire|cease-fire|truce|accord|talks|negotiations)` + sp + `+(?:was|were|had` + sp + `+been|has` + sp + `+been|is|are)` + sp + `+(?:(?:jointly|also)` + sp + `+)?(?:brokered|mediated|facilitated)` + sp + `+(?:jointly` + sp + `+)?by` + sp + `+(?:the` + sp + `+)?$`)
	// Right after them: "to broker", "to mediate".
	reToBroker = regexp.MustCompile(`^` + sp + `+to` + sp + `+(?:help` + sp + `+)?(?:broker|mediate|facilitate|secure|reach|revive)\b`)
)

// effortMediator is one mediator told by its efforts, before the event it
// mediated is chosen.
type effortMediator struct {
	v      *sentView
	who    string
	start  int
	end    int
	events []string // the talks and truces of its sentence
}

// effortMediators finds the mediators of this file in v.
func (b *relBuilder) effortMediators(v *sentView) []effortMediator {
	if !v.has("broker", "mediat", "facilitat", "secure", "reach", "revive") {
		return nil
	}
	var out []effortMediator
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		end := last.end
		switch {
		case reDealBrokeredBy.MatchString(v.between(runeStartFrom(v.text, max(v.start, first.start-60)), first.start)):
		case reEffortsBy.MatchString(v.between(runeStartFrom(v.text, max(v.start, first.start-24)), first.start)):
			loc := reToBroker.FindStringIndex(v.between(last.end, v.end))
			if loc == nil {
				continue
			}
			end = last.end + loc[1]
		default:
			continue
		}
		if b.irrealisClause(v, first.start, end) {
			continue
		}
		var events []string
		for _, id := range dedupe(b.sentenceEvents[v.idx]) {
			if b.mediatedKind(id) {
				events = append(events, id)
			}
		}
		for _, a := range argsOf(v, g) {
			who := a.id
			if a.typ == "Person" {
				r, ok := b.roleOf[a.id]
				if !ok {
					continue
				}
				who = r.of // a person mediates for the state they serve
			}
			out = append(out, effortMediator{v: v, who: who, start: first.start, end: end, events: events})
		}
	}
	return out
}

// mediatedKind reports an event of a kind that is mediated: talks and
// truces.
func (b *relBuilder) mediatedKind(id string) bool {
	e, ok := b.events[id]
	if !ok {
		return false
	}
	kind, _ := e.Props["kind"].(string)
	return kind == "talks" || kind == "truce"
}

// addEffortMediators gives MEDIATED for the mediators found, once every
// sentence has built its events.
func (b *relBuilder) addEffortMediators(found []effortMediator) {
	if len(found) == 0 {
		return
	}
	var docEvents []string
	for id := range b.events {
		if b.mediatedKind(id) {
			docEvents = append(docEvents, id)
		}
	}
	sort.Strings(docEvents)
	for _, m := range found {
		events := m.events
		if len(events) == 0 {
			events = docEvents
		}
		if len(events) != 1 || b.takesPart(m.who, events[0]) {
			continue // a side of the talks is no mediator of them
		}
		b.add("MEDIATED", m.who, events[0], 0.75, nil, m.v, m.start, m.end)
	}
}

// takesPart reports a PARTICIPATED_IN of who in event found so far.
func (b *relBuilder) takesPart(who, event string) bool {
	return b.related("PARTICIPATED_IN", who, event)
}
