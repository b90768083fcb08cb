package extract

import "regexp"

// "The 2015 Paris attacks were carried out by the Islamic State": a named
// deed and who did it, in the passive. Whoever carried it out took part
// in it.

// reDeedCarriedOutBy: between the deed and its doers.
var reDeedCarriedOutBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:was|were)` + sp + `+)?(?:(?:allegedly|reportedly|later)` + sp + `+)?(?:carried` + sp + `+out|perpetrated|committed|claimed|planned|orchestrated)` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:members|militants|gunmen|fighters|operatives)` + sp + `+of` + sp + `+(?:the` + sp + `+)?)?$`)

// carriedOut gives PARTICIPATED_IN for those who carried out a named deed
// of v.
func (b *relBuilder) carriedOut(v *sentView) {
	if !v.has("carried out by", "perpetrated by", "committed by", "claimed by", "planned by", "orchestrated by") {
		return
	}
	gs := groups(v)
	for _, m := range b.eventMentsOf(v) {
		for _, g := range gs {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if first.start < m.End || !reDeedCarriedOutBy.MatchString(v.between(m.End, first.start)) {
				continue
			}
			if !b.irrealisClause(v, m.Start, last.end) {
				for _, a := range argsOf(v, g) {
					if a.actor() && !a.m.Demonym {
						b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.8, nil, v, m.Start, last.end)
					}
				}
			}
			break
		}
	}
}
