package extract

import "regexp"

// An encyclopedia lists whom a group struck in a sentence of its own,
// after the one that says it attacked: "The ANO carried out attacks in 20
// countries. Targets include the United States, the United Kingdom,
// France, Israel, moderate Palestinians, the PLO". Each state or place of
// the list was attacked by the group or state that opens the sentence
// before (ATTACKED's object is a state or a place; bodies are left out).
// The same history lists the group's attacks by name: "Major attacks
// included the Rome and Vienna Airport Attacks in December 1985 ... and
// the Pan Am Flight 73 hijacking": the group took part in each event the
// list names.

var (
	// reTargetsInclude opens a list of targets.
	reTargetsInclude = regexp.MustCompile(`^(?:(?:Its|Their|The` + sp + `+group['’]s)` + sp + `+)?(?:(?:main|principal|chief)` + sp + `+)?[Tt]argets` + sp + `+(?:include|included|have` + sp + `+included|had` + sp + `+included|were|are)` + sp + `*:?` + sp + `+`)
	// reAttacksInclude opens a list of a group's attacks.
	reAttacksInclude = regexp.MustCompile(`^(?:(?:Its|Their|The` + sp + `+group['’]s)` + sp + `+)?(?i:(?:(?:major|notable|main|other|deadliest|best-known|most` + sp + `+notable)` + sp + `+)?(?:attacks|operations))` + sp + `+(?:include|included|have` + sp + `+included|had` + sp + `+included|were)` + sp + `*:?` + sp + `+`)
	// reListGap joins the items of a list: a comma, "and", an article.
	reListGap = regexp.MustCompile(`^` + sp + `*(?:,|,?` + sp + `+and)?` + sp + `*(?:the` + sp + `+)?$`)
	// reListWords: the words of an item that is no entity, between commas
	// ("moderate Palestinians").
	reListWords = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:[A-Za-z][\w-]*` + sp + `+){0,3}?[A-Za-z][\w-]*` + sp + `*,` + sp + `*(?:(?:and` + sp + `+)?the` + sp + `+)?$`)
	// reOpenerOnly: nothing but an article before a sentence's subject.
	reOpenerOnly = regexp.MustCompile(`^(?:[Tt]he` + sp + `+)?$`)
)

// listedTargets reads a list of targets (see above).
func (b *relBuilder) listedTargets(v *sentView) {
	loc := reTargetsInclude.FindStringIndex(v.between(v.start, v.end))
	if loc == nil {
		return
	}
	doer, ok := b.attackerBefore(v)
	if !ok {
		return
	}
	pos := v.start + loc[1]
	for _, m := range v.ments {
		if m.Start < pos {
			continue
		}
		// The list goes on past an item that is no entity ("moderate
		// Palestinians"); anything else between two items, a clause,
		// ends it.
		if !reListGap.MatchString(v.between(pos, m.Start)) && !reListWords.MatchString(v.between(pos, m.Start)) {
			break
		}
		if (m.Type == "Country" || m.Type == "Place") && !m.Demonym {
			b.add("ATTACKED", doer, m.EntityID, 0.7, nil, v, v.start, m.End)
		}
		pos = m.End
	}
}

// listedAttacks reads a list of named attacks (see above); it runs after
// the events of the sentence are built.
func (b *relBuilder) listedAttacks(v *sentView) {
	loc := reAttacksInclude.FindStringIndex(v.between(v.start, v.end))
	if loc == nil {
		return
	}
	doer, ok := b.attackerBefore(v)
	if !ok {
		return
	}
	for _, m := range b.eventMentsOf(v) {
		if m.Start >= v.start+loc[1] {
			// The event's own words are the evidence, so the date of
			// the list's first item dates no other.
			b.add("PARTICIPATED_IN", doer, m.EntityID, 0.7, nil, v, m.Start, m.End)
		}
	}
}

// attackerBefore is the group or state that opens the sentence before v,
// when that sentence says it attacked.
func (b *relBuilder) attackerBefore(v *sentView) (string, bool) {
	if v.idx < 1 || v.idx > len(b.views) {
		return "", false
	}
	prev := b.views[v.idx-1] // one view per sentence, in order
	if !prev.has("attack") || len(prev.args) == 0 {
		return "", false
	}
	a := prev.args[0]
	if (a.typ != "Organization" && a.typ != "Country") || !reOpenerOnly.MatchString(prev.between(prev.start, a.start)) {
		return "", false
	}
	return a.id, true
}
