package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
)

func TestExplain(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	ctx := context.Background()
	tests := []struct {
		name     string
		cypher   string
		wantType graph.QueryType
		wantOp   string
	}{
		{"read by unique id", "MATCH (e:Entity {id: $id}) RETURN e", graph.QueryTypeRead, "NodeUniqueIndexSeek"},
		{"read by scan", "MATCH (n) RETURN count(n.name) AS n", graph.QueryTypeRead, "AllNodesScan"},
		{"create", "CREATE (:Entity {id: 'x'})", graph.QueryTypeWrite, "Create"},
		{"match and set", "MATCH (e:Entity {id: $id}) SET e.name = 'y' RETURN e", graph.QueryTypeReadWrite, "SetProperty"},
		{"schema", "CREATE INDEX kg_explain_test IF NOT EXISTS FOR (n:Entity) ON (n.description)", graph.QueryTypeSchemaWrite, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := s.Explain(ctx, tt.cypher, nil)
			if err != nil {
				t.Fatal(err)
			}
			if plan.Type != tt.wantType {
				t.Errorf("got type %s, want %s", plan.Type, tt.wantType)
			}
			if tt.wantType.Writes() == false && plan.Type.Writes() {
				t.Errorf("type %s says it writes", plan.Type)
			}
			ops := plan.Operators()
			if ops[0] != "ProduceResults" && tt.wantType == graph.QueryTypeRead {
				t.Errorf("got root %s, want ProduceResults (without the @database suffix)", ops[0])
			}
			if tt.wantOp != "" && !slices.Contains(ops, tt.wantOp) {
				t.Errorf("got operators %v, want %s among them", ops, tt.wantOp)
			}
		})
	}
	// EXPLAIN must not run the statement.
	res, err := s.Read(ctx, "MATCH (e:Entity {id: 'x'}) RETURN count(e) AS n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Records[0][0].(int64); n != 0 {
		t.Errorf("explaining a CREATE created %d nodes", n)
	}
}

// TestReadRefusesWrites: what the planner might miss, the read transaction
// Store.Read runs in stops: the server refuses to write in it.
func TestReadRefusesWrites(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	ctx := context.Background()
	if _, err := s.Read(ctx, "CREATE (:Entity {id: 'kg-read-test'})", nil); err == nil {
		t.Error("a CREATE ran in a read transaction")
	}
	res, err := s.Read(ctx, "MATCH (e:Entity {id: 'kg-read-test'}) RETURN count(e) AS n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Records[0][0].(int64); n != 0 {
		t.Errorf("the refused CREATE left %d nodes", n)
	}
}
