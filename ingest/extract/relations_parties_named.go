package extract

import (
	"regexp"
	"strings"
)

// An agreement named after its sides ("the Israel–Egypt Armistice
// Agreement", "the Egyptian–Israeli peace treaty", "the Iran–Iraq
// ceasefire agreement") binds the states its name joins, when the text
// names them as states too.

// reNamedSides: the two sides joined by a dash at the start of the name.
var reNamedSides = regexp.MustCompile(`^(?:[Tt]he` + sp + `+)?(?:\d{4}` + sp + `+)?(\p{Lu}[\w\x{00C0}-\x{024F}.]+(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.]+)?)` + sp + `*[–-]` + sp + `*(\p{Lu}[\w\x{00C0}-\x{024F}.]+(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.]+)??)` + sp + `+[A-Za-z]`)

// namedSides records PARTY_TO for the states an agreement's name joins.
func (b *relBuilder) namedSides() {
	for _, v := range b.views {
		for _, m := range v.ments {
			if m.Type != "Agreement" || m.Anaphor {
				continue
			}
			for _, n := range b.writtenNames(m) {
				sm := reNamedSides.FindStringSubmatch(n)
				if sm == nil {
					continue
				}
				a, okA := b.stateNamed(sm[1])
				c, okC := b.stateNamed(sm[2])
				if okA && okC && a != c {
					b.add("PARTY_TO", a, m.EntityID, 0.75, nil, v, m.Start, m.End)
					b.add("PARTY_TO", c, m.EntityID, 0.75, nil, v, m.Start, m.End)
					break
				}
			}
		}
	}
}

// stateNamed finds the document's country named or described by s: its
// name, an alias or a demonym ("Egypt", "Egyptian").
func (b *relBuilder) stateNamed(s string) (string, bool) {
	s = strings.ToLower(s)
	for _, id := range b.sortedEntityIDs() {
		e := b.ents.Entities[id]
		if e.Type != "Country" {
			continue
		}
		for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Demonyms...) {
			if strings.ToLower(n) == s {
				return id, true
			}
		}
	}
	return "", false
}
