package extract

import (
	"regexp"
	"strings"
)

// "the sixth trilateral summit of Israel, Greece and Cyprus", "a summit
// between Egypt and Jordan": a summit told by the states that hold it,
// with no name of its own. The states take part in it; its date and venue
// are the sentence's.

// reSummitOfStates runs from the summit's words to the first state.
var reSummitOfStates = regexp.MustCompile(`\b(?:the|a|an)` + sp + `+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|annual|trilateral|tripartite|quadrilateral|quadripartite|joint|emergency|extraordinary|regular)` + sp + `+){0,3}(summit|summit` + sp + `+meeting)` + sp + `+(?:of|between)` + sp + `+(?:the` + sp + `+)?(?:leaders` + sp + `+of` + sp + `+(?:the` + sp + `+)?)?$`)

// summitsOfStates builds the summits of v told by their states.
func (b *relBuilder) summitsOfStates(v *sentView) {
	if !v.has("summit of", "summit between", "summit meeting of", "summit meeting between") {
		return
	}
	for _, g := range groups(v) {
		if len(g) < 2 {
			continue
		}
		parts := argsOf(v, g)
		ok := true
		for _, a := range parts {
			ok = ok && a.typ == "Country" && !a.m.Demonym
		}
		first, last := parts[0], parts[len(parts)-1]
		lo := max(v.start, first.start-80)
		loc := reSummitOfStates.FindStringSubmatchIndex(v.between(lo, first.start))
		if !ok || loc == nil || b.irrealisClause(v, lo+loc[0], last.end) {
			continue
		}
		b.makeEvent(v, eventSpec{kind: "summit", parts: parts, trigStart: lo + loc[2], trigEnd: lo + loc[3],
			start: lo + loc[0], end: last.end})
	}
}

// "Pompeo joined Prime Minister Netanyahu, Prime Minister Tsipras and
// President Anastasiades in Jerusalem today for the sixth trilateral
// summit", "Blinken hosted Manalo in Washington on April 11 for the 2+2
// Ministerial Dialogue": who joined, hosted or met whom for a gathering
// took part in it, and the place before "for" is where it was held.
var (
	// reJoinedFor runs from the last one joined to the gathering's words.
	reJoinedFor = regexp.MustCompile(`^(?:` + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?([^,;:()]{1,40}?))?(?:` + sp + `+(?:today|yesterday|on` + sp + `+\p{Lu}\w+(?:` + sp + `+\d{1,2})?(?:,` + sp + `+\d{4})?))?` + sp + `+for` + sp + `+(?:the|a|an|their|its)` + sp + `+(?:[\w-]+` + sp + `+){0,4}?$`)
	// reJoinedVerb: between the subject and the first one joined.
	reJoinedVerb = regexp.MustCompile(preVerb + `(?:joined|hosted|received|welcomed|met)` + sp + `+(?:with` + sp + `+)?(?:the` + sp + `+)?$`)
)

// joinedForGathering reads reJoinedFor before the gatherings of v. An
// aside on the last one joined may stand before the place ("Galvez, Jr.,
// Officer-in-Charge of the Department of National Defense, in Washington
// on April 11 for the first 2+2 Ministerial Dialogue").
func (b *relBuilder) joinedForGathering(v *sentView) {
	if !v.has("joined", "hosted", "received", "welcomed", "met") || !v.has(" for ") {
		return
	}
	gs := groups(v)
	for _, m := range b.eventMentsOf(v) {
		if !b.eventKindIn(m.EntityID, gatheringKinds) {
			continue
		}
		for k := 1; k < len(gs); k++ {
			obj, subj := argsOf(v, gs[k]), argsOf(v, gs[k-1])
			oLast := obj[len(obj)-1]
			if oLast.end > m.Start || m.Start-oLast.end > 160 || !reJoinedVerb.MatchString(v.between(subj[len(subj)-1].end, obj[0].start)) {
				continue
			}
			from := oLast.end
			for n := 0; n < 2; n++ {
				if a := reAsideAfter.FindStringIndex(v.between(from, m.Start)); a != nil {
					from += a[1] - 1 // the closing comma may open the next aside
				}
			}
			if strings.HasPrefix(v.between(from, m.Start), ",") {
				from++
			}
			loc := reJoinedFor.FindStringSubmatchIndex(v.between(from, m.Start))
			if loc == nil || b.irrealisClause(v, subj[0].start, m.End) {
				continue
			}
			for _, a := range append(subj, obj...) {
				if !a.m.Demonym {
					b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, subj[0].start, m.End)
				}
			}
			if loc[2] >= 0 {
				if p, ok := nextMention(v, from); ok && (p.Type == "Place" || p.Type == "Country" && !p.Demonym) && p.End <= from+loc[3] {
					b.add("HELD_IN", m.EntityID, p.EntityID, 0.75, nil, v, p.Start, m.End)
				}
			}
			break
		}
	}
}

// reAsideAfter: an aside on the last one joined, set off by commas.
var reAsideAfter = regexp.MustCompile(`^` + sp + `*,[^,;:()]{1,90},`)
