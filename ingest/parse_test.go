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

func TestParseReachesTheExtractorAndAFailedParseFailsOnlyItsDocument(t *testing.T) {
	for _, consumer := range []string{"extract", "ingest"} {
		t.Run(consumer, func(t *testing.T) {
			x := &seeingExtractor{seen: map[string]*syntax.Parse{}}
			opts := Options{Parser: fakeParser{fail: connectionRefused}}
			opts.applyDefaults()
			process := processor(x, opts.Parser)

			var done []string // documents emitted or written
			var sum Summary
			var err error
			switch consumer {
			case "extract":
				p := &printer{opts: opts, held: map[int]outcome{}, emit: func(r extract.Result) error {
					done = append(done, r.Document.Source)
					return nil
				}}
				err = runPipeline(context.Background(), texts(parserDocs...), process, opts.Workers, time.Hour, p)
				sum = p.sum
			case "ingest":
				opts.OnDocument = func(e DocumentEvent) {
					if e.Status == StatusWritten {
						done = append(done, e.Locator)
					}
				}
				w := &fakeWriter{}
				b := &batcher{w: w, opts: opts}
				err = runPipeline(context.Background(), texts(parserDocs...), process, opts.Workers, time.Hour, b)
				sum = b.sum
				if got := len(w.written()); got != 2 {
					t.Errorf("the writer got %d documents, want 2", got)
				}
			}
			if err != nil {
				t.Fatalf("runPipeline: %v", err)
			}
			slices.Sort(done)
			if !slices.Equal(done, []string{"doc0", "doc2"}) {
				t.Errorf("%s %v, want doc0 and doc2", consumer, done)
			}
			if len(sum.Failed) != 1 || sum.Failed[0].Locator != "doc1" {
				t.Fatalf("failed %+v, want doc1 only", sum.Failed)
			}
			want := `parse: corenlp: parse: Post "http://127.0.0.1:9/": dial tcp 127.0.0.1:9: connect: connection refused`
			if got := sum.Failed[0].Reason; got != want {
				t.Errorf("reason %q, want %q (one line naming the stage, without the request's query)", got, want)
			}
			for i, text := range parserDocs {
				loc := fmt.Sprintf("doc%d", i)
				parse, seen := x.seen[loc]
				if i == 1 {
					if seen {
						t.Errorf("%s reached the extractor though its parse failed", loc)
					}
					continue
				}
				if parse == nil || len(parse.Sentences) != 1 || parse.Sentences[0].Tokens[0].Word != text {
					t.Errorf("%s reached the extractor with parse %+v, want the parser's parse of its text", loc, parse)
				}
			}
		})
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
