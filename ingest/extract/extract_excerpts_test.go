package extract_test

import (
	"path/filepath"
	"testing"

	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
)

// TestExtractWindowsOfSentences runs the extractor on every pair of
// consecutive sentences of the project's test inputs, on their own. Rules
// that lean on what came before (an antecedent, a dated sentence, an event
// told earlier, two events in one sentence) meet their edge cases here: no
// window may panic or give a span outside its text.
func TestExtractWindowsOfSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the extractor some thousands of times")
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	windows := 0
	sets := [][2]string{ // gold folder, input folder
		{"testdata/gold", "testdata/eval"},
		{"testdata/blind/gold", "testdata/blind"},
		{"testdata/fresh/gold", "testdata/fresh"},
		{"testdata/fresh2/gold", "testdata/fresh2"},
	}
	for _, set := range sets {
		golds, err := loadGold(set[0])
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range golds {
			item, err := loadItem(filepath.Join(set[1], g.File))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := normalize.Normalize(item)
			if err != nil {
				t.Fatalf("%s: %v", item.Locator, err)
			}
			for i := range doc.Sentences {
				w := window(doc, i, min(i+2, len(doc.Sentences)))
				res := extractNoPanic(t, x, w, item.Locator, i)
				for _, msg := range spanErrors(w.Text, res) {
					t.Errorf("%s, sentences %d–%d: %s", item.Locator, i, i+1, msg)
				}
				windows++
			}
		}
	}
	if windows < 1000 {
		t.Errorf("ran %d windows, want at least 1000 (inputs missing?)", windows)
	}
}

// window is the document made of sentences [from, to) of doc alone.
func window(doc normalize.Document, from, to int) normalize.Document {
	start, end := doc.Sentences[from].Start, doc.Sentences[to-1].End
	w := doc
	w.Text = doc.Text[start:end]
	w.Sentences = nil
	for _, s := range doc.Sentences[from:to] {
		w.Sentences = append(w.Sentences, normalize.Span{Start: s.Start - start, End: s.End - start})
	}
	w.NotEntities = nil
	for _, s := range doc.NotEntities {
		if s.Start >= start && s.End <= end {
			w.NotEntities = append(w.NotEntities, normalize.Span{Start: s.Start - start, End: s.End - start})
		}
	}
	return w
}

// extractNoPanic reports a panic of the extractor as the window's error.
func extractNoPanic(t *testing.T, x *extract.Extractor, doc normalize.Document, locator string, i int) (res extract.Result) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s, sentences %d–%d: panic: %v\n%s", locator, i, i+1, r, doc.Text)
		}
	}()
	return x.Extract(doc)
}
