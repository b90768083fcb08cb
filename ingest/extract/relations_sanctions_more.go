package extract

import "regexp"

// More sanction verbs: a sanction kept up ("the United States continues to
// sanction Iran") and assets frozen ("the United Kingdom froze the assets
// of Hezbollah"). Freezing is a sanction whoever orders it; a bank that
// froze an account is no state, and only states and organisations count.
var reSanctionKept = regexp.MustCompile(preVerbWhen + `(?:(?:continues|continued|continue|will` + sp + `+continue)` + sp + `+to` + sp + `+(?:sanction|designate|blacklist)|(?:froze|freezes|has` + sp + `+frozen|have` + sp + `+frozen|had` + sp + `+frozen)` + sp + `+(?:all` + sp + `+)?(?:the` + sp + `+)?(?:[\w-]+` + sp + `+)?(?:assets|funds|property|accounts|holdings)` + sp + `+(?:of|belonging` + sp + `+to|held` + sp + `+by))` + sp + `+(?:the` + sp + `+)?$`)

// sanctionsKept finds SANCTIONED for the verbs of this file.
func (b *relBuilder) sanctionsKept(v *sentView) {
	if !v.has("continu", "froze", "frozen") {
		return
	}
	gs := groups(v)
	for gi := 0; gi+1 < len(gs); gi++ {
		g, next := gs[gi], gs[gi+1]
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		end := v.args[next[len(next)-1]].end
		if !reSanctionKept.MatchString(v.between(last.end, v.args[next[0]].start)) || b.irrealisClause(v, first.start, end) {
			continue
		}
		for _, s := range argsOf(v, g) {
			if s.typ != "Country" && s.typ != "Organization" {
				continue
			}
			for _, o := range argsOf(v, next) {
				if o.id != s.id {
					b.add("SANCTIONED", s.id, o.id, 0.8, nil, v, first.start, end)
				}
			}
		}
	}
}
