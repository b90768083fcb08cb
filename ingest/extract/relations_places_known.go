package extract

import (
	"regexp"
	"slices"
)

// placesKnown gives a place LOCATED_IN the state or territory holding it
// when its sentence names both near each other: "Israeli strikes on Khan
// Younis and Rafah in southern Gaza", "Houthi drones hit Eilat, Israel's
// southern port".
// What holds a place is what the catalog says or what the gazetteer says
// of every town of that name; a sentence naming two possible holders
// (Rafah is in Gaza and in Egypt) gives none. The text's own word comes
// first: a place it already puts somewhere is left to it, and a name many
// states' towns bear, written with a qualifier of the text's own
// ("Cambridge, Massachusetts", "Paris, Texas"), is another town than the
// one knowledge would place.
func (b *relBuilder) placesKnown(v *sentView) {
	for _, p := range v.ments {
		if p.Type != "Place" || p.MetonymFor != "" || p.Demonym {
			continue
		}
		e, ok := b.ents.Entities[p.EntityID]
		if !ok || disputedPlaces[p.EntityID] || b.placedByWording[p.EntityID] {
			continue
		}
		// The first mention of a holder, when the sentence names one only.
		holders := holdersOf(e)
		var holder *mention
		for i := range v.ments {
			c := &v.ments[i]
			if c.EntityID == p.EntityID || !slices.Contains(holders, c.EntityID) {
				continue
			}
			if holder != nil && holder.EntityID != c.EntityID {
				holder = nil
				break
			}
			if holder == nil {
				holder = c
			}
		}
		// A name other states' towns bear too, written with a qualifier of
		// the text's own, is likely one of those.
		if holder == nil || len(e.Holders) > 1 && b.qualifiedByText(v, p, holder.EntityID) {
			continue
		}
		// Far apart in the sentence, the two are told of separately
		// ("The talks were held in Berlin, ... Germany's position"): a
		// reader draws no place from them.
		if max(p.Start, holder.Start)-min(p.End, holder.End) > knownPlaceReach {
			continue
		}
		b.add("LOCATED_IN", p.EntityID, holder.EntityID, knownPlaceConfidence, nil, v, min(p.Start, holder.Start), max(p.End, holder.End))
	}
}

// holdersOf returns what may hold a place: where the catalog places it,
// when it does (it alone: Rome is Italy's, not Georgia's), else every
// state the gazetteer puts a town of its name in.
func holdersOf(e *entity) []string {
	if e.LocatedIn != "" {
		return []string{e.LocatedIn}
	}
	return e.Holders
}

// knownPlaceReach is how many bytes apart a place and its holder may be
// named for the sentence to tell where the place lies.
const knownPlaceReach = 40

// knownPlaceConfidence marks a place's state read from knowledge, with
// only the sentence naming both as evidence: below every rule that reads
// a wording.
const knownPlaceConfidence = 0.5

// disputedPlaces are the places whose state is disputed: a sentence naming
// one with a state does not place it there.
var disputedPlaces = map[string]bool{
	"place:jerusalem": true, "place:east-jerusalem": true, "place:golan-heights": true,
}

// reQualifierAfter: a comma and a capitalised word right after a place,
// what an address writes its state or province with.
var reQualifierAfter = regexp.MustCompile(`^` + sp + `*,` + sp + `*[A-Z]`)

// qualifiedByText reports a place written with a qualifier of its own
// ("Alexandria, Virginia", "Cambridge, Massachusetts"): a capitalised word
// after a comma that is neither the holder ("Erbil, Iraq") nor a place of
// the same holder listed with it ("Kufa, Najaf and Karbala").
func (b *relBuilder) qualifiedByText(v *sentView, p mention, holder string) bool {
	loc := reQualifierAfter.FindStringIndex(v.between(p.End, v.end))
	if loc == nil {
		return false
	}
	at := p.End + loc[1] - 1
	for _, m := range v.ments {
		if m.Start != at {
			continue
		}
		if m.EntityID == holder {
			return false
		}
		if e, ok := b.ents.Entities[m.EntityID]; ok && m.Type == "Place" {
			return !slices.Contains(holdersOf(e), holder)
		}
		return true
	}
	return true
}
