package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/kg-project/kg/ingest/timex"
)

// Named events are events the text names rather than describes: wars and
// conflicts ("the Iran–Iraq War", "the Israel–Hamas war", "the Tanker
// War"), gatherings ("the Tenth Review Conference of the Parties to the
// NPT", "the US-Islamic World Forum", "the G20 summit"), elections and
// protests with their year ("the 2009 Iranian presidential election",
// "the 2009–10 Iranian election protests") and incidents named by what
// happened to a named victim ("the downing of Iran Air Flight 655"). The
// catalog knows the best-known ones (catalog/events.json); these rules find
// the others, and a catalog mention always wins over them.
//
// Each named event is one entity per name: event:<kind>:<slug of the name>,
// so the same name in another document is the same node. Its date is a
// year written in the name, else a year range in brackets right after it
// ("(1980–1988)"), else the sentence's date nearest to it (dates of events
// are where a reader looks for them). A war named after its sides ("Iran–
// Iraq") has them as participants. Names inside headings and title-case
// lines are not trusted: a headline capitalises every word.

var (
	// A run of capitalised words (dash-joined names allowed, "and" between
	// two of them) ending in an event head: "Iran–Iraq War", "Tenth Review
	// Conference", "G20 Summit", "Belt and Road Forum".
	// An Arabic article joined to a name ("the al-Anfal Campaign") is part
	// of it.
	reNamedHead = regexp.MustCompile(`((?:(?:[A-Z0-9][\w'’.&+]*(?:[–-][A-Za-z0-9][\w'’.]*)*|(?:al|el|ad|an|as|ash|at|az|ar)-\p{Lu}[\w\x{00C0}-\x{024F}'’.]*)` + sp + `+(?:and` + sp + `+)?){1,6})(War|Conflict|Crisis|Conference|Summit|Forum|Dialogue|Uprising|Intifada|Campaign|Offensive|Revolution|Rebellion|Insurgency|Revolt|Meeting)\b((?:` + sp + `+(?:II|III|IV|I|\d|One|Two|Three)\b|` + sp + `+of` + sp + `+(?:Independence|Liberation)\b)?)`)
	// A body named for war: "the British War Cabinet", "the War Office".
	reWarBodyAfter = regexp.MustCompile(`^` + sp + `+(?:Cabinet|Office|Council|Ministry|Committee|College|Crimes|Department|Museum|Memorial|Cemetery|Room|Powers)\b`)
	// A dash-joined pair of names before a lower-case war: "the Israel–Hamas war".
	reDashWar = regexp.MustCompile(`\b(\p{Lu}[\w\x{00C0}-\x{024F}'’.]*(?:` + sp + `*[–-]` + sp + `*\p{Lu}[\w\x{00C0}-\x{024F}'’.]*)+)` + sp + `+(war|conflict)\b`)
	// A name before a lower-case summit: "the G20 summit", "the Riyadh summit".
	reLowerSummit = regexp.MustCompile(`\b((?:[A-Z0-9][\w'’.+&-]*` + sp + `+){1,3})(summit)\b`)
	// A year (or year range) before an election or protests: "the 2009
	// Iranian presidential election", "2009–10 Iranian election protests".
	reYearEvent = regexp.MustCompile(`\b((?:1[89]|20)\d{2})(?:[–-](?:\d{2}|\d{4}))?` + sp + `+(?:[\w'’.-]+` + sp + `+){0,3}?(elections?|protests|uprisings?|unrest|riots|referendum|revolution|revolt|insurgency|intifada)\b`)
	// An incident named by what happened to a named victim.
	reIncident = regexp.MustCompile(`\b(downing|shootdown|shooting` + sp + `+down|assassination|killing|sinking|hijacking|bombing|storming|seizure|execution)` + sp + `+of` + sp + `+(?:the` + sp + `+)?`)
	// The tail of a gathering's name: "of the Parties to the", "on the", "for the".
	reGatheringTail = regexp.MustCompile(`^` + sp + `+(?:of|on|for)` + sp + `+(?:the` + sp + `+)?(?:Parties` + sp + `+to` + sp + `+(?:the` + sp + `+)?)?$`)
	// "(1980–1988)" right after a name.
	reYearRangeAfter = regexp.MustCompile(`^` + sp + `*\((?:[a-z]+` + sp + `+)?((?:1[5-9]|20)\d{2})(?:` + sp + `*[–-]` + sp + `*(?:\d{2}|\d{4}))?\)`)
	// A word a name run may not start with: sentence openers and determiners.
	// A statement's numbered paragraph opens with its number ("1.").
	reNameOpener = regexp.MustCompile(`^(?:\d{1,2}\.|The|A|An|In|During|After|Before|Since|Following|At|On|Throughout|Until|By|From|Of|His|Her|Its|Their|Our|This|That|These|Those|Both|When|While|Unlike|Leading|Prior|Amid|Despite|Ahead|Upon|With|For|As|And|Under|To|Then|Later|Earlier|Last|Next|First|Every|Each|Another|Any|Such)$`)
)

// eventKinds maps a head word to the kind of event it names.
var eventKinds = map[string]string{
	"war": "war", "conflict": "war", "crisis": "crisis", "conference": "conference",
	"summit": "summit", "forum": "forum", "dialogue": "dialogue", "uprising": "protest",
	"intifada": "protest", "elections": "election", "election": "election", "uprisings": "protest",
	"protests": "protest", "unrest": "protest", "riots": "protest", "referendum": "election",
	"campaign": "campaign", "offensive": "campaign", "revolution": "revolution",
	"rebellion": "war", "insurgency": "war", "revolt": "war",
}

// lasting kinds of event go on for months or years: a date near one in
// its sentence usually dates something that happened during it.
func lasting(kind string) bool {
	switch kind {
	case "war", "crisis", "protest", "campaign", "battle", "invasion":
		return true
	}
	return false
}

// namedEvents finds the named events of a sentence and dates the catalog's.
func (b *relBuilder) namedEvents(v *sentView) {
	b.catalogEvents(v)
	b.seizures(v)
	b.captureByNoun(v)
	b.sidedTalks(v)
	b.visits(v)
	b.visitsToPeople(v)
	b.listedVisit(v)
	b.summitsOfStates(v)
	b.titleLeadEvent(v)
	b.numberedSessions(v)
	b.headlineGathering(v)
	heads := v.has("war", "conflict", "crisis", "conference", "summit", "forum", "dialogue", "uprising", "intifada", "campaign", "offensive", "revolution", "rebellion", "insurgency", "revolt", "meeting on", "leaders' meeting", "leaders’ meeting", "ministers' meeting", "ministers’ meeting", "ministerial meeting", "government meeting", "state meeting")
	years := v.has("election", "protest", "uprising", "unrest", "riots", "referendum", "revolution", "revolt", "insurgency", "intifada")
	deeds := v.has("downing", "shootdown", "shooting down", "assassination", "killing", "sinking", "hijacking", "bombing", "storming", "seizure", "execution")
	risings := v.has("uprising", "revolt", "rebellion", "riots", "pogrom")
	prose := v.has("war", "conflict", "crisis", "uprising", "offensive", "fighting", "clashes", "battle", "invasion", "attack", "bombing", "massacre", "bombardment", "siege", "raid", "strike", "affair", "scandal", "sack", "fall", "capture", "liberation")
	yearDeeds := v.has("coup", "bombing", "explosion", "seizure", "hostage", "attack", "massacre", "assassination", "hijacking", "shootdown", "strike",
		"war", "intervention", "blockade", "strikes", "assault", "raid", "incident", "shooting", "stampede")
	if !heads && !years && !deeds && !prose && !yearDeeds && !risings || b.untrustedNames(v) {
		return
	}
	text := v.between(v.start, v.end)
	if yearDeeds {
		b.yearDeeds(v, text)
		b.dateDeeds(v, text)
		b.namedIncidents(v, text)
	}
	if v.has("crisis", "election", "offensive", "insurgency", "rebellion", "insurrection", "civil war", "conflict") {
		b.lowerNamedEvents(v, text)
	}
	if risings {
		b.lowerRisings(v, text)
	}
	if prose {
		b.proseWars(v, text)
	}
	if heads {
		b.headedEvents(v, text)
		b.storyWar(v, text)
	}
	if years {
		b.yearEvents(v, text)
	}
	if deeds {
		b.incidents(v, text)
	}
	b.placeWars(v)
}

// reMeetingOfWhom: before "Meeting", who meets at a body's named meeting.
var reMeetingOfWhom = regexp.MustCompile(`\b(?:Leaders|Ministers|Heads` + sp + `+of` + sp + `+(?:State|Government))['’]?` + sp + `*$|\bMinisterial` + sp + `*$`)

// headedEvents finds names ending in an event word: "the Iran–Iraq War",
// "the Israel–Hamas war", "the G20 summit".
func (b *relBuilder) headedEvents(v *sentView, text string) {
	for _, m := range matchesNear(text, text, reNamedHead, capitalHeads) {
		s, e := v.start+m[2], v.start+m[5]
		if m[7] > m[6] {
			e = v.start + m[7]
		}
		s = b.skipOpeners(v, s, v.start+m[4])
		head := strings.ToLower(strings.Fields(text[m[4]:m[5]])[0])
		kind := eventKinds[head]
		// "an International Conference on Peace and Security in Iraq was
		// held": a gathering's capitalised topic makes a name of it
		// whatever its article.
		topical := (kind == "conference" || kind == "forum" || head == "meeting") && reGatheringTopic.MatchString(v.between(e, v.end)) && !reTopicIsDay.MatchString(v.between(e, v.end))
		// A capitalised meeting is a name only with its topic: "the
		// International Meeting on Syria", not "a Cabinet Meeting".
		// So is one of a body's leaders or ministers: "the ASEAN Leaders'
		// Meeting", "the NATO Defence Ministers' Meeting".
		if head == "meeting" {
			if !topical && !reMeetingOfWhom.MatchString(v.between(s, v.start+m[4])) {
				continue
			}
			kind = "meeting"
		}
		// "the caretaker government convened a Round Table Conference in
		// Khartoum": a gathering called or held is named whatever its
		// article.
		convened := (kind == "conference" || kind == "forum") && reConvenedA.MatchString(v.between(max(v.start, s-24), s))
		if s >= v.start+m[4] || precededByIndefinite(v, s) && !topical && !convened || reNeverWar.MatchString(v.between(s, e)) {
			continue // only an opener before the head ("The War"), or a war that never was
		}
		// "the U.S.-Qatar Strategic Dialogue", "the 2+2 Ministerial
		// Dialogue" are dialogues by their names;
		// "the Manama Dialogue" when the sentence treats it as a
		// gathering ("attended the Manama Dialogue in Bahrain").
		if kind == "dialogue" && !strings.Contains(v.between(s, e), "Strategic") && !strings.Contains(v.between(s, e), "Ministerial") && !gatheringContext(v, s, e) {
			continue
		}
		// "the Cedar Revolution", "the al-Anfal Campaign", "the Tet
		// Offensive": a campaign or
		// revolution is named with its article inside a sentence, or with
		// its year; a capitalised run opening a sentence may be a heading's
		// words, and "Campaign for X" and "Revolution Guards" name bodies.
		// "The Saur Revolution began in April 1978": a sentence that opens
		// with the article and goes on with a verb is no heading.
		articled := reTheBefore.MatchString(v.between(max(v.start, s-16), s)) ||
			strings.TrimSpace(v.between(v.start, s)) == "The" && reClauseGoesOn.MatchString(v.between(e, v.end))
		if (kind == "campaign" || kind == "revolution") && (!articled && !reYearInName.MatchString(v.between(s, e)) || reBodyAfter.MatchString(v.between(e, v.end))) {
			continue
		}
		// "the Strategic Offensive Reductions Treaty": a name that goes on
		// past the head is another thing's.
		if kind == "campaign" && reCapitalGoesOn.MatchString(v.between(e, v.end)) {
			continue
		}
		if kind == "war" {
			s = skipLeadingOrg(v, s, v.start+m[4])
			if reWarBodyAfter.MatchString(v.between(e, v.end)) {
				continue // "the British War Cabinet" is a body
			}
		}
		if kind == "conference" || kind == "forum" || kind == "summit" || kind == "meeting" {
			// The words after the head tell a gathering as well ("the
			// Geneva Conference on Syria": "on").
			ext := gatheringEnd(v, e)
			if !gatheringContext(v, s, ext) && !gatheringContext(v, s, e) {
				continue
			}
			e = ext
		}
		if b.blockedName(v, s, e, v.start+m[4]) || reAcronymAfter.MatchString(v.between(e, v.end)) {
			continue
		}
		b.nameEvent(v, kind, s, e)
	}
	for _, m := range matchesNear(text, v.lower, reDashWar, []string{" war", " conflict"}) {
		s, e := v.start+m[2], v.start+m[5]
		if precededByIndefinite(v, s) || b.blockedName(v, s, e, v.start+m[4]) {
			continue
		}
		b.nameEvent(v, "war", s, e)
	}
	for _, m := range matchesNear(text, text, reLowerSummit, []string{" summit"}) {
		s, e := v.start+m[2], v.start+m[5]
		s = b.skipOpeners(v, wholeWordStart(v, s), v.start+m[4])
		if s >= v.start+m[4] || precededByIndefinite(v, s) || b.blockedName(v, s, e, v.start+m[4]) {
			continue
		}
		b.nameEvent(v, "summit", s, e)
	}
}

// yearEvents finds elections and protests named with their year.
func (b *relBuilder) yearEvents(v *sentView, text string) {
	for _, m := range reYearEvent.FindAllStringSubmatchIndex(text, -1) {
		s, e := v.start+m[0], v.start+m[1]
		kind := eventKinds[strings.ToLower(text[m[4]:m[5]])]
		// "the 2009–10 Iranian election protests": the protests, not the election.
		if loc := reProtestsAfter.FindStringIndex(v.between(e, v.end)); loc != nil && kind == "election" {
			e, kind = e+loc[1], "protest"
		}
		if b.blockedName(v, s, e, v.start+m[4]) || !namedByYear(v.between(s, e)) {
			continue
		}
		// "the March 2011 protests in Bahrain" are the "2011 Bahrain
		// protests" the document names elsewhere: the place goes into the
		// name.
		if p, ok := placeRightAfter(v, e); ok && kind == "protest" && strings.TrimSpace(text[m[3]:m[4]]) == "" {
			name := text[m[2]:m[3]] + " " + v.between(p.Start, p.End) + " " + text[m[4]:m[5]]
			id := b.nameEventID(v, kind, slugWords(name), s, e)
			if ev, ok := b.events[id]; ok && ev.Name == eventName(v.between(s, e)) {
				ev.Name = name
			}
			continue
		}
		b.nameEvent(v, kind, s, e)
	}
}

// placeRightAfter is the place or state named right after pos by " in ":
// "the 2011 protests in Bahrain".
func placeRightAfter(v *sentView, pos int) (mention, bool) {
	loc := reInRightBefore.FindStringIndex(v.between(pos, v.end))
	if loc == nil {
		return mention{}, false
	}
	for _, m := range v.ments {
		if m.Start == pos+loc[1] && (m.Type == "Country" || m.Type == "Place") && !m.Demonym && m.MetonymFor == "" {
			return m, true
		}
	}
	return mention{}, false
}

// reInRightBefore is " in " right before a place.
var reInRightBefore = regexp.MustCompile(`^` + sp + `+in` + sp + `+(?:the` + sp + `+)?`)

// incidents finds deeds done to a named victim: "the downing of Iran Air
// Flight 655", "the assassination of Qasem Soleimani".
func (b *relBuilder) incidents(v *sentView, text string) {
	for _, m := range reIncident.FindAllStringSubmatchIndex(text, -1) {
		s := v.start + m[0]
		deed := incidentDeeds[strings.Join(strings.Fields(text[m[2]:m[3]]), " ")]
		victim, ok := nextMention(v, v.start+m[1])
		// "the assassination of the Hamas political leader Ismail
		// Haniyeh": a person killed, described before the name.
		apposed := false
		if ok && (victim.Start != v.start+m[1] || victim.Type != "Person") && (deed == "killing" || deed == "execution") {
			if p, found := apposedVictim(v, v.start+m[1]); found {
				victim, apposed = p, true
			}
		}
		if !ok || victim.Start != v.start+m[1] && !apposed || victim.Type == "Country" || victim.Demonym {
			continue
		}
		// "the killing of the PLO representative": the victim is a person
		// the organisation only describes.
		if victim.Type == "Organization" && reOrgMemberNoun.MatchString(v.between(victim.End, v.end)) {
			continue
		}
		e := victim.End
		// "Iran Air Flight 655", "Iran Air 655": a flight number after the airline.
		if loc := reFlightNumber.FindStringIndex(v.between(e, v.end)); loc != nil {
			e += loc[1]
		}
		// "the assassination of former prime minister Rafic Hariri in a
		// car bombing": the attack the rules of unclaimed attacks build is
		// the deed; one deed, one event.
		if apposed && reInADeed.MatchString(v.between(e, v.end)) {
			continue
		}
		// An apposed victim's description may hold his title ("the Hamas
		// political leader"): only the name and what follows are checked.
		from := s
		if apposed {
			from = victim.Start
		}
		if b.blockedName(v, from, e, s) {
			continue
		}
		// "the downing of" and "the shootdown of" the same flight are one
		// incident: the id is the deed and the victim as the text names it.
		id := b.nameEventID(v, "incident", deed+"-of-"+slugWords(v.between(victim.Start, e)), s, e)
		ev, built := b.events[id]
		if !built {
			continue
		}
		// "the assassination of the Hamas political leader Ismail
		// Haniyeh": the event is named by the person, not the description.
		if apposed && ev.Name == eventName(v.between(s, e)) {
			w := strings.ToLower(strings.Join(strings.Fields(text[m[2]:m[3]]), " "))
			ev.Name = strings.ToUpper(w[:1]) + w[1:] + " of " + v.between(victim.Start, e)
		}
		// "the assassination of Ismail Haniyeh in Tehran": where it was done.
		if p, ok := placeRightAfter(v, e); ok {
			b.add("HELD_IN", id, p.EntityID, 0.75, nil, v, s, p.End)
		}
	}
}

// reVictimDescription: the words that describe a person between "the
// assassination of" and the name: "the Hamas political leader", "Iran's
// top nuclear scientist".
var reVictimDescription = regexp.MustCompile(`^(?:the` + sp + `+)?(?:[\w'’.-]+` + sp + `+){1,6}$`)

// reInADeed: the deed of force named right after the person killed.
var reInADeed = regexp.MustCompile(`^` + sp + `+(?:in|by)` + sp + `+an?` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:bombing|bomb|strike|airstrike|attack|explosion|blast|raid|ambush)\b`)

// reVictimOfAnother: a description that makes the person another's
// ("the aide of", "the son and heir to"), not the one killed.
var reVictimOfAnother = regexp.MustCompile(`\b(?:of|to|for|with|by|and|or|from)` + sp + `+`)

// apposedVictim is the person a description after "the assassination of"
// leads to ("the Hamas political leader Ismail Haniyeh"): the first
// person after pos, with no comma and no other person before it.
func apposedVictim(v *sentView, pos int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < pos {
			continue
		}
		if m.Start-pos > 60 {
			break
		}
		if m.Type == "Person" {
			gap := v.between(pos, m.Start)
			return m, !m.Demonym && reVictimDescription.MatchString(gap) && !strings.ContainsAny(gap, ",;:()") && !reVictimOfAnother.MatchString(gap)
		}
	}
	return mention{}, false
}

// reOrgMemberNoun: a noun for a member right after an organisation's
// name ("the PLO representative", "a Hamas leader").
var reOrgMemberNoun = regexp.MustCompile(`^` + sp + `+(?:[a-z]+` + sp + `+)?(?:representatives?|leaders?|officials?|chiefs?|commanders?|spokesm[ae]n|envoys?|ambassadors?|members?|operatives?|activists?|militants?|fighters?|founders?|heads?|delegates?|diplomats?|officers?|guards?|soldiers?|chairman|figures?)\b`)

// ordinalOpeners are the openers that number a war after "the".
var ordinalOpeners = map[string]bool{"First": true}

// reNeverWar: "World War 3" is a fear, not an event.
var reNeverWar = regexp.MustCompile(`World` + sp + `+War` + sp + `+(?:III|3|Three|IV)$`)

// capitalHeads are the words reNamedHead ends in.
var capitalHeads = []string{"War", "Conflict", "Crisis", "Conference", "Summit", "Forum", "Dialogue", "Uprising", "Intifada", "Campaign", "Offensive", "Revolution", "Rebellion", "Insurgency", "Revolt", "Meeting"}

// matchesNear runs re only over windows of text ending shortly after each
// place where find (text or its lower-case form) holds one of the heads:
// the name patterns are slow over a whole sentence and their names end in
// a head word. Match indices are into text, and a match found from two
// windows is given once.
func matchesNear(text, find string, re *regexp.Regexp, heads []string) [][]int {
	var wins [][2]int
	for _, h := range heads {
		for from := 0; ; {
			i := strings.Index(find[from:], h)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(h)
			lo := max(0, at-200)
			if lo > 0 {
				// Start the window at a word: a cut word would start a name.
				if gap := strings.IndexByte(text[lo:at], ' '); gap >= 0 {
					lo += gap + 1
				}
			}
			wins = append(wins, [2]int{lo, min(len(text), at+len(h)+16)})
		}
	}
	sort.Slice(wins, func(i, j int) bool { return wins[i][0] < wins[j][0] })
	var out [][]int
	seen := map[[2]int]bool{}
	for _, w := range wins {
		for _, m := range re.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w[0]
				}
			}
			if key := [2]int{m[0], m[1]}; !seen[key] {
				seen[key] = true
				out = append(out, m)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// reWarBetween: fighting told between a gathering and a place.
var reWarBetween = regexp.MustCompile(`\b(?:war|conflict|fighting|escalation|violence|crisis)\b`)

var reFlightNumber = regexp.MustCompile(`^(?:` + sp + `+Flight)?` + sp + `+\d{1,5}\b`)

// catalogEvents dates the catalog's events named in v the way named
// events are dated, and gives a war named after its sides those sides.
func (b *relBuilder) catalogEvents(v *sentView) {
	for _, m := range v.ments {
		if m.Type != "Event" {
			continue
		}
		e, ok := b.ents.Entities[m.EntityID]
		if !ok {
			continue
		}
		if e.Props == nil {
			e.Props = map[string]any{}
		}
		kind := kindOfName(e.Name)
		// "Roosevelt, on his way home from the Yalta Conference, and the
		// king, held aboard a cruiser in the Great Bitter Lake": a
		// gathering someone comes from or goes to is no part of the
		// sentence's own event, its date or its place.
		if reJourneyBefore.MatchString(v.between(max(v.start, m.Start-40), m.Start)) {
			continue
		}
		// The entity stage's entities are the document's own, so dating
		// them here changes no other document.
		// "the fifth Caspian summit, following gatherings in Ashgabat in
		// 2002, Tehran in 2007": the places and years told after are the
		// earlier gatherings'.
		earlier := reEarlierGatherings.MatchString(v.between(m.End, v.end))
		b.dateNamedEvent(v, e.Props, m.Start, m.End, !lasting(kind) && !earlier)
		b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], m.EntityID)
		switch kind {
		case "war":
			b.warSides(v, m.EntityID, m.Start, m.End)
		case "conference", "summit", "forum", "dialogue":
			if earlier {
				break
			}
			// "hosts the Cairo Summit for Peace amid war in Gaza": the place
			// of the war the summit met over is not where it met.
			if place, ok := b.venue(v, eventSpec{trigStart: m.End, trigEnd: m.End, start: m.Start, end: m.End}); ok && !reWarBetween.MatchString(v.between(m.End, place.Start)) {
				b.add("HELD_IN", m.EntityID, place.EntityID, 0.85, nil, v, m.Start, place.End)
			}
		}
	}
}

// reEarlierGatherings: right after a gathering's name, the others of its
// series that came before it.
var reEarlierGatherings = regexp.MustCompile(`^[^.;]{0,20}?\b(?:following|after|succeeding|like)` + sp + `+(?:the` + sp + `+)?(?:(?:earlier|previous|past|prior|four|three|two|\w+` + sp + `+earlier)` + sp + `+)?(?:gatherings|meetings|summits|conferences|sessions|ones)\b`)

// kindOfName is the kind a catalog event's name says it is.
func kindOfName(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i := len(words) - 1; i >= 0; i-- {
		if k, ok := eventKinds[words[i]]; ok {
			return k
		}
	}
	return ""
}

// warSides: "the Iran–Iraq War" was fought by the states its name joins,
// "the Fatah–Hamas conflict" and "the Israel–Hamas war" by the groups and
// states.
func (b *relBuilder) warSides(v *sentView, id string, s, e int) {
	if !strings.ContainsAny(v.between(s, e), "–-") {
		return
	}
	found := false
	for _, m := range v.ments {
		if m.Start >= s && m.End <= e && (m.Type == "Country" || m.Type == "Organization") && !m.Demonym {
			b.add("PARTICIPATED_IN", m.EntityID, id, 0.7, nil, v, s, e)
			found = true
		}
	}
	if found {
		return
	}
	// A catalog war is one mention: its sides are the document's states
	// whose names the name joins.
	name := strings.TrimSuffix(strings.TrimSuffix(v.between(s, e), " War"), " war")
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '–' || r == '-' })
	if len(parts) < 2 {
		return
	}
	for _, p := range parts {
		if c := b.countryNamed(strings.TrimSpace(p)); c != "" {
			b.add("PARTICIPATED_IN", c, id, 0.7, nil, v, s, e)
		}
	}
}

// countryNamed is the document's country with that name or alias.
func (b *relBuilder) countryNamed(name string) string {
	return b.namedOfType("Country", name)
}

// namedOfType is the document's entity of type typ with this name or
// alias (any case), or "": the first in id order.
func (b *relBuilder) namedOfType(typ, name string) string {
	for _, id := range b.sortedEntityIDs() {
		e := b.ents.Entities[id]
		if e.Type != typ {
			continue
		}
		if strings.EqualFold(e.Name, name) {
			return id
		}
		for _, a := range e.Aliases {
			if strings.EqualFold(a, name) {
				return id
			}
		}
	}
	return ""
}

// nameEvent builds (or finds) the named event written at [s, e) of v and
// records its mention, date and the sides its name gives.
func (b *relBuilder) nameEvent(v *sentView, kind string, s, e int) string {
	return b.nameEventID(v, kind, slugWords(eventName(v.between(s, e))), s, e)
}

// nameEventID is nameEvent with the slug of the id given. Both return the
// id of the event the name stands for, which is built only when the name
// is long enough and no other name of an event just named
// (b.events[id] says whether it was).
func (b *relBuilder) nameEventID(v *sentView, kind, slug string, s, e int) string {
	id := "event:" + kind + ":" + slug
	name := eventName(v.between(s, e))
	if len(name) < 4 || slug == "" {
		return id
	}
	// "the Six-Day War (also known as the June War)": another name of the
	// event just named, not another event.
	if prev, ok := b.alsoKnownAs(v, s); ok {
		b.evMent = append(b.evMent, mention{EntityID: prev, Type: "Event", Start: s, End: e, Sentence: v.idx, Text: v.between(s, e)})
		return id
	}
	// "The 1967 Arab League summit, commonly called the Khartoum summit":
	// the name the catalog knows, given right after, is the event's.
	if next, ok := b.calledNext(v, e); ok {
		b.evMent = append(b.evMent, mention{EntityID: next, Type: "Event", Start: s, End: e, Sentence: v.idx, Text: v.between(s, e)})
		return next
	}
	ev, ok := b.events[id]
	if !ok {
		ev = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": kind}}
		b.events[id] = ev
	}
	b.dateNamedEvent(v, ev.Props, s, e, !lasting(kind))
	b.eventMentioned(id, v, s, e)
	switch kind {
	case "election":
		// "the 2009 Iranian presidential election" was held in Iran, when
		// the document names Iran.
		if m := reElectionOfState.FindStringSubmatch(name); m != nil {
			if state := stateOfAdjective(m[1]); state != "" {
				if c := b.countryNamed(state); c != "" {
					b.add("HELD_IN", id, c, 0.75, nil, v, s, e)
				}
			}
		}
	case "war":
		b.warSides(v, id, s, e)
	case "conference", "summit", "forum", "dialogue", "meeting":
		// "the US-Islamic World Forum in Doha": a gathering is held somewhere.
		if place, ok := b.venue(v, eventSpec{trigStart: e, trigEnd: e, start: s, end: e}); ok {
			b.add("HELD_IN", id, place.EntityID, 0.85, nil, v, s, place.End)
		}
	}
	return id
}

// heldOnDay is the day or month of year the sentence says the event named
// before e was held on: "The 2022 Samarkand summit was …, held on 15–16
// September 2022".
func heldOnDay(v *sentView, e int, year string) (timex.Expr, bool) {
	for _, d := range v.dates {
		if d.Start >= e && d.Resolved() && !d.Relative && d.Precision != timex.Year && strings.HasPrefix(d.Value, year) &&
			reHeldOnBefore.MatchString(v.between(max(e, d.Start-80), d.Start)) {
			return d, true
		}
	}
	return timex.Expr{}, false
}

// reHeldOnBefore: the verb that holds an event right before its day:
// "held on", "took place from", "fought between", "signed in".
var reHeldOnBefore = regexp.MustCompile(`\b(?:held|took` + sp + `+place|convened|fought|signed|opened)(?:` + sp + `+[^\s,;]+){0,3}?` + sp + `+(?:on|from|in|between)` + sp + `+$`)

// reElectionOfState: the state's adjective opening an election's name,
// after its year.
var reElectionOfState = regexp.MustCompile(`^(?:(?:1[89]|20)\d{2}(?:[–-]\d{2,4})?` + sp + `+)?(\p{Lu}[\w\x{00C0}-\x{024F}]+)` + sp + `+(?:(?:presidential|parliamentary|legislative|general|local|municipal|regional|snap|early)` + sp + `+)*elections?\b`)

// dateNamedEvent dates a named event once: a year in its name, a year
// range in brackets right after it, else the nearest date of the sentence.
//
// Wars, crises and protests last: a sentence date near one usually dates
// something that happened during it ("attacked during the Iran–Iraq War and
// destroyed in June 1981"), so only "in <year>" right after the name or a
// sentence opening "In <date>," dates them.
func (b *relBuilder) dateNamedEvent(v *sentView, props map[string]any, s, e int, wide bool) {
	if _, dated := props["date"]; dated {
		return
	}
	// A date inside the name without its year ("the October 7 attacks")
	// names the event, not the year: the publication's year would be a
	// guess, and the catalog knows better (events_catalog_dates.go).
	for _, d := range v.dates {
		if d.Start >= s && d.End <= e && d.Resolved() && !d.Relative {
			if d.Precision == timex.Year {
				if day, ok := heldOnDay(v, e, d.Value); ok {
					d = day
				}
			}
			props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
			return
		}
	}
	if m := reYearRangeAfter.FindStringSubmatch(v.between(e, v.end)); m != nil {
		props["date"], props["datePrecision"], props["dateText"] = m[1], "year", m[1]
		return
	}
	if m := reYearInName.FindString(v.between(s, e)); m != "" {
		if day, ok := heldOnDay(v, e, strings.TrimSpace(m)); ok {
			props["date"], props["datePrecision"], props["dateText"] = day.Value, string(day.Precision), day.Text
			return
		}
		props["date"], props["datePrecision"], props["dateText"] = m, "year", m
		return
	}
	// "1967 Six-Day War veterans": a year written right before a catalog
	// name (after "the" it is part of the mention, resolve.go).
	if m := reYearBefore.FindString(v.between(max(v.start, s-5), s)); m != "" {
		y := strings.TrimRight(m, " \u00a0")
		props["date"], props["datePrecision"], props["dateText"] = y, "year", y
		return
	}
	for _, d := range v.dates {
		if !d.Resolved() {
			continue
		}
		after := d.Start >= e && reInRightAfter.MatchString(v.between(e, d.Start))
		// "On 31 May, after the resulting Anglo-Iraqi War, …": the date is
		// of what came after the event.
		opener := d.End <= s && (s-d.End <= 60 || wide && s-d.End <= 200) && reDateOpener.MatchString(v.between(v.start, d.Start)) &&
			strings.HasPrefix(strings.TrimLeft(v.between(d.End, s), " \u00a0"), ",") &&
			!reTimeAnchorBefore.MatchString(v.between(runeStartFrom(v.text, max(d.End, s-36)), s))
		// "In April 2016 the Four-Day War killed …", "On 20 August 1955
		// the FLN led the Philippeville uprising": an opener written
		// without its comma dates the clause it opens, the event its
		// subject or its object.
		bare := d.End <= s && reDateOpener.MatchString(v.between(v.start, d.Start)) && reBareOpenerGap.MatchString(v.between(d.End, s))
		// "Israel invaded Lebanon on 6 June 1982 in Operation Peace for
		// Galilee": the deed of the day is done in the event.
		doneIn := d.End <= s && d.Precision == timex.Day && reDoneInEvent.MatchString(v.between(d.End, s))
		if after || opener || bare || doneIn || d.End <= s && whenClauseOf(v.between(d.End, s), v.between(e, v.end)) {
			props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
			return
		}
	}
	if !wide || reMargins.MatchString(v.between(max(v.start, s-40), s)) {
		return // a meeting "on the margins of" a conference dates the meeting
	}
	// "today" in a release dates what the release reports, not a
	// gathering it names in passing.
	if d, ok := pickDate(v, s, e, true); ok && d.Resolved() && !d.Relative {
		props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
	}
}

// reBareOpenerGap: between an opening date with no comma after it and an
// event: nothing but "the" (the event is the subject), or a short subject
// and the verb whose object the event is. "after", "during" and the like
// make the date another deed's (reTimeAnchorBefore's words).
var reBareOpenerGap = regexp.MustCompile(`^` + sp + `+(?:the` + sp + `+)?(?:(?:[\w\x{00C0}-\x{024F}'’.-]+` + sp + `+){1,5}?(?:led|launched|began|started|staged|attempted|opened|convened|proclaimed|declared|mounted)` + sp + `+(?:the` + sp + `+|an?` + sp + `+)?)?$`)

// reDoneInEvent: " in " between a day and the event a deed of that day
// was done in.
var reDoneInEvent = regexp.MustCompile(`^` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)

// reJourneyBefore: right before a gathering someone travels from or to.
var reJourneyBefore = regexp.MustCompile(`\b(?:on` + sp + `+(?:his|her|their|its)` + sp + `+way` + sp + `+(?:(?:home|back)` + sp + `+)?(?:from|to)|returning` + sp + `+(?:home` + sp + `+)?from|en` + sp + `+route` + sp + `+(?:from|to))` + sp + `+(?:the` + sp + `+)?$`)

// eventStartVerb: a verb between an event's name and its date that tells
// when it began, ended or was done.
const eventStartVerb = `(?:began|started|opened|commenced|broke` + sp + `+out|erupted|ended|(?:was|were)` + sp + `+(?:crushed|suppressed|fought|launched|staged|carried` + sp + `+out|put` + sp + `+down))`

// whenClauseOf reports the words between a date and an event as a clause
// the date introduces: "failed in May 1966, when Barzani forces defeated
// the Iraqi Army at the" — the clause tells what happened then, so the
// date is the event's, unless the clause tells its end ("in 1975, when the
// war ended") or the event lies past the clause. rest is the sentence
// after the event.
func whenClauseOf(gap, rest string) bool {
	if !reWhenClause.MatchString(gap) {
		return false
	}
	if i := strings.IndexAny(rest, ",;:("); i >= 0 {
		rest = rest[:i]
	}
	return !reEndWords.MatchString(gap) && !reEndWords.MatchString(rest)
}

var (
	// ", when" right after a date, and no further clause before the event.
	reWhenClause = regexp.MustCompile(`^` + sp + `*,` + sp + `*when` + sp + `[^,;:()]{0,150}$`)
	// What a when clause tells of an end rather than of a start or a deed.
	reEndWords = regexp.MustCompile(`\b(?:end|ended|ends|ending|over|closed|close|concluded|finished|ceased)\b`)
	// ", which began in 1965" after a name also dates it: by its start;
	// so does "in Karachi in September 1986", a place between.
	// "opened on the morning of 5 June 1967", "is usually dated from 13
	// April 1975" and, past an apposition, ", the combat phase of the Gulf
	// War, began on 17 January 1991" tell the start too.
	reInRightAfter = regexp.MustCompile(`^(?:(?:` + sp + `+(?:in` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}'’-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}'’-]*){0,2}` + sp + `+)?(?:` + eventStartVerb + sp + `+)?(?:in|of|on)|` + sp + `*,` + sp + `*(?:which|that)` + sp + `+(?:began|started|broke` + sp + `+out|erupted)` + sp + `+(?:in|on)|` + sp + `*,[^,;:()]{1,60},` + sp + `*(?:began|started|opened|broke` + sp + `+out|erupted)` + sp + `+(?:in|on))(?:` + sp + `+the` + sp + `+(?:morning|night|evening|afternoon|early` + sp + `+hours)` + sp + `+of)?|` + sp + `+(?:is|was)` + sp + `+(?:usually` + sp + `+|generally` + sp + `+|commonly` + sp + `+)?dated` + sp + `+(?:from|to))` + sp + `+$`)
	reDateOpener   = regexp.MustCompile(`^(?:In|On|By)` + sp + `+$`)
	// "(GIF)" after a name: an organisation's acronym.
	reAcronymAfter = regexp.MustCompile(`^` + sp + `*\([A-Z][A-Z0-9]{1,6}\)`)
	// "election protests" after "2009–10 Iranian election".
	reProtestsAfter = regexp.MustCompile(`^` + sp + `+(?:protests|riots|unrest)\b`)
	// Words around a gathering that make it an event, not a body.
	reGatheringBefore = regexp.MustCompile(`(?i)\b(?:at|attend\w*|during|host\w*|(?:co-)?chair\w*|held|convene\w*|open\w*|kick\w*` + sp + `+off|margins` + sp + `+of|sidelines` + sp + `+of|participat\w*` + sp + `+in|address\w*|speech|remarks|before|after|ahead` + sp + `+of|since|following|from|to)` + sp + `+(?:the` + sp + `+)?$`)
	// "the Arab League Summit of May 1989": dated right after its name.
	// A short tail of the name may come first: "the Sharm El-Sheikh
	// Summit for Peace, which brought".
	reGatheringAfter = regexp.MustCompile(`^(?:` + sp + `+(?:for|on)` + sp + `+\p{Lu}[\w'’-]*(?:` + sp + `+\p{Lu}[\w'’-]*)?)?(?:` + sp + `*,)?` + sp + `+(?:in|at|(?:was|were)` + sp + `+(?:held|convened)|held|took` + sp + `+place|convened|opened|began|ended|concluded|(?:was|were)` + sp + `+(?:attended|hosted|chaired|co-chaired|organi[sz]ed)` + sp + `+by|brought` + sp + `+together|(?:which|that)` + sp + `+(?:brought|drew|gathered)|on|this|last|next|of` + sp + `+(?:[A-Z][a-z]+` + sp + `+)?(?:1[89]|20)\d{2})\b`)
	reOrdinalOrYear  = regexp.MustCompile(`^(?:(?:the` + sp + `+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d+(?:st|nd|rd|th)|(?:1[89]|20)\d{2})\b)`)
)

// incidentDeeds folds the ways of writing one deed.
var incidentDeeds = map[string]string{
	"downing": "downing", "shootdown": "downing", "shooting down": "downing",
	"assassination": "killing", "killing": "killing", "sinking": "sinking", "hijacking": "hijacking",
	"bombing": "bombing", "storming": "storming", "seizure": "seizure", "execution": "execution",
}

// gatheringContext reports a conference, summit or forum the sentence
// treats as an occasion (attended, held somewhere, numbered or dated),
// not as a standing body ("the Conference on Disarmament adopted").
func gatheringContext(v *sentView, s, e int) bool {
	return reOrdinalOrYear.MatchString(v.between(s, e)) ||
		reGatheringBefore.MatchString(v.between(max(v.start, s-40), s)) ||
		reGatheringAfter.MatchString(v.between(e, v.end)) ||
		reGatheringDefined.MatchString(v.between(e, v.end))
}

// reGatheringDefined: a name the sentence defines as a gathering, "the
// Geneva Conference, also known as Geneva II, was a peace conference".
var reGatheringDefined = regexp.MustCompile(`^` + sp + `*(?:,[^,;]{1,80},)?` + sp + `+(?:was|is)` + sp + `+(?:a|an)` + sp + `+(?:[\w'’-]+` + sp + `+){0,4}?(?:conference|summit|meeting|forum|gathering|congress)\b`)

// skipLeadingOrg drops an organisation written before a war's name ("the
// UN Gulf War cease-fire resolution"): it is not part of the name.
func skipLeadingOrg(v *sentView, s, head int) int {
	for _, m := range v.ments {
		if m.Type == "Organization" && m.Start == s && m.End < head {
			return head - len(strings.TrimLeft(v.between(m.End, head), " \u00a0"))
		}
	}
	return s
}

var (
	reYearInName = regexp.MustCompile(`\b(?:1[5-9]|20)\d{2}\b`)
	reTheBefore  = regexp.MustCompile(`\bthe` + sp + `+(?:so-called` + sp + `+)?$`)
	// After a name opening a sentence, a lower-case word other than a
	// joining one: the sentence goes on past the name. An encyclopedia's
	// lead defines its subject: "The Rose Revolution was a series of
	// peaceful protests".
	reClauseGoesOn = regexp.MustCompile(`^(?:(?:` + sp + `+(?:had|has|was|is)` + sp + `+|` + sp + `+)(?:[a-z]+ed|began|broke|brought|led|took|saw|overthrew|toppled|ended|forced|swept|spread|gave|made|came)|` + sp + `+(?:was|is)` + sp + `+(?:a|an|the|one)` + sp + `+[a-z]+)\b`)
	// "Campaign for Nuclear Disarmament", "Revolution Guards": a body.
	reBodyAfter = regexp.MustCompile(`^` + sp + `+(?:for|to|against|Guards?|Committee|Council|Party|Front|Movement)\b`)
	// A capitalised word right after a head: the name goes on.
	reCapitalGoesOn = regexp.MustCompile(`^` + sp + `+[A-Z]`)
)

// eventName is the written name without a leading article, spaces folded.
func eventName(s string) string {
	words := strings.Fields(strings.ReplaceAll(s, "\u00a0", " "))
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	name := strings.Join(words, " ")
	if name != "" {
		r := []rune(name)
		r[0] = unicode.ToUpper(r[0])
		name = string(r)
	}
	return name
}

// skipOpeners moves s past sentence openers and determiners written before
// the name ("During the Tanker War", "The Tenth Review Conference"). An
// ordinal right before the head is the name's own ("the First Intifada").
func (b *relBuilder) skipOpeners(v *sentView, s, head int) int {
	for s < head {
		w := v.between(s, head)
		first := strings.Fields(w)[0]
		if !reNameOpener.MatchString(first) {
			break
		}
		rest := strings.TrimLeft(w[strings.Index(w, first)+len(first):], " \u00a0")
		if rest == "" && first == "First" {
			break
		}
		// "the First Kurdish Iraqi War", "the Second Intifada": after
		// "the" an ordinal is part of the name, not a sentence's opener.
		if ordinalOpeners[first] && strings.HasSuffix(strings.ToLower(strings.TrimRight(v.between(v.start, s), " \u00a0")), "the") {
			break
		}
		s = head - len(rest)
	}
	return s
}

// gatheringEnd extends a gathering's name over "of the Parties to the
// <Agreement>" or "on <Organization>" when an agreement or organisation
// mention follows.
func gatheringEnd(v *sentView, e int) int {
	// "the International Conference on Peace and Security in Iraq": a
	// capitalised topic, and the state it is about after "in".
	if loc := reGatheringTopic.FindStringIndex(v.between(e, v.end)); loc != nil && !reTopicIsDay.MatchString(v.between(e, v.end)) {
		end := e + loc[1]
		if m, ok := nextMention(v, end); ok && (m.Type == "Country" || m.Type == "Place") && !m.Demonym && reTopicIn.MatchString(v.between(end, m.Start)) {
			return m.End
		}
		return end
	}
	m, ok := nextMention(v, e)
	if !ok || !reGatheringTail.MatchString(v.between(e, m.Start)) {
		return e
	}
	switch {
	case m.Type == "Agreement" || m.Type == "Organization":
	// "the Geneva Conference on Syria", "the Brussels Conference for
	// Yemen": a gathering named for the state it is about.
	case (m.Type == "Country" || m.Type == "Place") && !m.Demonym && reGatheringAbout.MatchString(v.between(e, m.Start)):
	default:
		return e
	}
	return m.End
}

var (
	// reGatheringTopic: a gathering's capitalised topic after "on":
	// " on Peace and Security", " on Security and Co-operation".
	reGatheringTopic = regexp.MustCompile(`^` + sp + `+on` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w'’-]*(?:` + sp + `+(?:and|of|the|&)?` + sp + `*\p{Lu}[\w'’-]*){0,4}\b`)
	// A day is no topic: "the Madrid Conference on Saturday".
	reTopicIsDay = regexp.MustCompile(`^` + sp + `+on` + sp + `+(?:the` + sp + `+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	// reTopicIn: between the topic and the place it is about.
	reTopicIn = regexp.MustCompile(`^` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)
)

// reGatheringAbout: the tail of a gathering named for what it is about.
var reGatheringAbout = regexp.MustCompile(`^` + sp + `+(?:on|for)` + sp + `+(?:the` + sp + `+)?$`)

// blockedName reports a name that is not an event's: it overlaps a catalog
// or detected event, an organisation, person or agreement mention covering
// its head ("Organisation of the Islamic Conference", "Senate Republican
// Conference Chair Tom Cotton"), a title, or it is followed by an office
// ("Conference Chair").
func (b *relBuilder) blockedName(v *sentView, s, e, head int) bool {
	for _, m := range v.ments {
		if m.Type == "Event" && m.Start < e && s < m.End {
			return true
		}
		if m.Type != "Country" && m.Start <= head && m.End > head {
			return true
		}
		if m.Title != "" && m.TitleStart < e && s < m.TitleEnd {
			return true
		}
	}
	for _, m := range b.evMent {
		if m.Sentence == v.idx && m.Start < e && s < m.End {
			return true
		}
	}
	return reOfficeAfter.MatchString(v.between(e, v.end))
}

var reOfficeAfter = regexp.MustCompile(`^` + sp + `+(?:Chair|Chairman|Chairwoman|Vice|Secretary|President|Director|Member|Office|Secretariat)\b`)

// reConvenedA: a verb of calling a gathering and its indefinite article,
// right before the gathering's name.
var reConvenedA = regexp.MustCompile(`\b(?:convened|convenes|held|holds|hosted|hosts|organi[sz]ed|organi[sz]es|called|opened)` + sp + `+an?` + sp + `+$`)

// precededByIndefinite reports "a", "an", "any", "another" right before s:
// "a U.S.-Iran war" is not a named one.
func precededByIndefinite(v *sentView, s int) bool {
	return reIndefiniteBefore.MatchString(v.between(max(v.start, s-12), s))
}

var reIndefiniteBefore = regexp.MustCompile(`(?i)\b(?:a|an|any|another|no|new|future|possible|potential)` + sp + `+$`)

// namedByYear reports an election or protest phrase that names one: the
// words between the year and the head are a demonym, a country or the
// election's kind, not a clause ("2009 after the elections").
func namedByYear(s string) bool {
	words := strings.Fields(s)
	for _, w := range words[1 : len(words)-1] {
		lw := strings.ToLower(w)
		switch lw {
		case "presidential", "parliamentary", "legislative", "general", "midterm", "local", "municipal",
			"election", "post-election", "national", "snap", "fuel", "student", "mass", "anti-government",
			"prime", "ministerial", "gubernatorial", "regional", "provincial", "governorate", "leadership":
			continue
		}
		if startsUpper(w) {
			continue
		}
		return false
	}
	return true
}

// untrustedNames reports a sentence whose capitals say nothing: inside a
// heading or link text, or written in title case.
func (b *relBuilder) untrustedNames(v *sentView) bool {
	for _, ne := range b.doc.NotEntities {
		if ne.Start <= v.start && v.end <= ne.End {
			return true
		}
	}
	return titleCased(v.between(v.start, v.end), v.start, v.ments)
}

// titleCased reports a line whose words of four letters or more are
// nearly all capitalised ("Imposing Additional Costs on Russia for Its
// Continued War Against Ukraine").
// Words inside mentions are names whatever the case of the line.
func titleCased(s string, offset int, ments []mention) bool {
	long, upper := 0, 0
	pos := 0
	for _, w := range strings.Fields(s) {
		at := offset + pos + strings.Index(s[pos:], w)
		pos = at - offset + len(w)
		if insideMention(ments, at) {
			continue
		}
		w = strings.Trim(w, `"“”'’(),.:;`)
		if len(w) < 4 {
			continue
		}
		long++
		if startsUpper(w) {
			upper++
		}
	}
	return long >= 4 && upper*5 >= long*4
}

func insideMention(ments []mention, pos int) bool {
	for _, m := range ments {
		if m.Start <= pos && pos < m.End {
			return true
		}
	}
	return false
}

// reAlsoKnownAs is written right before another name of the same thing:
// "also known as the", "(also the".
var reAlsoKnownAs = regexp.MustCompile(`(?:\b(?:also|otherwise|commonly|sometimes)` + sp + `+(?:known|called|referred` + sp + `+to)` + sp + `+as` + sp + `+(?:the` + sp + `+)?(?:[^()]{0,60}?\bor` + sp + `+(?:the` + sp + `+)?)?|\(` + sp + `*(?:also|or)` + sp + `+(?:the` + sp + `+)?)$`)

// reCalledNext runs from a name to another name of the same event:
// ", commonly called the", ", also known as the", " (known in Algeria as
// the".
var reCalledNext = regexp.MustCompile(`^` + sp + `*(?:\(` + sp + `*|,` + sp + `*)(?:(?:also|commonly|more` + sp + `+commonly|often|sometimes|usually|widely)` + sp + `+)?(?:called|known` + sp + `+as|referred` + sp + `+to` + sp + `+as|dubbed)(?:` + sp + `+in` + sp + `+\p{Lu}[\w-]*` + sp + `+as)?` + sp + `+(?:the` + sp + `+)?$`)

// calledNext is the catalog event named right after e in such words.
func (b *relBuilder) calledNext(v *sentView, e int) (string, bool) {
	for _, m := range v.ments {
		if m.Type == "Event" && m.Start >= e && m.Start-e < 40 && reCalledNext.MatchString(v.between(e, m.Start)) {
			return m.EntityID, true
		}
	}
	return "", false
}

// alsoKnownAs is the event named last before s in v when the words just
// before s give another name of it.
func (b *relBuilder) alsoKnownAs(v *sentView, s int) (string, bool) {
	if !reAlsoKnownAs.MatchString(v.between(max(v.start, s-100), s)) {
		return "", false
	}
	id, end := "", -1
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type == "Event" && m.End <= s && m.End > end && (m.Sentence == v.idx || m.Start >= v.start) {
			id, end = m.EntityID, m.End
		}
	}
	return id, id != ""
}

// wholeWordStart moves s back to the start of a hyphenated place name the
// match began inside: "Sharm el-Sheikh summit" is not the "Sheikh summit".
func wholeWordStart(v *sentView, s int) int {
	if s <= v.start || v.text[s-1] != '-' {
		return s
	}
	for s > v.start && v.text[s-1] != ' ' && v.text[s-1] != '\u00a0' {
		s--
	}
	// "Sharm" before "el-Sheikh": a capitalised word before the particle.
	if p := s - 1; p > v.start && v.text[p] == ' ' {
		w := p
		for w > v.start && v.text[w-1] != ' ' {
			w--
		}
		if startsUpper(v.text[w:p]) && !reNameOpener.MatchString(v.text[w:p]) {
			s = w
		}
	}
	return s
}
