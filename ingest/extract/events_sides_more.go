package extract

import (
	"regexp"
	"strings"
)

// More ways a sentence tells the sides of a war:
//
//   - "The 1982 Lebanon War began on 6 June 1982, when Israel invaded
//     Lebanon": whoever's deed of force began the war fought it, and so
//     did the state invaded or attacked;
//   - "Egypt, Syria and Jordan were defeated by Israel in the Six-Day
//     War": the defeated and the victor both fought it;
//   - "The Gulf War was fought by a coalition led by the United States
//     against Iraq": who fought it and whom they fought.

var (
	// After the war, before the doer: "began on 6 June 1982, when".
	// "is usually dated from 13 April 1975, when"; "broke out ..., when
	// army officers led by".
	reBeganWhen = regexp.MustCompile(`^` + sp + `+(?:began|started|opened|broke` + sp + `+out|erupted|(?:is|was)` + sp + `+(?:(?:usually|generally|often|commonly)` + sp + `+)?dated` + sp + `+from|dates` + sp + `+from)(?:` + sp + `+(?:on|in|from)?` + sp + `*[^,;]{1,40}?)?` + sp + `*,?` + sp + `+when` + sp + `+(?:the` + sp + `+)?(?:(?:[a-z][\w-]*` + sp + `+){1,3}(?:led|commanded)` + sp + `+by` + sp + `+)?$`)
	// Between the doer and its deed: where it came from ("Sharif Hussein
	// bin Ali of Mecca"), the fighters of a group ("Kataeb gunmen").
	reDoerTail = regexp.MustCompile(`^(?:` + sp + `+of` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w-]*)?(?:` + sp + `+(?:gunmen|fighters|militiamen|forces|troops|soldiers|rebels|army))?`)
	// Deeds that begin a war beside those of reForceVerb.
	reOpeningDeed = regexp.MustCompile(`^` + sp + `+(?:ambushed|stormed|proclaimed` + sp + `+the` + sp + `+(?:uprising|revolt|rebellion|revolution))\b`)
	// "invaded", "attacked", "struck" right after the doer, before the one
	// it hit, or before the one whose place it hit ("shelled the palace
	// of the newly crowned Imam").
	reInvadedObj = regexp.MustCompile(`^` + sp + `+(?:invaded|attacked|struck|bombed|shelled|raided)` + sp + `+(?:(?:southern|northern|eastern|western|neighbouring|neighboring)` + sp + `+)?(?:the` + sp + `+)?(?:(?:palace|residence|home|headquarters|garrison|positions|camp)` + sp + `+of` + sp + `+(?:the` + sp + `+)?(?:[a-z][\w-]*` + sp + `+){0,2})?$`)
	// Between the defeated and the victor: "were defeated by".
	reDefeatedBy = regexp.MustCompile(`^` + sp + `+(?:was|were)` + sp + `+(?:(?:heavily|decisively|badly|quickly)` + sp + `+)?(?:defeated|beaten|routed)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	// ", was fought by" after the war; "led by" after the fighter.
	reFoughtBy = regexp.MustCompile(`^` + sp + `+(?:was|were)` + sp + `+(?:fought|waged)` + sp + `+by` + sp + `+(?:(?:a|an|the)` + sp + `+)?(?:(?:[\w-]+` + sp + `+){0,3}?(?:coalition|alliance)` + sp + `+(?:led` + sp + `+by|of)` + sp + `+(?:the` + sp + `+)?)?$`)
)

// moreWarSides runs the rules above for each war of v.
func (b *relBuilder) moreWarSides(v *sentView, w mention, gs [][]int) {
	b.sidesBeganWhen(v, w, gs)
	b.sidesDefeatedBy(v, w, gs)
	b.sidesFoughtBy(v, w, gs)
}

// sidesBeganWhen: "<war> began ..., when X invaded Y".
func (b *relBuilder) sidesBeganWhen(v *sentView, w mention, gs [][]int) {
	for gi, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if first.start < w.End || !reBeganWhen.MatchString(v.between(w.End, first.start)) {
			continue
		}
		verb := last.end + len(reDoerTail.FindString(v.between(last.end, v.end)))
		loc := reForceVerb.FindStringIndex(v.between(verb, v.end))
		if loc == nil || loc[0] != 0 {
			loc = reOpeningDeed.FindStringIndex(v.between(verb, v.end))
		}
		if loc == nil {
			return
		}
		b.sides(v, w, g, w.Start, verb+loc[1])
		if gi+1 < len(gs) {
			obj := gs[gi+1]
			o := v.args[obj[0]]
			if reInvadedObj.MatchString(v.between(verb, o.start)) && (o.typ == "Country" || o.typ == "Person") {
				b.sides(v, w, obj[:1], w.Start, o.end)
			}
		}
		return
	}
}

// sidesDefeatedBy: "X and Y were defeated by Z in the <war>".
func (b *relBuilder) sidesDefeatedBy(v *sentView, w mention, gs [][]int) {
	for gi := 0; gi+1 < len(gs); gi++ {
		g, o := gs[gi], gs[gi+1]
		last, of, ol := v.args[g[len(g)-1]], v.args[o[0]], v.args[o[len(o)-1]]
		if ol.end > w.Start || !reDefeatedBy.MatchString(v.between(last.end, of.start)) || !reInTheWar.MatchString(v.between(ol.end, w.Start)) {
			continue
		}
		b.sides(v, w, g, v.args[g[0]].start, w.End)
		b.sides(v, w, o, v.args[g[0]].start, w.End)
	}
}

// sidesFoughtBy: "<war> was fought by (a coalition led by) X against Y".
func (b *relBuilder) sidesFoughtBy(v *sentView, w mention, gs [][]int) {
	for gi, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if first.start < w.End || !reFoughtBy.MatchString(v.between(w.End, first.start)) {
			continue
		}
		b.sides(v, w, g, w.Start, last.end)
		if gi+1 < len(gs) {
			obj := gs[gi+1]
			if gap := v.between(last.end, v.args[obj[0]].start); reAgainstAfter.MatchString(gap) && !strings.ContainsAny(gap, ",;") {
				b.sides(v, w, obj, w.Start, v.args[obj[len(obj)-1]].end)
			}
		}
		return
	}
}
