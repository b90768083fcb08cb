package extract

import (
	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/timex"
)

// This file lends the learned fallback's internals to the training test in
// package extract_test, which owns the gold loader and the scorer.

// RelationModel is the model type, with its exported fields.
type RelationModel = relModel

// PairExample is one pair of args of a sentence, as the classifier sees it.
type PairExample struct {
	Sentence      int
	First, Second string // entity ids, in text order
	Feats         []string
	// Ruled: the rules related the two entities somewhere in the document,
	// so the fallback would not look at the pair.
	Ruled bool
}

// PairExamples runs the rules-only pipeline over doc and lists every pair
// of args the fallback could consider, with their features.
func PairExamples(x *Extractor, doc normalize.Document) []PairExample {
	ents := x.findEntities(doc)
	rs := relate(doc, ents)
	related := map[[2]string]bool{}
	for _, r := range rs.Relations {
		related[[2]string{r.From, r.To}] = true
		related[[2]string{r.To, r.From}] = true
	}
	var out []PairExample
	for _, v := range buildViews(doc, ents, timex.Find(doc.Text, doc.Published)) {
		for _, p := range pairsOf(v) {
			a, c := v.args[p[0]], v.args[p[1]]
			out = append(out, PairExample{
				Sentence: v.idx, First: a.id, Second: c.id,
				Feats: pairFeatures(v, a, c), Ruled: related[[2]string{a.id, c.id}],
			})
		}
	}
	return out
}

// Scores is the model's score of every class for feats.
func (m *relModel) Scores(feats []string) map[string]float64 { return m.scores(feats) }

// LoadRelationModel decodes a model file.
func LoadRelationModel(data []byte) (*RelationModel, error) { return loadRelModel(data) }

// EmbeddedRelationModel is the model file compiled into the package.
func EmbeddedRelationModel() []byte { return relationModelJSON }

// NoneClass and ReversedClass name the classifier's classes.
const (
	NoneClass     = noneClass
	ReversedClass = reversedClass
)
