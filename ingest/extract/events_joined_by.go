package extract

import "regexp"

// Those an operation, a campaign or a war "was joined by" took part in it:
// "Saudi Arabia said the operation, named Decisive Storm, involved 100 of
// its fighter jets and was joined by the United Arab Emirates, Kuwait,
// Bahrain, …". The passive follows the event's name in its own clause,
// with no other actor between; the states and bodies listed after it are
// the ones that joined.

// reWasJoinedBy ends right before those who joined.
var reWasJoinedBy = regexp.MustCompile(`\b(?:was|were|has` + sp + `+been|had` + sp + `+been)` + sp + `+(?:(?:later|also|soon|quickly|then)` + sp + `+)?joined` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)

// joinedByList adds PARTICIPATED_IN for the states and bodies an event of
// v was joined by.
func (b *relBuilder) joinedByList(v *sentView) {
	if !v.has("joined by") {
		return
	}
	for _, m := range b.eventMentsOf(v) {
		for _, g := range groups(v) {
			first := v.args[g[0]]
			if first.start < m.End {
				continue
			}
			gap := v.between(m.End, first.start)
			if len(gap) > 120 || !reWasJoinedBy.MatchString(gap) || b.irrealisClause(v, m.Start, first.end) {
				break // the first actor after the event is the one joined by, or none is
			}
			for _, a := range argsOf(v, g) {
				if (a.typ == "Country" || a.typ == "Organization") && !a.m.Demonym {
					b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, m.Start, v.args[g[len(g)-1]].end)
				}
			}
			break
		}
	}
}
