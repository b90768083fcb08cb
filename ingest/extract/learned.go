package extract

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// The learned fallback is a linear classifier over pairs of arguments of
// one sentence, trained offline (learned_train_test.go) by distant
// supervision on the tunable gold. It runs after every rule, only on pairs
// the rules left unrelated, and only when Options.LearnedRelations is set.
// Its features are words and entity types, never names, so what it learns
// is wording; its weights are data (model/relations.json), so the same
// document always gives the same relations.

//go:embed model/relations.json
var relationModelJSON []byte

// relModel is a multiclass linear model: one weight per (feature, class).
// A class is a relation type, with the suffix reversedClass when its From
// is the second argument in text order; noneClass is "no relation".
type relModel struct {
	Classes []string `json:"classes"`
	// Threshold is the margin the best class must have over noneClass.
	Threshold float64 `json:"threshold"`
	// Weights maps a feature to its weights by class name; absent means 0.
	Weights map[string]map[string]float64 `json:"weights"`
}

const (
	noneClass     = "NONE"
	reversedClass = "<"
	// learnedConfidence marks a relation the classifier found: below every
	// rule's, since no fixed wording backs it.
	learnedConfidence = 0.5
)

// loadRelModel decodes a model file.
func loadRelModel(data []byte) (*relModel, error) {
	var m relModel
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("decode relation model: %w", err)
	}
	if len(m.Classes) == 0 || len(m.Weights) == 0 {
		return nil, fmt.Errorf("decode relation model: no classes or no weights")
	}
	return &m, nil
}

// scores sums the weights of feats for every class.
func (m *relModel) scores(feats []string) map[string]float64 {
	out := make(map[string]float64, len(m.Classes))
	for _, c := range m.Classes {
		out[c] = 0
	}
	for _, f := range feats {
		for c, w := range m.Weights[f] {
			out[c] += w
		}
	}
	return out
}

// learnedFallback adds, for every pair of args of a sentence that no rule
// related (in any sentence, of any type), the classifier's best relation
// when it beats "no relation" by the model's threshold and the types fit.
func (b *relBuilder) learnedFallback(m *relModel) {
	if m == nil {
		return
	}
	related := map[[2]string]bool{}
	for _, r := range b.rels {
		related[[2]string{r.From, r.To}] = true
		related[[2]string{r.To, r.From}] = true
	}
	for _, v := range b.views {
		for _, p := range pairsOf(v) {
			a, c := v.args[p[0]], v.args[p[1]]
			if related[[2]string{a.id, c.id}] {
				continue
			}
			typ, from, to, ok := m.decide(b, pairFeatures(v, a, c), a.id, c.id)
			if ok {
				b.add(typ, from, to, learnedConfidence, nil, v, a.start, c.end)
			}
		}
	}
}

// decide picks the best relation class whose types fit, and reports it
// when its margin over noneClass exceeds the threshold.
func (m *relModel) decide(b *relBuilder, feats []string, first, second string) (typ, from, to string, ok bool) {
	sc := m.scores(feats)
	best, bestScore := "", 0.0
	for _, c := range m.Classes {
		if c == noneClass {
			continue
		}
		t, f, s := classEnds(c, first, second)
		if !b.typesFit(t, f, s) {
			continue
		}
		if best == "" || sc[c] > bestScore {
			best, bestScore = c, sc[c]
		}
	}
	if best == "" || bestScore-sc[noneClass] <= m.Threshold {
		return "", "", "", false
	}
	typ, from, to = classEnds(best, first, second)
	return typ, from, to, true
}

// classEnds splits a class into its relation type and its endpoints.
func classEnds(class, first, second string) (typ, from, to string) {
	if t, ok := strings.CutSuffix(class, reversedClass); ok {
		return t, second, first
	}
	return class, first, second
}

// pairsOf lists the pairs of args of v (indices, in text order) that can be
// related: two entities, the first ending before the second starts.
func pairsOf(v *sentView) [][2]int {
	var out [][2]int
	for i := range v.args {
		for j := i + 1; j < len(v.args); j++ {
			a, c := v.args[i], v.args[j]
			if a.id == "" || c.id == "" || a.id == c.id || a.end > c.start {
				continue
			}
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// maxBetween is how many words between two args are read one by one;
// beyond it only the first and last halves are.
const maxBetween = 8

// pairFeatures describes a pair of args a (first) and c (second) of v by
// their types and the words around and between them, never their names.
func pairFeatures(v *sentView, a, c arg) []string {
	between := v.text[a.end:c.start]

	words := lowerWords(between)
	types := a.typ + ">" + c.typ
	feats := []string{"bias", "t=" + types}
	first, last := "<none>", "<none>"
	if len(words) > 0 {
		first, last = words[0], words[len(words)-1]
	}
	feats = append(feats, "f="+first, "l="+last, "tf="+types+"|"+first, "tl="+types+"|"+last)
	read := words
	if len(words) > maxBetween {
		read = append(append([]string{}, words[:maxBetween/2]...), words[len(words)-maxBetween/2:]...)
		feats = append(feats, "long")
	}
	for i, w := range read {
		feats = append(feats, "w="+w)
		if i > 0 && (len(words) <= maxBetween || i != maxBetween/2) {
			feats = append(feats, "b="+read[i-1]+"_"+w)
		}
	}
	before := lowerWords(v.text[v.start:a.start])
	after := lowerWords(v.text[c.end:v.end])
	for i := 1; i <= 2; i++ {
		p, n := "<s>", "</s>"
		if len(before) >= i {
			p = before[len(before)-i]
		}
		if len(after) >= i {
			n = after[i-1]
		}
		feats = append(feats, fmt.Sprintf("p%d=%s", i, p), fmt.Sprintf("n%d=%s", i, n))
	}
	feats = append(feats, "d="+distanceBucket(len(words)))
	if strings.Contains(between, ",") {
		feats = append(feats, "comma")
	}
	if strings.ContainsAny(between, "\"“”") {
		feats = append(feats, "quote")
	}
	if len(v.dates) > 0 {
		feats = append(feats, "date")
	}
	sort.Strings(feats)
	return feats
}

// lowerWords splits s into lower-case words of letters and digits.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// distanceBucket groups word distances so that near ones stay apart.
func distanceBucket(n int) string {
	switch {
	case n <= 3:
		return fmt.Sprint(n)
	case n <= 5:
		return "4-5"
	case n <= 8:
		return "6-8"
	case n <= 12:
		return "9-12"
	}
	return "13+"
}
