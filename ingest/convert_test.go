package ingest

import (
	"context"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/source"
)

// Everything the extractor produces must fit the graph model (closed labels,
// types and property keys), or the writer rejects the document: this checks
// the contract between the two without a server, on every text the project
// ships (the sample and the extraction tests' inputs).
func TestExtractionFitsTheGraphModel(t *testing.T) {
	dirs := []string{"sample", "extract/testdata"}
	n := 0
	_, err := Extract(context.Background(), dirs, Options{}, func(r extract.Result) error {
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{}
	opts.applyDefaults()
	x, err := extract.New(opts.Extract)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for it, err := range readAll(dirs) {
		if err != nil {
			continue // unreadable inputs are the source tests' business
		}
		d, err := processor(x, nil)(context.Background(), it)
		if err != nil {
			continue
		}
		if err := graph.Validate(toGraph(d.Doc, d.Result)); err != nil {
			t.Errorf("%s: %v", it.Locator, err)
		}
		checked++
	}
	if checked < 20 || checked != n {
		t.Errorf("checked %d documents, extracted %d; want the same, at least 20", checked, n)
	}
}

// readAll reads every document under dirs, as the pipeline would.
func readAll(dirs []string) func(yield func(source.Item, error) bool) {
	return func(yield func(source.Item, error) bool) {
		_ = reader(dirs, source.Options{})(context.Background(), yield)
	}
}
