package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

// library loads the built-in queries and lays the user's folder
// (queries_dir) over them; a user query that replaces a built-in one is
// reported as a warning, since it changes what a documented name does.
func (a *app) library() (*queries.Library, error) {
	lib, err := queries.Builtin()
	if err != nil {
		return nil, fmt.Errorf("built-in queries: %w", err)
	}
	dir := a.cfg.QueriesDir
	if dir == "" {
		return lib, nil
	}
	user, err := queries.LoadDir(dir)
	if err != nil {
		return nil, usageError{fmt.Errorf("queries in %s:\n%w", dir, err)}
	}
	lib, clashes := lib.Overlay(user)
	for _, c := range clashes {
		a.log.Warn().Str("query", c.Name).Str("file", c.By).Str("replaces", c.Replaced).Msg("user query overrides a built-in query")
	}
	return lib, nil
}

// errWrites is the refusal of a statement that would change the graph.
type errWrites struct {
	what string // "query who-met-whom", "statement"
	why  string
}

func (e errWrites) Error() string {
	return fmt.Sprintf("refused to run %s: %s; kg query and kg cypher only read the graph (use cypher-shell or Neo4j Browser to change it)", e.what, e.why)
}

// checkReadOnly refuses a statement that would write, before it runs: the
// planner's query type from EXPLAIN says whether it reads only. The read
// transaction the statement then runs in is the second guard, for anything
// the planner cannot see (a procedure that writes).
func checkReadOnly(ctx context.Context, s *graph.Store, what, text string, params map[string]any) error {
	plan, err := s.Explain(ctx, text, params)
	if err != nil {
		return err
	}
	if plan.Type.Writes() {
		return usageError{errWrites{what: what, why: fmt.Sprintf("the server plans it as a %s statement", plan.Type)}}
	}
	return nil
}

// checkMode refuses a library query whose header does not declare :read.
func checkMode(q *queries.Query) error {
	if q.Mode != queries.ModeRead {
		return usageError{errWrites{what: "query " + q.Name, why: fmt.Sprintf("%s declares mode %s", q.File, q.Mode)}}
	}
	return nil
}

// adhocParams reads ad-hoc --param flags: `key=value` is a string,
// `key:TYPE=value` converts value to one of the library's parameter types
// (int, float, bool, date, list<string>, string).
func adhocParams(args []string) (map[string]any, error) {
	kv, err := queries.ParseAssignments(args)
	if err != nil {
		return nil, usageError{err}
	}
	out := make(map[string]any, len(kv))
	for k, v := range kv {
		name, typ, typed := strings.Cut(k, ":")
		t := queries.TypeString
		if typed {
			t = queries.Type(typ)
		}
		val, err := t.Convert(v)
		if err != nil {
			return nil, usageError{fmt.Errorf("parameter %s: %w", name, err)}
		}
		if _, dup := out[name]; dup {
			return nil, usageError{fmt.Errorf("parameter %s given twice", name)}
		}
		out[name] = val
	}
	return out, nil
}
