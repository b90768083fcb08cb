package graph_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/kg-project/kg/graph/graphtest"
)

func fmtAny(v any) string { return fmt.Sprint(v) }

func TestApplySchemaIsIdempotent(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s) // applies the schema once
	ctx := context.Background()
	list := func() []string {
		t.Helper()
		var out []string
		for _, q := range []string{"SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"} {
			res, err := s.Read(ctx, q, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res.Records {
				out = append(out, r[0].(string))
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	first := list()
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatalf("second ApplySchema: %v", err)
	}
	second := list()
	want := []string{"claim_doc", "claim_edge", "claim_id", "document_id", "document_published", "entityNames",
		"entity_date", "entity_id", "entity_name", "entity_type", "sentence_doc", "sentence_id"}
	if !slices.Equal(first, want) {
		t.Errorf("schema = %v; want %v", first, want)
	}
	if !slices.Equal(second, first) {
		t.Errorf("after applying twice: %v; want %v", second, first)
	}
}

// TestFullTextIndexSearchesAliases holds the claim in schema.cypher: the
// entityNames index covers the aliases list, not only the name.
func TestFullTextIndexSearchesAliases(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	write(t, s, docA(), docB(), docC())
	tests := map[string]string{
		"Seyed":              "person:abbas-araghchi", // only in an alias
		"Islamic Republic":   "country:iran",          // only in an alias
		"\"Iran nuclear\"":   "agreement:jcpoa",       // phrase in an alias
		"witkoff":            "person:steve-witkoff",  // name, any case
		"Special AND Envoy ": "person:steve-witkoff",
	}
	for q, want := range tests {
		t.Run(q, func(t *testing.T) {
			res, err := s.Read(context.Background(),
				"CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.id LIMIT 1", map[string]any{"q": q})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Records) == 0 || res.Records[0][0] != want {
				t.Errorf("search %q: got %v; want %s first", q, res.Records, want)
			}
		})
	}
}
