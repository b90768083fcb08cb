package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/source"
)

type extractOptions struct {
	format  string // table or json
	workers int
	include []string
	exclude []string
}

func (a *app) newExtractCmd() *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract PATH|URL...",
		Short: "Print the entities and relations kg finds, without a database",
		Long: `Reads the documents like kg ingest and prints what extraction finds, one
document after the other in the order they were read. --format json prints
JSON Lines, one object per document (see docs/extract-json.md); the same
input always gives byte-identical output.

With --parser, each document's text is parsed by a CoreNLP server first and
the extractor reads relations off the dependency parse as well (one server
version gives the same parse for the same text, so the output stays the
same from run to run). A document the server fails to parse (an error, a
timeout: extract.parser_timeout) is extracted without parse, with a warning.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runExtract(cmd.Context(), o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "table", "output format: table or json")
	f.IntVar(&o.workers, "workers", 0, workersFlag)
	f.StringSliceVar(&o.include, "include", nil, "only files in folders matching these globs")
	f.StringSliceVar(&o.exclude, "exclude", nil, "skip files in folders matching these globs")
	f.String("parser", "", parserFlag) // read through the configuration (extract.parser)
	return cmd
}

// workersFlag is the help of --workers.
const workersFlag = "extraction workers (default: config, else one per CPU; at least 4 with a parser)"

func (a *app) runExtract(ctx context.Context, o extractOptions, args []string) error {
	var emit func(extract.Result) error
	switch o.format {
	case "json":
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		emit = func(r extract.Result) error { return enc.Encode(r) }
	case "table":
		emit = func(r extract.Result) error { return printExtractTable(a.stdout, r) }
	default:
		return usageError{fmt.Errorf("--format %q: want table or json", o.format)}
	}
	opts, err := a.ingestOptions(ctx, o.workers, o.include, o.exclude)
	if err != nil {
		return err
	}
	opts.OnDocument = func(e ingest.DocumentEvent) {
		if e.Status == ingest.StatusFailed {
			fmt.Fprintf(a.stderr, "kg: %s: %v\n", e.Locator, e.Err)
			return
		}
		a.logParseFallback(e)
	}
	sum, err := ingest.Extract(ctx, args, opts, emit)
	if err != nil {
		return err
	}
	if len(sum.Failed) > 0 {
		return partialError{failed: len(sum.Failed)}
	}
	return nil
}

// ingestOptions builds the library options from the configuration and the
// command's flags (flags win). With a parser configured, it checks that the
// parser answers.
func (a *app) ingestOptions(ctx context.Context, workers int, include, exclude []string) (ingest.Options, error) {
	c := a.cfg.Ingest
	timeout, err := time.ParseDuration(c.FetchTimeout)
	if err != nil {
		return ingest.Options{}, usageError{fmt.Errorf("ingest.fetch_timeout %q: %w", c.FetchTimeout, err)}
	}
	// Read even without a parser, as ingest.fetch_timeout is without URLs:
	// a bad value is a mistake to hear of before the run that needs it.
	parseTimeout, err := parserTimeout(a.cfg.Extract.ParserTimeout)
	if err != nil {
		return ingest.Options{}, err
	}
	if workers == 0 {
		workers = c.Workers
	}
	if include == nil {
		include = c.Include
	}
	if exclude == nil {
		exclude = c.Exclude
	}
	opts := ingest.Options{
		Workers: workers,
		Source: source.Options{
			Include:  include,
			Exclude:  exclude,
			MaxBytes: c.MaxBytes,
			Timeout:  timeout,
			Version:  version,
		},
		Extract: extract.Options{ExtraCatalog: c.Catalogs},
	}
	if a.cfg.Extract.Parser != "" {
		p, err := a.openParser(ctx, parseTimeout)
		if err != nil {
			return ingest.Options{}, err
		}
		opts.Parser = p // set only when there is one: a nil *Client is no nil parser
	}
	return opts, nil
}

// printExtractTable renders one document's extraction for people.
func printExtractTable(w io.Writer, r extract.Result) error {
	d := r.Document
	fmt.Fprintf(w, "== %s\n", d.Source)
	fmt.Fprintf(w, "   id %s", d.ID)
	if d.Title != "" {
		fmt.Fprintf(w, " · %q", d.Title)
	}
	if d.Published != "" {
		fmt.Fprintf(w, " · published %s", d.Published)
	}
	fmt.Fprintln(w)
	names := make(map[string]string, len(r.Entities))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "\nTYPE\tNAME\tID\tDATE\tMENTIONS\tALIASES")
	ents := append([]extract.Entity(nil), r.Entities...)
	sort.SliceStable(ents, func(i, j int) bool {
		if ents[i].Type != ents[j].Type {
			return ents[i].Type < ents[j].Type
		}
		return ents[i].Name < ents[j].Name
	})
	for _, e := range ents {
		names[e.ID] = e.Name
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", e.Type, e.Name, e.ID, entityDate(e), len(e.Mentions), strings.Join(e.Aliases, ", "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "\nRELATION\tFROM\tTO\tPROPERTIES\tEVIDENCE")
	for _, rel := range r.Relations {
		ev := ""
		if len(rel.Evidence) > 0 {
			ev = clip(rel.Evidence[0].Text, 70)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", rel.Type, nameOr(names, rel.From), nameOr(names, rel.To), propsString(rel.Properties), ev)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

// entityDate is an event's or agreement's date for the table, marked when
// only the catalog gives it: a reader should see which dates the text
// itself states.
func entityDate(e extract.Entity) string {
	d, _ := e.Properties["date"].(string)
	if d != "" && e.Properties["dateText"] == extract.CatalogDateText {
		d += " (catalog)"
	}
	return d
}

func nameOr(names map[string]string, id string) string {
	if n, ok := names[id]; ok {
		return n
	}
	return id
}

func propsString(p map[string]any) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%v", k, p[k]))
	}
	return clip(strings.Join(parts, " "), 50)
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
