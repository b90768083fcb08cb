package graphtest

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Dump renders the whole graph canonically: one line per node (labels and
// properties) and per relationship (type, the ids of its ends, properties),
// sorted, so two graphs are the same exactly when their dumps are equal.
// Properties named in ignore (e.g. ingestedAt, which holds the time of the
// run) are left out.
func Dump(t testing.TB, s *graph.Store, ignore ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	nodes, err := s.Read(ctx, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", nil)
	if err != nil {
		t.Fatalf("graphtest: dump nodes: %v", err)
	}
	rels, err := s.Read(ctx, `MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`, nil)
	if err != nil {
		t.Fatalf("graphtest: dump relationships: %v", err)
	}
	var lines []string
	for _, rec := range nodes.Records {
		labels := toStrings(rec[0])
		slices.Sort(labels)
		lines = append(lines, "("+strings.Join(labels, ":")+" "+props(rec[1], ignore)+")")
	}
	for _, rec := range rels.Records {
		lines = append(lines, fmt.Sprintf("(%v)-[%v %s]->(%v)", rec[1], rec[0], props(rec[3], ignore), rec[2]))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}

func props(v any, ignore []string) string {
	m, _ := v.(map[string]any)
	keys := make([]string, 0, len(m))
	for k := range m {
		if !slices.Contains(ignore, k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + Value(m[k])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// Value renders one driver value in a Cypher-like form.
func Value(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return fmt.Sprintf("%q", x)
	case neo4j.Date:
		return "date('" + x.String() + "')"
	case time.Time:
		return "datetime('" + x.Format(time.RFC3339Nano) + "')"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = Value(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case float64:
		return fmt.Sprintf("%g", x)
	}
	return fmt.Sprint(v)
}

func toStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, e := range list {
		s, _ := e.(string)
		out = append(out, s)
	}
	return out
}
