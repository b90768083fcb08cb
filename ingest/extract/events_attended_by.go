package extract

import "regexp"

// "The Cairo Peace Summit was attended by leaders of Egypt, Jordan, Qatar
// and the United Arab Emirates": a named event and those who attended it,
// in the passive. People stand for themselves, "leaders of", "delegations
// from" for their states.

// reNamedAttendedBy: between the event and the group that attended it.
var reNamedAttendedBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:was|were)` + sp + `+(?:also` + sp + `+)?(?:attended|joined)` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:leaders|ministers|foreign` + sp + `+ministers|heads` + sp + `+of` + sp + `+state|delegations|delegates|representatives|officials|envoys)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?)?$`)

// attendedBy gives PARTICIPATED_IN for the group that attended a named
// event of v.
func (b *relBuilder) attendedBy(v *sentView) {
	if !v.has("attended by", "joined by") {
		return
	}
	gs := groups(v)
	for _, m := range b.eventMentsOf(v) {
		for _, g := range gs {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if first.start < m.End || !reNamedAttendedBy.MatchString(v.between(m.End, first.start)) {
				continue
			}
			if b.irrealisClause(v, m.Start, last.end) {
				break
			}
			for _, a := range argsOf(v, g) {
				if a.actor() {
					b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.8, nil, v, m.Start, last.end)
				}
			}
			break
		}
	}
}
