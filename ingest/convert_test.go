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
// ships (the sample and the extraction tests' inputs). Gold files are no
// inputs, and the 120 written texts of testdata/written add nothing of
// their own to the contract but minutes under the race detector.
func TestExtractionFitsTheGraphModel(t *testing.T) {
	dirs := []string{"sample", "extract/testdata"}
	src := source.Options{Exclude: []string{"gold", "written"}}
	n := 0
	_, err := Extract(context.Background(), dirs, Options{Source: src}, func(r extract.Result) error {
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
	for it, err := range readAll(dirs, src) {
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
func readAll(dirs []string, o source.Options) func(yield func(source.Item, error) bool) {
	return func(yield func(source.Item, error) bool) {
		_ = reader(dirs, o)(context.Background(), yield)
	}
}
