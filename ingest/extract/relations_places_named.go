package extract

import "regexp"

// A place named with where it is: "the Saudi Embassy in Tehran", "the U.S.
// Embassy in Baghdad", "Al-Aqsa Mosque in Jerusalem". The name holds its
// location, which is a place or state the document names.

// reNamedIn: a facility's name ending "in <Name>".
var reNamedIn = regexp.MustCompile(`^(?:[Tt]he` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*` + sp + `+){1,5}?(?:` + facilityHeads + `)` + sp + `+(?:in|at)` + sp + `+((?:\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*)(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*){0,2})$`)

// facilityHeads are the nouns of a facility's name.
const facilityHeads = `Embassy|Consulate|Mosque|Church|Synagogue|Shrine|Airport|Base|Camp|Prison|Hospital|University|Hotel|Palace|Stadium|Port|Refinery|Plant|Facility|Reactor|Office|Mission|Headquarters`

// placesNamedIn finds LOCATED_IN for places whose name says where they are.
func (b *relBuilder) placesNamedIn(v *sentView) {
	for _, p := range v.ments {
		if p.Type != "Place" || p.MetonymFor != "" {
			continue
		}
		for _, n := range b.writtenNames(p) {
			sm := reNamedIn.FindStringSubmatch(n)
			if sm == nil {
				continue
			}
			if id, ok := b.entityNamed(sm[1]); ok && id != p.EntityID {
				b.add("LOCATED_IN", p.EntityID, id, 0.8, nil, v, p.Start, p.End)
				break
			}
		}
	}
}

// writtenNames are the ways a mention names its entity that a name pattern
// may read: the mention's own text and the entity's name.
func (b *relBuilder) writtenNames(m mention) []string {
	names := []string{m.Text}
	if e, ok := b.ents.Entities[m.EntityID]; ok {
		names = append(names, e.Name)
	}
	return names
}
