package extract

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/syntax"
	"github.com/kg-project/kg/ingest/timex"
)

// Relations are found by rules over one sentence at a time: each rule reads
// the argument phrases of the sentence (see buildArgs) and the words between
// them, and fires only on the exact wording it knows. There is no learning
// and no cross-document state, so the same document always gives the same
// relations.
//
// Confidence is the strength of the pattern that fired, fixed per rule:
//
//	0.95  the text states the fact in a fixed form: a qualified title
//	      ("Iran's Foreign Minister X"), a possessive capital ("Muscat,
//	      Oman's capital"), a direct quote with its speaker
//	0.9   an explicit verb or preposition with both arguments adjacent
//	      ("X met with Y", "talks between X and Y", "withdrew X from Y",
//	      "President X of Russia", "X, a senior fellow at Y")
//	0.8   the same with more words between the arguments, a title that
//	      exists in one government only ("Secretary of State X"), a
//	      participant or venue of an event phrase
//	0.7   a cue elsewhere in the sentence ("on the U.S. side"), a bare
//	      "Place, Country" apposition, indirect speech
//	0.6   an inference across sentences ("the country's" for a head of
//	      state), an unqualified title in a government's own text
//
// When several sentences support the same (type, from, to), they are merged
// into one relation: the highest confidence, all evidence spans, and the
// properties and date of the strongest (then earliest) support.
//
// Dates: an event-like relation (meetings, talks, attacks, withdrawals,
// sanctions, statements, participation) takes the date expression inside
// its evidence span, else the sentence's date expression nearest to that
// span; a year written as a name's modifier ("the 1979 Islamic
// Revolution") dates nothing but that name. Standing relations (roles,
// affiliations, party to, located in) take a date only from inside their
// evidence span. Dates are resolved against the document's publication date.

// relBuilder collects the relations and events of one document.
type relBuilder struct {
	doc        normalize.Document
	ents       *entitySet
	views      []*sentView
	rels       []relation
	events     map[string]*entity
	evMent     []mention
	quoteSpans []quoteSpan // the document's quotations, found once
	// sentenceEvents are the ids of the events built in each sentence.
	sentenceEvents map[int][]string
	// roleOf is, per person, the country or organisation of the strongest
	// HOLDS_ROLE found so far (used to name talks after states).
	roleOf map[string]roleFact
	// states are the states the document speaks of, built on first use
	// (catalog_about.go).
	states *docStates
	// operationIDs are the operations built from "Operation X", in the
	// order found, so later sentences can find "X" alone.
	operationIDs []string
	// entityIDs are the document's entity ids sorted, once.
	entityIDs []string
	// countryByName maps the lower-case names, aliases and demonyms of the
	// document's countries to their ids, built on first use.
	countryByName map[string]string
	// undated makes add skip the date of the relation it records.
	undated bool
	// govText is usGovText's answer for the document.
	govText bool
	// facts are the catalog's indexes: events by day, rulers by name.
	facts catalogFacts
	// principal memoises principalCountry: the mentions and the title it
	// reads do not change while relations are read.
	principal     string
	principalRead bool
	// pair holds the two states of a page on their relations, read
	// once from the title (relations_pair_pages.go).
	pair     [2]string
	pairRead bool
	// placedByWording holds the places a rule reading the text's wording
	// has put somewhere (relations_places_known.go).
	placedByWording map[string]bool
	// ownState maps a person to the state the text describes them by,
	// built on first use (relations_roles_own_state.go).
	ownState map[string]string
	// meetingFor holds, per sentence, the people of a meeting the
	// sentence says was held "for a meeting of" a body: they take part in
	// the body's meeting, not in one of their own (events_orgmeetings.go).
	meetingFor map[int][]arg
	// storyEnd is the index of the first sentence whose date lies far
	// from the publication day (storyOfTheDay), once found; storyKnown
	// says whether it has been.
	storyEnd   int
	storyKnown bool
}

type roleFact struct {
	of   string
	conf float64
}

// findRelations is the relations stage: typed relations, events and quotes
// over the entity mentions of doc.
func (x *Extractor) findRelations(doc normalize.Document, ents *entitySet, parse *syntax.Parse) relationSet {
	return relateIn(doc, ents, x.learned, parse, x.facts)
}

// relate runs every relation rule over the document.
func relate(doc normalize.Document, ents *entitySet) relationSet {
	return relateWith(doc, ents, nil, nil)
}

// relateWith runs every relation rule, then the learned fallback when
// there is a model (see learned.go).
func relateWith(doc normalize.Document, ents *entitySet, learned *relModel, parse *syntax.Parse) relationSet {
	return relateIn(doc, ents, learned, parse, catalogFacts{})
}

// relateIn is relateWith knowing the catalog's facts: its events by the
// day they happened (events_catalog_days.go), its rulers by their given
// name (relations_roles_rulers.go).
func relateIn(doc normalize.Document, ents *entitySet, learned *relModel, parse *syntax.Parse, facts catalogFacts) relationSet {
	dates := timex.Find(doc.Text, doc.Published)
	if doc.Published.IsZero() {
		// A history without a date of its own: "In July 1968 …; in
		// December, …" is December 1968.
		dates = timex.InheritYears(doc.Text, dates)
	} else {
		// A dated page telling a history: "On 4 November 2017 … on 9
		// November" is 2017's, not the page's year's.
		dates = timex.NarrativeYears(doc.Text, dates, doc.Revised)
	}
	dates = timex.YearHeadings(doc.Text, dates)
	b := &relBuilder{
		doc:     doc,
		ents:    ents,
		facts:   facts,
		views:   buildViews(doc, ents, dates),
		events:  map[string]*entity{},
		roleOf:  map[string]roleFact{},
		govText: usGovDocument(doc),

		sentenceEvents: map[int][]string{},
		meetingFor:     map[int][]arg{},
	}
	asides := asideViews(b.views, ents)
	// Roles first: later rules use them (event ids, quote targets).
	for _, v := range append(b.views[:len(b.views):len(b.views)], asides...) {
		b.roles(v)
		b.sharedQualifierRoles(v)
		b.itsRoles(v)
		b.headedBy(v)
		b.itsRolesBefore(v)
		b.itsNearestRoles(v)
		b.withAsRoles(v)
		b.ledAsRoles(v)
		b.partyRoles(v)
		b.partyPeople(v)
		b.postRoles(v)
		b.memberships(v)
		b.councilPresidents(v)
		b.delegationMembers(v)
		b.euOffices(v)
	}
	b.inferredRoles()
	for _, v := range b.views {
		b.appointedOffices(v)
	}
	b.principalOffices()
	b.knownRoles()
	b.knownPluralRoles()
	for i, v := range b.views {
		var prev *sentView
		if i > 0 {
			prev = b.views[i-1]
		}
		b.hisOffices(v, prev)
		b.leadersOffices(v)
		b.kindOffices(v, prev)
	}
	b.namedRulers()
	b.listedMembers()
	var efforts []effortMediator
	for _, v := range append(b.views[:len(b.views):len(b.views)], asides...) {
		b.counterparts(v)
		b.participleMeetings(v)
		its := b.contacts(v)
		its = append(its, b.contactFrames(v, its)...)
		b.actions(v)
		b.listedTargets(v)
		b.places(v)
		b.agreementsReached(v)
		b.agreementsBetween(v)
		b.pairPageAgreements(v)
		b.negotiatedAgreements(v)
		b.buildEvents(v, its)
		b.pairPageTalks(v)
		b.listedAttacks(v)
		b.knownSides(v)
		b.warsIn(v)
		b.knownAttacks(v)
		b.namedParties(v)
		b.knownAffiliations(v)
		b.knownAgreementsSigned(v)
		b.theirLeadersSigned(v)
		b.signedOnBehalf(v)
		b.titleParties(v)
		b.unnamedSignings(v)
		b.namedSignings(v)
		efforts = append(efforts, b.effortMediators(v)...)
	}
	b.addEffortMediators(efforts)
	b.knownPartiesOfDocument()
	b.knownSidesOfDocument()
	b.roundsOfTalks()
	b.datelineVenues()
	b.quotes()
	b.bylineStatement()
	b.meetingCoverage()
	b.transcriptOccasion()
	b.namedSides()
	if parse != nil {
		b.syntaxRelations(parse)
	}
	b.passageWarSides()
	b.leadBattleSides()
	b.coParticipantsMet()
	b.mediatedSidesNegotiated()
	// Once every sentence has told who took part in an operation, its
	// aside tells where it was fought and whom its participants struck.
	for _, v := range b.views {
		b.forcesSentIn(v)
		b.forcesLedBy(v)
		b.operationAsides(v)
		b.attackDubbed(v)
	}
	b.signedAtGatherings()
	b.storySigning()
	b.historySignings()
	b.storyGathering()
	b.learnedFallback(learned)
	b.legislativeSeats()
	b.roleMemberships()
	// One gathering under two names is one before its delegations and
	// guests are read.
	b.sameNamedEvents()
	b.delegationLeaders()
	b.entryAttenders()
	b.hostsAfter()
	b.hostedNamedEvents()
	b.hostTownVenues()
	b.shortYearEvents()
	b.sameNamedEvents()
	b.catalogDayEvents()
	b.catalogSignings()
	// A list of participants names the people of the event before it once
	// a meeting built from its deed and day is the catalog's summit the
	// headline names: one event, not two to choose between.
	for _, v := range b.views {
		b.listedAttenders(v)
		b.listedParticipants(v)
	}
	b.dashWarsOfCatalog()
	b.definedDays()
	b.warsFirstDays()
	b.namesakeAgreements()
	b.catalogDates()
	b.datesWithinEvents()
	b.sidesOfTheirTime()
	b.statesOfTheirTime()
	return b.result()
}

// sideKeys gives the sides of an event for its id and name: the local
// parts of their ids sorted ("iran", "oman" of country:iran, country:oman)
// and their names in the order given.
func (b *relBuilder) sideKeys(sides []arg) (locals, names []string) {
	for _, a := range sides {
		_, local, _ := strings.Cut(a.id, ":")
		locals = append(locals, local)
		names = append(names, b.nameOf(a.id))
	}
	sort.Strings(locals)
	return locals, names
}

// eventMentioned records that sentence v names event id over [start, end):
// a mention of the event, and the event among the sentence's own.
func (b *relBuilder) eventMentioned(id string, v *sentView, start, end int) {
	b.evMent = append(b.evMent, mention{EntityID: id, Type: "Event", Start: start, End: end, Sentence: v.idx, Text: v.between(start, end)})
	b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], id)
}

// add records one relation found in sentence v with evidence [start, end).
func (b *relBuilder) add(typ, from, to string, conf float64, props map[string]any, v *sentView, start, end int) {
	if from == "" || to == "" || from == to || !b.typesFit(typ, from, to) {
		return
	}
	if symmetric[typ] && to < from {
		from, to = to, from
	}
	if props == nil {
		props = map[string]any{}
	}
	start, end = max(start, v.start), min(end, v.end)
	if start >= end {
		start, end = v.start, v.end
	}
	// Where a place lies and whom a person belongs to are not dated by
	// their sentence: "He resigned for a second time in 1963, breaking away
	// from Mapai" dates the break, not David Ben-Gurion's membership. A
	// statement's date is set by quotes.go.
	if _, preset := props["dateText"]; typ != "LOCATED_IN" && typ != "STATED" && typ != "AFFILIATED_WITH" && !preset && !b.undated {
		// A date opening or closing a span ("between October 2023 and
		// November 2024") is not the day of the fact.
		if d, ok := pickDate(v, start, end, !standing[typ]); ok && !rangeEnd(v, d) {
			props["dateText"] = d.Text
			if d.Resolved() {
				props["date"] = d.Value
				props["datePrecision"] = string(d.Precision)
			}
		}
	}
	if typ == "HOLDS_ROLE" {
		if prev, ok := b.roleOf[from]; !ok || conf > prev.conf {
			b.roleOf[from] = roleFact{of: to, conf: conf}
		}
	}
	if typ == "LOCATED_IN" && conf > knownPlaceConfidence {
		if b.placedByWording == nil {
			b.placedByWording = map[string]bool{}
		}
		b.placedByWording[from] = true
	}
	b.rels = append(b.rels, relation{
		Type: typ, From: from, To: to, Confidence: conf, Props: props,
		Evidence: []normalize.Span{{Start: start, End: end}},
	})
}

// related reports a relation of type typ from one id to another found so
// far.
func (b *relBuilder) related(typ, from, to string) bool {
	for _, r := range b.rels {
		if r.Type == typ && r.From == from && r.To == to {
			return true
		}
	}
	return false
}

// symmetric relation types are stored from the smaller id to the larger.
var symmetric = map[string]bool{"MET_WITH": true, "NEGOTIATED_WITH": true}

// standing relation types hold over time; a sentence's date is not theirs.
var standing = map[string]bool{"HOLDS_ROLE": true, "AFFILIATED_WITH": true, "PARTY_TO": true, "LOCATED_IN": true}

// signatures are the entity types each relation type connects (the graph
// model's table); a rule's output outside them is dropped.
var signatures = map[string][2][]string{
	"HOLDS_ROLE":      {{"Person"}, {"Country", "Organization"}},
	"MET_WITH":        {{"Person", "Country", "Organization"}, {"Person", "Country", "Organization"}},
	"NEGOTIATED_WITH": {{"Person", "Country", "Organization"}, {"Person", "Country", "Organization"}},
	"MEDIATED":        {{"Country", "Organization", "Person"}, {"Event"}},
	"HOSTED":          {{"Country", "Place"}, {"Event"}},
	"HELD_IN":         {{"Event"}, {"Place", "Country"}},
	"PARTICIPATED_IN": {{"Person", "Country", "Organization"}, {"Event"}},
	"WITHDREW_FROM":   {{"Country", "Person", "Organization"}, {"Agreement", "Event", "Organization"}},
	"PARTY_TO":        {{"Country", "Organization"}, {"Agreement"}},
	"ATTACKED":        {{"Country", "Organization"}, {"Country", "Place", "Organization"}},
	"SANCTIONED":      {{"Country", "Organization"}, {"Person", "Organization", "Country"}},
	"LOCATED_IN":      {{"Place"}, {"Place", "Country"}},
	"AFFILIATED_WITH": {{"Person"}, {"Organization"}},
	"STATED":          {{"Person", "Organization"}, {"Person", "Organization", "Country", "Place", "Agreement", "Event"}},
}

func (b *relBuilder) typesFit(typ, from, to string) bool {
	sig, ok := signatures[typ]
	if !ok {
		return false
	}
	if typ == "HELD_IN" && siteBodies[to] {
		return typeIn(sig[0], b.typeOf(from))
	}
	return typeIn(sig[0], b.typeOf(from)) && typeIn(sig[1], b.typeOf(to))
}

// siteBodies are the bodies named after the building they sit in: a
// meeting "at the White House" was held there.
var siteBodies = map[string]bool{
	"organization:white-house": true, "organization:kremlin": true, "organization:elysee-palace": true,
}

// typeOf is an entity's type: the document's entities, the events built so
// far, else the id's prefix.
func (b *relBuilder) typeOf(id string) string {
	if e, ok := b.ents.Entities[id]; ok && e.Type != "" {
		return e.Type
	}
	if e, ok := b.events[id]; ok {
		return e.Type
	}
	prefix, _, _ := strings.Cut(id, ":")
	for typ, p := range entityTypes {
		if p == prefix {
			return typ
		}
	}
	return ""
}

func typeIn(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pickDate chooses the date of a relation with evidence [start, end) in v:
// one inside the span, else (when wide is set) the nearest in the sentence.
// Resolved expressions win over raw ones at the same distance.
func pickDate(v *sentView, start, end int, wide bool) (timex.Expr, bool) {
	// A rule that found no start of its own passes 0: the span is read as
	// the sentence's, never as text before it.
	start = min(max(start, v.start), v.end)
	end = min(max(end, start), v.end)
	best, bestDist := timex.Expr{}, -1
	// "Following the Iran–Iraq War, in 1989, Rafsanjani …": a span that is
	// the anchor of a time adverbial happened before (or after) the date
	// the sentence gives its main clause; only a date inside it dates it.
	anchor := reTimeAnchorBefore.MatchString(v.text[runeStartFrom(v.text, max(v.start, start-36)):start])
	for _, d := range v.dates {
		if anchor && (d.End <= start || d.Start >= end) {
			continue
		}
		if modifiesName(v.text, d) || indefinite(d) || deadline(v.text, d) || lifespanOf(v, d) || yearlessInEventName(v, d) || valueBasis(v.text, d) {
			continue
		}
		// "After the earthquake of 6 February 2023, the ministers held
		// talks … on 1 May 2023": a day in an opening "after" phrase is
		// before what the clause tells, not its day.
		if d.End <= start && reOpeningAnchor.MatchString(v.between(v.start, d.Start)) && reClauseAfterAnchor.MatchString(v.between(d.End, start)) {
			continue
		}
		dist := 0
		switch {
		case d.End <= start:
			dist = start - d.End
		case d.Start >= end:
			dist = d.Start - end
		}
		if dist > 0 && (!wide || dist > maxDateDistance && !openingDate(v, d) || crossesClause(v.text, d, start, end)) && !(wide && labelDate(v, d)) {
			continue
		}
		if dist > 0 && possessiveDate(v.text, d) {
			continue // "ahead of Saturday's summit": the day of the summit, outside the span
		}
		if !d.Resolved() {
			dist += 10000 // any resolved date beats a raw one
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = d, dist
		}
	}
	if bestDist < 0 && wide && v.entry != nil {
		return *v.entry, true // a later sentence of a dated item
	}
	return best, bestDist >= 0
}

var (
	// reOpeningAnchor: a sentence opening with a phrase of time that
	// anchors its clause before or after a date: "After the earthquake
	// of", "Following".
	reOpeningAnchor = regexp.MustCompile(`^(?:After|Following|Since|Before|Until|Prior` + sp + `+to|In` + sp + `+the` + sp + `+wake` + sp + `+of)\b[^,;:()]{0,60}$`)
	// reClauseAfterAnchor: the comma that closes the phrase, then the
	// clause.
	reClauseAfterAnchor = regexp.MustCompile(`^` + sp + `*,`)
)

// yearlessInEventName reports a date without its year inside the name of
// an event ("the October 7th massacre"): it names the event, and the
// publication's year it would take is a guess (the event's own date is
// the catalog's).
func yearlessInEventName(v *sentView, d timex.Expr) bool {
	if !d.Relative {
		return false
	}
	for _, m := range v.ments {
		if m.Type == "Event" && m.Start <= d.Start && d.End <= m.End {
			return true
		}
	}
	return false
}

// possessiveDate reports a date written as a possessive ("Saturday's",
// "yesterday's"): it dates the noun after it.
func possessiveDate(text string, d timex.Expr) bool {
	rest := text[d.End:min(len(text), d.End+3)]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// openingDate reports a date that opens its sentence as an adverbial ("In
// July 1974, under Prime Minister Ecevit …, Turkey carried out …"): it
// dates the sentence's main clause however far the clause's verb is.
func openingDate(v *sentView, d timex.Expr) bool {
	if d.Start < v.start {
		return false
	}
	before := strings.ToLower(strings.TrimSpace(v.text[v.start:d.Start]))
	return (before == "in" || before == "on" || before == "by" || before == "during") &&
		strings.HasPrefix(v.text[d.End:min(len(v.text), d.End+1)], ",")
}

// labelDate reports a date that labels its sentence, as the items of a
// dated list do ("October 1983: Hezbollah terrorists killed 241 … — … —
// in a truck bombing in Beirut", "5 June – The Ethiopian Air Force bombs
// …"): it dates the whole item, across its dashes.
func labelDate(v *sentView, d timex.Expr) bool {
	return d.Start >= v.start && strings.Trim(v.text[v.start:d.Start], " -*•") == "" &&
		reLabelAfter.MatchString(v.text[d.End:min(len(v.text), d.End+8)])
}

// reLabelAfter: what follows a date that labels its item, a colon or a
// dash between spaces.
var reLabelAfter = regexp.MustCompile(`^\**(?::|` + sp + `+(?:-|--|–|—)` + sp + `)`)

// lifespanOf reports a date inside the parenthesis right after a person's
// name, "Osama bin Laden (1957–2011) was the founder": the person's life,
// which dates none of the sentence's facts.
func lifespanOf(v *sentView, d timex.Expr) bool {
	open := strings.LastIndexByte(v.text[v.start:d.Start], '(')
	if open < 0 {
		return false
	}
	open += v.start
	if strings.ContainsRune(v.text[open:d.Start], ')') {
		return false
	}
	before := strings.TrimRight(v.text[v.start:open], " \u00a0")
	for _, m := range v.ments {
		if m.Type == "Person" && v.start+len(before) == m.End {
			return true
		}
	}
	return false
}

var reTimeAnchorBefore = regexp.MustCompile(`(?i)\b(?:following|after|before|since|until|prior` + sp + `+to)` + sp + `+(?:the` + sp + `+(?:(?:resulting|ensuing|subsequent|failed|brief|short-lived|first|second)` + sp + `+)?)?$`)

// maxDateDistance is how far (bytes) from its evidence a sentence's date may
// be and still date a relation: further away it usually dates something
// else the sentence mentions.
const maxDateDistance = 80

// crossesClause reports a semicolon, a dash or an anniversary between a
// date and the span [start, end): what follows one is another statement.
func crossesClause(text string, d timex.Expr, start, end int) bool {
	between := ""
	if d.End <= start {
		between = text[d.End:start]
	} else if d.Start >= end {
		between = text[end:d.Start]
	}
	// "the meeting …, the 80th anniversary of which was celebrated earlier
	// this year": the day of an anniversary is not the day of what it marks.
	// "… designated the IRGC-QF in 2007, and OFAC designated the IRGC …":
	// a clause joined with its own named subject tells another deed.
	return strings.ContainsAny(between, ";—–") || strings.Contains(strings.ToLower(between), "anniversary") || reNewClause.MatchString(between)
}

// reNewClause: a comma and a conjunction before a named subject (or
// before the span, which opens with one).
var reNewClause = regexp.MustCompile(`,` + sp + `+(?:and|but|while|whereas)` + sp + `+(?:(?:the` + sp + `+)?[A-Z]|$)`)

// deadline reports a date written as a time limit ("to be finalized by
// June 30, 2015", "the deadline of July 7", "a target of summer 2024"): it
// dates what must happen by then, not what the sentence reports.
func deadline(text string, d timex.Expr) bool {
	return reDeadlineBefore.MatchString(text[max(0, d.Start-24):d.Start])
}

var reDeadlineBefore = regexp.MustCompile(`(?i)(?:\bby|\bdeadline(?:` + sp + `+of)?|\bno` + sp + `+later` + sp + `+than|\b(?:target|goal)` + sp + `+(?:date` + sp + `+)?of)` + sp + `+(?:the` + sp + `+end` + sp + `+of` + sp + `+)?(?:(?:early|mid|late|summer|spring|autumn|fall|winter)` + sp + `+)?$`)

// indefinite reports an expression that names no particular time ("on a
// Friday"): it dates nothing.
func indefinite(d timex.Expr) bool {
	if d.Resolved() {
		return false
	}
	w, _, _ := strings.Cut(strings.ToLower(d.Text), " ")
	return w == "a" || w == "an" || w == "every" || w == "each" || w == "one"
}

// valueBasis reports a year that sets the basis of a sum ("losses of $300
// billion at 2008–09 prices", "in 2015 dollars"): it dates no deed.
func valueBasis(text string, d timex.Expr) bool {
	return reValueBasis.MatchString(text[d.End:])
}

// reTimePrepBefore: a preposition of time right before a year.
var reTimePrepBefore = regexp.MustCompile(`\b(?:[Ii]n|[Dd]uring)` + sp + `+$`)

var reValueBasis = regexp.MustCompile(`^(?:[–-][0-9]{2,4})?` + sp + `+(?:prices|dollars|US` + sp + `+dollars|U\.S\.` + sp + `+dollars|terms)\b`)

// modifiesName reports a year written as part of a name ("the 1979 Islamic
// Revolution"): a year followed by a capitalised word. A year right after
// "in" or "during" is the time of the clause, whatever follows it: "In
// 1994 Nursultan Nazarbayev visited Moscow" (a name would want "the").
func modifiesName(text string, d timex.Expr) bool {
	if d.Precision != timex.Year {
		return false
	}
	if reTimePrepBefore.MatchString(text[max(0, d.Start-12):d.Start]) {
		return false
	}
	rest := strings.TrimLeft(text[d.End:], " \u00a0")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// result merges duplicate relations and returns the set.
func (b *relBuilder) result() relationSet {
	b.foldUnnamedAgreements()
	type key struct{ typ, from, to string }
	merged := map[key]*relation{}
	var order []key
	for _, r := range b.rels {
		k := key{r.Type, r.From, r.To}
		m, ok := merged[k]
		if !ok {
			rr := r
			merged[k] = &rr
			order = append(order, k)
			continue
		}
		stronger := r.Confidence > m.Confidence
		if r.Type == "HOLDS_ROLE" && math.Abs(r.Confidence-m.Confidence) < 0.2 {
			// Of two offices told with like certainty, the one the text
			// names first is the one it is about.
			stronger = r.Evidence[0].Start < m.Evidence[0].Start
		}
		if stronger {
			m.Confidence = max(m.Confidence, r.Confidence)
			dateProps := carryDate(m.Props)
			m.Props = r.Props
			if _, has := m.Props["date"]; !has {
				for k, v := range dateProps {
					m.Props[k] = v
				}
			}
		} else if _, has := m.Props["date"]; !has {
			if _, other := r.Props["date"]; other {
				for k, v := range carryDate(r.Props) {
					m.Props[k] = v
				}
			}
		}
		m.Evidence = appendSpans(m.Evidence, r.Evidence)
	}
	out := relationSet{}
	for _, k := range order {
		out.Relations = append(out.Relations, *merged[k])
	}
	sort.SliceStable(out.Relations, func(i, j int) bool {
		a, c := out.Relations[i], out.Relations[j]
		if a.Type != c.Type {
			return a.Type < c.Type
		}
		if a.From != c.From {
			return a.From < c.From
		}
		return a.To < c.To
	})
	for _, id := range b.sortedEventIDs() {
		out.Events = append(out.Events, b.events[id])
	}
	out.Mentions = append(out.Mentions, b.evMent...)
	sort.SliceStable(out.Mentions, func(i, j int) bool { return out.Mentions[i].Start < out.Mentions[j].Start })
	return out
}

// carryDate copies the date properties of a relation.
func carryDate(p map[string]any) map[string]any {
	out := map[string]any{}
	for _, k := range []string{"date", "datePrecision", "dateText"} {
		if v, ok := p[k]; ok {
			out[k] = v
		}
	}
	return out
}

// appendSpans adds the spans not already present, keeping them sorted.
func appendSpans(dst, src []normalize.Span) []normalize.Span {
	for _, s := range src {
		dup := false
		for _, d := range dst {
			if d == s {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, s)
		}
	}
	sort.Slice(dst, func(i, j int) bool { return dst[i].Start < dst[j].Start })
	return dst
}

// catalogFacts are the catalog indexes the relation rules read.
type catalogFacts struct {
	days   map[string][]catalogEntry // events by day and by year (events_catalog_days.go)
	signed map[string][]catalogEntry // agreements with parties, by the day they were signed (events_catalog_signings.go)
	sided  map[string]catalogEntry   // events with sides, by id (events_catalog_days.go)
	rulers map[string][]catalogEntry // monarchs by their given name (relations_roles_rulers.go)
	// foughtIn maps a state or place to the wars fought in it, oldest
	// first (events_wars_in.go).
	foughtIn map[string][]catalogEntry
	// cat is the catalog itself, for the states the document's people
	// served (catalog_about.go).
	cat *catalog
}
