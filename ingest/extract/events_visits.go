package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// Visits are events: "McGurk and Hochstein visited Saudi Arabia April 13",
// "Arab leaders visit Lebanon" (a headline, dated by its publication),
// "Sharif's visit to Riyadh on Monday", "made his first official visit to
// Bahrain", "the historic visit of Pope Francis to Iraq". One is built
// only with a date and a place or state visited; the visitors take part
// in it ("joined by X" adds X) and it is held in the place visited; a host
// they met there ("… and met with King Hamad") takes part too, and met
// them. A planned or denied visit
// ("will visit", "cancelled his visit") is none, and a sentence that
// already tells of talks or a meeting is about those, not a visit of its
// own. Its id is the visitors, the place and the day, like talks.

var (
	// "visited", "visits", "visit" after the visitors.
	// A comma first closes an appositive the visitor's phrase took in.
	// ", who visited" opens a relative clause about the visitor; "made his
	// first foreign trip as president to", "made his first trip abroad
	// since the war began to" are visits too.
	// "Prime Minister Abdul Hamid Dbeibeh of the Government of National
	// Unity visited": the body the visitor serves, before the verb.
	reVisitVerb = regexp.MustCompile(`^` + bodyOfVisitor + `,?(?:` + sp + `*who)?` + strings.TrimPrefix(preVerb, "^") + `(visited|visits|visit|(?:paid|made|pays|makes)` + sp + `+(?:a|an|the|his|her|their)` + sp + `+(?:[\w-]+` + sp + `+){0,2}(?:visit|trip)(?:` + sp + `+by` + sp + `+(?:a|an)` + sp + `+[^,;.()]{1,40}?|(?:` + sp + `+abroad)?(?:` + sp + `+(?:as` + sp + `+[\w ]{2,24}?|since` + sp + `+[^,;.()]{1,40}?))?)` + sp + `+to|` +
		// Leading a delegation there is a visit: "led a ministerial
		// delegation to Damascus".
		`led` + sp + `+(?:a|an|the|his|her)` + sp + `+(?:[\w-]+` + sp + `+)?delegation` + sp + `+to|` +
		// A journey there is a visit: "travelled to", "arrive in".
		`traveled` + sp + `+to|travelled` + sp + `+to|travels` + sp + `+to|travel` + sp + `+to|flew` + sp + `+to|flies` + sp + `+to|arrived` + sp + `+in|arrives` + sp + `+in|arrive` + sp + `+in)` + sp + `+(?:the` + sp + `+)?(?:(?:southern|northern|eastern|western|central)` + sp + `+)?$|` +
		// An aside about the visitor: ", on a visit to". (", visiting"
		// opens as many participles that are no journey of the day.)
		`^` + sp + `*,` + sp + `*(?:on` + sp + `+(?:a|an|his|her|their)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:visit|trip)` + sp + `+to)` + sp + `+(?:the` + sp + `+)?$`)
	// "will visit", "is due to travel to": a visit announced for a day to
	// come. It is an event only with that day written right after the
	// place ("will visit Riyadh on Monday"). It carries no mark of its
	// own: a report of the visit made gives the same event (same
	// visitors, place and day), and its date after the document's
	// publication says it was announced.
	reVisitPlanned = regexp.MustCompile(`^,?` + sp + `*(?:will|(?:is|are)` + sp + `+(?:(?:due|scheduled|set|expected)` + sp + `+)?to)` + sp + `+(?:also` + sp + `+|then` + sp + `+)?(?:visit|travel` + sp + `+to|fly` + sp + `+to|arrive` + sp + `+in)` + sp + `+(?:the` + sp + `+)?$`)
	// "X's visit to", "X's state visit to".
	// A year may date the visit inside the phrase: "Nixon's 1972 visit to".
	reVisitNoun = regexp.MustCompile(`^['’]s` + sp + `+(?:(?:state|official|first|working|historic|surprise|two-day|three-day|one-day|(?:1[89]|20)\d{2})` + sp + `+)*visit` + sp + `+to` + sp + `+(?:the` + sp + `+)?$`)
	// " to hold discussions with" after the place: the host met.
	// "in June 2023 included a meeting with": what a visit included.
	reVisitTalksWith = regexp.MustCompile(`^` + sp + `+(?:(?:on|in)` + sp + `+[^;.,]{0,40}?` + sp + `+)?(?:to` + sp + `+)?(?:hold|held|holding|for|included|includes)` + sp + `+(?:(?:[\w-]+` + sp + `+){0,2})?(?:talks|discussions|meetings?|consultations)` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// ", where he met", " to meet", " and met with", ", meeting" after the
	// place: the host met, who may be the visitor's counterpart ("where he
	// met his Georgian counterpart, Mikheil Saakashvili").
	// "meeting the new Syrian leader, Ahmed al-Sharaa": an office in
	// apposition before the host's name.
	reVisitMet = regexp.MustCompile(`^(?:` + sp + `+(?:on|in|by|since|during)` + sp + `+[^;.]{1,70}?)?` + sp + `*(?:,` + sp + `*where` + sp + `+(?:he|she|they)` + sp + `+(?:(?:also|had)` + sp + `+)?(?:met|held` + sp + `+talks` + sp + `+with|talked` + sp + `+with|spoke` + sp + `+with|was` + sp + `+received` + sp + `+by)|` + sp + `+to` + sp + `+meet|` + sp + `+and` + sp + `+(?:also` + sp + `+)?(?:met|held` + sp + `+(?:[\w-]+` + sp + `+){0,2}?talks` + sp + `+with)|` + sp + `*,` + sp + `*(?:also` + sp + `+)?meeting|` + sp + `+and` + sp + `+was` + sp + `+received(?:` + sp + `+(?:in|at)` + sp + `+[^;.,]{1,40}?)?` + sp + `+by)` + sp + `+(?:with` + sp + `+)?(?:the` + sp + `+` + officeEpithet + apposedOffice + `?|` + visitorsCounterpart + `)?$`)
	// "Riyadh on Monday and Tehran on Tuesday": the next stop of the same
	// journey, written with a date of its own.
	reVisitNext      = regexp.MustCompile(`^` + sp + `+(?:on|in)` + sp + `+[^;.,]{1,30}?(?:,` + sp + `*(?:and` + sp + `+)?|` + sp + `+and` + sp + `+)(?:then` + sp + `+)?(?:to` + sp + `+)?$`)
	reVisitListed    = regexp.MustCompile(`^(?:,` + sp + `*(?:and` + sp + `+)?|` + sp + `+and` + sp + `+)$`)
	reDateRightAfter = regexp.MustCompile(`^` + sp + `+(?:on|in)` + sp + `+$`)
	// What may follow the stop's date: the clause ends there, or the
	// journey goes on ("Iran on Tuesday condemned …" is a new clause).
	reStopEnds = regexp.MustCompile(`^(?:` + sp + `*(?:[,.;:]|$)|` + sp + `+(?:and|to|for|where|before|after)\b)`)
	// ", joined by", ", joined for talks on Yemen by" after the place.
	reJoinedBy = regexp.MustCompile(`^` + sp + `*[^;.]{0,60}?,` + sp + `*(?:and` + sp + `+)?(?:were` + sp + `+|was` + sp + `+)?joined` + sp + `+(?:[^;.,]{0,50}?` + sp + `+)?by` + sp + `+$`)
)

// reGatheringNamedAfter: the rest of a gathering's name after its place.
var reGatheringNamedAfter = regexp.MustCompile(`^` + sp + `+(?:(?:Peace|Security|International|Donors['’]?)` + sp + `+)?(?:Conference|Summit|Talks|Forum|Meeting|Congress)\b`)

// bodyOfVisitor is the body a visitor serves, named after the visitor:
// " of the Government of National Unity".
const bodyOfVisitor = `(?:` + sp + `+of` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w'’-]*(?:` + sp + `+(?:(?:of|for|and)` + sp + `+)?\p{Lu}[\w'’-]*){0,5})?`

// visits builds the visits of v.
func (b *relBuilder) visits(v *sentView) {
	if !v.has("visit", "travel", "flew", "flies", "arrive", "trip", "delegation") {
		return
	}
	for _, id := range b.sentenceEvents[v.idx] {
		if e, ok := b.events[id]; ok && (e.Props["kind"] == "talks" || e.Props["kind"] == "meeting") {
			return
		}
	}
	gs := groups(v)
	var prevVisitors []arg
	prevStart, prevEnd, prevPlanned, prevPlace := 0, -1, false, false
	for _, p := range v.ments {
		if (p.Type != "Place" && p.Type != "Country") || p.Demonym {
			continue
		}
		// "led the Iranian delegation to the Geneva Conference": the
		// place names the gathering gone to, not a visit of its own.
		if reGatheringNamedAfter.MatchString(v.between(p.End, v.end)) {
			continue
		}
		visitors, start, planned, ok := b.visitorsOf(v, gs, p)
		dateFrom := start
		if !ok && prevEnd >= 0 && reVisitNext.MatchString(v.between(prevEnd, p.Start)) && dateRightAfter(v, p.End) {
			visitors, start, planned, ok = prevVisitors, prevStart, prevPlanned, true
			dateFrom = p.Start // the stop's own date, not the first one's
		}
		// "visited Kuwait and Oman": each place listed is a visit of its
		// own, on the date the list shares.
		// The date is looked for from the start of the visit phrase: a
		// failed visitorsOf leaves start (and so dateFrom) at 0, outside the
		// sentence unless it opens the document, and pickDate slices the
		// text before it.
		// "traveled to Aqaba, Jordan,": a state right after a place
		// says where the place is; it is no second stop.
		if !ok && prevEnd >= 0 && p.Type == "Country" && prevPlace && reStateOfPlace.MatchString(v.between(prevEnd, p.Start)) {
			continue
		}
		if !ok && prevEnd >= 0 && reVisitListed.MatchString(v.between(prevEnd, p.Start)) {
			visitors, start, planned, ok = prevVisitors, prevStart, prevPlanned, true
			dateFrom = start
		}
		if !ok {
			continue
		}
		prevVisitors, prevStart, prevEnd, prevPlanned, prevPlace = visitors, start, p.End, planned, p.Type == "Place"
		if planned {
			// The modal is the plan itself; only the day must be written,
			// right after the place, and nothing may deny the plan.
			if !dateRightAfter(v, p.End) || b.irrealisClause(v, start, start) {
				continue
			}
		} else if b.irrealisClause(v, start, p.End) || reHabitual.MatchString(v.between(start, p.Start)) {
			continue // "repeatedly travelled to China": many journeys, not one visit
		}
		var hosts []arg
		if n, ok := nextPerson(v, p.End, visitors); ok && reJoinedBy.MatchString(v.between(p.End, n.start)) {
			visitors = append(visitors, n)
		} else if ok && (reVisitTalksWith.MatchString(v.between(p.End, n.start)) || reVisitMet.MatchString(v.between(p.End, n.start)) && !irrealis.MatchString(v.between(p.End, n.start))) {
			// "meeting King Hamad and Crown Prince Salman": every host
			// listed.
			hosts = append(hosts, personsListedFrom(v, gs, n)...)
		}
		dateTo := p.End
		if last := visitors[len(visitors)-1]; last.end > dateTo {
			dateTo = last.end // "a visit to Damascus by President X in August 2008"
		}
		d, dated := pickDate(v, dateFrom, dateTo, true)
		if reVisitAside.MatchString(v.between(start, p.Start)) {
			// A visit told in an aside is the news of the day the clause
			// after it tells, or no event.
			if d, dated = b.visitNewsDay(v, start, p); !dated {
				continue
			}
		}
		if len(hosts) > 0 {
			// "…, meeting the new Syrian leader, Ahmed al-Sharaa, on 11
			// January 2025": the day of the meeting right after the host
			// is the visit's, whatever an opening clause dated.
			end := hosts[len(hosts)-1].end
			if hd, ok := pickDate(v, end, end, true); ok && hd.Start >= end && hd.Start-end <= 8 {
				d, dated = hd, true
			}
		}
		if planned && dated && d.Precision != "day" {
			continue
		}
		if (!dated || !d.Resolved()) && reVisitPresent.MatchString(v.between(start, p.Start)) && !reNotNews.MatchString(v.between(v.start, p.Start)) {
			d, dated = b.publicationDate()
		}
		if !dated || !d.Resolved() {
			d, dated = b.visitNewsDay(v, start, p)
		}
		if !dated || !d.Resolved() {
			continue
		}
		// "traveled to Aqaba on Saturday to participate in a meeting on
		// Syria": the journey is told for the gathering, which is the
		// event.
		if b.gatheringVisited(v, visitors, start, p, d) {
			continue
		}
		b.addVisit(v, visitors, hosts, p, d, start)
	}
}

// addVisit records the visit of visitors to p on day d, told from start:
// the event, its mention, who took part, the hosts they met, and where it
// was held. Its id is the visitors, the place and the day, like talks.
func (b *relBuilder) addVisit(v *sentView, visitors, hosts []arg, p mention, d timex.Expr, start int) string {
	locals, names := b.sideKeys(visitors)
	sort.Strings(names)
	_, where, _ := strings.Cut(p.EntityID, ":")
	id := "event:visit:" + strings.Join(dedupe(locals), "-") + "-to-" + where + ":" + d.Value
	if _, seen := b.events[id]; !seen {
		b.events[id] = &entity{ID: id, Name: strings.Join(dedupe(names), "–") + " visit to " + b.nameOf(p.EntityID) + " (" + d.Value + ")", Type: "Event", Props: datedProps("visit", d)}
	}
	b.eventMentioned(id, v, start, p.End)
	for _, a := range visitors {
		b.add("PARTICIPATED_IN", a.id, id, 0.8, nil, v, min(a.start, start), p.End)
	}
	for _, h := range hosts {
		b.add("PARTICIPATED_IN", h.id, id, 0.8, nil, v, start, h.end)
		// The visitor met the host: "visited Bahrain and met with King
		// Hamad".
		for _, a := range visitors {
			if a.typ == "Person" && h.typ == "Person" {
				b.add("MET_WITH", a.id, h.id, 0.8, nil, v, min(a.start, start), h.end)
			}
		}
	}
	b.add("HELD_IN", id, p.EntityID, 0.8, nil, v, start, p.End)
	return id
}

// An encyclopedia page lists a state's visits one a line, "2013:
// President Zardari to Tehran", "November 2019: al-Sarraj to Istanbul",
// "2016: Vladimir Putin to Baku (trilateral summit with Iran)": each is a
// visit of that date by the people before "to", held in the place after.
// A tour of several places ("to Islamabad, Lahore and Karachi") is one
// visit readers name after the state; it is left alone.

var (
	// reListedVisitLead: between the date opening the line and the
	// visitor, a colon or a dash.
	reListedVisitLead = regexp.MustCompile(`^` + sp + `*(?::|[–—-])` + sp + `*$`)
	// reListedVisitTo: between the visitors and the place.
	reListedVisitTo = regexp.MustCompile(`^` + sp + `+to` + sp + `+(?:the` + sp + `+)?$`)
	// reListedVisitEnd: after the place, at most a bracketed note.
	reListedVisitEnd = regexp.MustCompile(`^` + sp + `*(?:\([^()]*\))?` + sp + `*\.?` + sp + `*$`)
	// reListedVisitAnd joins two visitors.
	reListedVisitAnd = regexp.MustCompile(`^` + sp + `*(?:,|and|,` + sp + `*and)` + sp + `*$`)
)

// reListedVisitDates: after the place of a visit listed with its dates
// last ("Hu Jintao to Astana, June 2003"), the comma before them.
var reListedVisitDates = regexp.MustCompile(`^` + sp + `*,` + sp + `*$`)

// reListedVisitDateJoin joins two dates of a listed visit ("September 2022
// and July 2024").
var reListedVisitDateJoin = regexp.MustCompile(`^` + sp + `*(?:,|and|,` + sp + `*and)` + sp + `*$`)

// listedVisit reads the line v as a listed visit.
func (b *relBuilder) listedVisit(v *sentView) {
	d, ok := firstResolved(v)
	if !ok {
		return
	}
	if strings.TrimSpace(v.between(v.start, d.Start)) != "" {
		b.listedVisitDatedAfter(v)
		return
	}
	var visitors []arg
	pos := d.End
	for _, a := range v.args {
		if a.start < pos {
			continue
		}
		if len(visitors) == 0 && a.typ == "Person" && reListedVisitLead.MatchString(v.between(pos, a.start)) ||
			len(visitors) > 0 && a.typ == "Person" && reListedVisitAnd.MatchString(v.between(pos, a.start)) {
			visitors = append(visitors, a)
			pos = a.end
			continue
		}
		break
	}
	if len(visitors) == 0 {
		return
	}
	p, ok := nextMention(v, pos)
	if !ok || p.Type != "Place" && p.Type != "Country" || p.Demonym || !reListedVisitTo.MatchString(v.between(pos, p.Start)) ||
		!reListedVisitEnd.MatchString(v.between(p.End, v.end)) {
		return
	}
	// "27 June 2021: King Abdullah II to Baghdad (tripartite summit)": a
	// journey to a gathering the page told of before is that gathering.
	_, where, _ := strings.Cut(p.EntityID, ":")
	after := strings.ToLower(v.between(p.End, v.end))
	for _, kind := range []string{"summit", "conference"} {
		if id := "event:" + kind + ":" + where + ":" + d.Value; b.events[id] != nil && strings.Contains(after, kind) {
			for _, a := range visitors {
				b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, a.start, p.End)
			}
			return
		}
	}
	b.addVisit(v, visitors, nil, p, d, visitors[0].start)
}

// listedVisitDatedAfter reads a line that lists a visit with its dates
// last, a list's item once its bullet is gone: "Hu Jintao to Astana, June
// 2003", "Xi Jinping to Astana, September 2022 and July 2024" (a visit of
// each date). The line holds nothing else.
func (b *relBuilder) listedVisitDatedAfter(v *sentView) {
	if len(v.args) < 2 {
		return
	}
	a := v.args[0]
	if a.typ != "Person" || strings.Trim(v.between(v.start, a.start), " -•*") != "" {
		return
	}
	p, ok := nextMention(v, a.end)
	if !ok || p.Type != "Place" && p.Type != "Country" || p.Demonym || !reListedVisitTo.MatchString(v.between(a.end, p.Start)) {
		return
	}
	var dates []timex.Expr
	pos := p.End
	for _, d := range v.dates {
		if d.Start < pos {
			continue
		}
		sep := reListedVisitDates
		if len(dates) > 0 {
			sep = reListedVisitDateJoin
		}
		if !d.Resolved() || d.Relative || !sep.MatchString(v.between(pos, d.Start)) {
			return
		}
		dates = append(dates, d)
		pos = d.End
	}
	if len(dates) == 0 || !reListedVisitEnd.MatchString(v.between(pos, v.end)) || b.sentenceHasVisit(v) {
		return
	}
	for _, d := range dates {
		if !b.visitOfDay(a, d) {
			id := b.addVisit(v, []arg{a}, nil, p, d, a.start)
			if len(dates) == 1 {
				// The line is the visit's whole mention, its date too.
				b.eventMentioned(id, v, a.start, d.End)
			}
		}
	}
}

// visitOfDay reports a visit of a's of d's date the page told before
// ("made a state visit to China in September 2019" above "Kassym-Jomart
// Tokayev to Beijing, September 2019", "arriving in Astana on 14
// September 2022" above "to Astana, September 2022"): the list repeats it.
func (b *relBuilder) visitOfDay(a arg, d timex.Expr) bool {
	locals, _ := b.sideKeys([]arg{a})
	prefix := "event:visit:" + strings.Join(dedupe(locals), "-") + "-to-"
	for id := range b.events {
		// The same month, whichever of the two names its day.
		if i := strings.LastIndexByte(id, ':'); strings.HasPrefix(id, prefix) && i > 0 && (strings.HasPrefix(id[i+1:], d.Value) || strings.HasPrefix(d.Value, id[i+1:])) {
			return true
		}
	}
	return false
}

// sentenceHasVisit reports a visit another rule built from v.
func (b *relBuilder) sentenceHasVisit(v *sentView) bool {
	for _, m := range b.evMent {
		if m.Sentence == v.idx && b.eventKindIn(m.EntityID, []string{"visit"}) {
			return true
		}
	}
	return false
}

// metOnVisit reports a meeting or talks told as the host met on a visit
// the same sentence tells: "Ayman Safadi visited Damascus in February 2023
// and met Assad" ("and held talks with Assad") is Safadi's visit to
// Damascus, with Assad taking part in it, not a meeting besides (visits
// builds it).
func (b *relBuilder) metOnVisit(v *sentView, it interaction) bool {
	if len(it.parts) != 2 || !v.has("visit") {
		return false
	}
	gs := groups(v)
	for _, p := range v.ments {
		if (p.Type != "Place" && p.Type != "Country") || p.Demonym || p.End > it.trigStart {
			continue
		}
		visitors, _, planned, ok := b.visitorsOf(v, gs, p)
		if !ok || planned || len(visitors) != 1 || visitors[0].id != it.parts[0].id {
			continue
		}
		if n, ok := nextPerson(v, p.End, visitors); ok && n.id == it.parts[1].id && reVisitMet.MatchString(v.between(p.End, n.start)) {
			return true
		}
	}
	return false
}

// reVisitAside: the visit told in an aside about the visitor, ", on a
// visit to", ", on a two-day trip to".
var reVisitAside = regexp.MustCompile(`,` + sp + `*on` + sp + `+(?:a|an|his|her|their)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:visit|trip)` + sp + `+to` + sp + `+(?:the` + sp + `+)?$`)

// visitNewsDay dates an undated visit to p by a news item's day: a visit
// told in an aside ("X, on a visit to Kabul, says …") by the present tense
// of the clause after it, one told by its verb in the past tense by a
// story of the day (storyDay).
func (b *relBuilder) visitNewsDay(v *sentView, start int, p mention) (timex.Expr, bool) {
	gap := v.between(start, p.Start)
	if loc := reVisitAside.FindStringIndex(gap); loc != nil {
		// The aside's own "to" is no plan: only the words right before
		// the verb are read for one ("will say").
		if vl := reSessionNewsVerb.FindStringIndex(v.between(p.End, v.end)); vl != nil &&
			!reNotNews.MatchString(v.between(max(p.End, p.End+vl[0]-16), p.End+vl[0])) && !reHabit.MatchString(v.between(p.End+vl[1], v.end)) {
			return b.publicationDate()
		}
		return timex.Expr{}, false
	}
	// A journey told in a relative clause or an aside ("Ban, who also
	// visited Jerusalem and Cairo this week") is background to the news.
	if loc := rePastVisitVerb.FindStringIndex(gap); loc != nil && !reVisitBackground.MatchString(v.between(v.start, v.end)) {
		return b.storyDay(v, start+loc[0])
	}
	return timex.Expr{}, false
}

// reVisitBackground: words that make a journey background to the news.
var reVisitBackground = regexp.MustCompile(`(?i)\b(?:who|which|also|earlier|recently|previously|this` + sp + `+week|last` + sp + `+week|weeks|months|years|after|before|since)\b`)

// rePastVisitVerb: a journey's verb in the past tense.
var rePastVisitVerb = regexp.MustCompile(`\b(?:visited|arrived|travell?ed|flew)\b`)

// reToAttend: after the place visited (and the state it lies in, and
// the day), the gathering the journey was made for: " to participate in
// a meeting on", " to attend the conference".
var reToAttend = regexp.MustCompile(`^(?:` + sp + `*,` + sp + `*[^,;.]{1,40}?,)?(?:` + sp + `+(?:on|in)` + sp + `+[^,;.]{1,30}?)?` + sp + `*,?` + sp + `+to` + sp + `+(?:attend|participate` + sp + `+in|take` + sp + `+part` + sp + `+in|join)` + sp + `+(?:a|an|the)` + sp + `+((?:[a-z][\w-]*` + sp + `+){0,2}?(meeting|conference|summit|ministerial|session|forum))\b(?:` + sp + `+on` + sp + `+(?:the` + sp + `+)?)?`)

// gatheringVisited builds the gathering at p on day d that the visitors
// travelled to attend, and reports whether the sentence tells one.
func (b *relBuilder) gatheringVisited(v *sentView, visitors []arg, start int, p mention, d timex.Expr) bool {
	loc := reToAttend.FindStringSubmatchIndex(v.between(p.End, v.end))
	if loc == nil {
		return false
	}
	what := strings.Join(strings.Fields(v.between(p.End+loc[2], p.End+loc[3])), " ")
	kind := v.between(p.End+loc[4], p.End+loc[5])
	if kind == "ministerial" || kind == "session" || kind == "forum" {
		kind = "meeting"
	}
	_, where, _ := strings.Cut(p.EntityID, ":")
	name := b.nameOf(p.EntityID) + " " + what
	slug := where + "-" + strings.ReplaceAll(what, " ", "-")
	// "a meeting on Syria": the topic names the gathering too.
	end := p.End + loc[1]
	if topic, ok := nextMention(v, end); ok && topic.Start == end && !topic.Demonym && (topic.Type == "Country" || topic.Type == "Place") {
		_, t, _ := strings.Cut(topic.EntityID, ":")
		name += " on " + b.nameOf(topic.EntityID)
		slug += "-on-" + t
		end = topic.End
	}
	id := "event:" + kind + ":" + slug + ":" + d.Value
	if _, seen := b.events[id]; !seen {
		b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: datedProps(kind, d)}
	}
	b.eventMentioned(id, v, p.End+loc[2], end)
	for _, a := range visitors {
		b.add("PARTICIPATED_IN", a.id, id, 0.8, nil, v, min(a.start, start), end)
	}
	b.add("HELD_IN", id, p.EntityID, 0.8, nil, v, start, end)
	return true
}

// reStateOfPlace: between a place and the state it lies in, ", ".
var reStateOfPlace = regexp.MustCompile(`^` + sp + `*,` + sp + `*$`)

// reHabitual marks journeys made again and again.
var reHabitual = regexp.MustCompile(`\b(?:repeatedly|regularly|frequently|often|routinely|usually)\b`)

// reVisitPresent: a headline's "visit"/"visits" in the simple present, or
// a journey told so ("arrives in", "travels to", "flies to").
var reVisitPresent = regexp.MustCompile(`\b(?:visits?|arrives?` + sp + `+in|travels?` + sp + `+to|flies` + sp + `+to|fly` + sp + `+to)\b`)

// visitorsOf are the visitors of place p: the group right before "visited
// p", or the possessor of "'s visit to p". start is where the visit's
// phrase starts.
func (b *relBuilder) visitorsOf(v *sentView, gs [][]int, p mention) ([]arg, int, bool, bool) {
	for gi, g := range gs {
		last := v.args[g[len(g)-1]]
		if last.end > p.Start {
			break
		}
		gap := v.between(last.end, p.Start)
		// "the historic visit of Pope Francis to Iraq".
		if reVisitOfBefore.MatchString(v.between(max(v.start, v.args[g[0]].start-60), v.args[g[0]].start)) && reToPlace.MatchString(gap) {
			return argsOf(v, g), v.args[g[0]].start, false, true
		}
		planned := reVisitPlanned.MatchString(gap)
		if !planned && !reVisitVerb.MatchString(gap) && !reVisitNoun.MatchString(gap) {
			continue
		}
		// "President X of Iran made a visit to Bahrain": the visitor is
		// X; Iran is whose president X is.
		if ofHolder(v, gs, gi) {
			g = gs[gi-1]
		}
		var out []arg
		for _, i := range g {
			// "Iranian troops arrived in Dhofar": armed forces arriving
			// are deployed, not visiting.
			if a := v.args[i]; a.id != p.EntityID && !reForcesAfter.MatchString(v.between(a.m.End, v.end)) {
				out = append(out, a)
			}
		}
		if reVisitNoun.MatchString(gap) {
			out = out[len(out)-1:] // "X and Y's visit": the possessor only
		}
		return out, v.args[g[0]].start, planned, len(out) > 0
	}
	// "a visit to Damascus by President Michel Suleiman", "a trip to
	// Ankara by the new Syrian leader, Ahmed al-Sharaa": the visitors after
	// the place.
	if loc := reVisitToBefore.FindStringIndex(v.between(max(v.start, p.Start-16), p.Start)); loc != nil {
		for _, g := range gs {
			first := v.args[g[0]]
			if first.start < p.End {
				continue
			}
			if first.typ != "Person" || !reByVisitor.MatchString(v.between(p.End, first.start)) {
				break
			}
			return argsOf(v, g), max(v.start, p.Start-16) + loc[0], false, true
		}
	}
	// "During a visit to Riyadh, President Donald Trump announced …": the
	// subject of the clause the visit's phrase opens made it.
	if loc := reDuringVisitTo.FindStringIndex(v.between(max(v.start, p.Start-60), p.Start)); loc != nil {
		for _, g := range gs {
			first := v.args[g[0]]
			if first.start < p.End || first.typ == "Country" && first.m.Demonym {
				continue
			}
			if first.typ != "Person" || !reVisitClauseSubject.MatchString(v.between(p.End, first.start)) {
				break
			}
			return argsOf(v, g), max(v.start, p.Start-60) + loc[0], false, true
		}
	}
	return nil, 0, false, false
}

// reDuringVisitTo and reVisitClauseSubject frame a visit told as the
// time of what its subject did: "During a visit to" before the place, a
// date or time and a comma after it, then the subject's titles (a
// demonym among them: "Saudi Crown Prince").
var (
	reDuringVisitTo      = regexp.MustCompile(`(?:^|,` + sp + `+)(?:[Dd]uring|[Oo]n)` + sp + `+(?:a|an|his|her|their)` + sp + `+(?:(?:first|second|state|official|working|two-day|three-day|brief|surprise|rare|historic)` + sp + `+){0,2}(?:visit|trip)` + sp + `+to` + sp + `+(?:the` + sp + `+)?$`)
	reVisitClauseSubject = regexp.MustCompile(`^(?:` + sp + `+(?:in|on)` + sp + `+[^,;()]{3,30}?)?,` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}.-]*` + sp + `+){0,4}$`)
)

// apposedOffice is an office set off before the name of the one who
// holds it, officeEpithet the word that may open it: "the new Syrian
// leader, Ahmed al-Sharaa".
const (
	officeEpithet = `(?:(?:new|then|former|late)` + sp + `+)?`
	apposedOffice = `(?:(?:\p{Lu}[\w-]*` + sp + `+)?(?:leader|president|king|emir|amir|sultan|minister|ruler),` + sp + `+)`
)

// reVisitToBefore and reByVisitor frame a visit told place first: "a visit
// to" before the place, " by" and the visitor's titles after it.
var (
	reVisitToBefore = regexp.MustCompile(`\b(?:visit|trip)` + sp + `+to` + sp + `+(?:the` + sp + `+)?$`)
	reByVisitor     = regexp.MustCompile(`^(?:` + sp + `+in` + sp + `+[\w ]{3,20}?)?` + sp + `+by` + sp + `+(?:the` + sp + `+` + officeEpithet + apposedOffice + `|(?:the` + sp + `+` + officeEpithet + `)?(?:\p{Lu}[\w\x{00C0}-\x{024F}.-]*` + sp + `+){0,3})$`)
)

// visitorsCounterpart is the visitor's counterpart named right after: "his
// counterpart", "her Georgian counterpart, ".
const visitorsCounterpart = `(?:his|her|their)` + sp + `+(?:\p{Lu}[\w-]*` + sp + `+)?counterparts?,?` + sp + `+`

// reVisitOfBefore ends right before the visitor of "the visit of X to
// P" or "a visit by X to P", with the visitor's title words: "the
// historic visit of Pope", "a visit by Foreign Minister".
var reVisitOfBefore = regexp.MustCompile(`\b(?:visit|trip)` + sp + `+(?:of|by)` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}.-]*` + sp + `+){0,3}$`)

// reToPlace is "to" right before the place visited.
var reToPlace = regexp.MustCompile(`^` + sp + `+to` + sp + `+(?:the` + sp + `+)?$`)

// reForcesAfter: a state's armed forces named by its name or demonym.
var reForcesAfter = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:armed|ground|special|naval|air)` + sp + `+)?(?:troops|forces|soldiers|army|military|units|warships|jets|aircraft|warplanes|navy|marines|paratroopers|battalions?|brigades?)\b`)

// dateRightAfter reports a date written right after pos that ends its
// phrase ("Tehran on Tuesday.", "Tehran on Tuesday, and").
func dateRightAfter(v *sentView, pos int) bool {
	for _, d := range v.dates {
		if d.Start >= pos && reDateRightAfter.MatchString(v.between(pos, d.Start)) {
			return reStopEnds.MatchString(v.between(d.End, v.end))
		}
	}
	return false
}

// nextPerson is the first person of v starting at or after pos who is
// none of the visitors.
func nextPerson(v *sentView, pos int, visitors []arg) (arg, bool) {
	for _, a := range v.args {
		// "visited Damascus and met Assad": the visitor again, as the
		// subject "met" leaves unsaid, is no one met.
		if a.start >= pos && a.typ == "Person" && !slices.ContainsFunc(visitors, func(o arg) bool { return o.id == a.id }) {
			return a, true
		}
	}
	return arg{}, false
}

// personsListedFrom is person n with the people listed after it in its
// group.
func personsListedFrom(v *sentView, gs [][]int, n arg) []arg {
	for _, g := range gs {
		for k, i := range g {
			if v.args[i].start != n.start {
				continue
			}
			var out []arg
			for _, j := range g[k:] {
				if v.args[j].typ == "Person" {
					out = append(out, v.args[j])
				}
			}
			return out
		}
	}
	return []arg{n}
}

// A visit to a person in a place: "King Mohammed V visited him in Cairo
// in 1960", "He visited Bush at his ranch in Crawford, Texas, in August
// 2002". The visitors went to the place, the person visited took part
// and met them. Like any visit it needs its date.

var (
	// reVisitedPerson: from the visitors to the person visited.
	reVisitedPerson = regexp.MustCompile(`^,?` + sp + `+(?:(?:also|later|then|again|once|twice)` + sp + `+)?visited` + sp + `+$`)
	// rePersonVisitedIn: from the person visited to the place.
	rePersonVisitedIn = regexp.MustCompile(`^(?:` + sp + `+at` + sp + `+(?:his|her|their|the)` + sp + `+[^,;.()]{1,40}?)?` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)
)

// visitsToPeople reads the form above.
func (b *relBuilder) visitsToPeople(v *sentView) {
	if !v.has("visited") {
		return
	}
	for _, g := range groups(v) {
		visitors := argsOf(v, g)
		last := visitors[len(visitors)-1]
		host, ok := nextPersonArg(v, last.end)
		if !ok || !reVisitedPerson.MatchString(v.between(last.end, host.start)) {
			continue
		}
		p, ok := nextMention(v, host.end)
		if !ok || p.Type != "Place" && p.Type != "Country" || p.Demonym || !rePersonVisitedIn.MatchString(v.between(host.end, p.Start)) {
			continue
		}
		for _, a := range visitors {
			if a.typ != "Person" {
				return
			}
		}
		start := visitors[0].start
		d, ok := pickDate(v, start, min(v.end, p.End+40), true)
		if !ok || !d.Resolved() || b.irrealisClause(v, start, p.End) {
			continue
		}
		b.addVisit(v, visitors, []arg{host}, p, d, start)
	}
}
