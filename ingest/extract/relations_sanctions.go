package extract

import "regexp"

var (
	// SANCTIONED: "X sanctioned Y", "X imposed new sanctions on Y".
	reSanctionVerb = regexp.MustCompile(preVerb + `(?:(?:is|are|was|were)` + sp + `+)?(?:sanctioned|sanctioning|designated|designating|blacklisted|blacklisting|(?:imposed|imposes|imposing|to` + sp + `+impose|announced|levied|placed|slapped|expanded|restored|reimposed)` + sp + `+(?:(?:new|additional|fresh|further|sweeping|secondary|tough|targeted)` + sp + `+)*(?:[\w-]+` + sp + `+){0,2}?(?:sanctions|maximum` + sp + `+pressure)` + sp + `+(?:on|against|targeting))` + sp + `+(?:the` + sp + `+)?$`)
	// A sanctioning verb right before its object, whatever the subject.
	reSanctionVerbEnd = regexp.MustCompile(`\b(?:sanctioned|designated|blacklisted|(?:imposed|reimposed|restored)` + sp + `+(?:(?:new|additional|fresh|further|sweeping|secondary|tough|targeted|maximum)` + sp + `+)*(?:sanctions|pressure)` + sp + `+(?:on|against))` + sp + `+(?:the` + sp + `+)?$`)
	// "U.S.-designated X".
	reSanctionDesignated = regexp.MustCompile(`^` + sp + `*-` + sp + `*(?:designated|sanctioned)` + sp + `+$`)
	// "U.S. sanctions on Iran", "the EU's sanctions against Iran".
	reSanctionsNoun = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:new|additional|fresh|further|sweeping|secondary|tough|targeted|economic|financial|oil|nuclear-related)` + sp + `+)*sanctions` + sp + `+(?:on|against|targeting)` + sp + `+(?:the` + sp + `+)?$`)
	// "Y was sanctioned by X".
	reSanctionPassive = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+(?:which|who)` + sp + `+)?` + sp + `*(?:was|were|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been)` + sp + `+(?:[\w-]+` + sp + `+)?(?:sanctioned|designated|blacklisted)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
)

func (b *relBuilder) sanctions(v *sentView) {
	if !v.has("sanction", "designat", "blacklist", "maximum pressure") {
		return
	}
	gs := groups(v)
	for gi, g := range gs {
		if gi+1 >= len(gs) {
			break
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		next := gs[gi+1]
		end := v.args[next[len(next)-1]].end
		gap := v.between(last.end, v.args[next[0]].start)
		var from, to []arg
		conf := 0.85
		switch {
		case reSanctionVerb.MatchString(gap):
			from, to = argsOf(v, g), possessedAll(v, argsOf(v, next))
		case reSanctionDesignated.MatchString(gap):
			from, to = argsOf(v, g), possessedAll(v, argsOf(v, next)[:1])
		case reSanctionPassive.MatchString(gap):
			from, to = argsOf(v, next), argsOf(v, g)
		default:
			continue
		}
		if b.irrealisClause(v, first.start, end) {
			continue
		}
		for _, s := range b.subjectIDs(from, true) {
			for _, t := range to {
				b.add("SANCTIONED", s, t.id, conf, nil, v, first.start, end)
			}
		}
	}
	// "..., when he withdrew from the deal, imposed maximum pressure, and
	// designated Iran's IRGC": a pronoun subject, the sentence's only person.
	for _, o := range v.args {
		before := v.between(v.start, o.start)
		loc := reSanctionVerbEnd.FindStringIndex(before)
		if loc == nil {
			continue
		}
		if prev, ok := argEndingBefore(v, v.start+loc[0]); ok && reSanctionVerb.MatchString(v.between(prev.end, o.start)) {
			continue // a subject right before the verb: handled above
		}
		p, ok := b.pronounSubject(v, v.start+loc[0])
		if !ok {
			continue
		}
		t := possessedAll(v, []arg{o})[0]
		if b.irrealisClause(v, v.start+loc[0], t.end) {
			continue
		}
		for _, s := range b.subjectIDs([]arg{p}, true) {
			b.add("SANCTIONED", s, t.id, 0.75, nil, v, v.start+loc[0], t.end)
		}
	}
	// "U.S. sanctions on Iran": the sanctioning state may be an adjective.
	for i, m := range v.ments {
		if (m.Type != "Country" && m.Type != "Organization") || i+1 >= len(v.ments) {
			continue
		}
		o := v.ments[i+1]
		if o.Start >= m.End && !o.Demonym && reSanctionsNoun.MatchString(v.between(m.End, o.Start)) && !b.irrealisClause(v, m.Start, o.End) {
			b.add("SANCTIONED", m.EntityID, o.EntityID, 0.8, nil, v, m.Start, o.End)
		}
	}
	// "U.S.-designated X" with an adjective-like state mention.
	for i, m := range v.ments {
		if m.Type != "Country" || i+1 >= len(v.ments) {
			continue
		}
		o := v.ments[i+1]
		if o.Start >= m.End && reSanctionDesignated.MatchString(v.between(m.End, o.Start)) {
			b.add("SANCTIONED", m.EntityID, o.EntityID, 0.85, nil, v, m.Start, o.End)
		}
	}
}
