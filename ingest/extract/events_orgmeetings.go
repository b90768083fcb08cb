package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// An organisation's meetings are told as "a ministerial meeting of the
// Global Coalition to Defeat ISIS", "the summit of the Arab League", "an
// emergency session of the UN Security Council": the event is named after
// the organisation and the kind of meeting, dated and placed by its
// sentence, and the states or people the sentence says attended it took
// part in it.

var (
	// Right before the organisation.
	reOrgMeeting = regexp.MustCompile(`(?i)\b(?:an?|the|its|this|that)` + sp + `+((?:(?:first|second|third|annual|extraordinary|emergency|special|ministerial|leaders['’]?|foreign` + sp + `+ministers['’]?|high-level|virtual|plenary|closed|urgent|regular)` + sp + `+)*(?:meeting|summit|conference|ministerial|session|plenary))` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// Right before the meeting phrase: the attendance verb after the
	// group that attended.
	reAttended = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:(?:also|both|all|had|have|has|later|then|today|yesterday)` + sp + `+)*(?:attended|attend|attends|(?:took|take|takes)` + sp + `+part` + sp + `+in|participated` + sp + `+in|participate` + sp + `+in|joined|addressed|chaired|convened|hosted|(?:was|were)` + sp + `+represented` + sp + `+at|traveled` + sp + `+to` + sp + `+\w+` + sp + `+(?:on` + sp + `+[\w ,]{3,25}` + sp + `+)?to` + sp + `+attend)` + sp + `+$`)
)

// reItWasThe: a sentence that says what the gathering told before was:
// "It was the first meeting of ASEAN Leaders held in person since …" is
// no meeting of its own.
var reItWasThe = regexp.MustCompile(`^(?:It|This|That|The` + sp + `+(?:meeting|summit|conference|session|gathering))` + sp + `+(?:was|is|had` + sp + `+been|marked)` + sp + `+$`)

// reForBodyMeeting: a meeting told to be for a body's meeting, after the
// people who met: " at the White House on October 5 for a meeting of the".
var reForBodyMeeting = regexp.MustCompile(`^[^;.]{0,80}?\bfor` + sp + `+(?:an?|the)` + sp + `+(?:(?:first|second|third|annual|regular|virtual|special)` + sp + `+)?(?:meeting|session)` + sp + `+of` + sp + `+(?:the` + sp + `+)?\p{Lu}`)

// A body that meets as a body is told as the subject of "met": "the
// Global Coalition to Defeat ISIS met in Rome on October 2", "the Arab
// League convened in Cairo". Its meeting is an event when it is dated or
// placed, and the body takes part in it. A body's name or description
// must say it is one that sits ("coalition", "council", "league"): "Hamas
// met in Cairo" tells of its leaders, not of a session.

var (
	// Right after the body: the verb, then a place, a day or a date.
	reBodyMet     = regexp.MustCompile(`^` + sp + `+(?:(?:also|again|today|yesterday|formally|virtually|jointly)` + sp + `+)?(?:met|meets|convened|convenes|reconvened|gathered)` + sp + `+(?:(?:today|yesterday|virtually|again|(?:last|this)` + sp + `+(?:night|morning|evening|week|month))` + sp + `+)?(?:in|at|on)\b`)
	reSittingBody = regexp.MustCompile(`(?i)\b(?:coalition|council|league|alliance|committee|assembly|board|forum|quartet|conference|(?:contact|support)` + sp + `+group|g7|g20|g-7|g-20|e3|p5\+1|nato|gcc|commission)\b`)
)

// orgMeetings builds the meetings of organisations v names.
func (b *relBuilder) orgMeetings(v *sentView) {
	b.bodyMeetings(v)
	if !v.has("meeting", "summit", "conference", "ministerial", "session", "plenary") {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Organization" {
			continue
		}
		lo := max(v.start, m.Start-80)
		loc := reOrgMeeting.FindStringSubmatchIndex(v.between(lo, m.Start))
		if loc == nil {
			continue
		}
		trigStart := lo + loc[0]
		kind := strings.ToLower(strings.Join(strings.Fields(v.between(lo+loc[2], lo+loc[3])), " "))
		if b.irrealisClause(v, trigStart, m.End) || reItWasThe.MatchString(v.between(v.start, trigStart)) {
			continue
		}
		var parts []arg
		start := trigStart
		for _, g := range groups(v) {
			last := v.args[g[len(g)-1]]
			if last.end <= trigStart && reAttended.MatchString(v.between(last.end, trigStart)) {
				parts, start = argsOf(v, g), v.args[g[0]].start
			}
		}
		held := b.meetingFor[v.idx]
		forHeld := len(parts) == 0 && len(held) > 0 && strings.HasSuffix(strings.TrimSpace(v.between(max(v.start, trigStart-5), trigStart)), "for")
		if forHeld {
			parts, start = held, held[0].start
		}
		_, local, _ := strings.Cut(m.EntityID, ":")
		spec := eventSpec{
			kind: "meeting", parts: parts, trigStart: trigStart, trigEnd: m.End, start: start, end: m.End,
			name: b.nameOf(m.EntityID) + " " + kind, slug: local + "-" + strings.ReplaceAll(kind, " ", "-"),
			fallbackDate: b.sessionNewsDay(v, m.End),
		}
		id := b.makeEvent(v, spec)
		if forHeld && id != "" {
			// "hosted Y in Rome on October 1 for a meeting of X": the
			// venue is told before the meeting's name.
			spec.trigStart = start
			if place, ok := b.venue(v, spec); ok && place.End <= trigStart {
				b.add("HELD_IN", id, place.EntityID, 0.85, nil, v, place.Start, m.End)
			}
		}
	}
}

// A body's session is also told as a thing the body holds: "The United
// Nations Security Council holds an emergency session on the killing",
// "NATO ambassadors held an emergency meeting in Brussels on Tuesday".

var (
	// Right after the body: its members, the verb and the session.
	reBodyHeld = regexp.MustCompile(`^(?:` + sp + `+(?:ambassadors|envoys|foreign` + sp + `+ministers|defen[cs]e` + sp + `+ministers|ministers|leaders|members))?` + sp + `+(?:(holds|convenes)|(held|convened))` + sp + `+(?:an?|its)` + sp + `+((?:(?:first|second|third|emergency|extraordinary|special|urgent|closed|closed-door)` + sp + `+)*(?:meeting|session|summit))\b`)
	// After a session's name, a verb of what was said there in the
	// present tense: a news item of the day.
	reSessionNewsVerb = regexp.MustCompile(`\b(?:says|warns|calls|urges|tells|accuses|condemns|demands|stresses|insists|announces|describes|holds|convenes|meets|opens|ends|adopts|votes|fails)\b`)
)

// sessionNewsDay is the publication day of a news item whose sentence
// tells a session in the present tense (a verb after pos); nil otherwise.
func (b *relBuilder) sessionNewsDay(v *sentView, pos int) *timex.Expr {
	loc := reSessionNewsVerb.FindStringIndex(v.between(pos, v.end))
	if loc == nil {
		return nil
	}
	d, ok := b.newsDay(v, pos+loc[1])
	if !ok {
		return nil
	}
	return &d
}

// heldSessions builds the sessions bodies of v are told to hold.
func (b *relBuilder) heldSessions(v *sentView) {
	if !v.has("held", "holds", "convene") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Organization" || !b.sittingBody(a.id) {
			continue
		}
		loc := reBodyHeld.FindStringSubmatchIndex(v.between(a.end, v.end))
		if loc == nil || b.irrealisClause(v, a.start, a.end+loc[1]) {
			continue
		}
		// "holds" tells the news of the day; "held", told by a story of
		// the day, happened that day.
		var fallback *timex.Expr
		if loc[2] >= 0 {
			if d, ok := b.newsDay(v, a.end+loc[3]); ok {
				fallback = &d
			}
		} else if d, ok := b.storyDay(v, a.end+loc[4]); ok {
			fallback = &d
		}
		kind := strings.ToLower(strings.Join(strings.Fields(v.between(a.end+loc[6], a.end+loc[7])), " "))
		_, local, _ := strings.Cut(a.id, ":")
		b.makeEvent(v, eventSpec{
			kind: "meeting", parts: []arg{a}, trigStart: a.start, trigEnd: a.end + loc[1], start: a.start, end: a.end + loc[1],
			needDate: true, name: b.nameOf(a.id) + " " + kind, slug: local + "-" + strings.ReplaceAll(kind, " ", "-"), fallbackDate: fallback,
		})
	}
}

// bodyMeetings builds the meetings of bodies that v says met.
func (b *relBuilder) bodyMeetings(v *sentView) {
	b.heldSessions(v)
	if !v.has("met", "meets", "convene", "gathered") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Organization" || !b.sittingBody(a.id) {
			continue
		}
		loc := reBodyMet.FindStringIndex(v.between(a.end, v.end))
		if loc == nil || b.irrealisClause(v, a.start, a.end+loc[1]) {
			continue
		}
		_, local, _ := strings.Cut(a.id, ":")
		b.makeEvent(v, eventSpec{
			kind: "meeting", parts: []arg{a}, trigStart: a.start, trigEnd: a.end + loc[1], start: a.start, end: a.end + loc[1],
			needDate: true, name: b.nameOf(a.id) + " meeting", slug: local + "-meeting",
		})
	}
}

// sittingBody reports an organisation whose name or description says it
// meets as a body.
func (b *relBuilder) sittingBody(id string) bool {
	return b.namedOrDescribed(id, reSittingBody)
}
