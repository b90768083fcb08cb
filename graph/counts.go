package graph

import (
	"context"
	"fmt"
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

// countQuery counts every label and type of the vocabulary in one row;
// each COUNT of a single label or type is answered from the count store,
// without scanning.
var countQuery, countKeys = func() (string, []string) {
	var parts, keys []string
	for _, l := range append(append([]string{}, NodeLabels...), EntityTypes...) {
		parts = append(parts, "COUNT { MATCH (:"+quoteName(l)+") }")
		keys = append(keys, "node:"+l)
	}
	for _, t := range append(append([]string{}, StructuralRelationTypes...), RelationTypes...) {
		parts = append(parts, "COUNT { MATCH ()-[:"+quoteName(t)+"]->() }")
		keys = append(keys, "rel:"+t)
	}
	parts = append(parts, "COUNT { MATCH (n) }", "COUNT { MATCH ()-[]->() }")
	keys = append(keys, "node:", "rel:")
	return "// name: GraphCounts :read\nRETURN [" + strings.Join(parts, ",\n  ") + "] AS counts", keys
}()

// Counts counts the graph by label and relationship type.
func (s *Store) Counts(ctx context.Context) (GraphCounts, error) {
	out := GraphCounts{Nodes: map[string]int{}, Relationships: map[string]int{}}
	res, err := s.Read(ctx, countQuery, nil)
	if err != nil {
		return out, err
	}
	if len(res.Records) != 1 {
		return out, fmt.Errorf("count graph on %s: got %d rows, want 1", s.where(), len(res.Records))
	}
	values, _ := res.Records[0][0].([]any)
	for i, key := range countKeys {
		if i >= len(values) {
			break
		}
		kind, name, _ := strings.Cut(key, ":")
		n64, _ := values[i].(int64)
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
