package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
)

// The learned fallback's model is trained here, by distant supervision on
// the tunable gold only (the "dev" split of testdata/gold, the dev
// splits of the four fresh sets and the written rounds): every pair of args of a sentence
// is labelled with the gold relation between the gold entities it maps to,
// or NONE. `go test ./ingest/extract -run TestTrainRelationModel -train`
// rewrites model/relations.json.

var trainFlag = flag.Bool("train", false, "retrain the learned relation model and rewrite model/relations.json")

const relationModelFile = "model/relations.json"

// Training settings, fixed so that training is a function of the gold.
const (
	trainEpochs   = 12
	trainSeed     = 20261128
	minFeatCount  = 2    // rarer features are dropped: they only memorise
	cvPrecision   = 0.85 // the held-out precision the threshold must reach
	weightDecimal = 1000 // weights are stored rounded to 1/weightDecimal
)

// untrainedTypes are left to the rules: HOLDS_ROLE needs a title the
// classifier cannot write, STATED a quotation.
var untrainedTypes = map[string]bool{"HOLDS_ROLE": true, "STATED": true}

// trainPair is one labelled pair of args.
type trainPair struct {
	feats         []string
	label         string
	first, second string
	ruled         bool
}

type trainDoc struct {
	file  string
	pairs []trainPair
}

// trainingDocs runs the rules-only pipeline (the default Options) over the tunable gold
// documents and labels their pairs.
func trainingDocs(t *testing.T) []trainDoc {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sets := []struct{ gdir, idir, split string }{
		{goldDir, inputDir, "dev"},
		{freshSet.goldDir(), freshSet.dir, "fresh-dev"},
		{fresh2Set.goldDir(), fresh2Set.dir, "fresh2-dev"},
		{fresh3Set.goldDir(), fresh3Set.dir, "fresh3-dev"},
		{fresh4Set.goldDir(), fresh4Set.dir, "fresh4-dev"},
		{writtenSet.goldDir(), writtenSet.dir, "written15"},
		{writtenSet.goldDir(), writtenSet.dir, "written16"},
		{writtenSet.goldDir(), writtenSet.dir, "written17"},
	}
	var docs []trainDoc
	for _, set := range sets {
		golds, err := loadGold(set.gdir)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range golds {
			if g.Split != set.split || g.EntitiesOnly {
				continue
			}
			item, err := loadItem(filepath.Join(set.idir, g.File))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := normalize.Normalize(item)
			if err != nil {
				t.Fatalf("normalize %s: %v", g.File, err)
			}
			s := docScore{EntitiesByType: map[string]*counts{}, RelationsByType: map[string]*counts{}}
			m := matchEntities(g, x.Extract(doc), &s)
			td := trainDoc{file: g.File}
			for _, p := range extract.PairExamples(x, doc) {
				td.pairs = append(td.pairs, trainPair{
					feats: p.Feats, label: pairLabel(g, m, p.First, p.Second),
					first: p.First, second: p.Second, ruled: p.Ruled,
				})
			}
			docs = append(docs, td)
		}
	}
	return docs
}

// pairLabel is the class of a pair: the first gold relation between the
// gold entities its args map to, reversed when its From is the second arg.
func pairLabel(g goldDoc, m entityMatch, first, second string) string {
	gi, ok1 := m.byPred[first]
	gj, ok2 := m.byPred[second]
	if !ok1 || !ok2 {
		return extract.NoneClass
	}
	a, b := g.Entities[gi].Name, g.Entities[gj].Name
	for _, gr := range g.Relations {
		if untrainedTypes[gr.Type] {
			continue
		}
		if endpointsFit(gr, a, b, true) {
			return gr.Type
		}
		if endpointsFit(gr, b, a, true) {
			return gr.Type + extract.ReversedClass
		}
	}
	return extract.NoneClass
}

// perceptron is a multiclass averaged perceptron over string features.
type perceptron struct {
	classes []string
	index   map[string]int
	w, u    map[string][]float64 // weights and their time-weighted sums
	steps   float64
}

// trainPerceptron trains on pairs in a fixed, seeded order.
func trainPerceptron(pairs []trainPair) *extract.RelationModel {
	freq := map[string]int{}
	classSet := map[string]bool{extract.NoneClass: true}
	for _, p := range pairs {
		classSet[p.label] = true
		for _, f := range p.feats {
			freq[f]++
		}
	}
	p := &perceptron{index: map[string]int{}, w: map[string][]float64{}, u: map[string][]float64{}, steps: 1}
	for c := range classSet {
		p.classes = append(p.classes, c)
	}
	sort.Strings(p.classes)
	for i, c := range p.classes {
		p.index[c] = i
	}
	kept := make([][]string, len(pairs))
	for i, pr := range pairs {
		for _, f := range pr.feats {
			if freq[f] >= minFeatCount {
				kept[i] = append(kept[i], f)
			}
		}
	}
	order := make([]int, len(pairs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(trainSeed, trainSeed))
	for range trainEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			gold := p.index[pairs[i].label]
			if guess := p.predict(kept[i]); guess != gold {
				p.update(kept[i], gold, 1)
				p.update(kept[i], guess, -1)
			}
			p.steps++
		}
	}
	return p.model()
}

func (p *perceptron) predict(feats []string) int {
	sc := make([]float64, len(p.classes))
	for _, f := range feats {
		for c, w := range p.w[f] {
			sc[c] += w
		}
	}
	best := 0
	for c := range sc {
		if sc[c] > sc[best] {
			best = c
		}
	}
	return best
}

func (p *perceptron) update(feats []string, class int, delta float64) {
	for _, f := range feats {
		if p.w[f] == nil {
			p.w[f] = make([]float64, len(p.classes))
			p.u[f] = make([]float64, len(p.classes))
		}
		p.w[f][class] += delta
		p.u[f][class] += p.steps * delta
	}
}

// model averages the weights and keeps the ones that round to non-zero.
func (p *perceptron) model() *extract.RelationModel {
	m := &extract.RelationModel{Classes: p.classes, Weights: map[string]map[string]float64{}}
	for f, ws := range p.w {
		for c, w := range ws {
			avg := math.Round((w-p.u[f][c]/p.steps)*weightDecimal) / weightDecimal
			if avg == 0 {
				continue
			}
			if m.Weights[f] == nil {
				m.Weights[f] = map[string]float64{}
			}
			m.Weights[f][p.classes[c]] = avg
		}
	}
	return m
}

// heldOutCall is one relation the model proposes on a held-out document.
type heldOutCall struct {
	margin  float64
	correct bool
}

// proposals lists, per held-out document, the relations the model would
// add on unruled pairs (best over their sentences) and how many gold
// relations those pairs hold.
func proposals(m *extract.RelationModel, docs []trainDoc) (calls []heldOutCall, gold int) {
	for _, d := range docs {
		want := map[string]bool{}
		best := map[string]float64{}
		var keys []string
		for _, p := range d.pairs {
			if p.ruled {
				continue
			}
			if p.label != extract.NoneClass {
				want[p.label+" "+p.first+" "+p.second] = true
			}
			sc := m.Scores(p.feats)
			cls := ""
			for _, c := range m.Classes {
				if c != extract.NoneClass && (cls == "" || sc[c] > sc[cls]) {
					cls = c
				}
			}
			if cls == "" {
				continue
			}
			k := cls + " " + p.first + " " + p.second
			mg := sc[cls] - sc[extract.NoneClass]
			if old, ok := best[k]; !ok || mg > old {
				if !ok {
					keys = append(keys, k)
				}
				best[k] = mg
			}
		}
		gold += len(want)
		for _, k := range keys {
			calls = append(calls, heldOutCall{margin: best[k], correct: want[k]})
		}
	}
	return calls, gold
}

// crossValidate trains on half of the documents, proposes on the other
// half and back, and returns the lowest threshold whose proposals reach
// cvPrecision, with the table of thresholds it tried.
func crossValidate(docs []trainDoc) (float64, string) {
	var calls []heldOutCall
	gold := 0
	for fold := range 2 {
		var train []trainPair
		var test []trainDoc
		for i, d := range docs {
			if i%2 == fold {
				test = append(test, d)
			} else {
				train = append(train, d.pairs...)
			}
		}
		c, g := proposals(trainPerceptron(train), test)
		calls, gold = append(calls, c...), gold+g
	}
	var table bytes.Buffer
	chosen, fallback, bestPrec := math.Inf(1), math.Inf(1), -1.0
	for _, th := range []float64{0, 1, 2, 3, 4, 6, 8, 10, 15, 20, 30, 40, 60} {
		tp, n := 0, 0
		for _, c := range calls {
			if c.margin > th {
				n++
				if c.correct {
					tp++
				}
			}
		}
		prec := ratio(tp, n)
		fmt.Fprintf(&table, "threshold %5.1f: %3d proposed, %3d right (precision %.2f), of %d gold relations on unruled pairs\n", th, n, tp, prec, gold)
		if prec >= cvPrecision && tp > 0 && th < chosen {
			chosen = th
		}
		if tp > 0 && prec > bestPrec {
			fallback, bestPrec = th, prec
		}
	}
	if math.IsInf(chosen, 1) {
		fmt.Fprintf(&table, "no threshold reaches precision %.2f: the model keeps the most precise one, %.1f (%.2f), and stays switched off\n", cvPrecision, fallback, bestPrec)
		return fallback, table.String()
	}
	return chosen, table.String()
}

// encodeModel writes a model as sorted, indented JSON.
func encodeModel(m *extract.RelationModel) ([]byte, error) {
	data, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return nil, fmt.Errorf("encode relation model: %w", err)
	}
	return append(data, '\n'), nil
}

// trainRelationModel picks the threshold by cross-validation, then trains
// on every document.
func trainRelationModel(docs []trainDoc) (*extract.RelationModel, string) {
	th, table := crossValidate(docs)
	var all []trainPair
	for _, d := range docs {
		all = append(all, d.pairs...)
	}
	m := trainPerceptron(all)
	m.Threshold = th
	return m, table
}

// TestTrainRelationModel retrains the model: with -train it rewrites the
// model file; without, it checks that training twice gives the same bytes
// and that the committed model loads and has weights.
func TestTrainRelationModel(t *testing.T) {
	docs := trainingDocs(t)
	if len(docs) < 20 {
		t.Fatalf("got %d training documents, want at least 20", len(docs))
	}
	stats := map[string]int{}
	for _, d := range docs {
		for _, p := range d.pairs {
			k := p.label
			if p.ruled {
				k += " (ruled)"
			}
			stats[k]++
		}
	}
	t.Logf("pairs by label: %v", stats)
	m1, table := trainRelationModel(docs)
	t.Log("\n" + table)
	if math.IsInf(m1.Threshold, 1) {
		t.Fatal("no threshold proposes a single right relation on held-out documents")
	}
	b1, err := encodeModel(m1)
	if err != nil {
		t.Fatal(err)
	}
	if *trainFlag {
		if err := os.WriteFile(relationModelFile, b1, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d classes, %d features, threshold %.1f", relationModelFile, len(m1.Classes), len(m1.Weights), m1.Threshold)
		return
	}
	m2, _ := trainRelationModel(docs)
	b2, err := encodeModel(m2)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1, b2) {
		t.Error("training twice on the same documents gave two different models")
	}
}
