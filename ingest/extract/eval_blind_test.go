package extract_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
)

// The blind split is a second evaluation set whose gold was written before
// the extractor ever ran on its texts. It exists to measure generalisation,
// so its errors are not printed unless asked for: tune on dev, look at the
// blind figures only. Its inputs and gold live apart from the dev/holdout
// ones (testdata/blind, testdata/blind/gold) so that runGold never sees it.

const (
	blindDir        = "testdata/blind"
	blindGoldDir    = "testdata/blind/gold"
	blindSplit      = "blind"
	blindReportFile = "testdata/blind/report.txt"
	// blindMinDocs keeps the split from shrinking unnoticed.
	blindMinDocs = 8
)

var blindErrors = flag.Bool("blind-errors", false, "also print the blind split's errors (for maintaining its gold, not for tuning)")

// runBlind normalizes and extracts every blind document with the default
// extractor, as runGold does for the dev and holdout documents.
func runBlind(t *testing.T) []evalRun {
	return runGoldIn(t, blindGoldDir, blindDir)
}

func normalizeBlind(file string) (normalize.Document, error) {
	item, err := loadItem(filepath.Join(blindDir, file))
	if err != nil {
		return normalize.Document{}, err
	}
	return normalize.Normalize(item)
}

// TestEvalBlind scores the blind split and fails when a figure falls below
// its floor ("blind" in thresholds.json). -update writes the figures, without
// the errors, to testdata/blind/report.txt.
func TestEvalBlind(t *testing.T) {
	runs := runBlind(t)
	docs := make([]docScore, 0, len(runs))
	for _, r := range runs {
		docs = append(docs, scoreDoc(r.gold, r.res))
	}
	s := sumSplit(blindSplit, docs)
	t.Log("\n" + s.table(*blindErrors))
	fl, err := loadFloors(thresholdsFile)
	if err != nil {
		t.Fatal(err)
	}
	f, ok := fl[blindSplit]
	if !ok {
		t.Fatalf("%s: no floors for split %q", thresholdsFile, blindSplit)
	}
	for _, low := range s.check(f) {
		t.Error(low)
	}
	if updating() {
		report := "Blind split, measured by\n  go test ./ingest/extract -run TestEvalBlind -update\n\n" + s.table(false)
		if err := os.WriteFile(blindReportFile, []byte(report), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestEvalBlindSpans holds the Result's offsets to their contract on the
// blind documents too (see TestEvalSpans).
func TestEvalBlindSpans(t *testing.T) {
	for _, r := range runBlind(t) {
		t.Run(r.gold.File, func(t *testing.T) {
			for _, msg := range spanErrors(r.doc.Text, r.res) {
				t.Error(msg)
			}
		})
	}
}

// TestBlindGoldIsConsistent keeps the blind gold honest, with the checks of
// TestGoldIsConsistent, and pairs every input with its gold file.
func TestBlindGoldIsConsistent(t *testing.T) {
	golds, err := loadGold(blindGoldDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) < blindMinDocs {
		t.Errorf("got %d blind gold documents, want at least %d", len(golds), blindMinDocs)
	}
	annotated := map[string]bool{}
	for _, g := range golds {
		annotated[g.File] = true
		t.Run(g.File, func(t *testing.T) {
			if g.Split != blindSplit {
				t.Errorf("split %q: want %q", g.Split, blindSplit)
			}
			doc, err := normalizeBlind(g.File)
			if err != nil {
				t.Fatal(err)
			}
			for _, msg := range goldErrors(g, doc.Text) {
				t.Error(msg)
			}
		})
	}
	entries, err := os.ReadDir(blindDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "SOURCES.md" || name == filepath.Base(blindReportFile) {
			continue
		}
		if !annotated[name] {
			t.Errorf("%s/%s: input without gold in %s", blindDir, name, blindGoldDir)
		}
	}
}

// goldErrors lists what is wrong with one gold document against its
// normalized text: unknown types, a name claimed by two entities, a
// required entity the text never names, a relation endpoint that is no
// gold entity, a HOLDS_ROLE without a title.
func goldErrors(g goldDoc, text string) []string {
	var errs []string
	folded := normName(possessive.Replace(text))
	names := map[string]string{}
	for _, e := range g.Entities {
		if !contains(entityTypes, e.Type) {
			errs = append(errs, "entity "+e.Name+": unknown type "+e.Type)
		}
		for _, n := range e.names() {
			k := normName(n)
			if other, dup := names[k]; dup && other != e.Name {
				errs = append(errs, "name "+n+" claimed by "+other+" and "+e.Name)
			}
			names[k] = e.Name
		}
		if !e.Optional && !mentioned(folded, e) {
			errs = append(errs, "required entity "+e.Name+": no name or alias occurs in the normalized text")
		}
	}
	for _, r := range g.Relations {
		what := r.Type + " " + r.From + " -> " + r.To
		if !contains(relationTypes, r.Type) {
			errs = append(errs, what+": unknown type")
		}
		if r.Type == "HOLDS_ROLE" && strings.TrimSpace(r.Title) == "" {
			errs = append(errs, what+": no title")
		}
		for _, n := range append(append([]string{r.From, r.To}, r.AltFrom...), r.AltTo...) {
			if !goldHas(g, n) {
				errs = append(errs, what+": "+n+" is not a gold entity")
			}
		}
	}
	return errs
}

// TestTitleKeyAlternatives holds titleFits to "|"-separated keys, which the
// blind gold uses for titles a text abbreviates ("Sen." = "Senator").
func TestTitleKeyAlternatives(t *testing.T) {
	tests := []struct {
		key, title, got string
		want            bool
	}{
		{"sen|senator", "Sen.", "Senator", true},
		{"sen|senator", "Sen.", "Sen.", true},
		{"sen|senator", "Sen.", "Senate Majority Leader", false},
		{"", "Special Envoy", "Mideast Envoy", true},
		{"secretary", "Secretary of State", "President", false},
	}
	for _, tt := range tests {
		t.Run(tt.key+"/"+tt.got, func(t *testing.T) {
			gr := goldRelation{Type: "HOLDS_ROLE", Title: tt.title, TitleKey: tt.key}
			r := extract.Relation{Type: "HOLDS_ROLE", Properties: map[string]any{"title": tt.got}}
			if got := titleFits(gr, r); got != tt.want {
				t.Errorf("titleFits(key %q, got %q) = %v, want %v", tt.key, tt.got, got, tt.want)
			}
		})
	}
}
