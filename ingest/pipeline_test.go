package ingest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/source"
	"github.com/kg-project/kg/ingest/syntax"
)

// fakeWriter records what it was asked to write; it can reject one document
// (as the store does for a document that breaks the model) or fail a call.
type fakeWriter struct {
	batches  [][]string
	rejectID string
	stored   map[string]bool // ids the store already holds unchanged
	failCall int             // 1-based call number that returns a connection error; 0 never
	calls    int
}

func (w *fakeWriter) Write(_ context.Context, docs []graph.DocumentGraph) (graph.WriteStats, error) {
	w.calls++
	if w.calls == w.failCall {
		return graph.WriteStats{}, errors.New("connection refused")
	}
	var st graph.WriteStats
	var ids []string
	for _, d := range docs {
		if d.Document.ID == w.rejectID {
			st.Failed = append(st.Failed, graph.DocError{DocID: d.Document.ID, Err: errors.New("bad label")})
			continue
		}
		if w.stored[d.Document.ID] {
			st.Unchanged++
			st.UnchangedIDs = append(st.UnchangedIDs, d.Document.ID)
			continue
		}
		ids = append(ids, d.Document.ID)
		st.Documents++
	}
	w.batches = append(w.batches, ids)
	return st, nil
}

func (w *fakeWriter) written() []string {
	var all []string
	for _, b := range w.batches {
		all = append(all, b...)
	}
	slices.Sort(all)
	return all
}

// items makes n documents; those whose index is in bad are yielded as read
// errors, as the source does for an unreadable file.
func items(n int, bad ...int) readFunc {
	return func(ctx context.Context, yield func(source.Item, error) bool) error {
		for i := range n {
			loc := fmt.Sprintf("doc%02d", i)
			var err error
			if slices.Contains(bad, i) {
				err = fmt.Errorf("%s: binary content", loc)
			}
			if !yield(source.Item{Locator: loc}, err) {
				return ctx.Err()
			}
		}
		return nil
	}
}

// fakeProcess fails the documents named in bad, as normalization does for
// an empty document.
func fakeProcess(bad ...string) processFunc {
	return func(_ context.Context, it source.Item) (processed, error) {
		if slices.Contains(bad, it.Locator) {
			return processed{}, errors.New("empty document")
		}
		d := normalize.Document{ID: "id-" + it.Locator, Locator: it.Locator}
		return processed{Doc: d, Result: extract.Result{Document: extract.DocumentInfo{ID: d.ID, Source: it.Locator}}}, nil
	}
}

func TestBatcherFailuresLoseNothingElse(t *testing.T) {
	tests := []struct {
		name        string
		n           int
		readBad     []int
		processBad  []string
		rejectID    string
		wantWritten int
		wantFailed  []string
	}{
		{name: "all good", n: 10, wantWritten: 10},
		{name: "unreadable document", n: 10, readBad: []int{3}, wantWritten: 9, wantFailed: []string{"doc03"}},
		{name: "document fails normalization", n: 10, processBad: []string{"doc07"}, wantWritten: 9, wantFailed: []string{"doc07"}},
		{name: "store rejects one document", n: 10, rejectID: "id-doc05", wantWritten: 9, wantFailed: []string{"doc05"}},
		{name: "first and last fail", n: 10, readBad: []int{0, 9}, wantWritten: 8, wantFailed: []string{"doc00", "doc09"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &fakeWriter{rejectID: tt.rejectID}
			opts := Options{Workers: 3, BatchDocs: 4}
			opts.applyDefaults()
			b := &batcher{w: w, opts: opts}
			err := runPipeline(context.Background(), items(tt.n, tt.readBad...), fakeProcess(tt.processBad...), opts.Workers, time.Hour, b)
			if err != nil {
				t.Fatalf("runPipeline: %v", err)
			}
			if got := len(w.written()); got != tt.wantWritten {
				t.Errorf("written %d documents, want %d", got, tt.wantWritten)
			}
			if b.sum.Written != tt.wantWritten || b.sum.Documents != tt.n {
				t.Errorf("summary written=%d documents=%d, want %d and %d", b.sum.Written, b.sum.Documents, tt.wantWritten, tt.n)
			}
			var failed []string
			for _, f := range b.sum.Failed {
				failed = append(failed, f.Locator)
				if f.Reason == "" {
					t.Errorf("failure of %s has no reason", f.Locator)
				}
			}
			slices.Sort(failed)
			if !slices.Equal(failed, tt.wantFailed) {
				t.Errorf("failed %v, want %v", failed, tt.wantFailed)
			}
			for _, batch := range w.batches {
				if len(batch) > opts.BatchDocs {
					t.Errorf("batch of %d documents, want at most %d", len(batch), opts.BatchDocs)
				}
			}
		})
	}
}

func TestPipelineStopsOnWriterError(t *testing.T) {
	w := &fakeWriter{failCall: 2}
	opts := Options{Workers: 2, BatchDocs: 3}
	opts.applyDefaults()
	b := &batcher{w: w, opts: opts}
	err := runPipeline(context.Background(), items(20), fakeProcess(), opts.Workers, time.Hour, b)
	if err == nil || !strings.Contains(err.Error(), "connection refused") || w.calls != 2 {
		t.Fatalf("got err=%v after %d writes, want the connection error at write 2", err, w.calls)
	}
	if got := len(w.written()); got != 3 {
		t.Errorf("written %d documents before the failure, want 3", got)
	}
}

func TestFailFastPolicyStopsTheRun(t *testing.T) {
	w := &fakeWriter{}
	stop := errors.New("stop")
	opts := Options{Workers: 1, BatchDocs: 100, OnError: func(string, error) error { return stop }}
	opts.applyDefaults()
	b := &batcher{w: w, opts: opts}
	err := runPipeline(context.Background(), items(50, 10), fakeProcess(), opts.Workers, time.Hour, b)
	if !errors.Is(err, stop) {
		t.Fatalf("got %v, want the policy's error", err)
	}
}

func TestPrinterKeepsReadingOrder(t *testing.T) {
	var got []string
	opts := Options{Workers: 4}
	opts.applyDefaults()
	p := &printer{opts: opts, held: map[int]outcome{}, emit: func(r extract.Result) error {
		got = append(got, r.Document.Source)
		return nil
	}}
	err := runPipeline(context.Background(), items(40, 5), fakeProcess("doc11"), opts.Workers, time.Hour, p)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range 40 {
		if i != 5 && i != 11 {
			want = append(want, fmt.Sprintf("doc%02d", i))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("emitted %v, want %v", got, want)
	}
	if len(p.sum.Failed) != 2 {
		t.Errorf("failed %d, want 2", len(p.sum.Failed))
	}
}

func TestPipelineHonoursCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	w := &fakeWriter{}
	opts := Options{Workers: 2, BatchDocs: 1}
	opts.applyDefaults()
	n := 0
	opts.OnDocument = func(DocumentEvent) {
		n++
		if n == 3 {
			cancel()
		}
	}
	b := &batcher{w: w, opts: opts}
	err := runPipeline(ctx, items(100000), fakeProcess(), opts.Workers, time.Hour, b)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if b.sum.Documents >= 100000 {
		t.Errorf("read all %d documents after cancel", b.sum.Documents)
	}
}

func TestUnchangedDocumentsAreReportedAsSuch(t *testing.T) {
	w := &fakeWriter{stored: map[string]bool{"id-doc01": true, "id-doc04": true}}
	opts := Options{Workers: 2, BatchDocs: 2}
	opts.applyDefaults()
	statuses := map[string]Status{}
	opts.OnDocument = func(e DocumentEvent) { statuses[e.Locator] = e.Status }
	b := &batcher{w: w, opts: opts}
	if err := runPipeline(context.Background(), items(6), fakeProcess(), opts.Workers, time.Hour, b); err != nil {
		t.Fatal(err)
	}
	if b.sum.Unchanged != 2 || b.sum.Written != 4 {
		t.Errorf("unchanged %d written %d, want 2 and 4", b.sum.Unchanged, b.sum.Written)
	}
	for loc, want := range map[string]Status{"doc01": StatusUnchanged, "doc04": StatusUnchanged, "doc02": StatusWritten} {
		if statuses[loc] != want {
			t.Errorf("%s: status %q, want %q", loc, statuses[loc], want)
		}
	}
}

// panicky is an extractor with a bug: it panics on any document that
// mentions "boom".
type panicky struct{}

func (panicky) ExtractParsed(doc normalize.Document, _ *syntax.Parse) extract.Result {
	if strings.Contains(doc.Text, "boom") {
		words := strings.Fields(doc.Text)
		_ = words[len(words)] // an index out of range, as a real extractor bug would
	}
	return extract.Result{Document: extract.DocumentInfo{ID: doc.ID, Source: doc.Locator}}
}

func TestExtractorPanicFailsOnlyItsDocument(t *testing.T) {
	read := func(ctx context.Context, yield func(source.Item, error) bool) error {
		for i, text := range []string{"Oman hosted talks.", "A boom was heard.", "Iran replied."} {
			it := source.Item{Locator: fmt.Sprintf("doc%d", i), Kind: source.KindText, Body: []byte(text)}
			if !yield(it, nil) {
				return ctx.Err()
			}
		}
		return nil
	}
	var got []string
	opts := Options{Workers: 2}
	opts.applyDefaults()
	p := &printer{opts: opts, held: map[int]outcome{}, emit: func(r extract.Result) error {
		got = append(got, r.Document.Source)
		return nil
	}}
	if err := runPipeline(context.Background(), read, processor(panicky{}, nil), opts.Workers, time.Hour, p); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, []string{"doc0", "doc2"}) {
		t.Errorf("emitted %v, want doc0 and doc2", got)
	}
	if len(p.sum.Failed) != 1 || p.sum.Failed[0].Locator != "doc1" || !strings.Contains(p.sum.Failed[0].Reason, "internal error") {
		t.Errorf("failed %+v, want doc1 with an internal error", p.sum.Failed)
	}
}
