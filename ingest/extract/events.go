package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// Events are entities of type Event built from what a sentence says
// happened: talks, meetings, attacks, revolutions. A withdrawal from an
// agreement is the WITHDREW_FROM relation itself, dated by its sentence: an
// Event node for it would only repeat that edge (a withdrawal from talks
// points at the talks' event). An event
// is only built when it can be told apart from others of its kind:
//
//   - talks between two or more identified parties; the id carries the
//     date when the sentence gives one, else the round ("the second round
//     of talks"), else nothing: undated talks between the same parties are
//     one continuing process;
//   - a meeting or an attack only with a resolved date (day, month or year)
//     or, for a meeting, a venue in the sentence;
//   - a revolution with its year ("the 1979 Islamic Revolution");
//   - the signing of an agreement, only with a resolved date: its id is
//     the agreement and the date (event:agreement:<agreement>:<date>).
//
// Ids are event:<kind>:<slug>[:<date>] where the slug is built from the
// sorted participant ids (without their type prefix), people replaced by
// the state they hold a role for in the document, so "talks between
// Witkoff and Araghchi on April 12, 2025" and "talks between the U.S. and
// Iran on April 12, 2025" name the same event. Named events the catalog
// knows ("Operation Midnight Hammer") stay catalog entities.
//
// Around an event the sentence may give: PARTICIPATED_IN for each party
// (with the role written next to it: "X, the lead negotiator"), HELD_IN for
// "in <place>", MEDIATED ("Oman mediated", "Omani mediation", "mediated by
// Oman") and HOSTED ("hosted by Oman", "Oman hosted"). Being "a venue" in
// general ("Oman has frequently served as a discreet venue for these
// negotiations") names no event and gives nothing; a venue of a dated event
// is HELD_IN, never HOSTED, unless a hosting verb says so. "A mediator to
// X" names no mediator and gives nothing.

// eventSpec describes an event a rule found.
type eventSpec struct {
	kind               string
	parts              []arg
	roles              map[string]string // participant id → role
	trigStart, trigEnd int
	start, end         int
	ordinal            int
	needDate           bool   // only with a resolved date
	dateless           bool   // no date in the id
	name               string // overrides the generated name
	slug               string // overrides the participant slug
	// fallbackDate dates the event when its sentence does not (the
	// publication day of a present-tense report).
	fallbackDate *timex.Expr
	// noVenue: the places of the sentence are not the event's ("At the
	// fourth round, they signed a memorandum on zones in Idlib").
	noVenue bool
}

// dayProps dates a fact or an event by day d.
func dayProps(d timex.Expr) map[string]any {
	return map[string]any{"date": d.Value, "datePrecision": string(d.Precision), "dateText": d.Text}
}

// datedProps are the properties of an event of kind dated by d.
func datedProps(kind string, d timex.Expr) map[string]any {
	p := dayProps(d)
	p["kind"] = kind
	return p
}

// placeKindOf is the kind of a place before its name: "city of ".
// stateKindOf runs from a state's adjective to the place it describes:
// "Libyan city of ".
const (
	placeKindOf = `(?:city|town|village|port` + sp + `+city|capital|province|region|district)` + sp + `+of` + sp + `+`
	stateKindOf = `(?:\p{Lu}\p{Ll}+` + sp + `+` + placeKindOf + `)`
)

var (
	// "in Oman", "at the UN": right before a venue.
	// "in the Libyan city of Sirte": a state's adjective may describe the
	// place (stateKindOf).
	// A kind of settlement may stand before the place's name: "met at
	// Kibbutz Sde Boker".
	// "in the ancient oasis city of Al-Ula", "in the Black Sea resort of
	// Sochi": words describing the place may stand before its kind.
	reVenueBefore = regexp.MustCompile(`\b(?:in|at)` + sp + `+(?:the` + sp + `+)?(?:` + stateKindOf + `|(?:Kibbutz|Moshav|Camp)` + sp + `+|(?:[\p{L}-]+` + sp + `+){1,3}?(?:city|town|village|resort|oasis|port)` + sp + `+of` + sp + `+)?$`)
	// ", the lead negotiator" after a participant.
	reRoleAfter = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+|` + sp + `+(?:was|is|served` + sp + `+as|acted` + sp + `+as|as)` + sp + `+)(?:(?:the|a|an|its|their)` + sp + `+)?(lead` + sp + `+negotiator|chief` + sp + `+negotiator|top` + sp + `+negotiator|negotiator|mediator|host|head` + sp + `+of` + sp + `+(?:the` + sp + `+)?delegation|delegation` + sp + `+head)\b`)

	// A weekday names one day: a session, not a process.
	reWeekday = regexp.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)

	// The talks a withdrawal names ("nuclear talks").
	reTalksWord = regexp.MustCompile(`(?:[\w-]+` + sp + `+)?(?:talks|negotiations)\b`)
)

// buildEvents builds the events of a sentence from its interactions and its own
// patterns, then their mediators and hosts.
func (b *relBuilder) buildEvents(v *sentView, its []interaction) {
	// Talks first: people meeting in a sentence about a round of talks met
	// at it, not at a separate meeting.
	talks := ""
	for _, it := range its {
		if it.kind != "talks" {
			continue
		}
		if b.metOnVisit(v, it) {
			continue // "visited Tehran and held talks with X": the visit's
		}
		spec := eventSpec{kind: it.kind, parts: it.parts, trigStart: it.trigStart, trigEnd: it.trigEnd,
			start: it.start, end: it.end, ordinal: it.ordinal, needDate: it.needDate}
		// "Talks between Iran and the United States resume in Vienna": a
		// news item in the present tense tells what happens the day it
		// is published.
		if b.presentTense(v, min(it.start, it.trigStart), max(it.end, it.trigEnd)) {
			if d, ok := b.publicationDate(); ok {
				spec.fallbackDate = &d
			}
		}
		// "X and Y visited Saudi Arabia April 13. They held talks with
		// Z": the talks are part of the visit told before, or take its
		// date and place.
		if visit := b.visitIn(it.context); visit != "" {
			for _, p := range it.parts {
				b.participate(v, p, visit, 0.8, it.start, it.end)
			}
			b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], visit)
			if talks == "" {
				talks = visit
			}
			continue
		}
		if c := it.context; c != nil {
			if d, ok := pickDate(c, c.start, c.end, true); ok {
				spec.fallbackDate = &d
			}
		}
		id := b.makeEvent(v, spec)
		if c := it.context; c != nil && id != "" {
			if place, ok := visitedPlace(c); ok {
				b.add("HELD_IN", id, place.EntityID, 0.8, nil, c, place.Start, place.End)
			}
		}
		if talks == "" {
			talks = id
		}
	}
	for i, it := range its {
		if it.kind != "meeting" && it.kind != "call" {
			continue
		}
		// "X and Y met with Z": one meeting of the three, not a second one
		// of X and Y alone.
		if partOfLarger(its, i) {
			continue
		}
		if it.kind == "call" {
			b.makeCall(v, it)
			continue
		}
		if b.metOnVisit(v, it) {
			continue // the visit is the event, the one met its host (visits)
		}
		if talks != "" {
			for _, p := range it.parts {
				b.participate(v, p, talks, 0.8, it.start, it.end)
			}
			continue
		}
		if reForBodyMeeting.MatchString(v.between(max(it.trigEnd, it.end), v.end)) {
			// "X hosted Y at the White House on October 5 for a meeting
			// of the Strategic Consultative Group": the body's meeting.
			b.meetingFor[v.idx] = it.parts
			continue
		}
		spec := eventSpec{kind: it.kind, parts: it.parts, trigStart: it.trigStart, trigEnd: it.trigEnd,
			start: it.start, end: it.end, needDate: true}
		if d, ok := b.prevOpeningDay(v); ok && !b.irrealisClause(v, min(it.start, it.trigStart), max(it.end, it.trigEnd)) {
			spec.fallbackDate = &d
		} else if d, ok := b.readoutLeadDate(v); ok && !b.irrealisClause(v, min(it.start, it.trigStart), max(it.end, it.trigEnd)) {
			spec.fallbackDate = &d
		} else if b.presentTense(v, min(it.start, it.trigStart), max(it.end, it.trigEnd)) && !reDuringGathering.MatchString(v.between(max(it.end, it.trigEnd), v.end)) {
			// "Lavrov meets Assad in Damascus": a news item in the
			// present tense tells what happens the day it is published,
			// as it does for talks. One "during P5+1 and Iran talks" is a
			// part of those.
			if d, ok := b.publicationDate(); ok {
				spec.fallbackDate = &d
			}
		} else if d, ok := b.storyDay(v, it.trigStart); ok && !b.irrealisClause(v, min(it.start, it.trigStart), max(it.end, it.trigEnd)) &&
			!v.has("margins", "sidelines") && !reDuringGathering.MatchString(v.between(max(it.end, it.trigEnd), v.end)) {
			// A meeting on the margins of a gathering, or during it, is
			// a part of that gathering, not an event of its own.
			spec.fallbackDate = &d
		}
		b.makeEvent(v, spec)
	}
	b.revolutions(v)
	b.operations(v)
	b.namedEvents(v)
	b.truces(v)
	b.ceremonies(v)
	b.executionsAndCoups(v)
	b.battlesAt(v)
	b.takingsOf(v)
	b.inaugurations(v)
	b.incidentVerbs(v)
	b.warAllies(v)
	b.territoryWithdrawals(v)
	b.nounWithdrawals(v)
	b.missionAttacks(v)
	b.unnamedElections(v)
	b.partyElections(v)
	b.presidentialElections(v)
	b.electionRivals(v)
	b.hostedGuests(v)
	b.nextRound(v)
	b.groupMeetings(v)
	b.openingMeetings(v)
	b.orgMeetings(v)
	b.joinedTalks(v)
	b.heldBetweenTalks(v)
	b.exchanges(v)
	b.drills(v)
	b.weaponsTests(v)
	b.heldSummits(v)
	b.travelMeetings(v)
	b.attendedEvents(v)
	b.attendedNamed(v)
	b.inTheChair(v)
	b.meetingsWith(v)
	b.attendedBy(v)
	b.attendedByIt(v)
	b.joinedByList(v)
	b.invitedBy(v)
	b.joinedWars(v)
	b.passiveDoers(v)
	b.agentsInEvents(v)
	b.deedsAndGatherings(v)
	b.namedEventParticipants(v)
	b.atGatheringParticipants(v)
	b.openingGatheringParticipants(v)
	b.definedEventParties(v)
	b.joinedForGathering(v)
	b.namedEventVenues(v)
	b.gatheringSites(v)
	b.namedSites(v)
	b.mediatedBetween(v)
	b.anaphoricEvent(v)
	b.companions(v)
	b.visitOpenerVenue(v)
	// Talks named by their city or territory, after every rule that
	// builds talks with their sides, before their mediators are read.
	b.cityTalks(v)
	b.broughtTogether(v)
	ids := dedupe(b.sentenceEvents[v.idx])
	// "Iran and Saudi Arabia restored relations in a deal brokered by
	// China": a sentence that names its own sides is about its own deal,
	// not the talks or truce of the sentences before.
	if len(ids) == 0 && v.has("mediat", "broker", "host", "good offices") && !namesSides(v) {
		// "Oman mediated." right after the sentence about the talks.
		ids = b.recentTalks(v.idx)
		if len(ids) == 0 {
			// "The United Nations brokered it": the document's one truce.
			if t := b.onlyTruce(); t != "" && !b.otherYears(v, t) {
				ids = []string{t}
			}
		}
	}
	if len(ids) == 1 {
		// Mediators and hosts need exactly one event to belong to.
		b.mediatorsAndHosts(v, ids[0])
	}
}

var (
	// A verb of talks in the simple present, as headlines write them.
	reHeadlineVerb = regexp.MustCompile(`\b(?:resume|resumes|begin|begins|open|opens|hold|holds|start|starts|meet|meets|continue|continues|conclude|concludes|end|ends|arrive|arrives|host|hosts)\b`)
	// A meeting told as part of a larger gathering: "during P5+1 and Iran
	// talks", "on the sidelines of the UN General Assembly".
	reDuringGathering = regexp.MustCompile(`(?i)\b(?:during|on` + sp + `+the` + sp + `+sidelines` + sp + `+of|on` + sp + `+the` + sp + `+margins` + sp + `+of|amid)` + sp + `+(?:the` + sp + `+)?(?:[\w+.–-]+` + sp + `+){0,5}?(?:talks|summit|conference|negotiations|session|forum|assembly|meetings?|gathering)\b`)
	// What makes a present verb a plan or a habit rather than the news.
	reNotNews = regexp.MustCompile(`(?i)\b(?:will|would|to|may|might|could|should|shall|must|can|cannot|not|never|often|usually|regularly|routinely|again|every|each|plan|plans|expected)\b`)
)

// partOfLarger reports a meeting whose participants all take part in
// another, larger meeting of the same sentence.
func partOfLarger(its []interaction, i int) bool {
	for j, o := range its {
		if j == i || o.kind != "meeting" || len(o.parts) <= len(its[i].parts) {
			continue
		}
		all := true
		for _, p := range its[i].parts {
			found := false
			for _, q := range o.parts {
				if q.id == p.id {
					found = true
				}
			}
			all = all && found
		}
		if all {
			return true
		}
	}
	return false
}

// presentTense reports a talks verb in the simple present within [start,
// end) or just after it, and no word of plan, habit or denial in the
// sentence before it.
func (b *relBuilder) presentTense(v *sentView, start, end int) bool {
	hi := min(v.end, end+24)
	loc := reHeadlineVerb.FindStringIndex(v.between(start, hi))
	if loc == nil {
		return false
	}
	verbEnd := start + loc[1]
	return !reNotNews.MatchString(v.between(v.start, verbEnd)) && !reNotNews.MatchString(v.between(verbEnd, min(v.end, verbEnd+16))) &&
		!reHabit.MatchString(v.between(verbEnd, v.end))
}

// reHabit: anywhere after a present verb, a word that makes it a habit
// ("meets Assad regularly").
var reHabit = regexp.MustCompile(`(?i)\b(?:regularly|often|usually|routinely|frequently|periodically|annually|weekly|monthly|every|each)\b`)

// newsDay is the day of a deed a dated news item tells in the present
// tense, its verb ending at verbEnd: the item's publication day, unless a
// word before the verb makes the deed a plan, a wish or a denial, or one
// after it a habit. The rules decide what is a present verb; this decides
// what day it tells.
func (b *relBuilder) newsDay(v *sentView, verbEnd int) (timex.Expr, bool) {
	if reNotNews.MatchString(v.between(v.start, verbEnd)) || reHabit.MatchString(v.between(verbEnd, v.end)) {
		return timex.Expr{}, false
	}
	return b.publicationDate()
}

// namesSides reports a group of two or more states or people in v.
func namesSides(v *sentView) bool {
	for _, g := range groups(v) {
		// "Oman and Qatar mediated the negotiations": a group that
		// mediates is no pair of sides.
		if len(g) >= 2 && !reMediatedAfter.MatchString(v.between(v.args[g[len(g)-1]].end, v.end)) {
			return true
		}
	}
	return false
}

// reRangeOpen and reRangeJoin frame a span of time: "Between October
// 2023 and November 2024", "from May to July 2019", "between 1945 and
// the 29 November 1947 Partition vote".
var (
	reRangeOpen = regexp.MustCompile(`(?i)\b(?:between|from)` + sp + `+$`)
	reRangeJoin = regexp.MustCompile(`^` + sp + `*(?:and|to|until|till|through|–|-)` + sp + `*(?:the` + sp + `+)?$`)
)

// rangeEnd reports a date of v that opens or closes a span of time.
func rangeEnd(v *sentView, d timex.Expr) bool {
	for _, o := range v.dates {
		first, second := o, d
		if d.End <= o.Start {
			first, second = d, o
		} else if o.End > d.Start {
			continue
		}
		if reRangeJoin.MatchString(v.between(first.End, second.Start)) &&
			reRangeOpen.MatchString(v.between(max(v.start, first.Start-10), first.Start)) {
			return true
		}
	}
	return false
}

// makeEvent builds (or finds) the event a spec describes, with its
// participants and venue, and returns its id ("" when the event cannot be
// identified).
func (b *relBuilder) makeEvent(v *sentView, spec eventSpec) string {
	d, hasDate := pickDate(v, min(spec.trigStart, spec.start), max(spec.trigEnd, spec.end), true)
	if !hasDate && spec.fallbackDate != nil {
		d, hasDate = *spec.fallbackDate, true
	}
	// "Turkey agreed Thursday to a pause after four hours of talks
	// between Erdogan and Pence": talks or a meeting a sentence tells
	// without a date of their own happened on the one day the sentence
	// gives.
	if !hasDate && (spec.kind == "talks" || spec.kind == "meeting") {
		if day, ok := onlyDayOf(v); ok {
			d, hasDate = day, true
		}
	}
	resolved := hasDate && d.Resolved()
	if spec.needDate && !resolved {
		if _, ok := b.venue(v, spec); !ok || spec.kind != "meeting" {
			return ""
		}
	}
	if spec.needDate && hasDate && rangeEnd(v, d) {
		return "" // deeds over a span of months are no one event of its end or start
	}
	if spec.kind == "agreement" && resolved {
		spec.name += " (" + d.Value + ")"
	}
	slug := spec.slug
	if slug == "" {
		slug = b.participantSlug(spec.parts)
		if slug == "" || (spec.kind == "talks" && strings.Count(slug, "+") < 1) {
			return ""
		}
		slug = strings.ReplaceAll(slug, "+", "-")
	}
	id := "event:" + spec.kind + ":" + slug
	switch {
	case spec.dateless:
	case resolved:
		id += ":" + d.Value
	case spec.ordinal > 0:
		id += ":round-" + strconv.Itoa(spec.ordinal)
	}
	e, ok := b.events[id]
	if !ok {
		name := spec.name
		if name == "" {
			name = b.eventName(spec, d, resolved)
		}
		e = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": spec.kind}}
		b.events[id] = e
	}
	if _, dated := e.Props["date"]; !dated && hasDate {
		e.Props["dateText"] = d.Text
		if resolved {
			e.Props["date"] = d.Value
			e.Props["datePrecision"] = string(d.Precision)
		}
	}
	if spec.ordinal > 0 {
		e.Props["round"] = spec.ordinal
	}
	b.evMent = append(b.evMent, mention{
		EntityID: id, Type: "Event", Start: spec.trigStart, End: spec.trigEnd,
		Sentence: v.idx, Text: v.between(spec.trigStart, spec.trigEnd),
	})
	b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], id)
	for _, p := range spec.parts {
		conf := 0.85
		if spec.roles[p.id] != "" {
			conf = 0.9
		}
		b.participate(v, p, id, conf, spec.start, spec.end)
	}
	// Only a dated or numbered session has a venue: the undated talks
	// between two parties are a process held in many places.
	// A session told with a day ("on Saturday") was held once, even when
	// the day cannot be resolved to a calendar date, if it was held at all
	// ("talks scheduled to take place in Oman on Sunday" were not).
	if place, ok := b.venue(v, spec); ok && spec.kind != "call" && !spec.noVenue && (resolved || spec.ordinal > 0 || spec.kind != "talks" ||
		hasDate && reWeekday.MatchString(d.Text) && !b.irrealisClause(v, min(spec.trigStart, spec.start), max(place.End, spec.end))) {
		b.add("HELD_IN", id, place.EntityID, 0.85, nil, v, min(spec.trigStart, place.Start), max(spec.trigEnd, place.End))
	}
	return id
}

// makeCall builds the call of people an interaction tells, when it can be
// dated: "President Biden spoke today with Amir Tamim" in a readout of the
// day is that day's call, with both as participants. A call is held
// nowhere; an undated one ("they speak often") is no event.
func (b *relBuilder) makeCall(v *sentView, it interaction) {
	for _, p := range it.parts {
		if p.typ != "Person" {
			return
		}
	}
	if b.irrealisClause(v, min(it.start, it.trigStart), max(it.end, it.trigEnd)) {
		return
	}
	spec := eventSpec{kind: "call", parts: it.parts, trigStart: it.trigStart, trigEnd: it.trigEnd,
		start: it.start, end: it.end, needDate: true}
	if d, ok := b.readoutLeadDate(v); ok {
		spec.fallbackDate = &d
	} else if reCallPresent.MatchString(v.between(it.trigStart, it.trigEnd)) {
		// "The Emir of Kuwait telephones Emir Tamim": a news item's call
		// of the day it is published.
		if d, ok := b.newsDay(v, it.trigEnd); ok {
			spec.fallbackDate = &d
		}
	}
	b.makeEvent(v, spec)
}

// reCallPresent: a call told in the present tense.
var reCallPresent = regexp.MustCompile(`^(?:speaks|talks|telephones|phones|holds|has)\b`)

// visitIn is the one visit event built in sentence c, if any.
func (b *relBuilder) visitIn(c *sentView) string {
	if c == nil {
		return ""
	}
	return b.soleEvent(c.idx, "visit")
}

// soleEvent is the one event of the given kinds built in sentence idx, or
// "" when there is none or more than one.
func (b *relBuilder) soleEvent(idx int, kinds ...string) string {
	found := ""
	for _, id := range dedupe(b.sentenceEvents[idx]) {
		e, ok := b.events[id]
		if !ok {
			continue
		}
		if kind, _ := e.Props["kind"].(string); !slices.Contains(kinds, kind) {
			continue
		}
		if found != "" {
			return ""
		}
		found = id
	}
	return found
}

// participate records PARTICIPATED_IN with the role written next to the
// participant, if any.
func (b *relBuilder) participate(v *sentView, p arg, eventID string, conf float64, start, end int) {
	props := map[string]any{}
	if loc := reRoleAfter.FindStringSubmatchIndex(v.between(p.end, v.end)); loc != nil {
		props["role"] = strings.ToLower(strings.Join(strings.Fields(v.between(p.end+loc[2], p.end+loc[3])), " "))
		end = max(end, p.end+loc[1])
	}
	b.add("PARTICIPATED_IN", p.id, eventID, conf, props, v, min(start, p.start), end)
}

// tookPart records PARTICIPATED_IN in the event for each of parts but the
// states written as an adjective ("Iranian officials attended" names
// Iran's people, told by their own relations).
func (b *relBuilder) tookPart(v *sentView, parts []arg, eventID string, conf float64, start, end int) {
	for _, a := range parts {
		if !a.m.Demonym {
			b.add("PARTICIPATED_IN", a.id, eventID, conf, nil, v, start, end)
		}
	}
}

// venue is the place an event phrase says it happened in: the first place
// or country after "in"/"at" from the trigger on, within 120 bytes, that
// is not a participant.
func (b *relBuilder) venue(v *sentView, spec eventSpec) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < spec.trigStart || m.Start-spec.trigEnd > 120 && m.Start-spec.end > 60 {
			continue
		}
		if (m.Type != "Place" && m.Type != "Country" && !siteBodies[m.EntityID]) || m.Demonym {
			continue
		}
		if isPart(spec.parts, m) || !reVenueBefore.MatchString(v.between(runeStartFrom(v.text, max(v.start, m.Start-40)), m.Start)) {
			continue
		}
		// "fired missiles at US bases in Iraq": a state that qualifies what
		// was hit owns it; the place it stands in comes after.
		if reAttackedFacility.MatchString(v.between(m.End, min(v.end, m.End+60))) {
			continue
		}
		if strings.ContainsAny(v.between(spec.trigEnd, m.Start), ";") {
			continue
		}
		// "launch air strikes on Gaza after militants fire rockets at
		// Israel": a place of the clause after is another deed's.
		if reClauseAfter.MatchString(v.between(spec.trigEnd, m.Start)) {
			break
		}
		return m, true
	}
	if m, ok := b.openingVenue(v, spec); ok {
		return m, true
	}
	return b.visitedVenue(v, spec)
}

// reClauseAfter: a clause of another deed opens between an event's
// trigger and a place.
var reClauseAfter = regexp.MustCompile(`\b(?:after|before|while|when|because|until)` + sp + `+(?:the` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(?:fire|fires|fired|launch|launches|launched|attack|attacks|attacked|strike|strikes|struck|kill|kills|killed|say|says|said)\b`)

var (
	// "visited Tehran", "arrived in Doha": right before the place visited.
	reVisitedBefore = regexp.MustCompile(`\b(?:visited|visits|arrived` + sp + `+in|arrives` + sp + `+in|traveled` + sp + `+to|travelled` + sp + `+to|flew` + sp + `+to|went` + sp + `+to|headed` + sp + `+to)` + sp + `+(?:the` + sp + `+)?$`)
	// After the place, up to the meeting's verb: a time at most, then "and".
	// Or the purpose of the journey: "flew to Riyadh on Monday for talks
	// with", "for a meeting with".
	reVisitThenMet = regexp.MustCompile(`^(?:` + sp + `+(?:on|in)` + sp + `+[^,;.]{1,30}?)?(?:,?` + sp + `+and` + sp + `+(?:(?:then|later|also)` + sp + `+)?|` + sp + `+for` + sp + `+(?:(?:a|an|the|further|new|more|direct|fresh|another)` + sp + `+)?(?:[\w-]+` + sp + `+)?)$`)
)

// visitedVenue: "Grossi visited Tehran on 4 March and met with Eslami":
// a meeting told right after a visit by its subject was held where they
// went.
func (b *relBuilder) visitedVenue(v *sentView, spec eventSpec) (mention, bool) {
	if spec.kind != "meeting" && spec.kind != "talks" {
		return mention{}, false
	}
	for _, m := range v.ments {
		if m.End > spec.trigStart {
			break
		}
		if (m.Type != "Place" && m.Type != "Country") || m.Demonym || isPart(spec.parts, m) {
			continue
		}
		if reVisitedBefore.MatchString(v.between(runeStartFrom(v.text, max(v.start, m.Start-24)), m.Start)) &&
			reVisitThenMet.MatchString(v.between(m.End, spec.trigStart)) {
			return m, true
		}
	}
	return mention{}, false
}

var (
	// "In Riyadh, " or "On April 13, in Riyadh, " opening the sentence,
	// right before the event's place.
	reOpensWithIn = regexp.MustCompile(`^` + sp + `*(?:[^,;]{0,40},` + sp + `*|(?:Today|Yesterday|Earlier` + sp + `+today|Later|Tonight|This` + sp + `+(?:morning|afternoon|evening|week))` + sp + `+)?[Ii]n` + sp + `+(?:the` + sp + `+)?$`)
	// From the opening place to the event's first participant: at most a
	// date, then the comma that closes the opener.
	reOpenerClose = regexp.MustCompile(`^(?:` + sp + `*,)?(?:` + sp + `*(?:on|in)` + sp + `+(?:[A-Z][a-z]+day|[A-Z][a-z]+\.?` + sp + `+\d{1,2}(?:,` + sp + `*\d{4})?|\d{1,2}` + sp + `+[A-Z][a-z]+(?:` + sp + `+\d{4})?|[A-Z][a-z]+` + sp + `+\d{4}|\d{4}))?` + sp + `*,` + sp + `*(?:the` + sp + `+)?$`)
)

// openingVenue is the place a sentence opens with ("In Riyadh on April
// 13, X met Y") when the event's participants come right after the opener.
func (b *relBuilder) openingVenue(v *sentView, spec eventSpec) (mention, bool) {
	if spec.kind != "meeting" && spec.kind != "talks" || len(v.ments) == 0 {
		return mention{}, false
	}
	for _, m := range v.ments {
		if m.Start >= spec.start {
			break
		}
		if (m.Type != "Place" && m.Type != "Country") || m.Demonym || isPart(spec.parts, m) {
			continue
		}
		if reOpensWithIn.MatchString(v.between(v.start, m.Start)) && reOpenerClose.MatchString(v.between(m.End, spec.start)) {
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

func isPart(parts []arg, m mention) bool {
	for _, p := range parts {
		if p.id == m.EntityID || (m.Start >= p.start && m.End <= p.end) {
			return true
		}
	}
	return false
}

// participantSlug joins the sorted local ids of the participants, people
// replaced by the country they hold a role for; "+" separates the parts.
func (b *relBuilder) participantSlug(parts []arg) string {
	seen := map[string]bool{}
	var locals []string
	mapped := true
	for _, p := range parts {
		if p.typ == "Person" {
			if r, ok := b.roleOf[p.id]; !ok || b.typeOf(r.of) != "Country" {
				mapped = false
			}
		}
	}
	for _, p := range parts {
		id := p.id
		if mapped && p.typ == "Person" {
			id = b.roleOf[p.id].of
		}
		_, local, _ := strings.Cut(id, ":")
		if !seen[local] {
			seen[local] = true
			locals = append(locals, local)
		}
	}
	if len(locals) < 2 && mapped && len(parts) >= 2 {
		// Both sides speak for one state: keep the people apart.
		return b.participantSlugPeople(parts)
	}
	sort.Strings(locals)
	return strings.Join(locals, "+")
}

func (b *relBuilder) participantSlugPeople(parts []arg) string {
	seen := map[string]bool{}
	var locals []string
	for _, p := range parts {
		_, local, _ := strings.Cut(p.id, ":")
		if !seen[local] {
			seen[local] = true
			locals = append(locals, local)
		}
	}
	sort.Strings(locals)
	return strings.Join(locals, "+")
}

// eventName is a readable caption built only from what makes up the id,
// so every document names the same event the same way.
//
// A state listed beside the person who speaks for it ("the leaders of the
// United States and Israel, President Biden and Prime Minister Lapid")
// is not named again: the meeting is "Joe Biden–Yair Lapid meeting", as
// when the people alone are listed.
func (b *relBuilder) eventName(spec eventSpec, d timex.Expr, resolved bool) string {
	var names []string
	seen := map[string]bool{}
	spoken := map[string]bool{}
	for _, p := range spec.parts {
		if r, ok := b.roleOf[p.id]; ok && p.typ == "Person" {
			spoken[r.of] = true
		}
	}
	for _, p := range spec.parts {
		if p.typ != "Person" && spoken[p.id] {
			continue
		}
		n := b.nameOf(p.id)
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	sort.Strings(names)
	name := strings.Join(names, "–") + " " + spec.kind
	switch {
	case spec.dateless:
	case resolved:
		name += " (" + d.Value + ")"
	case spec.ordinal > 0:
		name += ", round " + strconv.Itoa(spec.ordinal)
	}
	return name
}

func (b *relBuilder) nameOf(id string) string {
	if e, ok := b.ents.Entities[id]; ok && e.Name != "" {
		return e.Name
	}
	if e, ok := b.events[id]; ok {
		return e.Name
	}
	_, local, _ := strings.Cut(id, ":")
	return local
}

// attackEvent builds a dated attack. Its id names attackers and targets;
// only the attackers take part in it (the target is ATTACKED).
//
// An attack dated only by its year is a campaign told in summary ("in
// 1984, Iraq began attacking Iranian tankers"), not one attack a reader
// could name: it gives ATTACKED but no event.
func (b *relBuilder) attackEvent(v *sentView, attackers, targets []arg, start, end int) {
	// "In 1973, Israeli commandos raided Beirut in Operation Spring of
	// Youth": the attack is the named operation, whatever its date.
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type == "Event" && m.Sentence == v.idx && m.Start >= end && m.Start-end <= 40 &&
			reInOperation.MatchString(v.between(end, m.Start)) && strings.HasPrefix(b.nameOf(m.EntityID), "Operation ") {
			for _, a := range attackers {
				b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, start, m.End)
			}
			return
		}
	}
	// A day whose year the paragraph gave ("The Six-Day War broke out in
	// June 1967. Israel attacked Egypt on 5 June.") is a moment of the
	// story that paragraph tells, not an attack of its own.
	var fallback *timex.Expr
	trig := start
	if d, ok := pickDate(v, start, end, true); !ok || !d.Resolved() || d.Precision == timex.Year || d.Inherited {
		// "Houthi rebels in Yemen fire a ballistic missile at King Khalid
		// International Airport": a news item in the present tense tells
		// what happened the day it is published.
		if ok || !reAttackPresent.MatchString(v.between(start, end)) || reNotNews.MatchString(v.between(v.start, v.end)) {
			return
		}
		pd, has := b.publicationDate()
		if !has {
			return
		}
		// Where the doers are ("rebels in Yemen fire") is not where they
		// struck: a venue comes after the verb.
		fallback, trig = &pd, start+reAttackPresent.FindStringIndex(v.between(start, end))[0]
	}
	if b.eventAt(v, start, end) {
		return // named by its noun phrase (events_attack_nouns.go)
	}
	// "On April 18, 1988, the US Navy destroyed Iranian platforms during
	// Operation Praying Mantis": the attack is the named operation.
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type != "Event" || m.Sentence != v.idx {
			continue
		}
		if strings.HasPrefix(b.nameOf(m.EntityID), "Operation ") {
			for _, a := range attackers {
				b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, min(start, m.Start), max(end, m.End))
			}
		}
		return
	}
	var locals []string
	for _, p := range append(append([]arg{}, attackers...), targets...) {
		_, local, _ := strings.Cut(p.id, ":")
		locals = append(locals, local)
	}
	sort.Strings(locals)
	id := b.makeEvent(v, eventSpec{kind: "attack", parts: attackers, trigStart: trig, trigEnd: end,
		start: start, end: end, needDate: true, slug: strings.Join(dedupe(locals), "-"), fallbackDate: fallback})
	if id != "" {
		b.attackSupporters(v, id, start, end)
		b.struckWhole(v, id, targets)
		b.struckPlaces(v, id, targets)
	}
}

// struckPlaces gives HELD_IN for the places an attack told by its verb
// struck: "Israeli aircraft bombed the town of Flita on Tuesday" was
// held in Flita. A state struck is no venue ("Iran attacked Israel").
func (b *relBuilder) struckPlaces(v *sentView, id string, targets []arg) {
	for _, t := range targets {
		if t.typ == "Place" && !t.m.Demonym {
			b.add("HELD_IN", id, b.targetID(t), 0.75, nil, v, t.start, t.end)
		}
	}
}

// reAttackNounOn ends with an attack's noun and "on" right before its
// target: "Hamas's 7 October 2023 attack on".
var reAttackNounOn = regexp.MustCompile(`(?i)\b(?:attacks?|strikes?|airstrikes?|raids?|bombings?|invasion)` + sp + `+(?:on|against)` + sp + `+(?:the` + sp + `+)?$`)

// struckWhole gives HELD_IN for the targets of an attack told as a noun
// that were struck whole ("Hamas's 7 October 2023 attack on Israel, in
// which ...", "attack on Israel and Egypt"), not a thing in them ("the
// attack on the US embassy in Beirut", "against U.S. and UK naval
// forces"). A list of targets is read as one: the attack's noun before
// its first, what ends the phrase after its last.
func (b *relBuilder) struckWhole(v *sentView, id string, targets []arg) {
	for _, t := range targets {
		if (t.typ != "Country" && t.typ != "Place") || t.m.Demonym {
			continue
		}
		first, last := t, t
		for _, g := range groups(v) {
			if as := argsOf(v, g); as[0].start <= t.start && t.end <= as[len(as)-1].end {
				first, last = as[0], as[len(as)-1]
			}
		}
		if !reWholeTarget.MatchString(v.between(last.end, v.end)) ||
			!reAttackNounOn.MatchString(v.between(max(v.start, first.start-40), first.start)) {
			continue
		}
		b.add("HELD_IN", id, b.targetID(t), 0.75, nil, v, t.start, t.end)
	}
}

// reAttackPresent: an attack verb in the present tense, as headlines
// write them, with its object after it ("fire a missile", "strikes
// Syria", "strike about 100 targets", "shell positions of") or the
// weapons it fires ("fires ballistic missiles at", "fire
// ten mortars at"); "attack against Israel" is a noun.
var reAttackPresent = regexp.MustCompile(`\b(?:(?:fire|fires|strike|strikes|attack|attacks|launch|launches|bomb|bombs|shell|shells|hit|hits|raid|raids|pound|pounds)` + sp + `+(?:(?:an?|the|two|three|several)\b|\p{Lu}|(?:(?:about|some|around|nearly|over|more` + sp + `+than|at` + sp + `+least|dozens` + sp + `+of|hundreds` + sp + `+of)` + sp + `+)?\d|(?:targets|positions|sites|bases|areas|villages|towns|camps|facilities|neighbou?rhoods|districts)\b)|(?:fire|fires|launch|launches|carry` + sp + `+out|carries` + sp + `+out|conduct|conducts)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:missiles|rockets|mortars|mortar` + sp + `+shells|drones|shells|projectiles|airstrikes|air` + sp + `+strikes|strikes|raids)\b)`)

// reInOperation: between an attack and the operation it was part of.
var reInOperation = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:in|during|under|as` + sp + `+part` + sp + `+of)` + sp + `+(?:the` + sp + `+)?(?:[\w'’-]+` + sp + `+){0,3}?$`)

// attackSupporters: "X and Y struck Houthi targets, with support from A, B
// and C": the states that supported the strikes took part in them.
func (b *relBuilder) attackSupporters(v *sentView, id string, start, end int) {
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if first.start < end {
			continue
		}
		gap := v.between(end, first.start)
		loc := reSupportBefore.FindStringIndex(gap)
		if loc == nil || len(gap) > 160 || strings.ContainsAny(gap, ";") || b.irrealisClause(v, start, end+loc[0]) {
			continue
		}
		for _, a := range argsOf(v, g) {
			if a.typ != "Person" && !a.m.Demonym {
				b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, start, last.end)
			}
		}
		return
	}
}

// signingEvent builds the dated signing of an agreement ("Iran and the
// P5+1 signed the JPOA on 24 November 2013"): its id is the agreement and
// the date, so every document naming that signing names the same event.
// Undated signings give only PARTY_TO.
func (b *relBuilder) signingEvent(v *sentView, parties []arg, agr mention, verbGap string, start, end int) {
	if !reSigningVerb.MatchString(verbGap) {
		return
	}
	_, local, _ := strings.Cut(agr.EntityID, ":")
	// "signed the Treaty of Ifrane, a treaty of "fraternity …", at the
	// royal residence in Ifrane on 15 January 1969": the day and the place
	// come after what the agreement is.
	if end == agr.End {
		if loc := reAgreementApposition.FindStringIndex(v.between(end, v.end)); loc != nil {
			end += loc[1]
		}
	}
	// The people who signed took part in the signing; the states and
	// bodies they signed for are parties to the agreement (PARTY_TO), not
	// participants of the ceremony.
	var signers []arg
	for _, p := range parties {
		if p.typ == "Person" {
			signers = append(signers, p)
		}
	}
	id := b.makeEvent(v, eventSpec{
		kind: "agreement", parts: signers, trigStart: start, trigEnd: end, start: start, end: end,
		needDate: true, slug: local, name: signingName(b.nameOf(agr.EntityID)),
		fallbackDate: b.storySigningDay(agr.EntityID),
	})
	if id != "" {
		b.signingWitnesses(v, id, end)
	}
}

// storySigningDay is the day of the one signing of an unnamed agreement
// built before ("The leaders … signed a convention on Sunday"), when the
// catalog dates agreement to that day: a later sentence that names the
// agreement and its signers without a date ("Putin, Rouhani … put their
// signatures to the Convention on the Legal Status of the Caspian Sea")
// tells the same signing.
func (b *relBuilder) storySigningDay(agreement string) *timex.Expr {
	e, ok := b.ents.Entities[agreement]
	if !ok || e.CatalogDate == "" {
		return nil
	}
	var found *timex.Expr
	for _, id := range b.sortedEventIDs() {
		ev := b.events[id]
		if !unnamedSigning(id) || ev.Props["datePrecision"] != string(timex.Day) || ev.Props["date"] != e.CatalogDate {
			continue
		}
		if found != nil {
			return nil
		}
		text, _ := ev.Props["dateText"].(string)
		found = &timex.Expr{Value: e.CatalogDate, Precision: timex.Day, Text: text}
	}
	return found
}

// reWitnessedBy runs to the people a signing was done before: ", in the
// presence of President X, UN Secretary-General Y and", "witnessed by".
var reWitnessedBy = regexp.MustCompile(`\b(?:in` + sp + `+the` + sp + `+presence` + sp + `+of|witnessed` + sp + `+by)` + sp + `+(?:the` + sp + `+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for)` + sp + `+){0,6}?$`)

// signingWitnesses adds the people a signing told after pos was done
// before ("signed the Algiers Agreement at a ceremony in the Algerian
// capital, in the presence of President Abdelaziz Bouteflika, UN
// Secretary-General Kofi Annan and US Secretary of State Madeleine
// Albright"): they took part in it, as witnesses.
func (b *relBuilder) signingWitnesses(v *sentView, id string, pos int) {
	b.lookersOn(v, id, pos)
	if !v.has("presence of", "witnessed by") {
		return
	}
	for _, g := range groups(v) {
		first := v.args[g[0]]
		if first.start < pos {
			continue
		}
		if !reWitnessedBy.MatchString(v.between(max(pos, first.start-120), first.start)) {
			continue
		}
		for _, a := range argsOf(v, g) {
			if a.typ == "Person" {
				b.add("PARTICIPATED_IN", a.id, id, 0.75, map[string]any{"role": "witness"}, v, first.start, a.end)
			}
		}
		return
	}
}

// reWithLookingOn: before those who watched a signing, "with" or "as";
// reLookedOnAfter: after them, "looking on", "looked on".
var (
	reWithLookingOn = regexp.MustCompile(`\b(?:with|as|while)` + sp + `+(?:the` + sp + `+)?$`)
	reLookedOnAfter = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:(?:were|was)` + sp + `+)?(?:looking|looked|look)` + sp + `+on\b`)
)

// lookersOn adds those who watched a signing told after pos: "signed the
// treaty in Murmansk, with Prime Minister Jens Stoltenberg and President
// Dmitry Medvedev looking on", "as Putin and Tymoshenko looked on". The
// people of the sentence after it who "looked on" watched it too:
// "President Aquino and Prime Minister Najib looked on from the stage".
func (b *relBuilder) lookersOn(v *sentView, id string, pos int) {
	watched := func(w *sentView, g []int, from int) {
		first, last := w.args[g[0]], w.args[g[len(g)-1]]
		if first.start < from || !reLookedOnAfter.MatchString(w.between(last.m.End, w.end)) || b.irrealisClause(w, first.start, last.end) {
			return
		}
		for _, a := range argsOf(w, g) {
			if a.typ == "Person" {
				b.add("PARTICIPATED_IN", a.id, id, 0.75, map[string]any{"role": "witness"}, w, first.start, a.end)
			}
		}
	}
	if v.has("looking on", "looked on") {
		for _, g := range groups(v) {
			if first := v.args[g[0]]; first.start >= pos && reWithLookingOn.MatchString(v.between(max(pos, first.start-40), first.start)) {
				watched(v, g, pos)
			}
		}
	}
	if v.idx+1 < len(b.views) {
		next := b.views[v.idx+1]
		if next.has("looked on", "looking on") {
			if gs := groups(next); len(gs) > 0 && opensWithGroup(next, gs[0]) {
				watched(next, gs[0], next.start)
			}
		}
	}
}

// opensWithGroup reports a sentence that opens with group g, past
// nothing but an article.
func opensWithGroup(v *sentView, g []int) bool {
	opening := v.between(v.start, v.args[g[0]].start)
	return opening == "" || opening == "The " || opening == "the "
}

// signingName names the signing of an agreement as English writes it:
// "Signing of the Treaty of Ifrane", "Signing of the JCPOA"; a law, an
// order or a resolution takes no article ("Signing of Executive Order
// 14157").
func signingName(agreement string) string {
	if reNoArticleAgreement.MatchString(agreement) {
		return "Signing of " + agreement
	}
	return "Signing of the " + agreement
}

var reNoArticleAgreement = regexp.MustCompile(`^(?:Executive` + sp + `+Order|Resolution|Law|Act|Decree)\b`)

// reAgreementApposition: what an agreement is, set off by commas after its
// name (", a treaty of “fraternity, good neighbourliness and cooperation”,").
var reAgreementApposition = regexp.MustCompile(`^` + sp + `*,` + sp + `*(?:an?|the)` + sp + `+[a-z][^;:()"“”]{0,80}?(?:["“][^"“”]{1,80}["”][^;:(),"“”]{0,20}?)?,`)

var reSigningVerb = regexp.MustCompile(`\b(?:signed|signs|sign|ratified|ratifies|ratify|concluded|concludes|conclude|initialled|initialed|inked|(?:put|puts|affixed)` + sp + `+(?:their|his|her|its)` + sp + `+(?:signatures?|names?))\b`)

// signedInSentence reports the signing of an agreement built in sentence
// idx: the event a sentence of signing tells.
func (b *relBuilder) signedInSentence(idx int) bool {
	for _, id := range b.sentenceEvents[idx] {
		if e, ok := b.events[id]; ok && e.Props["kind"] == "agreement" && strings.HasPrefix(e.Name, "Signing of ") {
			return true
		}
	}
	return false
}

// talksWithdrawal handles "X no longer plans to engage in talks with Y":
// the talks are an event (undated unless the sentence dates them), X
// withdrew from it.
func (b *relBuilder) talksWithdrawal(v *sentView, from, with []arg, start, end int) {
	parts := append(append([]arg{}, from...), with...)
	ts, te := start, end
	if loc := reTalksWord.FindStringIndex(v.between(start, end)); loc != nil {
		ts, te = start+loc[0], start+loc[1]
	}
	id := b.makeEvent(v, eventSpec{kind: "talks", parts: parts, trigStart: ts, trigEnd: te, start: start, end: end})
	if id == "" {
		return
	}
	for _, f := range from {
		b.add("WITHDREW_FROM", f.id, id, 0.85, nil, v, start, end)
	}
}

func dedupe(ids []string) []string {
	seen := map[string]bool{}
	out := ids[:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// reReadoutTitle is the title of a readout of a meeting: "Secretary Rubio's
// Meeting with Libyan National Army Deputy Commander Haftar", "Readout of
// ...". A news item's "X meets with Y during talks" is not one: what it
// tells may be part of another event.
var reReadoutTitle = regexp.MustCompile(`(?i)\breadout\b|\bmeeting` + sp + `+with\b`)

// readoutLeadDate dates the meeting the first sentence of a readout that
// names two people tells without a day ("Secretary of State Marco Rubio met with ... Haftar."):
// a readout reports the meeting of its day.
func (b *relBuilder) readoutLeadDate(v *sentView) (timex.Expr, bool) {
	if !reReadoutTitle.MatchString(b.doc.Title) {
		return timex.Expr{}, false
	}
	// The first sentence naming two people: the attribution line before
	// it ("attributable to Spokesperson X:") names one.
	for _, w := range b.views {
		people := map[string]bool{}
		for _, a := range w.args {
			if a.typ == "Person" {
				people[a.id] = true
			}
		}
		if len(people) < 2 {
			continue
		}
		if w.idx != v.idx {
			return timex.Expr{}, false
		}
		return b.publicationDate()
	}
	return timex.Expr{}, false
}

// onlyDayOf is the one resolved date of day precision sentence v gives,
// when it gives no other date.
func onlyDayOf(v *sentView) (timex.Expr, bool) {
	if len(v.dates) != 1 || !v.dates[0].Resolved() || v.dates[0].Precision != timex.Day {
		return timex.Expr{}, false
	}
	// "to be finalized by June 30": a deadline or a bound of a span is no
	// day of the talks.
	if deadline(v.text, v.dates[0]) || reSpanBoundBefore.MatchString(v.between(max(v.start, v.dates[0].Start-20), v.dates[0].Start)) {
		return timex.Expr{}, false
	}
	return v.dates[0], true
}

// reSpanBoundBefore: right before a date that bounds a span.
var reSpanBoundBefore = regexp.MustCompile(`(?i)\b(?:until|till|before|after|from|since|through)` + sp + `+(?:the` + sp + `+)?$`)
