package browser

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

// grass is kg's Neo4j Browser style sheet: one colour and a `{name}`
// caption per entity type, `{title}` on documents, small grey sentences and
// small claims, relationships captioned by type (roles by their title).
//
//go:embed kg.grass
var grass string

// Style returns the style sheet in GraSS, the CSS-like form Neo4j Browser
// reads with `:style` or by drag and drop.
func Style() string { return grass }

// Rule is one rule of a style sheet: a selector (`node.Person`,
// `relationship`) and its properties, in the order written.
type Rule struct {
	Selector string
	Props    []Prop
}

// Prop is one property of a rule.
type Prop struct{ Name, Value string }

// Get returns the value of property name.
func (r Rule) Get(name string) (string, bool) {
	for _, p := range r.Props {
		if p.Name == name {
			return p.Value, true
		}
	}
	return "", false
}

// ParseStyle reads a GraSS style sheet as Neo4j Browser 5 does: rules in
// order (later rules override earlier ones for nodes they both match),
// quotes around values dropped, one `name: value` per declaration.
func ParseStyle(text string) ([]Rule, error) {
	var rules []Rule
	rest := text
	for {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			if strings.TrimSpace(rest) != "" {
				return nil, fmt.Errorf("parse style: text after the last rule: %q", strings.TrimSpace(rest))
			}
			return rules, nil
		}
		sel := strings.Join(strings.Fields(rest[:open]), "")
		end := closing(rest, open)
		if end < 0 {
			return nil, fmt.Errorf("parse style: rule %s is not closed", sel)
		}
		r := Rule{Selector: sel}
		for _, decl := range strings.Split(rest[open+1:end], ";") {
			if strings.TrimSpace(decl) == "" {
				continue
			}
			name, value, ok := strings.Cut(decl, ":")
			if !ok || strings.Contains(value, ":") {
				// Browser splits on ':' and drops declarations that do not
				// give exactly two parts.
				return nil, fmt.Errorf("parse style: rule %s: declaration %q: want `name: value` without another ':'", sel, strings.TrimSpace(decl))
			}
			value = strings.Trim(strings.TrimSpace(value), `"'`)
			r.Props = append(r.Props, Prop{Name: strings.TrimSpace(name), Value: value})
		}
		rules = append(rules, r)
		rest = rest[end+1:]
	}
}

// closing finds the '}' that closes the '{' at open, skipping quoted text
// (captions hold braces: "{name}").
func closing(s string, open int) int {
	quote := byte(0)
	for i := open + 1; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '}':
			return i
		}
	}
	return -1
}

// StyleJSON returns the style sheet as the one-line JSON object Neo4j
// Browser also accepts after `:style`. Unlike GraSS it has no ';', so it
// fits the server setting browser.post_connect_cmd (which Browser splits on
// ';'): `browser.post_connect_cmd=style {...}`; and no '#' or '&', so it
// fits a Browser link too (`:style {...}` in the editor).
func StyleJSON() (string, error) {
	rules, err := ParseStyle(grass)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteByte('{')
	for i, r := range rules {
		if i > 0 {
			b.WriteByte(',')
		}
		writeJSONString(&b, r.Selector)
		b.WriteString(":{")
		for j, p := range r.Props {
			if j > 0 {
				b.WriteByte(',')
			}
			writeJSONString(&b, p.Name)
			b.WriteByte(':')
			writeJSONString(&b, p.Value)
		}
		b.WriteByte('}')
	}
	b.WriteByte('}')
	return b.String(), nil
}

// writeJSONString writes s as a JSON string in which '#' and '&' are
// \u escapes (json.Marshal already escapes '&'): the colours' '#' would
// otherwise end a Browser link's command (see Link.URL).
func writeJSONString(b *strings.Builder, s string) {
	j, _ := json.Marshal(s) // a string always marshals
	b.WriteString(strings.ReplaceAll(string(j), "#", `\u0023`))
}
