package extract

// The catalog knows who fought its wars (catalogEntry.Sides). A text on a
// war often names its sides apart from it: "Seoul and Pyongyang ... since
// the Korean War". As for the parties of an agreement
// (relations_parties_apart.go), a reader of the whole text lists every
// state of it the catalog knows fought the war, when the war had few sides
// (maxSidesApart): a world war names its sides only where a sentence says
// so. A state named only as a demonym, or only in a sentence that denies
// it, is no side.

// maxSidesApart is the most sides a war may have for a side named apart
// from it to be read as one.
const maxSidesApart = 2

// knownSidesOfDocument adds PARTICIPATED_IN for every side of a catalog
// war of few sides that the document names, wherever the two are named.
func (b *relBuilder) knownSidesOfDocument() {
	seen := map[string]bool{}
	for _, v := range b.views {
		for _, ev := range v.ments {
			e, ok := b.ents.Entities[ev.EntityID]
			if !ok || e.Type != "Event" || !e.Catalog || len(e.Sides) == 0 || len(e.Sides) > maxSidesApart || seen[ev.EntityID] || kindOfName(e.Name) != "war" {
				continue
			}
			seen[ev.EntityID] = true
			for _, side := range e.Sides {
				w, a, ok := b.nearestArg(v, side)
				if !ok || w == v && reDenied.MatchString(v.between(min(a.end, ev.End), max(a.start, ev.Start))) {
					continue
				}
				b.addApart("PARTICIPATED_IN", side, ev.EntityID, knownPartyApartConfidence, v, ev.Start, ev.End, w, a.start, a.end)
			}
		}
	}
}
