package extract

// sharedQualifierRoles reads "Pakistani prime minister Nawaz Sharif and
// army chief General Raheel Sharif", "Iranian President X and Foreign
// Minister Y": a state named before the first of a coordinated group of
// titled people qualifies every title in the group that names no state of
// its own.
func (b *relBuilder) sharedQualifierRoles(v *sentView) {
	for _, g := range groups(v) {
		if len(g) < 2 {
			continue
		}
		first := v.args[g[0]]
		if first.typ != "Person" || first.qual == nil || b.typeOf(first.qual.EntityID) != "Country" || roleTitle(v, first) == "" {
			continue
		}
		of := first.qual.EntityID
		for _, k := range g[1:] {
			a := v.args[k]
			if a.typ != "Person" || a.qual != nil || a.m.TitleOf != "" {
				break // a member with a state of its own ends the sharing
			}
			title := roleTitle(v, a)
			if title == "" {
				break
			}
			if _, known := b.roleOf[a.id]; known {
				continue
			}
			b.addRole(a.id, of, title, 0.75, v, first.qual.Start, a.m.End)
		}
	}
}
