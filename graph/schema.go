package graph

import (
	"context"
	_ "embed"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

//go:embed cypher/schema.cypher
var schemaText string

// statement is one named Cypher statement of an embedded file.
type statement struct {
	Name string
	Mode string // :schema, :write, :read
	Text string // including its header, so the query log names it
}

// parseStatements splits a file of statements, each starting with a
// `// name: X :mode` header line and ending with a semicolon.
func parseStatements(text string) ([]statement, error) {
	var out []statement
	var cur *statement
	var body strings.Builder
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSuffix(strings.TrimSpace(body.String()), ";")
			out = append(out, *cur)
		}
		body.Reset()
	}
	for _, line := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(line, "// name:"); ok {
			flush()
			fields := strings.Fields(rest)
			if len(fields) != 2 || !strings.HasPrefix(fields[1], ":") {
				return nil, fmt.Errorf("parse statement header %q: want `// name: Name :mode`", line)
			}
			cur = &statement{Name: fields[0], Mode: fields[1]}
		} else if cur == nil && strings.TrimSpace(line) != "" {
			return nil, fmt.Errorf("parse statements: text before the first header: %q", line)
		}
		body.WriteString(line)
		body.WriteString("\n")
	}
	flush()
	return out, nil
}

// SchemaStatements returns the schema statements ApplySchema runs, in order.
func SchemaStatements() ([]string, error) {
	stmts, err := parseStatements(schemaText)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(stmts))
	for i, st := range stmts {
		out[i] = st.Text
	}
	return out, nil
}

// ApplySchema creates the constraints and indexes of docs/graph-model.md. It
// is idempotent (IF NOT EXISTS) and waits until the indexes are online, so a
// write or an EXPLAIN right after it sees them.
func (s *Store) ApplySchema(ctx context.Context) error {
	stmts, err := parseStatements(schemaText)
	if err != nil {
		return err
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	// Schema commands cannot share a transaction with each other's data
	// writes; each runs in its own auto-commit transaction.
	for _, st := range stmts {
		res, err := sess.Run(ctx, st.Text, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return s.mapError("apply schema "+st.Name, err)
		}
	}
	res, err := sess.Run(ctx, "CALL db.awaitIndexes(300)", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return s.mapError("await indexes", err)
	}
	return nil
}
