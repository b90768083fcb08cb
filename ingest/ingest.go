package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/source"
	"github.com/kg-project/kg/ingest/syntax"
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
	// Parser, when set, parses each document's text before extraction, and
	// the extractor reads relations off the parse as well. A *corenlp.Client
	// satisfies it. nil: no parsing.
	Parser parser
	// Workers is the number of concurrent normalize+(parse+)extract workers.
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
		if o.Parser != nil {
			// A worker with a parser spends most of its time waiting for the
			// parser's answer (seconds per document, over HTTP): more
			// workers keep both the parser and the cores busy.
			o.Workers = max(o.Workers, parserWorkers)
		}
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

// parserWorkers is the least number of workers by default when a parser is
// set: enough to keep a parser busy that parses two documents at once (the
// local CoreNLP server's setting) while others extract.
const parserWorkers = 4

// parser gives the grammatical structure of a text; *corenlp.Client
// satisfies it.
type parser interface {
	Parse(ctx context.Context, text string) (syntax.Parse, error)
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
	Locator string
	ID      string
	Status  Status
	Err     error
	// ParseErr is why the parser failed on a written or unchanged document,
	// which was extracted without a parse instead; nil otherwise.
	ParseErr  error
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
	Documents int       `json:"documents"` // documents read (including failed ones)
	Written   int       `json:"written"`   // new or changed documents written
	Unchanged int       `json:"unchanged"` // skipped: already in the graph as they are
	Failed    []Failure `json:"failed"`
	// ParseFallbacks counts the written or unchanged documents the parser
	// failed on, extracted without a parse instead (each also reported
	// through OnDocument with its ParseErr).
	ParseFallbacks int            `json:"parseFallbacks"`
	Entities       int            `json:"entities"`  // entity mentions resolved, summed over documents
	Relations      int            `json:"relations"` // relations extracted, summed over documents
	Graph          graph.Counters `json:"graph"`     // what the server reports it changed
	Elapsed        time.Duration  `json:"-"`
	Seconds        float64        `json:"seconds"`
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
	err = runPipeline(ctx, reader(args, opts.Source), processor(x, opts.Parser), opts.Workers, opts.FlushAfter, b)
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
// extractor; *extract.Extractor satisfies it. A nil parse extracts without
// one.
type documentExtractor interface {
	ExtractParsed(doc normalize.Document, parse *syntax.Parse) extract.Result
}

// processor is the per-document stage: normalize, parse when p is set,
// extract. A failed parse does not fail its document: the document is
// extracted without a parse, as with no parser at all, and the failure
// travels in ParseErr. Its content hash then names no parser, so the next
// run whose parser answers rewrites it; failing it instead would lose the
// document's whole contribution for what is a few points of recall.
func processor(x documentExtractor, p parser) processFunc {
	return func(ctx context.Context, it source.Item) (processed, error) {
		doc, err := normalize.Normalize(it)
		if err != nil {
			return processed{Doc: doc}, err
		}
		var parse *syntax.Parse
		var parseErr error
		if p != nil {
			ps, err := p.Parse(ctx, doc.Text)
			switch {
			case err == nil:
				parse = &ps
			case ctx.Err() != nil:
				// The run is stopping: the parse failed for that, not for
				// this document, and the run's outcome says so.
				return processed{Doc: doc}, parseError(err)
			default:
				parseErr = parseError(err)
			}
		}
		res, err := extractOne(x, doc, parse)
		return processed{Doc: doc, Result: res, ParseErr: parseErr}, err
	}
}

// parseError is a failed parse as the reason given for its document,
// naming the stage. An HTTP parser's error names the URL it posted to, whose
// query can carry the parser's whole configuration (hundreds of
// characters): the reason shows the URL without its query, and still wraps
// the parser's error.
func parseError(err error) error {
	msg := err.Error()
	var ue *url.Error
	if errors.As(err, &ue) {
		if u, perr := url.Parse(ue.URL); perr == nil && u.RawQuery != "" {
			u.RawQuery = ""
			msg = strings.ReplaceAll(msg, ue.URL, u.String())
		}
	}
	return reason{msg: "parse: " + msg, err: err}
}

// reason is an error with a message of its own that still wraps its cause.
type reason struct {
	msg string
	err error
}

func (r reason) Error() string { return r.msg }
func (r reason) Unwrap() error { return r.err }

// extractOne turns a panic of the extractor into the document's own error:
// a bug met on one text then costs that text, not the whole run and the
// other documents' data.
func extractOne(x documentExtractor, doc normalize.Document, parse *syntax.Parse) (res extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = extract.Result{}, fmt.Errorf("extract: internal error on this document (please report it): %v", r)
		}
	}()
	return x.ExtractParsed(doc, parse), nil
}
