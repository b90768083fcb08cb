package queries

import (
	"sort"
	"strings"
)

// paramUse is one `$name` in a statement: its line, and its byte range in
// the text scanned.
type paramUse struct {
	Name       string
	Line       int
	Start, End int
}

// checkBody checks the statement after the header (lines[from:]): every
// `$param` it uses is declared, every declared parameter is used, and there
// is one statement only.
func checkBody(q *Query, lines []string, from int, declared map[string]int) []error {
	var errs []error
	uses, semis := scan(strings.Join(lines[from:], "\n"), from+1)
	used := map[string]bool{}
	for _, u := range uses {
		used[u.Name] = true
		if _, ok := declared[u.Name]; !ok {
			errs = append(errs, errorf(q.File, u.Line, "$%s is not declared: add `// @param %s TYPE` to the header", u.Name, u.Name))
			declared[u.Name] = -1 // report each undeclared name once
		}
	}
	var unused []string
	for name, line := range declared {
		if line > 0 && !used[name] {
			unused = append(unused, name)
		}
	}
	sort.Slice(unused, func(i, j int) bool { return declared[unused[i]] < declared[unused[j]] })
	for _, name := range unused {
		errs = append(errs, errorf(q.File, declared[name], "parameter $%s is declared but not used", name))
	}
	for _, line := range semis {
		errs = append(errs, errorf(q.File, line, "';' outside a string: one statement per file, without a terminator"))
	}
	return errs
}

// scan finds the parameters and semicolons of Cypher text, skipping
// comments, string literals and quoted names, where `$x` means nothing.
// Lines are counted from firstLine.
func scan(text string, firstLine int) (uses []paramUse, semis []int) {
	line := firstLine
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
			line++
		case c == '/' && i+1 < len(text) && text[i+1] == '/':
			for i < len(text) && text[i] != '\n' {
				i++
			}
			i-- // let the newline count
		case c == '/' && i+1 < len(text) && text[i+1] == '*':
			end := strings.Index(text[i+2:], "*/")
			if end < 0 {
				end = len(text) - i - 2
			}
			line += strings.Count(text[i:i+2+end], "\n")
			i += end + 3
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for j < len(text) && text[j] != c {
				if text[j] == '\\' && c != '`' {
					j++
				}
				j++
			}
			line += strings.Count(text[i:min(j, len(text))], "\n")
			i = j
		case c == ';':
			semis = append(semis, line)
		case c == '$':
			j := i + 1
			if j < len(text) && text[j] == '`' {
				end := strings.IndexByte(text[j+1:], '`')
				if end >= 0 {
					uses = append(uses, paramUse{Name: text[j+1 : j+1+end], Line: line, Start: i, End: j + 2 + end})
					i = j + 1 + end
				}
				continue
			}
			for j < len(text) && isIdentByte(text[j]) {
				j++
			}
			if j > i+1 {
				uses = append(uses, paramUse{Name: text[i+1 : j], Line: line, Start: i, End: j})
				i = j - 1
			}
		}
	}
	return uses, semis
}

func isIdentByte(b byte) bool {
	return b == '_' || ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z') || ('0' <= b && b <= '9')
}
