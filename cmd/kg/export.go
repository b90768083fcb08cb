package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// exportGraph is a set of nodes and relationships to write as GraphML, JSON
// or CSV. Nodes are named by their kg id (stable across databases and
// re-ingestion), or by Neo4j's element id when they have none.
type exportGraph struct {
	nodes []exportNode
	rels  []exportRel
}

type exportNode struct {
	id     string
	labels []string
	props  map[string]any
}

type exportRel struct {
	id             string
	typ            string
	source, target string
	props          map[string]any
}

// Statements for the whole graph: by default the entities and the fact
// edges between them (what Gephi or Cytoscape should lay out); with --all
// also the provenance nodes and their relationships.
const (
	stmtExportEntities  = "MATCH (n:Entity) RETURN n"
	stmtExportFacts     = "MATCH (:Entity)-[r]->(:Entity) RETURN r"
	stmtExportProvNodes = "MATCH (n) WHERE n:Document OR n:Sentence OR n:Claim RETURN n"
	stmtExportProvRels  = "MATCH ()-[r:HAS_SENTENCE|MENTIONS|SUBJECT|OBJECT|EVIDENCE]->() RETURN r"
	// stmtNodesByElementID fetches relationship ends a query did not return.
	stmtNodesByElementID = "MATCH (n) WHERE elementId(n) IN $ids RETURN n"
)

// collector gathers the nodes and relationships found in query results,
// each once.
type collector struct {
	nodes map[string]dbtype.Node         // by element id
	rels  map[string]dbtype.Relationship // by element id
}

func newCollector() *collector {
	return &collector{nodes: map[string]dbtype.Node{}, rels: map[string]dbtype.Relationship{}}
}

// add walks a value, however nested, for nodes, relationships and paths.
func (c *collector) add(v any) {
	switch x := v.(type) {
	case dbtype.Node:
		c.nodes[x.ElementId] = x
	case dbtype.Relationship:
		c.rels[x.ElementId] = x
	case dbtype.Path:
		for _, n := range x.Nodes {
			c.add(n)
		}
		for _, r := range x.Relationships {
			c.add(r)
		}
	case []any:
		for _, e := range x {
			c.add(e)
		}
	case map[string]any:
		for _, e := range x {
			c.add(e)
		}
	}
}

func (c *collector) addResult(res *graph.Result) {
	for _, row := range res.Records {
		for _, v := range row {
			c.add(v)
		}
	}
}

// complete fetches the end nodes of relationships that came without them,
// so that every edge of the export has both its nodes.
func (c *collector) complete(ctx context.Context, s *graph.Store) error {
	var missing []any
	seen := map[string]bool{}
	for _, r := range c.rels {
		for _, id := range []string{r.StartElementId, r.EndElementId} {
			if _, ok := c.nodes[id]; !ok && !seen[id] {
				seen[id] = true
				missing = append(missing, id)
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	res, err := s.Read(ctx, stmtNodesByElementID, map[string]any{"ids": missing})
	if err != nil {
		return fmt.Errorf("export: fetch relationship ends: %w", err)
	}
	c.addResult(res)
	return nil
}

// graph builds the export, sorted by id so that the same graph always
// gives the same file.
func (c *collector) graph() *exportGraph {
	g := &exportGraph{}
	names := map[string]string{} // element id -> export id
	for eid, n := range c.nodes {
		id := eid
		if s, ok := n.Props["id"].(string); ok && s != "" {
			id = s
		}
		names[eid] = id
		g.nodes = append(g.nodes, exportNode{id: id, labels: sortedLabels(n.Labels), props: n.Props})
	}
	sort.Slice(g.nodes, func(i, j int) bool { return g.nodes[i].id < g.nodes[j].id })
	for _, r := range c.rels {
		src, ok1 := names[r.StartElementId]
		dst, ok2 := names[r.EndElementId]
		if !ok1 || !ok2 {
			continue // an end the database no longer has
		}
		g.rels = append(g.rels, exportRel{typ: r.Type, source: src, target: dst, props: r.Props,
			id: r.ElementId})
	}
	sort.Slice(g.rels, func(i, j int) bool {
		a, b := g.rels[i], g.rels[j]
		if a.source != b.source {
			return a.source < b.source
		}
		if a.typ != b.typ {
			return a.typ < b.typ
		}
		if a.target != b.target {
			return a.target < b.target
		}
		return literal(a.props) < literal(b.props)
	})
	// Edge ids from the sorted position: element ids change with every
	// database, and the same (source, type, target) can repeat (mentions).
	for i := range g.rels {
		g.rels[i].id = fmt.Sprintf("e%d", i)
	}
	return g
}

// caption is the text a graph tool shows for a node.
func (n exportNode) caption() string {
	for _, k := range []string{"name", "title", "text"} {
		if s, ok := n.props[k].(string); ok && s != "" {
			return fitCell(s, 80)
		}
	}
	return n.id
}

// weight is an edge's weight for layout tools: the number of documents
// supporting a fact edge, else 1.
func (r exportRel) weight() float64 {
	switch w := r.props["documents"].(type) {
	case int64:
		return float64(w)
	case float64:
		return w
	}
	return 1
}

// propKeys lists the property names used by any of props, sorted, without
// skip.
func propKeys(all []map[string]any, skip ...string) []string {
	set := map[string]bool{}
	for _, m := range all {
		for k := range m {
			set[k] = true
		}
	}
	for _, k := range skip {
		delete(set, k)
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// scalarText is a property value as text for GraphML and CSV: strings as
// they are, temporal values in ISO 8601, lists and maps as JSON.
func scalarText(v any) (string, error) {
	j := jsonValue(v)
	switch j.(type) {
	case []any, map[string]any:
		b, err := marshalNoEscape(j)
		return string(b), err
	}
	return cellText(v), nil
}

func (g *exportGraph) String() string {
	return fmt.Sprintf("%d nodes, %d relationships", len(g.nodes), len(g.rels))
}

func labelsText(labels []string) string { return strings.Join(labels, ";") }
