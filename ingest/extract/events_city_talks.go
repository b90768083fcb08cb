package extract

import (
	"regexp"
	"strings"
)

// Talks are often named by the city that holds them: "the Vienna talks
// collapsed", "the Muscat talks resumed", "the Doha negotiations
// stalled". The phrase names one process, whatever the sentence says of
// it: the event is named after the city and the kind ("Vienna talks"),
// carries no date of its own (a sentence dates what happened to the
// talks, not the talks), and was held in the city. A city before talks
// that a rule has already built ("talks between Iran and the United
// States in Vienna") or a state before them ("the Iran talks") names none.

// reCityTalks follows the city: " talks", " nuclear talks", " negotiations".
var reCityTalks = regexp.MustCompile(`^` + sp + `+(?:(?:nuclear|peace|ceasefire|cease-fire|indirect|direct|proximity)` + sp + `+)?(talks|negotiations)\b`)

// cityTalks builds the talks named after the city that holds them.
func (b *relBuilder) cityTalks(v *sentView) {
	if !v.has("talks", "negotiations") {
		return
	}
	for _, p := range v.ments {
		if p.Type != "Place" || p.Demonym || !strings.EqualFold(v.between(max(v.start, p.Start-4), p.Start), "the ") {
			continue
		}
		loc := reCityTalks.FindStringSubmatchIndex(v.between(p.End, v.end))
		if loc == nil {
			continue
		}
		s, e := p.Start, p.End+loc[1]
		if b.namedEventAt(v, s, e) || coveredByEvent(v, s, e) {
			continue
		}
		place := b.nameOf(p.EntityID)
		kind := v.between(p.End+loc[2], p.End+loc[3])
		name := place + " " + kind
		// "the Gaza ceasefire negotiations": talks on a territory's truce
		// or peace are about it, not held in it (they were held in Cairo
		// and Doha); the event keeps its whole name and no venue.
		about := b.territory(p.EntityID) && reTruceOrPeace.MatchString(v.between(p.End, p.End+loc[1]))
		if about {
			name = place + " " + strings.Join(strings.Fields(v.between(p.End, p.End+loc[1])), " ")
		}
		id := "event:talks:" + slugWords(place)
		if about {
			id = "event:talks:" + slugWords(name)
		}
		if _, seen := b.events[id]; !seen {
			b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": "talks"}}
		}
		b.eventMentioned(id, v, s, e)
		if !about {
			b.add("HELD_IN", id, p.EntityID, 0.8, nil, v, s, e)
		}
	}
}

// reTruceOrPeace: talks on a truce or on peace.
var reTruceOrPeace = regexp.MustCompile(`\b(?:peace|ceasefire|cease-fire)\b`)

// territory reports a place the catalog or the document describes as a
// territory, region or province rather than a city.
func (b *relBuilder) territory(id string) bool {
	return b.namedOrDescribed(id, reTerritory)
}
