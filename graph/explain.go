package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// QueryType is what a statement does to the graph, as the server's planner
// classifies it. It is known before the statement runs, from EXPLAIN.
type QueryType string

// The query types Neo4j reports.
const (
	QueryTypeRead        QueryType = "read"
	QueryTypeReadWrite   QueryType = "read-write"
	QueryTypeWrite       QueryType = "write"
	QueryTypeSchemaWrite QueryType = "schema-write"
	QueryTypeUnknown     QueryType = "unknown"
)

// Writes reports whether a statement of this type may change the database.
// Unknown counts as writing, so that a caller that refuses writes refuses it.
func (t QueryType) Writes() bool { return t != QueryTypeRead }

// Plan is the execution plan EXPLAIN gives for a statement.
type Plan struct {
	Type QueryType
	Root PlanStep
}

// PlanStep is one operator of a plan.
type PlanStep struct {
	// Operator is the operator's name without the database suffix Neo4j
	// appends to the root ("ProduceResults", "NodeUniqueIndexSeek", ...).
	Operator    string
	Details     string
	Identifiers []string
	Children    []PlanStep
}

// Operators lists the plan's operators depth first, root first.
func (p *Plan) Operators() []string {
	var out []string
	var walk func(PlanStep)
	walk = func(s PlanStep) {
		out = append(out, s.Operator)
		for _, c := range s.Children {
			walk(c)
		}
	}
	walk(p.Root)
	return out
}

// Steps lists the plan's steps depth first, each with its depth.
func (p *Plan) Steps() []PlanLine {
	var out []PlanLine
	var walk func(PlanStep, int)
	walk = func(s PlanStep, depth int) {
		out = append(out, PlanLine{Depth: depth, Step: s})
		for _, c := range s.Children {
			walk(c, depth+1)
		}
	}
	walk(p.Root, 0)
	return out
}

// PlanLine is a step with its depth in the plan tree.
type PlanLine struct {
	Depth int
	Step  PlanStep
}

// Explain plans cypher without running it, in a read transaction, and
// returns the plan and the query type. Parameters may be nil: the planner
// does not need their values, only the ones the statement's literals imply.
func (s *Store) Explain(ctx context.Context, cypher string, params map[string]any) (*Plan, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	summary, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (neo4j.ResultSummary, error) {
		res, err := tx.Run(ctx, "EXPLAIN "+cypher, params)
		if err != nil {
			return nil, err
		}
		return res.Consume(ctx)
	})
	if err != nil {
		return nil, s.mapError("explain", err)
	}
	if summary.Plan() == nil {
		return nil, fmt.Errorf("explain on %s: the server returned no plan", s.where())
	}
	return &Plan{Type: queryType(summary.StatementType()), Root: planStep(summary.Plan())}, nil
}

func queryType(t neo4j.StatementType) QueryType {
	switch t {
	case neo4j.StatementTypeReadOnly:
		return QueryTypeRead
	case neo4j.StatementTypeReadWrite:
		return QueryTypeReadWrite
	case neo4j.StatementTypeWriteOnly:
		return QueryTypeWrite
	case neo4j.StatementTypeSchemaWrite:
		return QueryTypeSchemaWrite
	}
	return QueryTypeUnknown
}

func planStep(p neo4j.Plan) PlanStep {
	op, _, _ := strings.Cut(p.Operator(), "@")
	step := PlanStep{Operator: op, Identifiers: p.Identifiers()}
	if d, ok := p.Arguments()["Details"].(string); ok {
		step.Details = d
	}
	for _, c := range p.Children() {
		step.Children = append(step.Children, planStep(c))
	}
	return step
}
