package queries

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Inline returns q's text with every parameter replaced by a Cypher literal
// of its value, for tools that cannot send parameters with a statement
// (a Neo4j Browser URL). Comments and string literals are left alone.
// params must hold a value for every parameter (see Bind).
func (q *Query) Inline(params map[string]any) (string, error) {
	// The header lines are comments, so scanning the whole text finds the
	// statement's parameters only.
	uses, _ := scan(q.Text, 1)
	var b strings.Builder
	last := 0
	for _, u := range uses {
		v, ok := params[u.Name]
		if !ok {
			return "", fmt.Errorf("inline %s: no value for $%s", q.Name, u.Name)
		}
		lit, err := Literal(v)
		if err != nil {
			return "", fmt.Errorf("inline %s: $%s: %w", q.Name, u.Name, err)
		}
		b.WriteString(q.Text[last:u.Start])
		b.WriteString(lit)
		last = u.End
	}
	b.WriteString(q.Text[last:])
	return b.String(), nil
}

// Literal writes a parameter value as a Cypher literal. Strings are single
// quoted with backslash escapes; '&' and '#' are written as \u escapes too,
// so that a statement carrying them survives a URL (Neo4j Browser cuts a
// command at either).
func Literal(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "null", nil
	case string:
		return quoteString(x), nil
	case bool:
		return strconv.FormatBool(x), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case int:
		return strconv.Itoa(x), nil
	case float64:
		s := strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eIN") {
			s += ".0"
		}
		return s, nil
	case dbtype.Date:
		return "date('" + time.Time(x).Format(dateLayout) + "')", nil
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			s, err := Literal(e)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	case []string:
		parts := make([]any, len(x))
		for i, e := range x {
			parts[i] = e
		}
		return Literal(parts)
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			s, err := Literal(x[k])
			if err != nil {
				return "", err
			}
			parts[i] = "`" + strings.ReplaceAll(k, "`", "``") + "`: " + s
		}
		return "{" + strings.Join(parts, ", ") + "}", nil
	}
	return "", fmt.Errorf("no Cypher literal for a %T", v)
}

func quoteString(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '&', '#':
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('\'')
	return b.String()
}
