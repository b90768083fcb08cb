package extract

import (
	"regexp"
	"strings"
)

// The supporters of a war, uprising, operation or strike, as a clause
// after it tells them: "the uprising was put down with the help of forces
// from Iran, Jordan and Pakistan", "the strikes were conducted with
// support from Australia, Bahrain and Canada". Whoever lent forces or
// support to the fighting took part in it (PARTICIPATED_IN); the words
// say help given to the fighting itself, not to one of its sides in
// general ("Iran's support for the Houthis" gives nothing).

// reSupportBefore ends right before the first supporter: "with the help
// of", "with support from", "with the assistance of forces from", "with
// the participation of".
var reSupportBefore = regexp.MustCompile(`\bwith` + sp + `+(?:the` + sp + `+)?(?:(?:military|air|naval|logistical|logistic|direct|active|material|operational)` + sp + `+)?(?:help|support|assistance|backing|participation|aid|contributions?)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?(?:(?:[\w-]+` + sp + `+)?(?:forces|troops|units|contingents|aircraft|warships|soldiers)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?)?$`)

// reEventOpens is what may stand before an event that is its clause's
// subject: nothing, an opener set off by a comma, an article.
var reEventOpens = regexp.MustCompile(`^(?:[^,;]{0,60},)?` + sp + `*(?:(?:[Tt]he|[Aa]n?)` + sp + `+)?$`)

// supportSides records the supporters named after event mention w in v.
func (b *relBuilder) supportSides(v *sentView, w mention) {
	if !v.has("help", "support", "assistance", "backing", "participation", "aid", "contribution") {
		return
	}
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if first.start < w.End {
			continue
		}
		gap := v.between(w.End, first.start)
		loc := reSupportBefore.FindStringIndex(gap)
		if loc == nil || strings.ContainsAny(gap, ";") || len(gap) > 220 || b.otherEventBetween(v, w, first.start) {
			continue
		}
		// The words of support are no hedge themselves; what comes before
		// them may be ("could have been ended with the help of").
		// The event is the clause's subject: "After the war, the economy
		// grew with the help of X" helped something else.
		if !reEventOpens.MatchString(v.between(v.start, w.Start)) || b.irrealisClause(v, w.Start, w.End+loc[0]) {
			continue
		}
		for _, a := range argsOf(v, g) {
			if !a.actor() || a.typ == "Person" || a.m.Demonym {
				continue
			}
			b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.75, nil, v, w.Start, last.end)
		}
		return
	}
}

// supportedEvents runs supportSides for the wars, operations and attacks of
// v, or for "the uprising" standing for the one war of the sentences
// before.
func (b *relBuilder) supportedEvents(v *sentView) {
	if !v.has("help", "support", "assistance", "backing", "participation", "aid", "contribution") {
		return
	}
	var ws []mention
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type != "Event" || m.Sentence != v.idx && (m.Start < v.start || m.End > v.end) {
			continue
		}
		if b.warLike(m.EntityID) || strings.HasPrefix(m.EntityID, "event:attack:") {
			ws = append(ws, m)
		}
	}
	if len(ws) == 0 {
		if w, ok := b.theWar(v); ok {
			ws = append(ws, w)
		}
	}
	for _, w := range ws {
		b.supportSides(v, w)
	}
}
