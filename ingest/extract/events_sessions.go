package extract

import (
	"regexp"
	"strings"
)

// A body's assembly meets in numbered sessions, and its releases name
// them so: "The Thirty-Third Extraordinary Session of the IGAD Assembly of
// Heads of State and Government was held today", "the Fiftieth Ordinary
// Session of the ECOWAS Authority". The ordinal makes the session a name:
// "a plenary session of the council" names none. The name runs over the
// body's name to its last capitalised word.

var (
	// reNumberedSession: the ordinal, the session's sort and "Session of
	// the", right before the body.
	reNumberedSession = regexp.MustCompile(`\b(` + ordinalWord + `(?:` + sp + `+(?:Ordinary|Extraordinary|Special|Emergency|Regular|Plenary|Annual))*` + sp + `+Session)` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// reBodyNameTail: the rest of the body's name after its mention
	// ("Assembly of Heads of State and Government" after "IGAD").
	reBodyNameTail = regexp.MustCompile(`^(?:` + sp + `+(?:(?:of|and|the|for)` + sp + `+)*\p{Lu}[\w'’-]*)*`)
)

// ordinalWord is an ordinal written in capitals or in figures: "Fiftieth",
// "Thirty-Third", "73rd".
const ordinalWord = `(?:(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Thirtieth|Fortieth|Fiftieth|Sixtieth|Seventieth|Eightieth|Ninetieth|\d{1,3}(?:st|nd|rd|th))`

// numberedSessions names the numbered sessions of v's bodies.
func (b *relBuilder) numberedSessions(v *sentView) {
	if !v.has("session of") {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Organization" {
			continue
		}
		lo := max(v.start, m.Start-80)
		loc := reNumberedSession.FindStringSubmatchIndex(v.between(lo, m.Start))
		if loc == nil {
			continue
		}
		s := lo + loc[2]
		e := m.End + len(reBodyNameTail.FindString(v.between(m.End, v.end)))
		if b.irrealisClause(v, s, e) {
			continue
		}
		b.nameEvent(v, "meeting", s, e)
	}
}

// A release's headline often names the gathering it reports, as the
// subject of a verb in the present: "OSCE Astana Summit concludes with the
// adoption of the Astana Commemorative Declaration". A headline is no
// source of names by itself (headings are not entities), but a gathering's
// name that opens one and does something there is one.

// reHeadlineGathering: a capitalised name ending in a gathering's head at
// the start of the headline, then the verb.
var reHeadlineGathering = regexp.MustCompile(`^((?:[A-Z0-9][\w'’.&+-]*` + sp + `+){1,5}?(Summit|Conference|Meeting|Forum))` + sp + `+(?:concludes|opens|ends|begins|closes|adopts|convenes|kicks` + sp + `+off|gets` + sp + `+under` + sp + `+way)\b`)

// headlineGathering names the gathering a headline opens with.
func (b *relBuilder) headlineGathering(v *sentView) {
	// A headline: one of the first lines, with no full stop, its verb in
	// the present.
	if v.idx > 4 || strings.HasSuffix(strings.TrimSpace(v.between(v.start, v.end)), ".") {
		return
	}
	m := reHeadlineGathering.FindStringSubmatchIndex(v.between(v.start, v.end))
	if m == nil {
		return
	}
	s, e := v.start+m[2], v.start+m[3]
	kind := eventKinds[strings.ToLower(v.between(v.start+m[4], v.start+m[5]))]
	if kind == "" {
		kind = "meeting"
	}
	if b.blockedName(v, s, e, v.start+m[4]) {
		return
	}
	b.nameEvent(v, kind, s, e)
}

// reInTheChair: right after the one who chaired a gathering, "in the
// chair" ("The conference opened at Lancaster House on September 10,
// 1979, with Carrington in the chair").
var reInTheChair = regexp.MustCompile(`^` + sp + `+in` + sp + `+the` + sp + `+chair\b`)

// inTheChair gives the one "in the chair" a part in the one gathering of
// the sentence.
func (b *relBuilder) inTheChair(v *sentView) {
	if !v.has("in the chair") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" || !reInTheChair.MatchString(v.between(a.m.End, v.end)) {
			continue
		}
		if ev, ok := b.gatheringNear(v.idx, func(string) bool { return true }); ok && !b.irrealisClause(v, a.start, a.m.End) {
			b.add("PARTICIPATED_IN", a.id, ev, 0.75, map[string]any{"role": "chair"}, v, a.start, a.m.End+len(" in the chair"))
		}
	}
}
