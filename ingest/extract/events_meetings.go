package extract

import (
	"regexp"
	"strings"
)

// A meeting with people the text does not name one by one ("Secretary
// Blinken met today with a group of foreign ministers") is still an
// event when it is dated or placed: its one named participant is the
// subject. A meeting "on the margins of" a named conference puts its
// subject at that conference too.

var (
	// "met (today) with a group of", "met with representatives of".
	reGroupMeeting = regexp.MustCompile(preVerb + `(met|meets|convened|hosted)` + sp + `+(?:(?:today|yesterday|separately|virtually|again)` + sp + `+)?(?:with` + sp + `+)?(?:an?` + sp + `+group` + sp + `+of|representatives` + sp + `+(?:of|from)|members` + sp + `+of|leaders` + sp + `+(?:of|from)|(?:foreign` + sp + `+)?ministers` + sp + `+(?:of|from)|counterparts` + sp + `+from|delegations?` + sp + `+from|(?:senior` + sp + `+)?officials` + sp + `+from)\b`)
	// "on the margins of the", "on the sidelines of".
	reMargins = regexp.MustCompile(`(?i)\b(?:on|at)` + sp + `+the` + sp + `+(?:margins|sidelines)` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
)

// groupMeetings builds the meeting of one named subject with an unnamed
// group, and the conference on whose margins the subject met.
func (b *relBuilder) groupMeetings(v *sentView) {
	if !v.has("margins", "sidelines") && !(v.has("met", "meet", "convened", "hosted") &&
		v.has("group of", "representatives", "members of", "leaders", "ministers", "counterparts", "delegation", "officials")) {
		return
	}
	for _, a := range v.args {
		if !a.actor() {
			continue
		}
		loc := reGroupMeeting.FindStringSubmatchIndex(v.between(a.end, v.end))
		if loc == nil || b.irrealisClause(v, a.start, a.end+loc[1]) {
			continue
		}
		b.makeEvent(v, eventSpec{kind: "meeting", parts: []arg{a}, trigStart: a.end + loc[2], trigEnd: a.end + loc[3],
			start: a.start, end: a.end + loc[1], needDate: true})
		b.marginsOf(v, a)
		break
	}
	// "X met Y on the margins of the Review Conference".
	for _, it := range b.sentenceEvents[v.idx] {
		if e, ok := b.events[it]; ok && e.Props["kind"] == "meeting" {
			for _, a := range v.args {
				if a.typ == "Person" {
					b.marginsOf(v, a)
				}
			}
			break
		}
	}
}

// marginsOf records PARTICIPATED_IN for a on the conference on whose
// margins the sentence says the meeting was held.
func (b *relBuilder) marginsOf(v *sentView, a arg) {
	if !v.has("margins", "sidelines") {
		return
	}
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type != "Event" || m.Sentence != v.idx || m.Start < a.end {
			continue
		}
		lo := max(v.start, m.Start-40)
		if reMargins.MatchString(v.between(lo, m.Start)) && !b.irrealisClause(v, a.start, m.End) {
			b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, a.start, m.End)
		}
	}
}

// A news item may open with the meeting as a participle before its
// subject: "Meeting King Abdullah II of Jordan in Sochi, Russian President
// Vladimir Putin calls the downing …". The subject met the one named after
// "Meeting"; the meeting is of the sentence's day, or of the item's when
// the subject's verb tells the news in the present tense.

var (
	// reMeetingOpens: the participle opening the sentence.
	reMeetingOpens = regexp.MustCompile(`^[\s\-–•*]*Meeting` + sp + `+(?:with` + sp + `+)?(?:(?:the` + sp + `+)?\p{Lu}[\w.'’-]*` + sp + `+){0,4}$`)
	// reMeetingOpenerEnd: after the one met, their state and the place,
	// the comma that closes the opening phrase.
	reMeetingOpenerEnd = regexp.MustCompile(`^(?:` + sp + `+of` + sp + `+[^,;]{1,40}?)?(?:` + sp + `+(?:in|at)` + sp + `+[^,;]{1,40}?)?` + sp + `*,` + sp + `*(?:[\w.'’-]+` + sp + `+){0,4}?$`)
)

// openingMeetings builds the meeting a sentence opens with as a
// participle.
func (b *relBuilder) openingMeetings(v *sentView) {
	if !strings.Contains(v.between(v.start, min(v.end, v.start+12)), "Meeting") || len(v.args) < 2 {
		return
	}
	met := v.args[0]
	if met.typ != "Person" || !reMeetingOpens.MatchString(v.between(v.start, met.m.Start)) {
		return
	}
	for _, s := range v.args[1:] {
		if s.typ != "Person" || s.id == met.id {
			continue
		}
		if !reMeetingOpenerEnd.MatchString(v.between(met.m.End, s.m.Start)) || b.irrealisClause(v, v.start, s.end) {
			return
		}
		b.add("MET_WITH", s.id, met.id, 0.8, nil, v, v.start, s.end)
		spec := eventSpec{kind: "meeting", parts: []arg{s, met}, trigStart: v.start, trigEnd: met.m.End, start: v.start, end: s.end, needDate: true,
			fallbackDate: b.sessionNewsDay(v, s.end)}
		b.makeEvent(v, spec)
		return
	}
}
