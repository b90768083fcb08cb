package extract

import (
	"regexp"
)

// A sentence that opens with "The talks" or "The meeting" and names no
// event of its own goes on about the one the sentences just before told
// of: "Iran and the United States held talks on Saturday. The talks took
// place in Muscat and were hosted by Oman." Where it "took place" or "was
// held" is where that event was held, and its hosts and mediators are
// that event's. Only an event of the same kind, and only when exactly one
// is in sight, is meant; a plan ("will be held", "the next round") is
// another event.

var (
	// The anaphor opening the sentence, and the kind of event it means.
	reEventAnaphor = regexp.MustCompile(`^(?:The|These|Those|Both|Saturday['’]s|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s|Today['’]s|Yesterday['’]s)` + sp + `+(?:(?:direct|indirect|latest|recent|closed-door|high-level|first|second|third|two-hour|three-hour|day-long|bilateral|trilateral)` + sp + `+)*(talks|negotiations|discussions|consultations|meeting|summit|conference)\b`)
	// "took place in", "were held in", ", held in", right before a place.
	reHeldInPlace = regexp.MustCompile(`(?i)\b(?:took` + sp + `+place|were` + sp + `+held|was` + sp + `+held|held|happened|convened|unfolded)` + sp + `+in` + sp + `+(?:the` + sp + `+)?(?:(?:Omani|Qatari|Swiss|Italian|Egyptian|Saudi|Iraqi|Turkish)` + sp + `+)?(?:(?:capital|city)` + sp + `+(?:of` + sp + `+)?)?$`)
	// "The talks in", right after the anaphor.
	reAnaphorIn = regexp.MustCompile(`^` + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?$`)
	// A plan or the next event, not the one before.
	reAnaphorOther = regexp.MustCompile(`(?i)\b(?:next|future|further|another|upcoming|following|new|more|later)\b`)
)

// anaphoricEvent links a sentence opening with "The talks"/"The meeting"
// to the one event of that kind in the sentences just before: it becomes
// an event of the sentence (so that hosts and mediators find it) and is
// held in the place the sentence says it took place in.
func (b *relBuilder) anaphoricEvent(v *sentView) {
	if len(b.sentenceEvents[v.idx]) > 0 {
		return
	}
	text := v.between(v.start, v.end)
	m := reEventAnaphor.FindStringSubmatchIndex(text)
	if m == nil || reAnaphorOther.MatchString(text) {
		return
	}
	anaphorEnd := v.start + m[1]
	id := b.recentEventOfKind(v.idx, anaphorKind(text[m[2]:m[3]]))
	if id == "" {
		return
	}
	b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], id)
	// The anaphor mentions the event, so that what the sentence says of
	// it ("The meeting brought together …") reaches it.
	b.evMent = append(b.evMent, mention{EntityID: id, Type: "Event", Start: v.start + m[0], End: anaphorEnd, Sentence: v.idx, Text: v.between(v.start+m[0], anaphorEnd)})
	if b.irrealisClause(v, v.start, v.end) {
		return // "The talks could be held in Rome": not where they were
	}
	for _, p := range v.ments {
		if (p.Type != "Place" && p.Type != "Country") || p.Demonym {
			continue
		}
		// "The talks in Muscat were constructive", "The talks took place
		// in Muscat".
		if reHeldInPlace.MatchString(v.between(v.start, p.Start)) || p.Start > anaphorEnd && reAnaphorIn.MatchString(v.between(anaphorEnd, p.Start)) {
			b.add("HELD_IN", id, p.EntityID, 0.75, nil, v, v.start, p.End)
			break
		}
	}
}

// anaphorKind is the event kind an anaphor's noun names.
func anaphorKind(noun string) string {
	switch noun {
	case "meeting":
		return "meeting"
	case "summit":
		return "summit"
	case "conference":
		return "conference"
	}
	return "talks"
}

// recentEventOfKind is the one event of the kind in the two sentences
// before sentence i, or failing that in the document before them, or "".
func (b *relBuilder) recentEventOfKind(i int, kind string) string {
	if id, n := b.soleEventOf(max(0, i-2), i-1, []string{kind}); n > 0 {
		return id
	}
	// None that near: the one event of the kind the document told of
	// before, as for who attended it (events_attended.go).
	id, _ := b.soleEventOf(0, max(0, i-2)-1, []string{kind})
	return id
}
