package extract

import "regexp"

// A person's own state is the one the text first describes them by:
// "Yossi Harel (born 1951) is an Israeli politician". A cabinet or head
// office they later hold with no state named ("He served as Minister of
// Internal Security") is an office of that state (principalOffices).

var (
	// reDescribedBy: between the name and the demonym of the description,
	// with the parenthesis of birth and names a biography opens with.
	reDescribedBy = regexp.MustCompile(`^` + sp + `*(?:\([^()]{0,160}\)` + sp + `*)?,?` + sp + `*(?:is|was)` + sp + `+(?:an?` + sp + `+)?(?:(?:former|retired|veteran|prominent|senior|leading|influential)` + sp + `+)*$`)
	// reDescribedAs: the calling after the demonym ("politician", "army
	// general and politician"), which makes the demonym the person's own
	// state and not a topic ("an expert on Iranian affairs").
	reDescribedAs = regexp.MustCompile(`^` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:politician|statesman|stateswoman|diplomat|general|officer|soldier|commander|lawyer|jurist|economist|official|civil` + sp + `+servant|military|army|air` + sp + `+force|navy|intelligence|security|businessman|businesswoman|activist|leader|revolutionary|nationalist|monarch|king|queen|prince|ruler|royal|cleric|rabbi|imam|scholar|academic|journalist|engineer|physician)\b`)
)

// ownStates maps each person the text describes by a state's demonym
// ("X is an Israeli politician") to that state; the first description
// counts. Found once per document.
func (b *relBuilder) ownStates() map[string]string {
	if b.ownState != nil {
		return b.ownState
	}
	b.ownState = map[string]string{}
	for _, v := range b.views {
		for _, a := range v.args {
			if a.typ != "Person" || a.m.Anaphor || a.m.Pronoun || a.m.Elided {
				continue
			}
			if _, seen := b.ownState[a.id]; seen {
				continue
			}
			q, ok := nextMention(v, a.m.End)
			if !ok || q.Type != "Country" || !q.Demonym || !reDescribedBy.MatchString(v.between(a.m.End, q.Start)) || !reDescribedAs.MatchString(v.between(q.End, v.end)) {
				continue
			}
			b.ownState[a.id] = q.EntityID
		}
	}
	return b.ownState
}
