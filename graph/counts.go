package graph

import (
	"context"
	"strings"
)

// StructuralRelationTypes are the provenance relationships of the model.
var StructuralRelationTypes = []string{"HAS_SENTENCE", "MENTIONS", "SUBJECT", "OBJECT", "EVIDENCE"}

// NodeLabels are the static labels of the model.
var NodeLabels = []string{"Document", "Sentence", "Entity", "Claim"}

// GraphCounts are the numbers of nodes per label and relationships per type
// of the model's vocabulary; a node with several labels (Entity:Person)
// counts under each. Totals count everything, in or out of the vocabulary.
type GraphCounts struct {
	Nodes              map[string]int
	Relationships      map[string]int
	TotalNodes         int
	TotalRelationships int
}

// countQuery counts every label and type of the vocabulary in one statement;
// each branch is a single-label or single-type count that the planner answers
// from the count store, without scanning.
var countQuery = func() string {
	var parts []string
	for _, l := range append(append([]string{}, NodeLabels...), EntityTypes...) {
		parts = append(parts, "MATCH (n:"+quoteName(l)+") RETURN 'node' AS kind, '"+l+"' AS name, count(n) AS n")
	}
	for _, t := range append(append([]string{}, StructuralRelationTypes...), RelationTypes...) {
		parts = append(parts, "MATCH ()-[r:"+quoteName(t)+"]->() RETURN 'rel' AS kind, '"+t+"' AS name, count(r) AS n")
	}
	parts = append(parts, "MATCH (n) RETURN 'node' AS kind, '' AS name, count(n) AS n",
		"MATCH ()-[r]->() RETURN 'rel' AS kind, '' AS name, count(r) AS n")
	return "// name: GraphCounts :read\n" + strings.Join(parts, "\nUNION ALL\n")
}()

// Counts counts the graph by label and relationship type.
func (s *Store) Counts(ctx context.Context) (GraphCounts, error) {
	out := GraphCounts{Nodes: map[string]int{}, Relationships: map[string]int{}}
	res, err := s.Read(ctx, countQuery, nil)
	if err != nil {
		return out, err
	}
	for _, rec := range res.Records {
		kind, name := str(rec[0]), str(rec[1])
		n64, _ := rec[2].(int64)
		n := int(n64)
		switch {
		case kind == "node" && name == "":
			out.TotalNodes = n
		case kind == "rel" && name == "":
			out.TotalRelationships = n
		case n == 0:
		case kind == "node":
			out.Nodes[name] = n
		default:
			out.Relationships[name] = n
		}
	}
	return out, nil
}
