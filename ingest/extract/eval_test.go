package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
)

// evalRun is one gold document run through the real pipeline.
type evalRun struct {
	gold goldDoc
	doc  normalize.Document
	res  extract.Result
}

// runGold normalizes and extracts every gold document with the default
// extractor, exactly as `kg extract` would.
func runGold(t *testing.T) []evalRun {
	return runGoldIn(t, goldDir, inputDir)
}

// runGoldIn runs the default extractor over the documents that the gold
// files in gdir describe, reading their inputs from idir.
func runGoldIn(t *testing.T, gdir, idir string) []evalRun {
	t.Helper()
	golds, err := loadGold(gdir)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	runs := make([]evalRun, 0, len(golds))
	for _, g := range golds {
		item, err := loadItem(filepath.Join(idir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := normalize.Normalize(item)
		if err != nil {
			t.Fatalf("normalize %s: %v", g.File, err)
		}
		runs = append(runs, evalRun{gold: g, doc: doc, res: x.ExtractParsed(doc, evalParse(t, doc.Text))})
	}
	return runs
}

// TestEvalDev measures extraction against the gold annotations, split by
// split, and fails when a figure falls below its floor in thresholds.json.
// Tune on "dev" only; "holdout" is there to catch overfitting.
func TestEvalDev(t *testing.T) {
	runs := runGold(t)
	bySplit := map[string][]docScore{}
	for _, r := range runs {
		bySplit[r.gold.Split] = append(bySplit[r.gold.Split], scoreDoc(r.gold, r.res))
	}
	fl, err := loadFloors(thresholdsFile)
	if err != nil {
		t.Fatal(err)
	}
	var report strings.Builder
	fmt.Fprintf(&report, "Extraction quality, measured %s by\n  go test ./ingest/extract -run TestEvalDev -update\n\n", time.Now().UTC().Format("2006-01-02"))
	for _, name := range []string{"dev", "holdout", "re3d"} {
		docs, ok := bySplit[name]
		if !ok {
			t.Errorf("split %s: no gold documents", name)
			continue
		}
		s := sumSplit(name, docs)
		t.Run(name, func(t *testing.T) {
			t.Log("\n" + s.table(name != "holdout" || *blindErrors))
			f, ok := fl[name]
			if !ok {
				t.Fatalf("%s: no floors for split %q", thresholdsFile, name)
			}
			for _, low := range s.check(f) {
				t.Error(low)
			}
		})
		report.WriteString(s.table(true))
		report.WriteString("\n")
	}
	if updating() {
		if err := os.WriteFile(reportFile, []byte(report.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestEvalSpans holds the Result's offsets to their contract on every
// evaluation document: code points into the normalized text, the text at
// the offsets equal to the span's text, inside the sentence it names.
func TestEvalSpans(t *testing.T) {
	for _, r := range runGold(t) {
		t.Run(r.gold.File, func(t *testing.T) {
			for _, msg := range spanErrors(r.doc.Text, r.res) {
				t.Error(msg)
			}
		})
	}
}

// spanErrors lists every broken span, unknown type or dangling endpoint.
func spanErrors(text string, res extract.Result) []string {
	runes := []rune(text)
	sentences := map[int]extract.Sentence{}
	for _, s := range res.Sentences {
		sentences[s.Index] = s
		if s.Start < 0 || s.End > len(runes) || s.Start >= s.End || string(runes[s.Start:s.End]) != s.Text {
			return []string{fmt.Sprintf("sentence %d [%d,%d): text does not match the document", s.Index, s.Start, s.End)}
		}
	}
	var errs []string
	check := func(owner string, sp extract.Span) {
		switch {
		case sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End:
			errs = append(errs, fmt.Sprintf("%s: span [%d,%d) out of the text (%d code points)", owner, sp.Start, sp.End, len(runes)))
		case string(runes[sp.Start:sp.End]) != sp.Text:
			errs = append(errs, fmt.Sprintf("%s: text at [%d,%d) is %q, span says %q", owner, sp.Start, sp.End, string(runes[sp.Start:sp.End]), sp.Text))
		default:
			s, ok := sentences[sp.Sentence]
			if !ok || sp.Start < s.Start || sp.End > s.End {
				errs = append(errs, fmt.Sprintf("%s: span %q [%d,%d) not inside sentence %d", owner, sp.Text, sp.Start, sp.End, sp.Sentence))
			}
		}
	}
	ids := map[string]bool{}
	for _, e := range res.Entities {
		ids[e.ID] = true
		if !contains(entityTypes, e.Type) {
			errs = append(errs, fmt.Sprintf("entity %s: unknown type %q", e.ID, e.Type))
		}
		for _, m := range e.Mentions {
			check("mention of "+e.ID, m)
		}
	}
	for _, r := range res.Relations {
		owner := fmt.Sprintf("%s %s->%s", r.Type, r.From, r.To)
		if !contains(relationTypes, r.Type) {
			errs = append(errs, owner+": unknown relation type")
		}
		if !ids[r.From] || !ids[r.To] {
			errs = append(errs, owner+": endpoint is not an entity of the result")
		}
		if len(r.Evidence) == 0 {
			errs = append(errs, owner+": no evidence")
		}
		for _, ev := range r.Evidence {
			check("evidence of "+owner, ev)
		}
	}
	return errs
}

// TestGoldIsConsistent keeps the gold files honest: known types, relation
// endpoints that are gold entities, no name claimed by two entities, an
// input for every gold file, and required names that occur in the
// normalized text (a gold entry nobody could find measures nothing).
func TestGoldIsConsistent(t *testing.T) {
	golds, err := loadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) < 11 {
		t.Errorf("got %d gold documents, want at least 11", len(golds))
	}
	for _, g := range golds {
		t.Run(g.File, func(t *testing.T) {
			if !contains([]string{"dev", "holdout", "re3d"}, g.Split) {
				t.Errorf("split %q: want dev, holdout or re3d", g.Split)
			}
			item, err := loadItem(filepath.Join(inputDir, g.File))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := normalize.Normalize(item)
			if err != nil {
				t.Fatal(err)
			}
			text := normName(possessive.Replace(doc.Text))
			names := map[string]string{}
			for _, e := range g.Entities {
				if !contains(entityTypes, e.Type) {
					t.Errorf("entity %q: unknown type %q", e.Name, e.Type)
				}
				for _, n := range e.names() {
					k := normName(n)
					if other, dup := names[k]; dup && other != e.Name {
						t.Errorf("name %q claimed by %q and %q", n, other, e.Name)
					}
					names[k] = e.Name
				}
				if !e.Optional && !mentioned(text, e) {
					t.Errorf("required entity %q: no name or alias occurs in the normalized text", e.Name)
				}
			}
			for _, r := range g.Relations {
				if !contains(relationTypes, r.Type) {
					t.Errorf("relation %s: unknown type", r.Type)
				}
				for _, n := range append(append([]string{r.From, r.To}, r.AltFrom...), r.AltTo...) {
					if !goldHas(g, n) {
						t.Errorf("relation %s %s->%s: %q is not a gold entity", r.Type, r.From, r.To, n)
					}
				}
			}
		})
	}
}

// possessive drops "'s" so that "Biden’s" reads as "Biden".
var possessive = strings.NewReplacer("’s", "", "'s", "")

// mentioned reports whether any name of e occurs, as whole words, in the
// folded text. Events are exempt: they are often described, not named.
func mentioned(foldedText string, e goldEntity) bool {
	if e.Type == "Event" {
		return true
	}
	padded := " " + foldedText + " "
	for _, n := range append(e.names(), e.Demonyms...) {
		if strings.Contains(padded, " "+normName(n)+" ") {
			return true
		}
	}
	return false
}

func goldHas(g goldDoc, name string) bool {
	for _, e := range g.Entities {
		if e.Name == name {
			return true
		}
	}
	return false
}
