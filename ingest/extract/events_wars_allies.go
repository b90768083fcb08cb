package extract

import "regexp"

// The one who led a side into a war, and the ally who fought beside it:
// "Ghalib Alhinai and Suleiman bin Hamyar led the Imamate of Oman in the
// Jebel Akhdar War", "The United Kingdom fought alongside Oman in the
// Dhofar Rebellion", "Jordan joined Egypt in the Six-Day War". The side
// right before "in the war" took part in it (the war rules read that);
// whoever led it, fought beside or against it, or joined it there took
// part too. Backing or supporting a side ("The United States backed Iraq
// in the war") may be money or words, so it says nothing of the backer.

// reAllyVerb ends right before the side: "led", "fought alongside".
var reAllyVerb = regexp.MustCompile(`^,?` + sp + `+(?:(?:has|had|also|then|later|successfully)` + sp + `+)*(?:led|commanded|joined|fought` + sp + `+(?:alongside|beside|with|against)|battled|went` + sp + `+to` + sp + `+war` + sp + `+(?:with|against))` + sp + `+(?:the` + sp + `+)?$`)

// reAllyInTheWar ends right before the war after the side.
var reAllyInTheWar = regexp.MustCompile(`^` + sp + `+(?:in|during)` + sp + `+(?:the` + sp + `+)?$`)

// warAllies records who led, joined or fought beside the side named right
// before a war of v.
func (b *relBuilder) warAllies(v *sentView) {
	if !v.has("led", "commanded", "joined", "fought", "battled", "went to war") {
		return
	}
	var ws []mention
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type == "Event" && m.Start >= v.start && m.End <= v.end && b.warLike(m.EntityID) {
			ws = append(ws, m)
		}
	}
	gs := groups(v)
	for _, w := range ws {
		for k := 1; k < len(gs); k++ {
			side, ally := gs[k], gs[k-1]
			sideFirst, sideLast := v.args[side[0]], v.args[side[len(side)-1]]
			allyLast := v.args[ally[len(ally)-1]]
			if sideLast.end > w.Start || !reAllyInTheWar.MatchString(v.between(sideLast.end, w.Start)) {
				continue
			}
			if !reAllyVerb.MatchString(v.between(allyLast.end, sideFirst.start)) || b.irrealisClause(v, v.args[ally[0]].start, w.End) {
				continue
			}
			for _, a := range argsOf(v, ally) {
				if a.actor() && !a.m.Demonym {
					b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.75, nil, v, a.start, w.End)
				}
			}
			for _, a := range argsOf(v, side) {
				if a.actor() && !a.m.Demonym {
					b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.75, nil, v, a.start, w.End)
				}
			}
		}
	}
}
