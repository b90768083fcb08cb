package queries

import (
	"fmt"
	"slices"
	"strings"
)

// Query is one named statement of the library.
type Query struct {
	Name        string
	Description string
	Mode        Mode
	Params      []Param
	// Text is the whole file, header included: the header is a Cypher
	// comment, so the server's query log shows which query ran.
	Text string
	// File is where the query was read from: its path in the fs.FS it was
	// loaded from, under the folder LoadDir was given.
	File string
}

// Mode is what a statement does to the graph. The vocabulary is closed so
// that the CLI can refuse anything but reads before sending a statement.
type Mode string

// The modes a header may declare, as written after the name.
const (
	ModeRead   Mode = ":read"
	ModeWrite  Mode = ":write"
	ModeSchema Mode = ":schema"
)

// Modes lists the valid modes.
var Modes = []Mode{ModeRead, ModeWrite, ModeSchema}

// Param is a declared parameter, `// @param NAME TYPE [= DEFAULT] [— DOC]`.
type Param struct {
	Name string
	Type Type
	// Default is the default as written in the header (`"Araghchi"`, `10`,
	// `2015-01-01`, `["a", "b"]`, `null`), or "" when the parameter is
	// required. DefaultValue converts it.
	Default string
	Doc     string
}

// Required reports whether a value must be given for p.
func (p Param) Required() bool { return p.Default == "" }

// DefaultValue is p's default converted to its type (nil for null). It is
// an error to ask for the default of a required parameter.
func (p Param) DefaultValue() (any, error) {
	if p.Required() {
		return nil, fmt.Errorf("parameter %s has no default", p.Name)
	}
	return p.Type.parseDefault(p.Default)
}

// Param returns the parameter called name.
func (q *Query) Param(name string) (Param, bool) {
	i := slices.IndexFunc(q.Params, func(p Param) bool { return p.Name == name })
	if i < 0 {
		return Param{}, false
	}
	return q.Params[i], true
}

// Usage is a one-line summary of q's parameters, e.g.
// `name=string from=date? limit=int?` (`?`: has a default).
func (q *Query) Usage() string {
	parts := make([]string, len(q.Params))
	for i, p := range q.Params {
		parts[i] = p.Name + "=" + string(p.Type)
		if !p.Required() {
			parts[i] += "?"
		}
	}
	return strings.Join(parts, " ")
}
