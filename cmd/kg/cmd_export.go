package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/kg-project/kg/graph"
	"github.com/spf13/cobra"
)

// exportOptions are the flags of kg export.
type exportOptions struct {
	format string
	query  string
	params []string
	output string
	all    bool
}

func (a *app) newExportCmd() *cobra.Command {
	var o exportOptions
	c := &cobra.Command{
		Use:   "export --format graphml|json|csv [--query NAME --param key=value ...] [--output FILE|DIR]",
		Short: "Export the graph, or a query's nodes and relationships, for Gephi, Cytoscape or notebooks",
		Long: `Export the entities and the fact relationships between them (--all: also
documents, sentences and claims with their provenance relationships), or
the nodes, relationships and paths a library query returns.

  graphml  one file (Gephi, Cytoscape, yEd, networkx.read_graphml)
  json     one file, node-link form (networkx.node_link_graph, d3)
  csv      nodes.csv and edges.csv in the --output folder (Gephi, pandas)

graphml and json go to standard output unless --output names a file.`,
		Example: `  kg export --format graphml --output kg.graphml
  kg export --format csv --output out/ --all
  kg export --format json --query neighbourhood --param name=Araghchi`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runExport(cmd.Context(), o)
		},
	}
	f := c.Flags()
	f.StringVarP(&o.format, "format", "f", "graphml", "graphml, json or csv")
	f.StringVarP(&o.query, "query", "q", "", "export what this library query returns instead of the whole graph")
	addParamFlag(c, &o.params)
	f.StringVarP(&o.output, "output", "o", "", "file (graphml, json) or folder (csv) to write")
	f.BoolVar(&o.all, "all", false, "whole graph: also documents, sentences and claims")
	return c
}

func (a *app) runExport(ctx context.Context, o exportOptions) error {
	switch o.format {
	case "graphml", "json":
	case "csv":
		if o.output == "" {
			return usageError{fmt.Errorf("export --format csv writes nodes.csv and edges.csv: give the folder with --output")}
		}
	default:
		return usageError{fmt.Errorf("export format %q: want graphml, json or csv", o.format)}
	}
	if o.query != "" && o.all {
		return usageError{fmt.Errorf("--all exports the whole graph; it does not go with --query")}
	}
	if o.query == "" && len(o.params) > 0 {
		return usageError{fmt.Errorf("--param needs --query")}
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	g, err := a.exportSource(ctx, s, o)
	if err != nil {
		return err
	}
	a.log.Info().Int("nodes", len(g.nodes)).Int("relationships", len(g.rels)).Str("format", o.format).Msg("exporting")
	if o.format == "csv" {
		return writeExportCSV(o.output, g)
	}
	write := writeGraphML
	if o.format == "json" {
		write = writeExportJSON
	}
	if o.output == "" {
		return write(a.stdout, g)
	}
	return writeFileWith(o.output, func(w io.Writer) error { return write(w, g) })
}

// exportSource reads the whole graph or a query's result.
func (a *app) exportSource(ctx context.Context, s *graph.Store, o exportOptions) (*exportGraph, error) {
	c := newCollector()
	if o.query == "" {
		stmts := []string{stmtExportEntities, stmtExportFacts}
		if o.all {
			stmts = append(stmts, stmtExportProvNodes, stmtExportProvRels)
		}
		for _, st := range stmts {
			res, err := s.Read(ctx, st, nil)
			if err != nil {
				return nil, err
			}
			c.addResult(res)
		}
		return c.graph(), nil
	}
	q, params, err := a.prepare(o.query, o.params)
	if err != nil {
		return nil, err
	}
	what := "query " + q.Name
	if err := checkReadOnly(ctx, s, what, q.Text, params); err != nil {
		return nil, err
	}
	res, err := s.Read(ctx, q.Text, params)
	if err != nil {
		return nil, err
	}
	c.addResult(res)
	if len(c.nodes) == 0 && len(c.rels) == 0 {
		return nil, usageError{fmt.Errorf("query %s returned no nodes, relationships or paths to export (%d rows); for its rows use kg query run %s --format csv", q.Name, len(res.Records), q.Name)}
	}
	if err := c.complete(ctx, s); err != nil {
		return nil, err
	}
	return c.graph(), nil
}

// writeFileWith writes a file through fn, removing it again if fn fails so
// that no half-written export is left behind.
func writeFileWith(path string, fn func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := fn(f); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}
