package extract

import "slices"

// placesKnown gives a place LOCATED_IN the state or territory holding it
// when its sentence names both: "Israeli strikes on Khan Younis and Rafah
// in southern Gaza", "Houthi drones hit Eilat, Israel's southern port".
// What holds a place is what the catalog says or what the gazetteer says
// of every town of that name; a sentence naming two possible holders
// (Rafah is in Gaza and in Egypt) gives none.
func (b *relBuilder) placesKnown(v *sentView) {
	for _, p := range v.ments {
		if p.Type != "Place" || p.MetonymFor != "" || p.Demonym {
			continue
		}
		e, ok := b.ents.Entities[p.EntityID]
		if !ok {
			continue
		}
		// Where the catalog places a place, it alone does (Rome is
		// Italy's, not Georgia's); a city whose sovereignty is disputed is
		// placed by neither.
		holders := e.Holders
		if e.LocatedIn != "" {
			holders = []string{e.LocatedIn}
		}
		if disputedPlaces[p.EntityID] {
			continue
		}
		var holder *mention
		unique := true
		for i := range v.ments {
			c := &v.ments[i]
			if c.EntityID == p.EntityID || !slices.Contains(holders, c.EntityID) {
				continue
			}
			if holder != nil && holder.EntityID != c.EntityID {
				unique = false
				break
			}
			if holder == nil {
				holder = c
			}
		}
		if holder == nil || !unique {
			continue
		}
		b.add("LOCATED_IN", p.EntityID, holder.EntityID, knownPlaceConfidence, nil, v, min(p.Start, holder.Start), max(p.End, holder.End))
	}
}

// knownPlaceConfidence marks a place's state read from knowledge, with
// only the sentence naming both as evidence: below every rule that reads
// a wording.
const knownPlaceConfidence = 0.5

// disputedPlaces are the places whose state is disputed: a sentence naming
// one with a state does not place it there.
var disputedPlaces = map[string]bool{
	"place:jerusalem": true, "place:east-jerusalem": true, "place:golan-heights": true,
}
