package queries

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
)

// nameRE is a query or parameter name: letters, digits, '-' and '_', not
// starting with a digit (query names are typed on command lines).
var (
	nameRE  = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)
	paramRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// docSeparators split a parameter's default from its documentation. The em
// dash is the house style; " -- " is accepted for ASCII keyboards.
var docSeparators = []string{"—", "--"}

// parse reads one query file. It returns every problem it finds, each with
// the file and line, rather than stopping at the first.
func parse(file, text string) (*Query, []error) {
	q := &Query{File: file, Text: text}
	var errs []error
	lines := strings.Split(text, "\n")
	i := 0
	if len(lines) == 0 || !strings.HasPrefix(strings.TrimSpace(lines[0]), "//") {
		return nil, []error{errorf(file, 1, "no header: the file must start with `// name: NAME :MODE`")}
	}
	var desc []string
	declared := map[string]int{}
	for ; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(line, "//") {
			break
		}
		n := i + 1
		body := strings.TrimSpace(strings.TrimPrefix(line, "//"))
		switch {
		case i == 0:
			if err := q.parseName(file, body); err != nil {
				errs = append(errs, err)
			}
		case strings.HasPrefix(body, "name:"):
			errs = append(errs, errorf(file, n, "a second `name:` line: one statement per file"))
		case strings.HasPrefix(body, "@param"):
			p, err := parseParam(file, n, strings.TrimSpace(strings.TrimPrefix(body, "@param")))
			if err != nil {
				errs = append(errs, err)
				// Count it as declared so that its uses are not reported too.
				if f := strings.Fields(strings.TrimPrefix(body, "@param")); len(f) > 0 {
					declared[strings.TrimPrefix(f[0], "$")] = -1
				}
				continue
			}
			if first, dup := declared[p.Name]; dup {
				errs = append(errs, errorf(file, n, "parameter $%s declared twice (first at line %d)", p.Name, first))
				continue
			}
			declared[p.Name] = n
			q.Params = append(q.Params, p)
		case strings.HasPrefix(body, "@"):
			errs = append(errs, errorf(file, n, "unknown header directive %q (want @param)", strings.Fields(body)[0]))
		case body != "":
			desc = append(desc, body)
		}
	}
	q.Description = strings.Join(desc, " ")
	if q.Description == "" {
		errs = append(errs, errorf(file, 1, "no description: add a comment line after the name saying what the query answers"))
	}
	bodyStart := i + 1
	if strings.TrimSpace(strings.Join(lines[i:], "\n")) == "" {
		errs = append(errs, errorf(file, bodyStart, "no statement after the header"))
		return q, errs
	}
	errs = append(errs, checkBody(q, lines, i, declared)...)
	return q, errs
}

// parseName reads the first header line, `name: NAME :MODE`.
func (q *Query) parseName(file, body string) error {
	rest, ok := strings.CutPrefix(body, "name:")
	if !ok {
		return errorf(file, 1, "first line must be `// name: NAME :MODE`, got %q", "// "+body)
	}
	f := strings.Fields(rest)
	if len(f) != 2 {
		return errorf(file, 1, "want `// name: NAME :MODE`, got %q", "// "+body)
	}
	if !nameRE.MatchString(f[0]) {
		return errorf(file, 1, "query name %q: use letters, digits, '-' and '_'", f[0])
	}
	q.Name = f[0]
	q.Mode = Mode(f[1])
	if !slices.Contains(Modes, q.Mode) {
		return errorf(file, 1, "mode %q: want :read, :write or :schema", f[1])
	}
	return nil
}

// parseParam reads `NAME TYPE [= DEFAULT] [— DOC]`.
func parseParam(file string, line int, s string) (Param, error) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return Param{}, errorf(file, line, "want `// @param NAME TYPE [= DEFAULT] [— DOC]`")
	}
	p := Param{Name: strings.TrimPrefix(f[0], "$"), Type: Type(f[1])}
	if !paramRE.MatchString(p.Name) {
		return Param{}, errorf(file, line, "parameter name %q: use letters, digits and '_'", f[0])
	}
	if !validType(p.Type) {
		return Param{}, errorf(file, line, "parameter $%s: unknown type %q (want string, int, float, bool, date or list<string>)", p.Name, f[1])
	}
	rest := strings.TrimSpace(s)
	rest = strings.TrimSpace(rest[len(f[0]):])
	rest = strings.TrimSpace(rest[len(f[1]):])
	if after, ok := strings.CutPrefix(rest, "="); ok {
		def, tail, err := splitDefault(strings.TrimSpace(after))
		if err != nil {
			return Param{}, errorf(file, line, "parameter $%s: %v", p.Name, err)
		}
		if _, err := p.Type.parseDefault(def); err != nil {
			return Param{}, errorf(file, line, "parameter $%s: %v", p.Name, err)
		}
		p.Default, rest = def, tail
	}
	if rest != "" {
		doc, ok := cutSeparator(rest)
		if !ok {
			return Param{}, errorf(file, line, "parameter $%s: unexpected %q (the description follows an em dash: `— DOC`)", p.Name, rest)
		}
		p.Doc = doc
	}
	return p, nil
}

// splitDefault takes the default off the front of s: a quoted string, a
// JSON array, or one word.
func splitDefault(s string) (def, rest string, err error) {
	switch {
	case s == "":
		return "", "", errString("`=` without a default value")
	case s[0] == '"':
		for i := 1; i < len(s); i++ {
			switch s[i] {
			case '\\':
				i++
			case '"':
				return s[:i+1], strings.TrimSpace(s[i+1:]), nil
			}
		}
		return "", "", errString("unterminated string default")
	case s[0] == '[':
		dec := json.NewDecoder(strings.NewReader(s))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return "", "", errString("list default is not a JSON array")
		}
		n := int(dec.InputOffset())
		return s[:n], strings.TrimSpace(s[n:]), nil
	default:
		end := strings.IndexAny(s, " \t")
		if end < 0 {
			return s, "", nil
		}
		return s[:end], strings.TrimSpace(s[end:]), nil
	}
}

func cutSeparator(s string) (string, bool) {
	for _, sep := range docSeparators {
		if after, ok := strings.CutPrefix(s, sep); ok {
			return strings.TrimSpace(after), true
		}
	}
	return "", false
}

type errString string

func (e errString) Error() string { return string(e) }
