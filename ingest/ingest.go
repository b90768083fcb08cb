package ingest

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/source"
)

// Writer stores documents' contributions to the graph. *graph.Store
// satisfies it; tests use a fake.
type Writer interface {
	Write(ctx context.Context, docs []graph.DocumentGraph) (graph.WriteStats, error)
}

// Options configures a run. The zero value is usable: applyDefaults fills it.
type Options struct {
	Source  source.Options
	Extract extract.Options
	// Workers is the number of concurrent normalize+extract workers.
	Workers int
	// BatchDocs is the number of documents handed to the Writer at once.
	BatchDocs int
	// FlushAfter writes a partial batch when no document arrived for this long,
	// so a slow source (URLs, feeds) still shows its documents in the graph.
	FlushAfter time.Duration
	// OnDocument is told what became of each document, in one goroutine;
	// the CLI draws progress with it. Optional.
	OnDocument func(DocumentEvent)
	// OnError decides what a failed document does to the run: return nil to
	// record it and go on (the default), or an error to stop the run.
	OnError func(locator string, err error) error
}

func (o *Options) applyDefaults() {
	if o.Workers <= 0 {
		// Extraction is CPU-bound: one worker per core keeps every core busy
		// without contention.
		o.Workers = runtime.NumCPU()
	}
	if o.BatchDocs <= 0 {
		// The writer already splits by rows; 64 documents of news size are
		// a few thousand rows, the range where UNWIND batches stop getting
		// cheaper per row (see BenchmarkIngest).
		o.BatchDocs = 64
	}
	if o.FlushAfter <= 0 {
		o.FlushAfter = 2 * time.Second
	}
	if o.OnError == nil {
		o.OnError = func(string, error) error { return nil }
	}
}

// Status is what became of one document.
type Status string

// The statuses a DocumentEvent can carry.
const (
	StatusWritten   Status = "written"
	StatusUnchanged Status = "unchanged"
	StatusFailed    Status = "failed"
)

// DocumentEvent reports one document's outcome.
type DocumentEvent struct {
	Locator   string
	ID        string
	Status    Status
	Err       error
	Entities  int
	Relations int
}

// Failure is a document that was not ingested, with the reason.
type Failure struct {
	Locator string `json:"source"`
	Reason  string `json:"reason"`
}

// Summary is what a run did.
type Summary struct {
	Documents int            `json:"documents"` // documents read (including failed ones)
	Written   int            `json:"written"`   // new or changed documents written
	Unchanged int            `json:"unchanged"` // skipped: already in the graph as they are
	Failed    []Failure      `json:"failed"`
	Entities  int            `json:"entities"`  // entity mentions resolved, summed over documents
	Relations int            `json:"relations"` // relations extracted, summed over documents
	Graph     graph.Counters `json:"graph"`     // what the server reports it changed
	Elapsed   time.Duration  `json:"-"`
	Seconds   float64        `json:"seconds"`
}

// Run ingests every document named by args (files, folders, URLs, feeds,
// JSON Lines) into w. Failed documents are in the Summary; the error is for
// what stops the run itself (ctx, the writer's connection, OnError).
func Run(ctx context.Context, args []string, w Writer, opts Options) (Summary, error) {
	opts.applyDefaults()
	start := time.Now()
	x, err := extract.New(opts.Extract)
	if err != nil {
		return Summary{}, fmt.Errorf("ingest: %w", err)
	}
	b := &batcher{w: w, opts: opts}
	err = runPipeline(ctx, reader(args, opts.Source), processor(x), opts.Workers, opts.FlushAfter, b)
	b.sum.Elapsed = time.Since(start)
	b.sum.Seconds = b.sum.Elapsed.Seconds()
	return b.sum, err
}

// reader yields the documents named by args.
func reader(args []string, o source.Options) readFunc {
	return func(ctx context.Context, yield func(source.Item, error) bool) error {
		for it, err := range source.Read(ctx, args, o) {
			if ctx.Err() != nil {
				break
			}
			if !yield(it, err) {
				break
			}
		}
		return ctx.Err()
	}
}

// documentExtractor is what the per-document stage needs of the
// extractor; *extract.Extractor satisfies it.
type documentExtractor interface {
	Extract(doc normalize.Document) extract.Result
}

// processor is the per-document CPU stage.
func processor(x documentExtractor) processFunc {
	return func(it source.Item) (normalize.Document, extract.Result, error) {
		doc, err := normalize.Normalize(it)
		if err != nil {
			return doc, extract.Result{}, err
		}
		res, err := extractOne(x, doc)
		return doc, res, err
	}
}

// extractOne turns a panic of the extractor into the document's own error:
// a bug met on one text then costs that text, not the whole run and the
// other documents' data.
func extractOne(x documentExtractor, doc normalize.Document) (res extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = extract.Result{}, fmt.Errorf("extract: internal error on this document (please report it): %v", r)
		}
	}()
	return x.Extract(doc), nil
}
