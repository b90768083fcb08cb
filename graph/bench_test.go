package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// BenchmarkWrite writes 200 synthetic documents into an empty database per
// iteration and reports documents and rows per second; the references write
// the same number of rows as one auto-commit transaction per row, and as one
// plain UNWIND CREATE, so the figures read as ratios on any machine.
//
//	KG_TEST_NEO4J_URI=... go test -run '^$' -bench Write -benchtime 3x ./graph
func BenchmarkWrite(b *testing.B) {
	const docs, sentences = 200, 10
	input := syntheticDocs(docs, sentences)
	rows := 0
	for _, d := range input {
		rows += 1 + 2*len(d.Sentences) + len(d.Entities) + len(d.Mentions) + 3*len(d.Claims) + len(d.Claims)
	}
	for _, batchRows := range []int{500, 5000, 20000} {
		b.Run("kg/batch="+itoa(batchRows), func(b *testing.B) {
			cfg := graphtest.Config(b)
			cfg.BatchRows = batchRows
			s, err := graph.Open(context.Background(), cfg)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close(context.Background())
			// One untimed run first: the server plans each statement text
			// once, which a long ingest pays once but a short benchmark
			// would count in every figure.
			graphtest.Reset(b, s)
			if _, err := s.Write(context.Background(), input); err != nil {
				b.Fatal(err)
			}
			var elapsed time.Duration
			for b.Loop() {
				b.StopTimer()
				graphtest.Reset(b, s)
				b.StartTimer()
				start := time.Now()
				st, err := s.Write(context.Background(), input)
				elapsed += time.Since(start)
				if err != nil || len(st.Failed) > 0 || st.Documents != docs {
					b.Fatalf("write: %v, %+v", err, st)
				}
			}
			b.ReportMetric(float64(docs*b.N)/elapsed.Seconds(), "docs/s")
			b.ReportMetric(float64(rows*b.N)/elapsed.Seconds(), "rows/s")
		})
	}
	b.Run("reference/unwind-create", func(b *testing.B) {
		s := graphtest.Open(b)
		var elapsed time.Duration
		for b.Loop() {
			b.StopTimer()
			graphtest.Reset(b, s)
			b.StartTimer()
			start := time.Now()
			for i := 0; i < rows; i += 5000 {
				referenceRows(b, "UNWIND $rows AS row CREATE (:Bench {id: row.id, text: row.text})", i, min(rows, i+5000))
			}
			elapsed += time.Since(start)
		}
		b.ReportMetric(float64(rows*b.N)/elapsed.Seconds(), "rows/s")
	})
	b.Run("reference/transaction-per-row", func(b *testing.B) {
		// A tenth of the rows: one round trip and commit each makes the full
		// set take minutes; the rate is what counts.
		n := rows / 10
		s := graphtest.Open(b)
		var elapsed time.Duration
		for b.Loop() {
			b.StopTimer()
			graphtest.Reset(b, s)
			b.StartTimer()
			start := time.Now()
			for i := range n {
				referenceRows(b, "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n.text = row.text", i, i+1)
			}
			elapsed += time.Since(start)
		}
		b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "rows/s")
	})
}

var benchDriver neo4j.DriverWithContext

// referenceRows writes rows [from, to) in one auto-commit transaction.
func referenceRows(b *testing.B, cypher string, from, to int) {
	b.Helper()
	ctx := context.Background()
	if benchDriver == nil {
		cfg := graphtest.Config(b)
		d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
		if err != nil {
			b.Fatal(err)
		}
		benchDriver = d
	}
	rows := make([]map[string]any, 0, to-from)
	for i := from; i < to; i++ {
		rows = append(rows, map[string]any{"id": "bench:" + itoa(i), "text": "A sentence about talks."})
	}
	cfg := graphtest.Config(b)
	_, err := neo4j.ExecuteQuery(ctx, benchDriver, cypher, map[string]any{"rows": rows}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		b.Fatal(err)
	}
}

func itoa(i int) string {
	return fmtAny(i)
}
