package queries_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/queries"
	"github.com/kg-project/kg/queries/querytest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// updating reports whether -update was given; the flag itself is declared by
// the package's internal tests (meta_test.go), which share the test binary.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// testArgs are the parameters each query runs with in the test, on top of
// its defaults (the defaults already point at the sample graph's actors).
var testArgs = map[string]map[string]string{
	"document-entities": {"doc": querytest.DocMuscat},
	"document-claims":   {"doc": querytest.DocMuscat},
	"who-met-whom":      {"from": "2025-04-01", "to": "2025-04-30"},
	"relation-evidence": {"type": "MET_WITH"},
}

// TestLibraryOnGraph runs every built-in query on the sample graph: its
// plan must look entities up through indexes, and its rows must be the ones
// in testdata/results/NAME.txt.
func TestLibraryOnGraph(t *testing.T) {
	lib, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	s := graphtest.Open(t)
	querytest.Build(t, s)
	ctx := context.Background()
	for _, q := range lib.All() {
		t.Run(q.Name, func(t *testing.T) {
			params, err := q.Bind(testArgs[q.Name])
			if err != nil {
				t.Fatal(err)
			}
			t.Run("plan", func(t *testing.T) {
				plan, err := s.Explain(ctx, q.Text, params)
				if err != nil {
					t.Fatal(err)
				}
				if plan.Type != graph.QueryTypeRead {
					t.Errorf("query %s: the planner says it is %s, want read", q.Name, plan.Type)
				}
				for _, bad := range planViolations(q, plan) {
					t.Errorf("query %s: plan has %s (want an index lookup): %v", q.Name, bad, plan.Operators())
				}
			})
			t.Run("rows", func(t *testing.T) {
				res, err := s.Read(ctx, q.Text, params)
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Records) == 0 {
					t.Fatalf("query %s found nothing in the sample graph", q.Name)
				}
				checkGolden(t, filepath.Join("testdata", "results", q.Name+".txt"), canonical(res))
			})
		})
	}
}

// planViolations lists the scans plan must not have: no query scans every
// node; a query that looks an entity or document up by a string parameter
// does not scan a label, or a whole index, either.
func planViolations(q *queries.Query, plan *graph.Plan) []string {
	bad := []string{"AllNodesScan"}
	for _, p := range q.Params {
		if p.Type == queries.TypeString || p.Type == queries.TypeStringList {
			bad = append(bad, "NodeByLabelScan", "NodeIndexScan")
			break
		}
	}
	var out []string
	for _, op := range bad {
		if slices.Contains(plan.Operators(), op) {
			out = append(out, op)
		}
	}
	return out
}

// TestPlanRuleCatchesScans runs the plan rule on queries that scan, to show
// that it would catch a library query that did.
func TestPlanRuleCatchesScans(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"label scan for a name", "// name: by-name :read\n// Scans.\n// @param name string — a name\nMATCH (e:Entity) WHERE e.description CONTAINS $name RETURN e", []string{"NodeByLabelScan"}},
		{"index scan for a name", "// name: by-name :read\n// Scans.\n// @param name string — a name\nMATCH (e:Entity) WHERE e.name CONTAINS $name RETURN e", []string{"NodeIndexScan"}},
		{"all nodes", "// name: all :read\n// Scans.\n// @param n int — a number\nMATCH (x) WHERE x.rank = $n RETURN x", []string{"AllNodesScan"}},
		{"label scan without a lookup", "// name: count :read\n// Counts.\n// @param n int — a number\nMATCH (e:Entity) WHERE e.rank > $n RETURN e", nil},
		{"unique id seek", "// name: by-id :read\n// Seeks.\n// @param id string — an id\nMATCH (e:Entity {id: $id}) RETURN e", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib, err := queries.Load(fstest.MapFS{strings.SplitN(strings.TrimPrefix(tt.text, "// name: "), " ", 2)[0] + ".cypher": {Data: []byte(tt.text)}})
			if err != nil {
				t.Fatal(err)
			}
			q := lib.All()[0]
			plan, err := s.Explain(context.Background(), q.Text, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := planViolations(q, plan); !slices.Equal(got, tt.want) {
				t.Errorf("got violations %v, want %v (plan %v)", got, tt.want, plan.Operators())
			}
		})
	}
}

// canonical renders a result one line per row, values in a Cypher-like
// form. Date-times (ingestion times) are replaced by a placeholder after a
// check that they are recent, so the golden files do not change per run.
func canonical(res *graph.Result) string {
	var b strings.Builder
	b.WriteString(strings.Join(res.Keys, " | "))
	b.WriteString("\n")
	for _, row := range res.Records {
		parts := make([]string, len(row))
		for i, v := range row {
			parts[i] = canon(v)
		}
		b.WriteString(strings.Join(parts, " | "))
		b.WriteString("\n")
	}
	return b.String()
}

func canon(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case dbtype.Date:
		return "date(" + x.String() + ")"
	case time.Time:
		if time.Since(x) > time.Hour || time.Since(x) < -time.Minute {
			return "datetime(not recent: " + x.String() + ")"
		}
		return "datetime(recent)"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = canon(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + ": " + canon(x[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case dbtype.Node:
		return "(" + strings.Join(x.Labels, ":") + " " + canon(x.Props["id"]) + ")"
	case dbtype.Relationship:
		return "[" + x.Type + "]"
	case dbtype.Path:
		var b strings.Builder
		for i, n := range x.Nodes {
			if i > 0 {
				r := x.Relationships[i-1]
				if r.StartElementId == n.ElementId {
					b.WriteString("<-[" + r.Type + "]-")
				} else {
					b.WriteString("-[" + r.Type + "]->")
				}
			}
			b.WriteString("(" + fmt.Sprint(n.Props["id"]) + ")")
		}
		return b.String()
	}
	return fmt.Sprintf("%T(%v)", v, v)
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("got\n%s\nwant (%s)\n%s", got, path, want)
	}
}
