package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/ingest"
)

type ingestOptions struct {
	format     string // text or json
	progress   bool
	workers    int
	batchDocs  int
	include    []string
	exclude    []string
	failFast   bool
	showFailed int
}

func (a *app) newIngestCmd() *cobra.Command {
	var o ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL...",
		Short: "Read documents, extract entities and relations, write them to Neo4j",
		Long: `Reads files, folders (recursively), http(s) URLs, RSS/Atom feeds and JSON Lines,
extracts entities and relations, and writes them to Neo4j. Documents already
in the graph with the same content are skipped; changed ones are replaced.

With --parser, each document's text is parsed by a CoreNLP server first and
the extractor reads relations off the dependency parse as well. A document
the server fails to parse (an error, a timeout: extract.parser_timeout) is
extracted without parse, with a warning, and counted in the summary; a later
run whose parser answers rewrites it.

Exit codes: 0 all documents ingested, 1 the run failed, 2 bad usage,
3 finished but some documents failed (listed in the summary), 130 interrupted.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runIngest(cmd.Context(), o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", "summary format: text or json")
	f.BoolVar(&o.progress, "progress", true, "show a progress bar on a terminal")
	f.IntVar(&o.workers, "workers", 0, workersFlag)
	f.IntVar(&o.batchDocs, "batch-docs", 0, "documents per write batch (default 64)")
	f.StringSliceVar(&o.include, "include", nil, "only files in folders matching these globs")
	f.StringSliceVar(&o.exclude, "exclude", nil, "skip files in folders matching these globs")
	f.BoolVar(&o.failFast, "fail-fast", false, "stop at the first document that fails")
	f.IntVar(&o.showFailed, "show-failed", 20, "list at most this many failed documents in the text summary")
	f.String("parser", "", parserFlag) // read through the configuration (extract.parser)
	return cmd
}

func (a *app) runIngest(ctx context.Context, o ingestOptions, args []string) error {
	if o.format != "text" && o.format != "json" {
		return usageError{fmt.Errorf("--format %q: want text or json", o.format)}
	}
	opts, err := a.ingestOptions(ctx, o.workers, o.include, o.exclude)
	if err != nil {
		return err
	}
	opts.BatchDocs = o.batchDocs
	if o.failFast {
		opts.OnError = func(loc string, err error) error { return fmt.Errorf("%s: %w", loc, err) }
	}
	prog := a.newProgress("ingest", o.progress)
	opts.OnDocument = prog.document

	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	if err := s.ApplySchema(ctx); err != nil {
		return err
	}
	a.log.Info().Strs("sources", args).Str("uri", a.cfg.Neo4j.URI).Str("parser", a.cfg.Extract.Parser).
		Msg("ingest started")
	sum, runErr := ingest.Run(ctx, args, s, opts)
	prog.finish()
	a.log.Info().Int("documents", sum.Documents).Int("written", sum.Written).Int("unchanged", sum.Unchanged).
		Int("failed", len(sum.Failed)).Int("parseFallbacks", sum.ParseFallbacks).Dur("elapsed", sum.Elapsed).Msg("ingest finished")
	if err := printSummary(a.stdout, o.format, sum, o.showFailed); err != nil {
		return err
	}
	if runErr != nil {
		return runErr
	}
	if len(sum.Failed) > 0 {
		return partialError{failed: len(sum.Failed)}
	}
	return nil
}

// printSummary renders what a run did for people (text) or programs (json).
func printSummary(w io.Writer, format string, s ingest.Summary, maxFailed int) error {
	if s.Failed == nil {
		s.Failed = []ingest.Failure{}
	}
	if format == "json" {
		return json.NewEncoder(w).Encode(s)
	}
	fmt.Fprintf(w, "documents  %d read, %d written, %d unchanged, %d failed\n", s.Documents, s.Written, s.Unchanged, len(s.Failed))
	fmt.Fprintf(w, "extracted  %d entities, %d relations\n", s.Entities, s.Relations)
	if s.ParseFallbacks > 0 {
		// Only then: a run without parser, or whose parser never failed, has
		// nothing to say here.
		fmt.Fprintf(w, "parse      %d failed, extracted without parser (a run whose parser answers rewrites them)\n", s.ParseFallbacks)
	}
	g := s.Graph
	fmt.Fprintf(w, "graph      +%d nodes, +%d relationships, -%d nodes, -%d relationships, %d properties set\n",
		g.NodesCreated, g.RelationshipsCreated, g.NodesDeleted, g.RelationshipsDeleted, g.PropertiesSet)
	rate := 0.0
	if s.Seconds > 0 {
		rate = float64(s.Documents) / s.Seconds
	}
	fmt.Fprintf(w, "time       %s (%.1f documents/s)\n", s.Elapsed.Round(time.Millisecond), rate)
	for i, f := range s.Failed {
		if i == maxFailed {
			fmt.Fprintf(w, "... and %d more failed documents (use --format json for all)\n", len(s.Failed)-i)
			break
		}
		if strings.Contains(f.Reason, f.Locator) {
			// The reason already names the document.
			fmt.Fprintf(w, "failed     %s\n", f.Reason)
		} else {
			fmt.Fprintf(w, "failed     %s: %s\n", f.Locator, f.Reason)
		}
	}
	return nil
}
