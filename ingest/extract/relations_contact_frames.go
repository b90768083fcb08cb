package extract

import "regexp"

// Readouts tell meetings in sentences that the contact patterns of
// relations_contact.go, which read only the words between two neighbouring
// groups, do not cover: a companion between the subject and its verb
// ("Witkoff, accompanied by Ambassador Escrogima, conducted talks"), a day
// and a place between the talks and "with" ("talks today in Muscat with"),
// or a pronoun standing for the people the sentence before opened with
// ("They held constructive talks with ..."). contactFrames reads such a
// sentence from the trigger outward: the people met come right after it,
// the subject is the group before it.

var (
	// The trigger ends where the people met begin.
	reContactTrigger = regexp.MustCompile(`\b(?:(met|meets)(?:` + sp + `+(?:separately|privately|again|briefly|virtually|directly|today|yesterday|also|on` + sp + `+[A-Z]\w+(?:` + sp + `+\d{1,2})?|in` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.-]*(?:,?` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.-]*){0,2}))*` + sp + `+(?:with` + sp + `+)?|(?:held|holds|hold|conducted|conducts|had|(?:has|have)` + sp + `+held)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(talks|meeting|meetings|discussions|consultations|negotiations)` + sp + `+(?:(?:today|yesterday|on` + sp + `+[A-Z]\w+(?:` + sp + `+\d{1,2})?|in` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.-]*(?:,?` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.-]*){0,2})` + sp + `+)*with` + sp + `+)(?:the` + sp + `+)?`)
	// Between the trigger and the first person met: title words the
	// argument did not take ("Crown Prince and").
	reFrameObjectGap = regexp.MustCompile(`^(?:(?:\p{Lu}[\w\x{00C0}-\x{024F}.'-]*|and|of|for|the|incoming|outgoing|new|newly` + sp + `+appointed|visiting|acting|interim)` + sp + `+){0,4}$`)
	// Between the subject and the trigger: a parenthetical set off by
	// commas (a companion, a title) and adverbs.
	reFrameSubjectGap = regexp.MustCompile(`^\)?` + sp + `*(?:,[^;:()]{1,160}?,` + sp + `*)?(?:(?:has|have|had|also|then|later|today|yesterday|[a-z]+ly)` + sp + `+)*$`)
	// A sentence opening with a pronoun for the people of the sentence
	// before.
	rePronounSubject = regexp.MustCompile(`^` + sp + `*(?:They|The two (?:leaders|officials|ministers|envoys))` + sp + `+(?:(?:also|then|later|today|[a-z]+ly)` + sp + `+)*$`)
)

// contactFrames finds the contacts the neighbour patterns missed; its
// returns the interactions found so far in the sentence, whose triggers it
// leaves alone.
func (b *relBuilder) contactFrames(v *sentView, its []interaction) []interaction {
	if !v.has("met", "meet", "talks", "discussions", "consultations", "negotiations") {
		return nil
	}
	text := v.between(v.start, v.end)
	var out []interaction
next:
	for _, loc := range reContactTrigger.FindAllStringSubmatchIndex(text, -1) {
		ts, te := v.start+loc[0], v.start+loc[1]
		for _, it := range its {
			if it.trigStart < te && ts < it.trigEnd {
				continue next
			}
		}
		word := ""
		for g := 2; g+1 < len(loc); g += 2 {
			if loc[g] >= 0 {
				word = text[loc[g]:loc[g+1]]
			}
		}
		objs := objectsAfter(v, te)
		if len(objs) == 0 || !reFrameObjectGap.MatchString(v.between(te, objs[0].start)) {
			continue
		}
		subj, start := b.frameSubject(v, ts)
		if len(subj) == 0 || word != "" && (word == "met" || word == "meets") && armedSide(v, subj[len(subj)-1]) {
			continue // "the army of Sultan Selim met Shah Ismail": a battle
		}
		it := interaction{
			kind: contactKind(word), parts: append(subj, objs...),
			trigStart: ts, trigEnd: te, start: start, end: objs[len(objs)-1].end,
		}
		if start == v.start && v.idx > 0 && subj[0].start < v.start {
			it.context = b.views[v.idx-1]
		}
		if it.kind == "talks" || it.kind == "meeting" {
			out = append(out, b.contactSides(v, it, len(subj), 0.8))
		}
	}
	return out
}

// frameSubject returns the group acting at the trigger and where the
// evidence starts: the nearest group before it with only a parenthetical
// and adverbs between, or, for "They held talks", the group the sentence
// before opened with.
func (b *relBuilder) frameSubject(v *sentView, at int) ([]arg, int) {
	gs := groups(v)
	for k := len(gs) - 1; k >= 0; k-- {
		g := gs[k]
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if last.end > at {
			continue
		}
		if reFrameSubjectGap.MatchString(v.between(last.end, at)) {
			return argsOf(v, g), first.start
		}
	}
	if v.idx == 0 || !rePronounSubject.MatchString(v.between(v.start, at)) {
		return nil, 0
	}
	// The people the sentence before opened with: its first group of two
	// or more with a person in it, unless something else came first.
	prev := b.views[v.idx-1]
	for _, g := range groups(prev) {
		first := prev.args[g[0]]
		if first.start-prev.start > 40 {
			break
		}
		if len(g) >= 2 && first.typ == "Person" {
			return argsOf(prev, g), v.start
		}
	}
	return nil, 0
}

// reVisited: right before the place a sentence says its subject visited.
var reVisited = regexp.MustCompile(`\b(?:visited|visits|traveled` + sp + `+to|travelled` + sp + `+to|travels` + sp + `+to|arrived` + sp + `+in|arrives` + sp + `+in)` + sp + `+(?:the` + sp + `+)?$`)

// visitedPlace is the place or state a sentence says its subject
// visited: "McGurk and Hochstein visited Saudi Arabia April 13 and 14".
func visitedPlace(v *sentView) (mention, bool) {
	for _, m := range v.ments {
		if (m.Type == "Place" || m.Type == "Country") && !m.Demonym && reVisited.MatchString(v.between(max(v.start, m.Start-24), m.Start)) {
			return m, true
		}
	}
	return mention{}, false
}
