package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/source"
	"github.com/kg-project/kg/ingest/syntax"
)

// fakeParser gives every text a one-sentence parse whose single token spans
// the text and carries it as its word; a text containing "unparsable" gets
// the error fail returns instead.
type fakeParser struct {
	fail func(text string) error
}

func (p fakeParser) Parse(ctx context.Context, text string) (syntax.Parse, error) {
	if err := ctx.Err(); err != nil {
		return syntax.Parse{}, err
	}
	if strings.Contains(text, "unparsable") {
		return syntax.Parse{}, p.fail(text)
	}
	tok := syntax.Token{Start: 0, End: len(text), Word: text, POS: "NN", NER: "O"}
	return syntax.Parse{Sentences: []syntax.Sentence{{Tokens: []syntax.Token{tok}, Arcs: []syntax.Arc{{Head: -1, Dep: 0, Rel: "ROOT"}}}}}, nil
}

// seeingExtractor records the parse each document reached it with.
type seeingExtractor struct {
	mu   sync.Mutex
	seen map[string]*syntax.Parse // by locator
}

func (x *seeingExtractor) ExtractParsed(doc normalize.Document, parse *syntax.Parse) extract.Result {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.seen[doc.Locator] = parse
	return extract.Result{Document: extract.DocumentInfo{ID: doc.ID, Source: doc.Locator}}
}

// texts yields one text document per string, doc0, doc1, ...
func texts(bodies ...string) readFunc {
	return func(ctx context.Context, yield func(source.Item, error) bool) error {
		for i, body := range bodies {
			it := source.Item{Locator: fmt.Sprintf("doc%d", i), Kind: source.KindText, Body: []byte(body)}
			if !yield(it, nil) {
				return ctx.Err()
			}
		}
		return nil
	}
}

var parserDocs = []string{
	"Oman hosted talks between Iran and the United States.",
	"This text is unparsable for the parser.",
	"Witkoff met Araghchi in Muscat.",
}

// connectionRefused fails as an HTTP parser does when its server is down:
// the URL it posted to carries its configuration in the query.
func connectionRefused(string) error {
	return fmt.Errorf("corenlp: parse: %w", &url.Error{
		Op:  "Post",
		URL: "http://127.0.0.1:9/?properties=%7B%22annotators%22%3A%22tokenize%2Cssplit%2Cpos%22%7D",
		Err: errors.New("dial tcp 127.0.0.1:9: connect: connection refused"),
	})
}

// parsedRun is what a pipeline run with fakeParser did, as its consumer saw it.
type parsedRun struct {
	done   []string                 // documents emitted or written, sorted
	events map[string]DocumentEvent // by locator
	sum    Summary
	seen   map[string]*syntax.Parse // the parse each document reached the extractor with
}

// runParsed runs bodies through the pipeline with fakeParser and the
// consumer of kg extract ("extract") or kg ingest ("ingest", writing to w).
func runParsed(t *testing.T, consumer string, bodies []string, w *fakeWriter) parsedRun {
	t.Helper()
	x := &seeingExtractor{seen: map[string]*syntax.Parse{}}
	opts := Options{Parser: fakeParser{fail: connectionRefused}}
	r := parsedRun{events: map[string]DocumentEvent{}, seen: x.seen}
	opts.OnDocument = func(e DocumentEvent) {
		r.events[e.Locator] = e
		if e.Status == StatusWritten {
			r.done = append(r.done, e.Locator)
		}
	}
	opts.applyDefaults()
	process := processor(x, opts.Parser)
	var err error
	switch consumer {
	case "extract":
		p := &printer{opts: opts, held: map[int]outcome{}, emit: func(extract.Result) error { return nil }}
		err = runPipeline(context.Background(), texts(bodies...), process, opts.Workers, time.Hour, p)
		r.sum = p.sum
	case "ingest":
		b := &batcher{w: w, opts: opts}
		err = runPipeline(context.Background(), texts(bodies...), process, opts.Workers, time.Hour, b)
		r.sum = b.sum
	default:
		t.Fatalf("no consumer %q", consumer)
	}
	if err != nil {
		t.Fatalf("runPipeline: %v", err)
	}
	slices.Sort(r.done)
	return r
}

func TestFailedParseExtractsItsDocumentWithoutParse(t *testing.T) {
	tests := []struct {
		name          string
		bodies        []string
		rejectDoc     string   // the locator of a document the store rejects (ingest only)
		wantDone      []string // emitted (extract) or written (ingest)
		wantFailed    []string
		wantFallbacks []string // extracted without a parse after a failed one
	}{
		{name: "a failed parse falls back, the others keep their parse", bodies: parserDocs,
			wantDone: []string{"doc0", "doc1", "doc2"}, wantFallbacks: []string{"doc1"}},
		{name: "every parse fails", bodies: []string{"This text is unparsable for the parser.", "This one is unparsable for the parser too."},
			wantDone: []string{"doc0", "doc1"}, wantFallbacks: []string{"doc0", "doc1"}},
		{name: "another stage's failure still fails its document", bodies: append(slices.Clone(parserDocs), ""),
			wantDone: []string{"doc0", "doc1", "doc2"}, wantFailed: []string{"doc3"}, wantFallbacks: []string{"doc1"}},
		{name: "a fallback the store rejects is a failure, not a fallback", bodies: parserDocs, rejectDoc: "doc1",
			wantDone: []string{"doc0", "doc2"}, wantFailed: []string{"doc1"}},
	}
	for _, tt := range tests {
		for _, consumer := range []string{"extract", "ingest"} {
			if tt.rejectDoc != "" && consumer == "extract" {
				continue // kg extract has no store
			}
			t.Run(consumer+"/"+tt.name, func(t *testing.T) {
				w := &fakeWriter{}
				if tt.rejectDoc != "" {
					w.rejectID = docID(t, tt.rejectDoc, tt.bodies)
				}
				r := runParsed(t, consumer, tt.bodies, w)
				if !slices.Equal(r.done, tt.wantDone) {
					t.Errorf("done %v, want %v", r.done, tt.wantDone)
				}
				if consumer == "ingest" && !slices.Equal(w.written(), idsOf(t, tt.wantDone, tt.bodies)) {
					t.Errorf("the writer got %v, want the ids of %v", w.written(), tt.wantDone)
				}
				var failed []string
				for _, f := range r.sum.Failed {
					failed = append(failed, f.Locator)
				}
				slices.Sort(failed)
				if !slices.Equal(failed, tt.wantFailed) {
					t.Errorf("failed %v, want %v", failed, tt.wantFailed)
				}
				if r.sum.ParseFallbacks != len(tt.wantFallbacks) {
					t.Errorf("summary counts %d fallbacks, want %d", r.sum.ParseFallbacks, len(tt.wantFallbacks))
				}
				if r.sum.Written != len(tt.wantDone) {
					t.Errorf("summary counts %d written, want %d", r.sum.Written, len(tt.wantDone))
				}
				for i, text := range tt.bodies {
					loc := fmt.Sprintf("doc%d", i)
					parse, seen := r.seen[loc]
					ev := r.events[loc]
					switch {
					case slices.Contains(tt.wantFallbacks, loc):
						if !seen || parse != nil {
							t.Errorf("%s: reached the extractor %v with parse %+v, want it reached without parse", loc, seen, parse)
						}
						want := `parse: corenlp: parse: Post "http://127.0.0.1:9/": dial tcp 127.0.0.1:9: connect: connection refused`
						if ev.Status != StatusWritten || ev.ParseErr == nil || ev.ParseErr.Error() != want {
							t.Errorf("%s: event %s with parse error %v, want %s with %q (one line naming the stage, without the request's query)",
								loc, ev.Status, ev.ParseErr, StatusWritten, want)
						}
					case slices.Contains(tt.wantDone, loc):
						if parse == nil || len(parse.Sentences) != 1 || parse.Sentences[0].Tokens[0].Word != text {
							t.Errorf("%s: reached the extractor with parse %+v, want the parser's parse of its text", loc, parse)
						}
						if ev.ParseErr != nil {
							t.Errorf("%s: parsed, but its event has parse error %v", loc, ev.ParseErr)
						}
					default: // failed
						if ev.Status != StatusFailed || ev.ParseErr != nil {
							t.Errorf("%s: event %s with parse error %v, want %s without", loc, ev.Status, ev.ParseErr, StatusFailed)
						}
					}
				}
			})
		}
	}
}

// docID is the document id the pipeline gives the text document loc of
// bodies (texts names them doc0, doc1, ...).
func docID(t *testing.T, loc string, bodies []string) string {
	t.Helper()
	var id string
	_ = texts(bodies...)(context.Background(), func(it source.Item, _ error) bool {
		if it.Locator == loc {
			doc, err := normalize.Normalize(it)
			if err != nil {
				t.Fatalf("normalize %s: %v", loc, err)
			}
			id = doc.ID
			return false
		}
		return true
	})
	if id == "" {
		t.Fatalf("no document %s", loc)
	}
	return id
}

// idsOf is docID of each of locs, sorted as fakeWriter.written is.
func idsOf(t *testing.T, locs, bodies []string) []string {
	t.Helper()
	ids := make([]string, 0, len(locs))
	for _, loc := range locs {
		ids = append(ids, docID(t, loc, bodies))
	}
	slices.Sort(ids)
	return ids
}

// TestParseStoppedByTheRunFailsItsDocument checks the one parse error that
// is not a fallback: the run itself ending, whose documents are not worth
// extracting and whose outcome is the run's error.
func TestParseStoppedByTheRunFailsItsDocument(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	x := &seeingExtractor{seen: map[string]*syntax.Parse{}}
	it := source.Item{Locator: "doc0", Kind: source.KindText, Body: []byte(parserDocs[0])}
	d, err := processor(x, fakeParser{})(ctx, it)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got error %v, want context.Canceled", err)
	}
	if d.ParseErr != nil || len(x.seen) != 0 {
		t.Errorf("fell back (parse error %v, extracted %d documents); want the document failed", d.ParseErr, len(x.seen))
	}
}

func TestNoParserExtractsWithoutParse(t *testing.T) {
	x := &seeingExtractor{seen: map[string]*syntax.Parse{}}
	opts := Options{Workers: 2}
	opts.applyDefaults()
	p := &printer{opts: opts, held: map[int]outcome{}, emit: func(extract.Result) error { return nil }}
	if err := runPipeline(context.Background(), texts(parserDocs...), processor(x, nil), opts.Workers, time.Hour, p); err != nil {
		t.Fatal(err)
	}
	if len(p.sum.Failed) != 0 || len(x.seen) != len(parserDocs) {
		t.Fatalf("failed %+v, extracted %d of %d", p.sum.Failed, len(x.seen), len(parserDocs))
	}
	for loc, parse := range x.seen {
		if parse != nil {
			t.Errorf("%s got a parse without a parser", loc)
		}
	}
}

func TestParserRaisesDefaultWorkers(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want int
	}{
		{"no parser: one per CPU", Options{}, runtime.NumCPU()},
		{"parser: at least 4", Options{Parser: fakeParser{}}, max(runtime.NumCPU(), 4)},
		{"parser, workers set: as set", Options{Parser: fakeParser{}, Workers: 1}, 1},
	}
	for _, tt := range tests {
		tt.opts.applyDefaults()
		if tt.opts.Workers != tt.want {
			t.Errorf("%s: %d workers, want %d", tt.name, tt.opts.Workers, tt.want)
		}
	}
}

func TestParseErrorKeepsOtherErrorsAsTheyAre(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{errors.New("corenlp: parse: server said 500 Internal Server Error: boom"), "parse: corenlp: parse: server said 500 Internal Server Error: boom"},
		{&url.Error{Op: "Post", URL: "http://h:1/", Err: context.DeadlineExceeded}, `parse: Post "http://h:1/": context deadline exceeded`},
	}
	for _, tt := range tests {
		if got := parseError(tt.err).Error(); got != tt.want {
			t.Errorf("parseError(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
	if err := parseError(fmt.Errorf("x: %w", &url.Error{Op: "Post", URL: "http://h:1/?a=b", Err: context.Canceled})); !errors.Is(err, context.Canceled) {
		t.Errorf("parseError lost the cause: %v", err)
	}
}

// TestParserSwitchRewritesDocuments checks re-ingestion when the parser is
// switched on: the documents' content hashes name the parser, so they are
// written again, and a second run with the same parser changes nothing.
func TestParserSwitchRewritesDocuments(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	ctx := context.Background()
	files := []string{"sample/wh-2025-11-23-readout-geneva-talks-witkoff.md", "sample/us-iran-peace-talks.txt"}
	plain, err := Run(ctx, files, s, Options{})
	if err != nil || plain.Written != len(files) {
		t.Fatalf("without parser: wrote %d of %d, err %v", plain.Written, len(files), err)
	}
	parsed, err := Run(ctx, files, s, Options{Parser: fakeParser{}})
	if err != nil {
		t.Fatal(err)
	}
	if parsed.Written != len(files) || parsed.Unchanged != 0 {
		t.Errorf("with a parser: wrote %d, unchanged %d; want %d and 0", parsed.Written, parsed.Unchanged, len(files))
	}
	again, err := Run(ctx, files, s, Options{Parser: fakeParser{}})
	if err != nil {
		t.Fatal(err)
	}
	if again.Written != 0 || again.Unchanged != len(files) {
		t.Errorf("same parser again: wrote %d, unchanged %d; want 0 and %d", again.Written, again.Unchanged, len(files))
	}
}

// brokenParser fails every parse, as a parser that died mid-run does.
type brokenParser struct{}

func (brokenParser) Parse(context.Context, string) (syntax.Parse, error) {
	return syntax.Parse{}, connectionRefused("")
}

// TestParseFallbackIsRewrittenOnceParsed checks what a fallback leaves in
// the graph: the document as a run without parser writes it (same content
// hash), which the next run whose parser answers replaces.
func TestParseFallbackIsRewrittenOnceParsed(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	ctx := context.Background()
	files := []string{"sample/wh-2025-11-23-readout-geneva-talks-witkoff.md", "sample/us-iran-peace-talks.txt"}
	runs := []struct {
		name                                     string
		parser                                   parser
		wantWritten, wantUnchanged, wantFallback int
	}{
		{"no parser", nil, len(files), 0, 0},
		{"a parser that fails: as without parser", brokenParser{}, 0, len(files), len(files)},
		{"a parser that answers: rewritten", fakeParser{}, len(files), 0, 0},
		{"the parser fails again: rewritten without parse", brokenParser{}, len(files), 0, len(files)},
	}
	for _, r := range runs {
		sum, err := Run(ctx, files, s, Options{Parser: r.parser})
		if err != nil {
			t.Fatalf("%s: %v", r.name, err)
		}
		if sum.Written != r.wantWritten || sum.Unchanged != r.wantUnchanged || sum.ParseFallbacks != r.wantFallback || len(sum.Failed) != 0 {
			t.Errorf("%s: written %d, unchanged %d, fallbacks %d, failed %v; want %d, %d, %d, none", r.name,
				sum.Written, sum.Unchanged, sum.ParseFallbacks, sum.Failed, r.wantWritten, r.wantUnchanged, r.wantFallback)
		}
	}
}
