package extract

import "regexp"

// A series of treaties with a partner, one of them named after it: "Bahrain
// signed a series of treaties with the United Kingdom, including the
// General Maritime Treaty of 1820". Both sides are parties to the named
// treaty.

var (
	// reSignedSeriesWith runs from the signers to the partner.
	reSignedSeriesWith = regexp.MustCompile(preVerbWhen + `(?:signed|concluded|agreed)` + sp + `+(?:(?:a` + sp + `+series` + sp + `+of|a` + sp + `+number` + sp + `+of|several|two|three|four|many|various)` + sp + `+)(?:[\w-]+` + sp + `+)?(?:treaties|agreements|accords|conventions)` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// reIncludingThe runs from the partner to the treaty named.
	reIncludingThe = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:including|among` + sp + `+them|notably|such` + sp + `+as)` + sp + `+(?:the` + sp + `+)?$`)
)

// partiesOfSeries adds PARTY_TO for both sides of a series of treaties to
// the one named after "including".
func (b *relBuilder) partiesOfSeries(v *sentView) {
	if !v.has("treaties", "agreements", "accords", "conventions") {
		return
	}
	gs := groups(v)
	for i, g := range gs {
		if i+1 >= len(gs) {
			break
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		partners := gs[i+1]
		p0, pn := v.args[partners[0]], v.args[partners[len(partners)-1]]
		if !reSignedSeriesWith.MatchString(v.between(last.end, p0.start)) {
			continue
		}
		agr, ok := nextMention(v, pn.end)
		if !ok || agr.Type != "Agreement" || !reIncludingThe.MatchString(v.between(pn.end, agr.Start)) {
			continue
		}
		if b.irrealisClause(v, first.start, agr.End) {
			continue
		}
		sides := append(argsOf(v, g), argsOf(v, partners)...)
		for _, p := range b.subjectIDs(sides, true) {
			b.add("PARTY_TO", p, agr.EntityID, 0.8, nil, v, first.start, agr.End)
		}
	}
}
