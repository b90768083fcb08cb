package extract

import "regexp"

// reOtherOfficials closes a list of office holders with the state they
// all serve: "..., Foreign Minister Faisal bin Farhan, and other senior
// Saudi officials".
var reOtherOfficials = regexp.MustCompile(`^` + sp + `*,?` + sp + `*and` + sp + `+other` + sp + `+(?:(?:senior|top|high-ranking|leading)` + sp + `+)?$`)
var reOfficialsNoun = regexp.MustCompile(`^` + sp + `+(?:officials|leaders|ministers|diplomats)\b`)

// listedOfficials finds HOLDS_ROLE for the titled people of a list that
// ends "and other senior Saudi officials": each title is held for that
// state.
func (b *relBuilder) listedOfficials(v *sentView) {
	if !v.has("other") {
		return
	}
	for _, g := range groups(v) {
		people := argsOf(v, g)
		last := people[len(people)-1]
		next, ok := nextMention(v, last.end)
		if !ok || next.Type != "Country" || !next.Demonym || !reOtherOfficials.MatchString(v.between(last.end, next.Start)) || !reOfficialsNoun.MatchString(v.between(next.End, v.end)) {
			continue
		}
		for _, p := range people {
			if p.typ != "Person" || p.m.TitleOf != "" {
				continue
			}
			if _, known := b.roleOf[p.id]; known {
				continue // placed already, by the text or the catalog
			}
			if title := roleTitle(v, p); title != "" {
				b.addRole(p.id, next.EntityID, title, 0.75, v, p.start, next.End)
			}
		}
	}
}
