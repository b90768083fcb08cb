package extract

import (
	"regexp"

	"github.com/kg-project/kg/ingest/normalize"
)

// The catalog knows the parties of its agreements (catalogEntry.Sides).
// knownSides reads a party named in the sentence that names the
// agreement; a text often names them apart: "The Budapest Memorandum was
// signed on 5 December 1994." and, two paragraphs on, "Ukraine gave up the
// world's third-largest nuclear arsenal". A reader of the whole text lists
// every state of it that the catalog knows to be a party (PARTY_TO), and
// annotators did so on the sets scored here (docs/extraction-quality.md,
// "Extractor 0.46.0"). Being a party is a standing fact: what the
// sentences say of the party or of the agreement does not change it, so
// no wording is read.
//
// Not for an agreement of many parties (more than maxPartiesApart): a
// text naming Russia and the JCPOA apart tells of Russia's part in it
// only when it says so, and readers list it only then.
//
// The relation is the weakest a rule of knowledge adds
// (knownPartyApartConfidence). Its evidence is the agreement's first
// mention and the party's mention nearest to it. A demonym ("the Russian
// side") is no mention of the state.

const (
	// knownPartyApartConfidence marks a party the catalog named, found in
	// the document apart from its agreement.
	knownPartyApartConfidence = 0.5
	// maxPartiesApart is the most parties an agreement may have for a
	// party named apart from it to be read as one.
	maxPartiesApart = 6
)

// reDenied: between an agreement and a state, the words that deny the
// state is its party ("The Treaty of Kars was never signed between Turkey
// and Armenia"). Only a denial: a party that "supported" another
// "through" an agreement is still a party.
var reDenied = regexp.MustCompile(`(?i)\b(?:never|not|n't|refused|declined|rejected)\b`)

// knownPartiesOfDocument adds PARTY_TO for every party of a catalog
// agreement of few parties that the document names, wherever the two are
// named.
func (b *relBuilder) knownPartiesOfDocument() {
	b.sidesApart("PARTY_TO", func(e *entity) bool {
		return e.Type == "Agreement" && len(e.Sides) <= maxPartiesApart
	})
}

// sidesApart adds typ from every side the catalog lists for an entity
// of the document that keep accepts to that entity, the first mention of
// each and the side's nearest one as evidence. A sentence that names both
// and denies it ("The Treaty of Kars was never signed between Turkey and
// Armenia") gives none.
func (b *relBuilder) sidesApart(typ string, keep func(e *entity) bool) {
	seen := map[string]bool{}
	for _, v := range b.views {
		for _, m := range v.ments {
			e, ok := b.ents.Entities[m.EntityID]
			if !ok || len(e.Sides) == 0 || seen[m.EntityID] || !keep(e) {
				continue
			}
			seen[m.EntityID] = true
			for _, side := range e.Sides {
				w, a, ok := b.nearestArg(v, side)
				if !ok || w == v && reDenied.MatchString(v.between(min(a.end, m.End), max(a.start, m.Start))) {
					continue
				}
				b.addApart(typ, side, m.EntityID, knownPartyApartConfidence, v, m.Start, m.End, w, a.start, a.end)
			}
		}
	}
}

// nearestArg is the argument standing for entity id, not as a demonym,
// in the sentence nearest to v: v itself, then the one before, the one
// after, and so on outwards.
func (b *relBuilder) nearestArg(v *sentView, id string) (*sentView, arg, bool) {
	for d := 0; d < len(b.views); d++ {
		for k, i := range []int{v.idx - d, v.idx + d} {
			if i < 0 || i >= len(b.views) || d == 0 && k == 1 {
				continue
			}
			w := b.views[i]
			for _, a := range w.args {
				if a.id == id && !a.m.Demonym {
					return w, a, true
				}
			}
		}
	}
	return nil, arg{}, false
}

// addApart records a relation told by two spans that may lie in two
// sentences: [start, end) of v and [wStart, wEnd) of w.
func (b *relBuilder) addApart(typ, from, to string, conf float64, v *sentView, start, end int, w *sentView, wStart, wEnd int) {
	if w == v {
		b.add(typ, from, to, conf, nil, v, min(start, wStart), max(end, wEnd))
		return
	}
	n := len(b.rels)
	b.add(typ, from, to, conf, nil, v, start, end)
	if len(b.rels) > n {
		b.rels[n].Evidence = appendSpans(b.rels[n].Evidence, []normalize.Span{{Start: wStart, End: wEnd}})
	}
}
