package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
	"github.com/spf13/cobra"
)

// queryOptions are the flags of kg query run and kg query explain.
type queryOptions struct {
	params   []string
	format   string
	maxWidth int
}

func (a *app) newQueryCmd() *cobra.Command {
	q := &cobra.Command{
		Use:   "query",
		Short: "List, show and run the named queries of the library",
		Long: `The query library holds named, documented Cypher queries for analysts
(built in, plus the .cypher files of --queries-dir). They only read the graph.`,
	}
	q.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the queries with their mode and description",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runQueryList()
		},
	})
	q.AddCommand(&cobra.Command{
		Use:   "show NAME",
		Short: "Print a query's parameters and text",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runQueryShow(args[0])
		},
	})
	var runOpts queryOptions
	run := &cobra.Command{
		Use:   "run NAME [--param key=value ...]",
		Short: "Run a query and print its rows as a table, JSON Lines or CSV",
		Example: `  kg query run who-met-whom --param name=Araghchi --param from=2025-01-01
  kg query run co-mention-network --param minWeight=2 --format csv > network.csv`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runQueryRun(cmd.Context(), args[0], runOpts)
		},
	}
	addParamFlag(run, &runOpts.params)
	addFormatFlags(run, &runOpts)
	q.AddCommand(run)
	var explainOpts queryOptions
	explain := &cobra.Command{
		Use:   "explain NAME [--param key=value ...]",
		Short: "Print the plan Neo4j would run a query with (without running it)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runQueryExplain(cmd.Context(), args[0], explainOpts)
		},
	}
	addParamFlag(explain, &explainOpts.params)
	q.AddCommand(explain)
	return q
}

func addParamFlag(c *cobra.Command, params *[]string) {
	c.Flags().StringArrayVarP(params, "param", "p", nil, "query parameter key=value (repeatable)")
}

func addFormatFlags(c *cobra.Command, o *queryOptions) {
	c.Flags().StringVarP(&o.format, "format", "f", string(formatTable), "output format: table, json (JSON Lines) or csv")
	c.Flags().IntVar(&o.maxWidth, "max-width", defaultMaxWidth, "cut table cells to this many characters (0: never)")
}

func (a *app) runQueryList() error {
	lib, err := a.library()
	if err != nil {
		return err
	}
	res := &graph.Result{Keys: []string{"name", "mode", "description"}}
	for _, q := range lib.All() {
		res.Records = append(res.Records, []any{q.Name, string(q.Mode), q.Description})
	}
	return renderTable(a.stdout, res, renderOptions{})
}

func (a *app) runQueryShow(name string) error {
	lib, err := a.library()
	if err != nil {
		return err
	}
	q, err := lib.Lookup(name)
	if err != nil {
		return usageError{err}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s) — %s\nfile: %s\n\n", q.Name, q.Mode, q.Description, q.File)
	if len(q.Params) == 0 {
		b.WriteString("parameters: none\n\n")
	} else {
		res := &graph.Result{Keys: []string{"parameter", "type", "default", "description"}}
		for _, p := range q.Params {
			def := p.Default
			if p.Required() {
				def = "(required)"
			}
			res.Records = append(res.Records, []any{p.Name, string(p.Type), def, p.Doc})
		}
		if err := renderTable(&b, res, renderOptions{}); err != nil {
			return err
		}
		b.WriteString("\n")
	}
	b.WriteString(q.Text)
	_, err = fmt.Fprint(a.stdout, b.String())
	return err
}

// prepare finds a library query, binds its parameters and refuses it if
// its header does not declare it read-only.
func (a *app) prepare(name string, params []string) (*queries.Query, map[string]any, error) {
	lib, err := a.library()
	if err != nil {
		return nil, nil, err
	}
	q, err := lib.Lookup(name)
	if err != nil {
		return nil, nil, usageError{err}
	}
	if err := checkMode(q); err != nil {
		return nil, nil, err
	}
	kv, err := queries.ParseAssignments(params)
	if err != nil {
		return nil, nil, usageError{err}
	}
	bound, err := q.Bind(kv)
	if err != nil {
		return nil, nil, usageError{fmt.Errorf("query %s: %w", q.Name, err)}
	}
	return q, bound, nil
}

func (a *app) runQueryRun(ctx context.Context, name string, o queryOptions) error {
	format, err := parseFormat(o.format)
	if err != nil {
		return err
	}
	q, params, err := a.prepare(name, o.params)
	if err != nil {
		return err
	}
	return a.readAndRender(ctx, "query "+q.Name, q.Text, params, format, renderOptions{MaxWidth: o.maxWidth})
}

// readAndRender refuses text if it would write, runs it in a read
// transaction and prints its rows.
func (a *app) readAndRender(ctx context.Context, what, text string, params map[string]any, f outputFormat, opts renderOptions) error {
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	if err := checkReadOnly(ctx, s, what, text, params); err != nil {
		return err
	}
	res, err := s.Read(ctx, text, params)
	if err != nil {
		return err
	}
	return render(a.stdout, f, res, opts)
}

func (a *app) runQueryExplain(ctx context.Context, name string, o queryOptions) error {
	q, params, err := a.prepare(name, o.params)
	if err != nil {
		return err
	}
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	plan, err := s.Explain(ctx, q.Text, params)
	if err != nil {
		return err
	}
	return writePlan(a, q.Name, plan)
}

// writePlan prints a plan as an indented operator tree with each
// operator's details.
func writePlan(a *app, name string, plan *graph.Plan) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s query\n", name, plan.Type)
	for _, l := range plan.Steps() {
		b.WriteString(strings.Repeat("  ", l.Depth))
		b.WriteString(l.Step.Operator)
		if l.Step.Details != "" {
			b.WriteString("  " + fitCell(l.Step.Details, 120))
		}
		b.WriteString("\n")
	}
	_, err := fmt.Fprint(a.stdout, b.String())
	return err
}
