package main

import (
	"encoding/json"
	"io"
)

// writeExportJSON writes g in the node-link form networkx reads
// (networkx.node_link_graph(data, edges="links")) and d3 understands: node
// properties next to "id" and "labels", links with "source", "target",
// "type" and their properties. Values are JSON as in `--format json`.
func writeExportJSON(w io.Writer, g *exportGraph) error {
	nodes := make([]map[string]any, len(g.nodes))
	for i, n := range g.nodes {
		m := map[string]any{}
		for k, v := range n.props {
			m[k] = jsonValue(v)
		}
		m["id"], m["labels"] = n.id, n.labels
		nodes[i] = m
	}
	links := make([]map[string]any, len(g.rels))
	for i, r := range g.rels {
		m := map[string]any{}
		for k, v := range r.props {
			m[k] = jsonValue(v)
		}
		m["source"], m["target"], m["type"], m["key"] = r.source, r.target, r.typ, r.id
		links[i] = m
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(map[string]any{
		"directed":   true,
		"multigraph": true,
		"graph":      map[string]any{"name": "kg"},
		"nodes":      nodes,
		"links":      links,
	})
}
