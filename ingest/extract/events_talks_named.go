package extract

import "regexp"

// Talks named by their sides: "P5+1 and Iran talks", "the US–Iran nuclear
// talks", "Israel-Hamas negotiations". The sides take part in the talks and
// negotiated with each other; people who meet "during" or "at" the talks
// took part in them too ("Zarif meets with Kerry during P5+1 and Iran
// talks"). "X and Y talks with Z" is not named by its sides and gives
// nothing here.

var (
	// Between two sides of a compound: "and", a dash, a slash.
	reSidesJoin = regexp.MustCompile(`^(?:` + sp + `+and` + sp + `+(?:the` + sp + `+)?|` + sp + `*[–/-]` + sp + `*)$`)
	// After the last side: a modifier or two, then the talks.
	reSidesTalks = regexp.MustCompile(`^` + sp + `+(?:(?:nuclear|peace|direct|indirect|bilateral|trilateral|security|trade|strategic|ceasefire|high-level|technical|expert-level)` + sp + `+){0,2}(talks|negotiations)\b`)
	// "with" right after: the compound was the talks' one side.
	reWithAfter = regexp.MustCompile(`^` + sp + `+with\b`)
	// "during", "at", "on the sidelines of" before the talks.
	reDuringTalks = regexp.MustCompile(`^` + sp + `+(?:during|at|on` + sp + `+the` + sp + `+(?:sidelines|margins)` + sp + `+of|ahead` + sp + `+of)` + sp + `+(?:the` + sp + `+)?$`)
)

// sidedTalks builds the talks of v named by their sides.
func (b *relBuilder) sidedTalks(v *sentView) {
	if !v.has("talks", "negotiations") {
		return
	}
	for i := 0; i+1 < len(v.args); i++ {
		first := v.args[i]
		if !sideOfTalks(first) {
			continue
		}
		j := i
		for j+1 < len(v.args) && sideOfTalks(v.args[j+1]) && reSidesJoin.MatchString(v.between(v.args[j].end, v.args[j+1].start)) {
			j++
		}
		if j == i {
			continue
		}
		last := v.args[j]
		loc := reSidesTalks.FindStringSubmatchIndex(v.between(last.end, v.end))
		if loc == nil || reWithAfter.MatchString(v.between(last.end+loc[1], v.end)) {
			i = j
			continue
		}
		if reBetweenBefore.MatchString(v.between(max(v.start, first.start-12), first.start)) || precededByIndefinite(v, first.start) {
			i = j
			continue
		}
		end := last.end + loc[1]
		if b.irrealisClause(v, first.start, end) {
			i = j
			continue
		}
		parts := append([]arg{}, v.args[i:j+1]...)
		id := b.makeEvent(v, eventSpec{kind: "talks", parts: parts, trigStart: first.start, trigEnd: end, start: first.start, end: end})
		if id == "" {
			i = j
			continue
		}
		if len(parts) == 2 {
			b.add("NEGOTIATED_WITH", parts[0].id, parts[1].id, 0.8, nil, v, first.start, end)
		}
		b.metDuring(v, i, first.start, id, end)
		i = j
	}
}

// reBetweenBefore: "talks between X and Y" is the contact rules' own.
var reBetweenBefore = regexp.MustCompile(`\bbetween` + sp + `+(?:the` + sp + `+)?$`)

// sideOfTalks reports a state or organisation, the sides talks are named by.
func sideOfTalks(a arg) bool {
	return (a.typ == "Country" || a.typ == "Organization") && !a.m.Demonym
}

// metDuring: "A meets with B during <talks>": A and B took part in them.
func (b *relBuilder) metDuring(v *sentView, sideIdx, talksStart int, id string, end int) {
	if sideIdx < 2 {
		return
	}
	obj, subj := v.args[sideIdx-1], v.args[sideIdx-2]
	if obj.typ != "Person" || subj.typ != "Person" || !reDuringTalks.MatchString(v.between(obj.end, talksStart)) ||
		!reGapMet.MatchString(v.between(subj.end, obj.start)) {
		return
	}
	for _, p := range []arg{subj, obj} {
		b.add("PARTICIPATED_IN", p.id, id, 0.8, nil, v, subj.start, end)
	}
}
