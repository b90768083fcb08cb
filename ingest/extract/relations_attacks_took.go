package extract

import "regexp"

// A place "taken" by armed men: "Egyptian forces took Acre after a
// six-month siege". Only a place or state, and only where the clause goes
// on with when or how it fell: "took Iraq to task", "took the case to the
// UN", "took Kuwait by surprise" are no attacks.
var (
	reTookVerb  = regexp.MustCompile(attackerNoun + preVerbWhen[1:] + `(?:took|takes|retook|retakes)` + sp + `+(?:the` + sp + `+)?(?:city` + sp + `+of` + sp + `+|town` + sp + `+of` + sp + `+)?$`)
	reTookAfter = regexp.MustCompile(`^(?:` + sp + `*(?:[,.;]|$)|` + sp + `+(?:in|on|after|from|during|within|following|by` + sp + `+storm|and` + sp + `+(?:held|occupied|looted|sacked|razed))\b)`)
)

// tookPlaces finds ATTACKED for the wording above.
func (b *relBuilder) tookPlaces(v *sentView) {
	if !v.has("took", "takes", "retook", "retakes") {
		return
	}
	for _, g := range groups(v) {
		last := v.args[g[len(g)-1]]
		t, ok := nextMention(v, last.end)
		if !ok || (t.Type != "Place" && t.Type != "Country") || t.Demonym {
			continue
		}
		if !reTookVerb.MatchString(v.between(last.end, t.Start)) || !reTookAfter.MatchString(v.between(t.End, v.end)) {
			continue
		}
		b.attacked(v, argsOf(v, g), []arg{argOf(t)}, v.args[g[0]].start, t.End)
	}
}
