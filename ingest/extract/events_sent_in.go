package extract

import (
	"regexp"
	"strings"
)

// A state or body that sent its forces in a named operation took part in
// it: "In October 2011 Kenya sent troops across the border in Operation
// Linda Nchi", "Saudi Arabia deployed forces to the emirate in Operation
// …". The senders are the group right before the verb.

// reSentForcesIn: from the senders to the operation's name, the verb, the
// forces sent and where at most.
var reSentForcesIn = regexp.MustCompile(preVerb + `(?:sent|sends|deployed|deploys|dispatched|dispatches|committed|commits)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:troops|forces|soldiers|units|warships|aircraft|jets|marines|battalions)\b[^;:.()]{0,60}?` + sp + `+(?:in|during|as` + sp + `+part` + sp + `+of)` + sp + `+$`)

// forcesSentIn reads the form above.
func (b *relBuilder) forcesSentIn(v *sentView) {
	if !v.has("sent", "sends", "deployed", "deploys", "dispatched", "dispatches", "committed", "commits") {
		return
	}
	var gs [][]int
	for _, m := range b.eventMentsOf(v) {
		if !strings.HasPrefix(b.nameOf(m.EntityID), "Operation ") {
			continue
		}
		if gs == nil {
			gs = groups(v)
		}
		for _, g := range gs {
			last := v.args[g[len(g)-1]]
			if last.end > m.Start {
				break
			}
			if !reSentForcesIn.MatchString(v.between(last.end, m.Start)) || b.irrealisClause(v, v.args[g[0]].start, m.End) {
				continue
			}
			for _, a := range argsOf(v, g) {
				if (a.typ == "Country" || a.typ == "Organization") && !a.m.Demonym {
					b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, a.start, m.End)
				}
			}
		}
	}
}
