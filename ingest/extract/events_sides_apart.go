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
	b.sidesApart("PARTICIPATED_IN", func(e *entity) bool {
		return e.Type == "Event" && e.Catalog && len(e.Sides) <= maxSidesApart && kindOfName(e.Name) == "war"
	})
}
