package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// writeGraphML writes g as GraphML: every attribute declared as a <key>
// with a GraphML type (long, double, boolean, string) before the graph, a
// `label` attribute (name or title) that Gephi shows as the node label, and
// a `weight` on edges (supporting documents).
func writeGraphML(w io.Writer, g *exportGraph) error {
	nodeProps := make([]map[string]any, len(g.nodes))
	for i, n := range g.nodes {
		nodeProps[i] = n.props
	}
	relProps := make([]map[string]any, len(g.rels))
	for i, r := range g.rels {
		relProps[i] = r.props
	}
	nodeKeys := propKeys(nodeProps, "label", "labels")
	relKeys := propKeys(relProps, "label", "type", "weight")

	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	writeKey := func(id, domain, name, typ string) {
		fmt.Fprintf(&b, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", id, domain, xmlAttr(name), typ)
	}
	writeKey("label", "node", "label", "string")
	writeKey("labels", "node", "labels", "string")
	for i, k := range nodeKeys {
		writeKey(fmt.Sprintf("n%d", i), "node", k, graphMLType(nodeProps, k))
	}
	writeKey("type", "edge", "type", "string")
	writeKey("weight", "edge", "weight", "double")
	for i, k := range relKeys {
		writeKey(fmt.Sprintf("e%d", i), "edge", k, graphMLType(relProps, k))
	}
	b.WriteString(`  <graph id="kg" edgedefault="directed">` + "\n")
	for _, n := range g.nodes {
		fmt.Fprintf(&b, "    <node id=\"%s\">\n", xmlAttr(n.id))
		writeData(&b, "label", n.caption())
		writeData(&b, "labels", ":"+strings.Join(n.labels, ":"))
		for i, k := range nodeKeys {
			if v, ok := n.props[k]; ok && v != nil {
				s, err := scalarText(v)
				if err != nil {
					return err
				}
				writeData(&b, fmt.Sprintf("n%d", i), s)
			}
		}
		b.WriteString("    </node>\n")
	}
	for _, r := range g.rels {
		fmt.Fprintf(&b, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", r.id, xmlAttr(r.source), xmlAttr(r.target))
		writeData(&b, "type", r.typ)
		writeData(&b, "weight", formatFloat(r.weight()))
		for i, k := range relKeys {
			if v, ok := r.props[k]; ok && v != nil {
				s, err := scalarText(v)
				if err != nil {
					return err
				}
				writeData(&b, fmt.Sprintf("e%d", i), s)
			}
		}
		b.WriteString("    </edge>\n")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func writeData(b *strings.Builder, key, text string) {
	fmt.Fprintf(b, "      <data key=\"%s\">", key)
	_ = xml.EscapeText(b, []byte(text)) // a strings.Builder does not fail
	b.WriteString("</data>\n")
}

// xmlAttr escapes text for a double-quoted attribute: EscapeText escapes
// quotes, markup characters and line breaks.
func xmlAttr(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// graphMLType is the GraphML type that holds every value of property key:
// long for integers, double for numbers, boolean, else string.
func graphMLType(all []map[string]any, key string) string {
	ints, floats, bools, others := 0, 0, 0, 0
	for _, m := range all {
		switch m[key].(type) {
		case nil:
		case int64:
			ints++
		case float64:
			floats++
		case bool:
			bools++
		default:
			others++
		}
	}
	switch {
	case others > 0, bools > 0 && ints+floats > 0:
		return "string"
	case bools > 0:
		return "boolean"
	case floats > 0:
		return "double"
	case ints > 0:
		return "long"
	}
	return "string"
}
