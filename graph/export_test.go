package graph

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"unsafe"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"
)

// NamedStatement is a statement of the write path with parameters of the
// shape it runs with, for the EXPLAIN test.
type NamedStatement struct {
	Name   string
	Text   string
	Params map[string]any
}

// WriteStatementsForTest lists every statement Write, RemoveDocument and
// Counts run.
func WriteStatementsForTest() []NamedStatement {
	ids := map[string]any{"ids": []string{"doc:1"}}
	rows := func(row map[string]any) map[string]any { return map[string]any{"rows": []map[string]any{row}} }
	out := []NamedStatement{
		{"DocumentHashes", stmtDocumentHashes, ids},
		{"AllDocumentHashes", stmtAllDocumentHashes, nil},
		{"ReadEntities", stmtReadEntities, ids},
		{"WriteDocuments", stmtWriteDocuments, rows(map[string]any{"id": "doc:1", "title": "T"})},
		{"WriteSentences", stmtWriteSentences, rows(map[string]any{"id": "doc:1#0", "text": "T"})},
		{"WriteClaims", stmtWriteClaims, rows(map[string]any{"id": "c", "type": "MET_WITH"})},
		{"WriteHasSentence", stmtWriteHasSentence, rows(map[string]any{"doc": "doc:1", "sentence": "doc:1#0"})},
		{"WriteMentions", stmtWriteMentions, rows(map[string]any{"sentence": "s", "entity": "e", "start": 1, "end": 2, "text": "t"})},
		{"WriteClaimEndpoints", stmtWriteEndpoints, rows(map[string]any{"claim": "c", "from": "a", "to": "b"})},
		{"WriteEvidence", stmtWriteEvidence, rows(map[string]any{"claim": "c", "sentence": "s", "start": 1, "end": 2, "text": "t"})},
		{"ReadEdgeClaims", stmtReadEdgeClaims, rows(map[string]any{"type": "MET_WITH", "from": "a", "to": "b"})},
		{"RemovedEdges", stmtRemovedEdges, ids},
		{"RemovedEntities", stmtRemovedEntities, ids},
		{"DeleteClaims", stmtDeleteClaims, ids},
		{"DeleteSentences", stmtDeleteSentences, ids},
		{"DeleteDocuments", stmtDeleteDocuments, ids},
		{"DeleteOrphanEntities", stmtDeleteOrphans, ids},
		{"GraphCounts", countQuery, nil},
	}
	for _, t := range EntityTypes {
		out = append(out, NamedStatement{"WriteEntities" + t, writeEntityStatements[t], rows(map[string]any{"id": "e", "name": "E"})})
	}
	for _, t := range RelationTypes {
		edge := rows(map[string]any{"from": "a", "to": "b", "claims": 1})
		out = append(out,
			NamedStatement{"MergeEdge" + t, mergeEdgeStatements[t], edge},
			NamedStatement{"DeleteEdge" + t, deleteEdgeStatements[t], edge})
	}
	return out
}

// ExplainForTest returns the operators of a statement's plan, without
// running it.
func (s *Store) ExplainForTest(ctx context.Context, cypher string, params map[string]any) ([]string, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "EXPLAIN "+cypher, params)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	p := sum.Plan()
	if p == nil {
		return nil, fmt.Errorf("explain: no plan in the summary")
	}
	raw, err := rawPlan(p)
	if err != nil {
		return nil, err
	}
	var ops []string
	var walk func(p *db.Plan)
	walk = func(p *db.Plan) {
		op, _, _ := strings.Cut(p.Operator, "@")
		ops = append(ops, op)
		for i := range p.Children {
			walk(&p.Children[i])
		}
	}
	walk(raw)
	return ops, nil
}

// rawPlan reaches the driver's own plan tree behind neo4j.Plan. Children()
// of driver v5.28.4 takes the address of its range variable (the module
// declares go 1.18, before per-iteration loop variables), so every child it
// returns is the last one and the left side of every Apply is lost.
func rawPlan(p neo4j.Plan) (*db.Plan, error) {
	v := reflect.ValueOf(p)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil, fmt.Errorf("explain: unexpected plan type %T", p)
	}
	f := v.Elem().FieldByName("plan")
	if !f.IsValid() || f.Type() != reflect.TypeOf(&db.Plan{}) {
		return nil, fmt.Errorf("explain: plan type %T has no *db.Plan field; the driver changed", p)
	}
	return (*db.Plan)(unsafe.Pointer(f.Pointer())), nil
}
