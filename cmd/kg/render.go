package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// outputFormat is how query results are printed.
type outputFormat string

const (
	formatTable outputFormat = "table"
	formatJSON  outputFormat = "json"
	formatCSV   outputFormat = "csv"
)

// parseFormat checks a --format value.
func parseFormat(s string) (outputFormat, error) {
	switch f := outputFormat(s); f {
	case formatTable, formatJSON, formatCSV:
		return f, nil
	}
	return "", usageError{fmt.Errorf("format %q: want table, json or csv", s)}
}

// renderOptions tune the table format.
type renderOptions struct {
	// MaxWidth truncates table cells to this many characters; 0 keeps them
	// whole.
	MaxWidth int
}

// defaultMaxWidth keeps a row of a few columns within a wide terminal.
const defaultMaxWidth = 60

// render writes res to w in format f.
func render(w io.Writer, f outputFormat, res *graph.Result, opts renderOptions) error {
	switch f {
	case formatJSON:
		return renderJSON(w, res)
	case formatCSV:
		return renderCSV(w, res)
	default:
		return renderTable(w, res, opts)
	}
}

// jsonValue turns a driver value into plain JSON data: temporal values as
// ISO 8601 strings, nodes as {"id","labels","properties"}, relationships as
// {"id","type","start","end","properties"}, paths as {"nodes",
// "relationships"}. Non-finite floats, which JSON cannot carry, become the
// strings "NaN", "Infinity" and "-Infinity".
func jsonValue(v any) any {
	switch x := v.(type) {
	case nil, string, bool, int64:
		return x
	case int:
		return int64(x)
	case float64:
		switch {
		case math.IsNaN(x):
			return "NaN"
		case math.IsInf(x, 1):
			return "Infinity"
		case math.IsInf(x, -1):
			return "-Infinity"
		}
		return x
	case []byte:
		return base64.StdEncoding.EncodeToString(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonValue(e)
		}
		return out
	case dbtype.Node:
		return map[string]any{"id": x.ElementId, "labels": sortedLabels(x.Labels), "properties": jsonValue(x.Props)}
	case dbtype.Relationship:
		return map[string]any{"id": x.ElementId, "type": x.Type, "start": x.StartElementId, "end": x.EndElementId,
			"properties": jsonValue(x.Props)}
	case dbtype.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = jsonValue(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = jsonValue(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	}
	if s, ok := temporalText(v); ok {
		return s
	}
	if p, ok := pointValue(v); ok {
		return p
	}
	return fmt.Sprint(v)
}

// temporalText formats Neo4j's temporal types in ISO 8601.
func temporalText(v any) (string, bool) {
	switch x := v.(type) {
	case dbtype.Date:
		return x.Time().Format("2006-01-02"), true
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05.999999999"), true
	case dbtype.LocalTime:
		return x.Time().Format("15:04:05.999999999"), true
	case dbtype.Time:
		return x.Time().Format("15:04:05.999999999Z07:00"), true
	case time.Time:
		return x.Format(time.RFC3339Nano), true
	case dbtype.Duration:
		return x.String(), true
	}
	return "", false
}

func pointValue(v any) (map[string]any, bool) {
	switch x := v.(type) {
	case dbtype.Point2D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y}, true
	case dbtype.Point3D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y, "z": x.Z}, true
	}
	return nil, false
}

// cellText is a value as one line of text, for table and CSV cells:
// scalars as themselves, everything else in a Cypher-like notation
// (tables) or as JSON (CSV, see renderCSV).
func cellText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	}
	return literal(v)
}

// literal writes v the way Cypher would show it: strings quoted inside
// lists and maps, nodes as (:Label {props}), relationships as
// [:TYPE {props}], paths as chains of both.
func literal(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(x)
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case float64:
		return formatFloat(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = literal(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		return mapLiteral(x)
	case dbtype.Node:
		return "(" + labelText(x.Labels) + " " + mapLiteral(x.Props) + ")"
	case dbtype.Relationship:
		return "[:" + x.Type + " " + mapLiteral(x.Props) + "]"
	case dbtype.Path:
		return pathLiteral(x)
	case []byte:
		return "0x" + fmt.Sprintf("%x", x)
	}
	if s, ok := temporalText(v); ok {
		return s
	}
	if p, ok := pointValue(v); ok {
		return "point(" + mapLiteral(p) + ")"
	}
	return fmt.Sprint(v)
}

// formatFloat shows a float the way Cypher does: always as one (2.0, not
// 2), and Infinity, -Infinity and NaN by those names.
func formatFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

func mapLiteral(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + literal(m[k])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func labelText(labels []string) string {
	var b strings.Builder
	for _, l := range sortedLabels(labels) {
		b.WriteString(":" + l)
	}
	return b.String()
}

// sortedLabels orders labels for stable output; the driver gives them in
// the server's order, which is not part of the data.
func sortedLabels(labels []string) []string {
	out := append([]string(nil), labels...)
	sort.Strings(out)
	return out
}

// pathLiteral shows a path by its nodes' names (or ids) and its
// relationships' types with their direction.
func pathLiteral(p dbtype.Path) string {
	var b strings.Builder
	for i, n := range p.Nodes {
		if i > 0 && i-1 < len(p.Relationships) {
			r := p.Relationships[i-1]
			if r.StartElementId == n.ElementId {
				b.WriteString("<-[:" + r.Type + "]-")
			} else {
				b.WriteString("-[:" + r.Type + "]->")
			}
		}
		b.WriteString("(" + labelText(n.Labels) + " " + strconv.Quote(nodeCaption(n)) + ")")
	}
	return b.String()
}

// nodeCaption is what identifies a node to a reader: its name, title or
// id property, or its element id.
func nodeCaption(n dbtype.Node) string {
	for _, k := range []string{"name", "title", "id"} {
		if s, ok := n.Props[k].(string); ok && s != "" {
			return s
		}
	}
	return n.ElementId
}
