package extract

import (
	"regexp"
	"sort"
)

// Prisoner exchanges are events of the two sides that swapped: "Saudi
// Arabia and the Houthis exchanged prisoners on 9 March 2016", "a
// prisoner swap between Israel and Hamas took place on ...". One is built
// only with a resolved date (a swap told without one is often planned or
// a practice); both sides take part in it, and it is held where the
// sentence says ("in Yemen").

var (
	// After the group of sides: "exchanged prisoners", "swapped detainees",
	// "carried out a prisoner exchange", a headline's "begin a major
	// prisoner swap".
	reExchangedAfter = regexp.MustCompile(`^` + sp + `+(?:(?:have|has|had|also|then|later|successfully)` + sp + `+)*(?:(?:exchanged|swapped|traded)` + sp + `+(?:(?:[\w-]+` + sp + `+){0,2}?)?(prisoners|detainees|captives|hostages|prisoners` + sp + `+of` + sp + `+war)|(?:carried` + sp + `+out|carry` + sp + `+out|carries` + sp + `+out|completed|completes|complete|conducted|conduct|conducts|made|agreed` + sp + `+on|began|begin|begins|started|start|starts)` + sp + `+(?:a|an|the)` + sp + `+(?:(?:[\w-]+` + sp + `+){0,2}?)?(prisoner` + sp + `+(?:exchange|swap)))\b`)
	// Before the group: "a prisoner exchange between", "a swap of prisoners between".
	reExchangeBetween = regexp.MustCompile(`\b((?:prisoner|detainee|hostage)` + sp + `+(?:exchange|swap)|(?:exchange|swap)` + sp + `+of` + sp + `+(?:prisoners|detainees|hostages))` + sp + `+between` + sp + `+(?:the` + sp + `+)?$`)
)

// rePresentSwap: a verb of exchanging in the present tense, between the
// sides and the swap.
var rePresentSwap = regexp.MustCompile(`^` + sp + `+(?:begin|begins|start|starts|complete|completes|conduct|conducts|exchange|swap|trade|carry` + sp + `+out|carries` + sp + `+out)\b`)

// exchanges builds the prisoner exchanges of v.
func (b *relBuilder) exchanges(v *sentView) {
	if !v.has("exchang", "swap", "traded") {
		return
	}
	for _, g := range groups(v) {
		if len(g) < 2 {
			continue
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		ts, te := -1, -1
		if loc := reExchangedAfter.FindStringSubmatchIndex(v.between(last.end, v.end)); loc != nil {
			for k := 2; k+1 < len(loc); k += 2 {
				if loc[k] >= 0 {
					ts, te = last.end+loc[k], last.end+loc[k+1]
				}
			}
		} else {
			lo := max(v.start, first.start-60)
			if loc := reExchangeBetween.FindStringSubmatchIndex(v.between(lo, first.start)); loc != nil {
				ts, te = lo+loc[2], lo+loc[3]
			}
		}
		if ts < 0 || b.irrealisClause(v, min(ts, first.start), max(te, last.end)) {
			continue
		}
		parts := argsOf(v, g)
		names := ""
		for i, p := range sortedNames(b, parts) {
			if i > 0 {
				names += "–"
			}
			names += p
		}
		spec := eventSpec{kind: "exchange", parts: parts, trigStart: ts, trigEnd: te,
			start: min(ts, first.start), end: max(te, last.end), needDate: true, name: names + " prisoner exchange"}
		// "Israel and Hamas begin a major prisoner swap": a news item's
		// present tense reports the day it was published.
		if rePresentSwap.MatchString(v.between(last.end, ts)) {
			if d, ok := b.publicationDate(); ok {
				spec.fallbackDate = &d
			}
		}
		b.makeEvent(v, spec)
	}
}

// sortedNames are the names of parts, sorted and without repeats.
func sortedNames(b *relBuilder, parts []arg) []string {
	var names []string
	for _, p := range parts {
		names = append(names, b.nameOf(p.id))
	}
	names = dedupe(names)
	sort.Strings(names)
	return names
}
