package extract

import "regexp"

// A host told after the gathering, in a sentence of its own: "U.S. and
// Russian officials met in Riyadh on Tuesday. Saudi Foreign Minister Prince
// Faisal bin Farhan hosted the meeting." The meeting is the one gathering
// of that sentence or the one before; a person hosts for the state they
// hold a role for.

// reHostedTheGathering runs from the host to the end of "the meeting".
var reHostedTheGathering = regexp.MustCompile(`^` + sp + `+(?:(?:also|had|has)` + sp + `+)?(?:hosted|hosts)` + sp + `+(?:the|these|those)` + sp + `+(?:[\w-]+` + sp + `+)?(?:meeting|meetings|talks|summit|conference|negotiations)\b`)

// hostsAfter adds HOSTED for the hosts this file describes.
func (b *relBuilder) hostsAfter() {
	for _, v := range b.views {
		if !v.has("hosted the", "hosts the", "hosted these", "hosted those") {
			continue
		}
		for _, a := range v.args {
			loc := reHostedTheGathering.FindStringIndex(v.between(a.end, v.end))
			if loc == nil || b.irrealisClause(v, a.start, a.end+loc[1]) {
				continue
			}
			host := a.id
			switch a.typ {
			case "Person":
				r, ok := b.roleOf[a.id]
				if !ok || b.typeOf(r.of) != "Country" {
					continue
				}
				host = r.of
			case "Country", "Place":
			default:
				continue
			}
			// A host the sentence's own rules found ("Oman hosted the talks
			// between Iran and the United States") is found already.
			if ev, ok := b.gatheringNear(v.idx, func(string) bool { return true }); ok && !b.takesPart(host, ev) && !b.related("HOSTED", host, ev) {
				b.add("HOSTED", host, ev, 0.8, nil, v, a.start, a.end+loc[1])
			}
		}
	}
}

// gatheringNear is the one meeting, talks, summit or conference of
// sentence idx, or else of the sentence before, that keep accepts.
func (b *relBuilder) gatheringNear(idx int, keep func(id string) bool) (string, bool) {
	for k := idx; k >= max(0, idx-1); k-- {
		found := ""
		for _, id := range dedupe(b.sentenceEvents[k]) {
			e, ok := b.events[id]
			if !ok || !keep(id) {
				continue
			}
			if kind, _ := e.Props["kind"].(string); kind != "talks" && kind != "meeting" && kind != "summit" && kind != "conference" {
				continue
			}
			if found != "" {
				return "", false // two: which one is not said
			}
			found = id
		}
		if found != "" {
			return found, true
		}
	}
	return "", false
}

// hostTownVenues: a town or city that hosted an event is where it was held
// ("In July 2024 Astana hosted the summit of the Shanghai Cooperation
// Organisation"), unless the text gave the event a venue of its own.
func (b *relBuilder) hostTownVenues() {
	venue := map[string]bool{}
	for _, r := range b.rels {
		if r.Type == "HELD_IN" {
			venue[r.From] = true
		}
	}
	for _, r := range b.rels[:len(b.rels):len(b.rels)] {
		if r.Type != "HOSTED" || b.typeOf(r.From) != "Place" || venue[r.To] {
			continue
		}
		venue[r.To] = true
		props := map[string]any{}
		for k, val := range r.Props {
			props[k] = val
		}
		b.rels = append(b.rels, relation{Type: "HELD_IN", From: r.To, To: r.From, Confidence: r.Confidence, Props: props, Evidence: r.Evidence})
	}
}

// reHostedNamed runs from a host to the event it hosted, named right after:
// " hosted the ", " had hosted the ".
var reHostedNamed = regexp.MustCompile(`^` + sp + `+(?:(?:also|had|has|then|later)` + sp + `+)*(?:hosted|hosts)` + sp + `+(?:the` + sp + `+)?$`)

// hostedNamedEvents reads "In January 1966 Tashkent hosted the Tashkent
// Conference": the town or state before "hosted" hosted the event named
// right after it, whatever other events the sentence names.
func (b *relBuilder) hostedNamedEvents() {
	for _, v := range b.views {
		if !v.has("hosted", "hosts") {
			continue
		}
		events := b.eventMentsOf(v)
		for _, m := range v.ments {
			if m.Type != "Place" && m.Type != "Country" || m.Demonym {
				continue
			}
			for _, e := range events {
				if e.Start < m.End {
					continue
				}
				if reHostedNamed.MatchString(v.between(m.End, e.Start)) && !b.irrealisClause(v, m.Start, e.End) {
					b.add("HOSTED", m.EntityID, e.EntityID, 0.8, nil, v, m.Start, e.End)
				}
				break
			}
		}
	}
}
