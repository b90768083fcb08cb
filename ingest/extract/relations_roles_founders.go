package extract

import (
	"regexp"
	"strings"
)

var (
	// "<organisation> ..., an Islamist organization founded in Egypt by
	// schoolteacher X", "<organisation>, co-founded by X": the founder.
	// The words before the verb may describe the organisation but may not
	// end a clause.
	reFoundedBy = regexp.MustCompile(`^[^.;:!?“”"]{0,80}?\b(?:founded|co-founded|cofounded|established)(?:` + sp + `+(?:in|at)` + sp + `+[^,.;:“”"]{1,40}?)?` + sp + `+by` + sp + `+(?:[\w'’-]+` + sp + `+){0,5}?$`)
	// "X founded the Y", "X co-founded Y".
	reFounded = regexp.MustCompile(`^` + sp + `+(?:(?:had|has|also|later|then)` + sp + `+)*(?:founded|co-founded|cofounded|formed|established)` + sp + `+(?:the` + sp + `+)?(?:(?:new|breakaway|short-lived)` + sp + `+)?$`)
	// "X was an American-born rabbi and politician who founded the Y": a
	// description of X, then the founding. A description that names
	// someone else ("the son of a man who founded") does not count.
	// Set off by a comma the same: "X, a Qatari citizen and a human-rights
	// activist who founded the Swiss-based non-governmental organization
	// (NGO) Alkarama" (a lower-case description of the body may stand
	// before its name).
	reWhoFounded = regexp.MustCompile(`^(?:` + sp + `+(?:is|was)|` + sp + `*,)` + sp + `+(?:an?|the)` + sp + `+[^.;:,()]{1,100}?` + sp + `+who` + sp + `+(?:(?:later|also|then|co-)` + sp + `*)?(?:founded|co-founded|cofounded|established|formed)` + sp + `+(?:the` + sp + `+` + orgDescription + `)?$`)
	// "X, a Saudi millionaire from Hadhramaut, Yemen and the founder of the
	// construction company, Saudi Binladin Group", "X was the founder of
	// Y": the founder, after a description of him that names no one else.
	reFounderOf = regexp.MustCompile(`^(?:` + sp + `*,` + sp + `+(?:(?:an?|the)` + sp + `+[^.;:()]{1,100}?` + sp + `+and` + sp + `+)?|` + sp + `+(?:is|was)` + sp + `+(?:also` + sp + `+)?)the` + sp + `+(?:co-)?founder` + sp + `+of` + sp + `+(?:the` + sp + `+` + orgDescription + `)?$`)
	// orgDescription: lower-case words describing a body before its name,
	// with its acronym in brackets: "Swiss-based non-governmental
	// organization (NGO) ", "the construction company, ".
	orgDescription = `(?:(?:[a-z][\w-]*|\p{Lu}[\w]*-(?:based|born|led|backed|run|owned)),?` + sp + `+){0,5}(?:\(\p{Lu}{2,6}\)` + sp + `+)?`
	// reOtherOne marks a description that names another person.
	reOtherOne = regexp.MustCompile(`\b(?:of|for|with|by|to)\b`)
	// "its candidate X", "its leader X": the possessive stands for the
	// organisation named before it.
	reItsMember = regexp.MustCompile(`\bits` + sp + `+(?:(?:presidential|parliamentary|own|then|former|new)` + sp + `+)?(?:candidate|nominee|leader|founder|co-founder|chairman|spokesman|spokesperson)` + sp + `+$`)
	// "<organisation>'s candidate X".
	reOrgsMember = regexp.MustCompile(`^['’]s` + sp + `+(?:(?:presidential|parliamentary|then|former|new)` + sp + `+)?(?:candidate|nominee|leader|founder|co-founder)` + sp + `+$`)
	// "X, the candidate for the Hezbollah-led March 8 Alliance".
	reCandidateOf = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:the|a|an)` + sp + `+(?:(?:presidential|parliamentary|joint|former)` + sp + `+)?(?:candidate|nominee)` + sp + `+(?:of|for)` + sp + `+(?:the` + sp + `+)?(?:[\w-]+-(?:led|backed)` + sp + `+)?$`)
)

// foundersAndCandidates finds AFFILIATED_WITH for the founder of an
// organisation and for the candidate it fields: both belong to it.
// maxFounderGap bounds the bytes between an organisation and the person
// its patterns tie to it.
const maxFounderGap = 200

func (b *relBuilder) foundersAndCandidates(v *sentView) {
	if !v.has("found", "establish", "formed", "candidate", "nominee", "its ", "'s ", "’s ") {
		return
	}
	if irrealis.MatchString(v.between(v.start, v.end)) && !v.has("found", "establish", "formed") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		// The organisation before the person.
		// (Within a clause's reach: the patterns never span more.)
		if o, ok := prevOrg(v, a.start); ok && a.start-o.End <= maxFounderGap {
			gap := v.between(o.End, a.start)
			switch {
			case reFoundedBy.MatchString(gap) && !reNegated.MatchString(gap):
				b.add("AFFILIATED_WITH", a.id, o.EntityID, 0.8, nil, v, o.Start, a.m.End)
			case reOrgsMember.MatchString(gap):
				b.add("AFFILIATED_WITH", a.id, o.EntityID, 0.8, nil, v, o.Start, a.m.End)
			case reItsMember.MatchString(gap) && !strings.ContainsAny(gap, ".;"):
				b.add("AFFILIATED_WITH", a.id, o.EntityID, 0.7, nil, v, o.Start, a.m.End)
			}
		}
		// The organisation after the person.
		for _, m := range v.ments {
			if m.Start < a.m.End || m.Type != "Organization" {
				continue
			}
			if strings.HasPrefix(v.between(m.End, v.end), "-") {
				continue // "Hezbollah-led": the leading group is not the one named
			}
			gap := v.between(a.m.End, m.Start)
			if reCandidateOf.MatchString(gap) || reFounded.MatchString(gap) || (reWhoFounded.MatchString(gap) || reFounderOf.MatchString(gap)) && !reOtherOne.MatchString(strings.TrimSuffix(founderTail(gap), "of")) {
				b.add("AFFILIATED_WITH", a.id, m.EntityID, 0.8, nil, v, a.m.Start, m.End)
				if reFounded.MatchString(gap) && !reNegated.MatchString(v.between(v.start, m.End)) {
					b.coFounders(v, a, m)
				}
			}
			break
		}
	}
}

// founderTail is a gap without its "founder of the" and what follows, so
// that reOtherOne reads only the description of the person.
func founderTail(gap string) string {
	if i := strings.LastIndex(gap, "founder of"); i >= 0 {
		return gap[:i]
	}
	if i := strings.LastIndex(gap, " who "); i >= 0 {
		return gap[:i]
	}
	return gap
}

// reNegated marks a founding that did not happen by the person named.
var reNegated = regexp.MustCompile(`\b(?:not|never|n['’]t)\b`)

// prevOrg is the last organisation mention of the sentence before pos,
// provided no person or other organisation stands between it and pos.
func prevOrg(v *sentView, pos int) (mention, bool) {
	var last mention
	ok := false
	for _, m := range v.ments {
		if m.End > pos {
			break
		}
		switch m.Type {
		case "Organization":
			last, ok = m, true
		case "Person":
			ok = false
		}
	}
	return last, ok
}

// reFoundedByOpener: a sentence opening with the founding of the body it
// goes on to name: "Founded by Rabbi Meir Kahane in New York City in
// 1968, the JDL's purpose was ...", "Founded by Ahmed Yassin in 1987,
// Hamas grew".
var reFoundedByOpener = regexp.MustCompile(`^(?:(?:Co-)?[Ff]ounded|Established|Created|Formed)` + sp + `+(?:in` + sp + `+\d{4}` + sp + `+)?by` + sp + `+(?:(?:Rabbi|Sheikh|Imam|Ayatollah|Dr\.?|Professor|General|Colonel)` + sp + `+)?$`)

// foundedByOpener finds the founders of reFoundedByOpener: the people of
// the opening phrase, up to its comma, founded the organisation right
// after the comma.
func (b *relBuilder) foundedByOpener(v *sentView) {
	if !v.has("founded", "established", "created", "formed") {
		return
	}
	gs := groups(v)
	if len(gs) == 0 {
		return
	}
	g := gs[0]
	first := v.args[g[0]]
	if !reFoundedByOpener.MatchString(v.between(v.start, first.start)) {
		return
	}
	comma := strings.IndexByte(v.between(first.start, v.end), ',')
	if comma < 0 {
		return
	}
	after := first.start + comma + 1
	org, ok := nextMention(v, after)
	if !ok || org.Type != "Organization" || !reEventOpens.MatchString(v.between(after, org.Start)) {
		return
	}
	for _, a := range argsOf(v, g) {
		if a.typ == "Person" && a.end < after {
			b.add("AFFILIATED_WITH", a.id, org.EntityID, 0.75, map[string]any{"title": "Founder"}, v, v.start, org.End)
		}
	}
}

// Those who founded a body with its founder belong to it too: "In June
// 2002, with Mustafa Barghouti and Ibrahim Dakkak, he founded the
// Palestinian National Initiative", "X founded the Y with A and B".

var (
	// reCoFoundersBefore ends the words before co-founders told first.
	reCoFoundersBefore = regexp.MustCompile(`\b(?:[Tt]ogether` + sp + `+)?[Ww]ith` + sp + `+$`)
	// reCoFoundersAfter runs from the body, past its acronym or short name in
	// brackets, to co-founders told after it.
	reCoFoundersAfter = regexp.MustCompile(`^(?:` + sp + `*\([^()]{1,40}\))?` + sp + `+(?:together` + sp + `+)?with` + sp + `+$`)
)

// coFounders reads the co-founders of body org that founder a founded.
func (b *relBuilder) coFounders(v *sentView, a arg, org mention) {
	for _, g := range groups(v) {
		ps := argsOf(v, g)
		// "with A and B, he founded": the list may run on to the founder.
		for k, p := range ps {
			if p.id == a.id && p.start == a.start {
				ps = ps[:k]
				break
			}
		}
		if len(ps) == 0 {
			continue
		}
		first, last := ps[0], ps[len(ps)-1]
		before := last.end <= a.start && reCommaOnly.MatchString(v.between(last.end, a.start)) && reCoFoundersBefore.MatchString(v.between(v.start, first.start))
		after := first.start >= org.End && reCoFoundersAfter.MatchString(v.between(org.End, first.start))
		if !before && !after {
			continue
		}
		for _, p := range ps {
			if p.typ == "Person" && p.id != a.id {
				b.add("AFFILIATED_WITH", p.id, org.EntityID, 0.75, nil, v, min(p.start, a.start), max(p.end, org.End))
			}
		}
	}
}
