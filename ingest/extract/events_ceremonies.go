package extract

import (
	"regexp"
	"strings"
)

// A signing ceremony is the signing of its agreement: "Trump hosted the
// signing ceremony for the Abraham Accords at the White House in September
// 2020" is the Signing of the Abraham Accords (the event the signing rules
// build from "X and Y signed the Abraham Accords"), held where the
// sentence says, with whoever hosted, attended or presided over it taking
// part. Like those, it is built only with a date.

var (
	// "the signing ceremony for the", "the signing ceremony of the":
	// right before the agreement.
	reCeremonyFor = regexp.MustCompile(`(?i)\bsigning` + sp + `+ceremony` + sp + `+(?:for|of)` + sp + `+(?:the` + sp + `+)?$`)
	// "the Abraham Accords signing ceremony": right after the agreement.
	reCeremonyAfter = regexp.MustCompile(`^` + sp + `+signing` + sp + `+ceremony\b`)
	// What the people before the ceremony did at it.
	reCeremonyVerb = regexp.MustCompile(`^` + sp + `+(?:(?:also|jointly|later)` + sp + `+)?(?:hosted|attended|held|presided` + sp + `+over|took` + sp + `+part` + sp + `+in|participated` + sp + `+in|joined|witnessed)` + sp + `+(?:the|a)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?$`)
)

// ceremonies builds the signing of an agreement told as its ceremony.
func (b *relBuilder) ceremonies(v *sentView) {
	if !v.has("ceremony") {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Agreement" {
			continue
		}
		start, end := m.Start, m.End
		if loc := reCeremonyFor.FindStringIndex(v.between(max(v.start, m.Start-40), m.Start)); loc != nil {
			start = max(v.start, m.Start-40) + loc[0]
		} else if loc := reCeremonyAfter.FindStringIndex(v.between(m.End, v.end)); loc != nil {
			end = m.End + loc[1]
		} else {
			continue
		}
		// Those who hosted or attended it: the group right before the verb.
		var parts []arg
		for _, g := range groups(v) {
			last := v.args[g[len(g)-1]]
			if last.end > start {
				break
			}
			if reCeremonyVerb.MatchString(v.between(last.end, start)) {
				parts = argsOf(v, g)
			}
		}
		if b.irrealisClause(v, start, end) {
			continue
		}
		_, local, _ := strings.Cut(m.EntityID, ":")
		id := b.makeEvent(v, eventSpec{
			kind: "agreement", parts: parts, trigStart: start, trigEnd: end, start: start, end: end,
			needDate: true, slug: local, name: signingName(b.nameOf(m.EntityID)),
		})
		// "on the South Lawn": a ceremony's ground.
		if p, ok := nextMention(v, end); ok && id != "" && p.Type == "Place" && reOnTheGround.MatchString(v.between(end, p.Start)) {
			b.add("HELD_IN", id, p.EntityID, 0.8, nil, v, start, p.End)
		}
	}
}

// reOnTheGround: right before the ground a ceremony was held on.
var reOnTheGround = regexp.MustCompile(`^` + sp + `+on` + sp + `+the` + sp + `+$`)
