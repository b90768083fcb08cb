package extract

// The catalog knows the parties and groups of the people of this domain
// (catalogEntry.Affiliations): Yasser Arafat led Fatah and the PLO, Ariel
// Sharon belonged to Likud and then Kadima, Osama bin Laden founded
// al-Qaeda. A sentence that names such a person and one of their parties
// or groups is read as the person's tie to it (AFFILIATED_WITH): "Arafat's
// Fatah took over the PLO", "Sharon left Likud to form Kadima". The
// sentence is the evidence; the catalog only says which of the bodies it
// names the person belongs to. The tie is weaker than one read from
// wording (knownSideConfidence), and a sentence that denies it or speaks
// of what might be (irrealisClause) gives none.

// knownAffiliations adds AFFILIATED_WITH for every catalog affiliation of
// a person named in the same sentence as the person.
func (b *relBuilder) knownAffiliations(v *sentView) {
	for _, p := range v.args {
		if p.typ != "Person" {
			continue
		}
		e, ok := b.ents.Entities[p.id]
		if !ok || len(e.Affiliations) == 0 {
			continue
		}
		for _, o := range v.args {
			if o.typ != "Organization" || !hasString(e.Affiliations, o.id) {
				continue
			}
			start, end := min(p.start, o.start), max(p.end, o.end)
			if b.irrealisClause(v, start, end) {
				continue
			}
			b.add("AFFILIATED_WITH", p.id, o.id, knownSideConfidence, nil, v, start, end)
		}
	}
}
