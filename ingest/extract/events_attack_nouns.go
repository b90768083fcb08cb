package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// An attack is often told as a noun phrase that says who made it, not by a
// verb: "in the face of Hamas's brutal terrorist attack", "the US air
// strikes on Iranian nuclear facilities". Such a phrase points at one
// attack a reader could name; the doer took part in it, and it was held
// where it struck. (One named by its day, "the September 14 attack on two
// oil processing facilities in Saudi Arabia", is detect_events_year.go's.) A bare "attacks on shipping", "Israeli strikes on Gaza"
// or "Hezbollah's rocket attacks on northern Israel" is a campaign, not an
// event: the plural needs its target and "the" or a day, and no verb that
// says it went on ("the Iraqi attacks on Iranian cities intensified"); the
// singular needs "the", a possessive or a date of its own. Attacks on
// ships and embassies have rules of their own.
//
// Aircraft are attacked and hijacked like ships: "the PFLP hijacked an
// Israeli El Al civilian plane", "two PFLP gunmen shot at an El Al plane in
// Athens" in December 1968. A plane is no entity; the dated deed is an
// event its doer took part in.

var (
	// The attack noun, with the weapons it may carry.
	reAttackNounHead = regexp.MustCompile(`\b(?:(?:` + weaponModifier + `|bomb|car` + sp + `+bomb|grenade|knife|gun|shooting)` + sp + `+){0,3}(airstrikes?|air` + sp + `+strikes?|strikes?|attacks?|raids?|bombings?|assault)\b`)
	// Between the doer and the noun: a possessive, then at most three words
	// that judge or class the attack.
	reAttackDoerGap = regexp.MustCompile(`^(?:['’]s?)?(?:` + sp + `+(?:brutal|terrorist|terror|reckless|deadly|unprovoked|heinous|horrific|horrendous|barbaric|cowardly|vicious|savage|unprecedented|massive|large-scale|coordinated|surprise|direct|joint|latest|recent|last|first|second|third|major|failed|foiled|botched|attempted|alleged|daring|bloody|devastating|retaliatory|multiple|repeated|two|three|several))*` + sp + `+$`)
	// After the noun, before its target: "on", "against".
	reAttackOn = regexp.MustCompile(`^` + sp + `+(?:on|against|upon)` + sp + `+`)
	// The plane and what was done to it.
	rePlaneDeed = regexp.MustCompile(`\b(hijacked|seized|attacked|bombed|(?:shot|fired|opened` + sp + `+fire)` + sp + `+(?:at|on|upon))` + sp + `+(?:an?|the|two|three)` + sp + `+(?:[\w'’-]+` + sp + `+){0,4}?(?:plane|airliner|aircraft|airplane|jetliner|jet|flight)s?\b`)
	// Between the doer and the deed: its men, an auxiliary.
	rePlaneDoerGap = regexp.MustCompile(`^\)?(?:` + sp + `+(?:gunmen|militants|fighters|members|operatives|commandos|guerrillas|terrorists|hijackers|men))?(?:` + sp + `+(?:also|then|later|had|have|has))*` + sp + `+$`)
)

// reVerbObjectAfter: what follows an attack word that is a verb, not a
// noun: a quantity or an article opening its object.
var reVerbObjectAfter = regexp.MustCompile(`^` + sp + `+(?:more` + sp + `+than|at` + sp + `+least|dozens|hundreds|scores|several|\d+|an?|the|two|three|four|five|six|seven|eight|nine|ten)\b`)

// reJoinedDoerBefore: "and" (with "the") right before the doer.
var reJoinedDoerBefore = regexp.MustCompile(`\band` + sp + `+(?:the` + sp + `+)?$`)

// attackNouns builds the events of the noun phrases described above.
func (b *relBuilder) attackNouns(v *sentView) {
	if !v.has("attack", "strike", "raid", "bombing", "assault") {
		return
	}
	text := v.between(v.start, v.end)
	for _, loc := range reAttackNounHead.FindAllStringSubmatchIndex(text, -1) {
		ns, ne := v.start+loc[0], v.start+loc[1]
		head := strings.ToLower(text[loc[2]:loc[3]])
		plural := strings.HasSuffix(head, "s") && head != "assault"
		if b.eventAt(v, ns, ne) {
			continue
		}
		// "The United States and the United Kingdom strike more than 60
		// targets": a present verb with its object, not a noun.
		if reVerbObjectAfter.MatchString(v.between(ne, min(v.end, ne+24))) {
			continue
		}
		// "Hamas's brutal terrorist attack", "the US air strikes".
		doer, hasDoer := b.doerBefore(v, ns, reAttackDoerGap, true)
		from, claimed := doer.Start, false
		if !hasDoer {
			// "killed in a bomb attack on Tuesday claimed by Hamas", "the
			// Houthis claimed responsibility for the drone attack".
			if doer, hasDoer = b.claimedBy(v, ne); !hasDoer {
				if doer, hasDoer = b.doerBefore(v, ns, reClaimedFor, false); !hasDoer {
					continue // "the September 14 attack" is named by its day (detect_events_year.go)
				}
			}
			from, claimed = ns, true
		}
		// "The United States and the United Kingdom strike Houthi sites":
		// after two doers joined by "and", a bare singular is their verb.
		if !plural && !claimed && reJoinedDoerBefore.MatchString(v.between(max(v.start, doer.Start-10), doer.Start)) {
			continue
		}
		definite := reDefiniteBefore.MatchString(v.between(runeStartFrom(v.text, max(v.start, from-8)), from))
		possessive := strings.ContainsAny(v.between(doer.End, ns), "'’")
		target, hasTarget := b.attackTarget(v, ne)
		end := ne
		if hasTarget {
			end = target.End
		}
		if claimed {
			end = max(end, doer.End)
		}
		// The words right before the phrase, not its whole clause: "his
		// support for Israel in the face of Hamas's attack" tells of one.
		if near := v.between(runeStartFrom(v.text, max(v.start, from-25)), end); irrealis.MatchString(near) || reDeedDenied.MatchString(near) {
			continue
		}
		// "An Israeli strike could hit Iran": the verb after the phrase
		// makes it a possibility.
		if reAttackModalAfter.MatchString(v.between(end, v.end)) {
			continue
		}
		// Only a date inside the phrase or right after it dates the
		// attack: "travel to Israel on October 18 … in the face of Hamas's
		// attack" does not.
		d, dated := pickDate(v, from, min(v.end, end+25), false)
		// "A US drone strike in Baghdad killed a commander on Wednesday":
		// an attack that opens its sentence as the subject of what it did
		// is the one the sentence dates, and struck where it says.
		struck := !plural && !hasTarget && reOpensWithArticle.MatchString(v.between(v.start, from)) && reStruckAfter.MatchString(v.between(ne, v.end))
		if struck {
			if !dated {
				d, dated = pickDate(v, from, v.end, true)
			}
			// "An Israeli airstrike kills Hamas commander Ahmed Jabari": a
			// dated news item's present is its day.
			if loc := reStruckToday.FindStringIndex(v.between(ne, v.end)); !dated && loc != nil {
				d, dated = b.newsDay(v, ne+loc[1])
			}
			if in, ok := b.seizedIn(v, ne); ok && !in.Demonym && in.EntityID != doer.EntityID {
				target, hasTarget, end = in, true, max(end, in.End)
			}
		}
		day := dated && d.Resolved() && d.Precision == timex.Day
		if !dated {
			// "In 1982, the PLO attacks on Israel led to …": a year dates
			// a campaign told in summary.
			if y, ok := pickDate(v, from, end, true); ok && y.Precision == timex.Year {
				d, dated = y, true
			}
		}
		switch {
		case plural && dated && d.Precision == timex.Year:
			continue
		case reDiedIn.MatchString(v.between(runeStartFrom(v.text, max(v.start, from-24)), from)) && b.personBefore(v, from):
			continue // "Soleimani was killed in a US drone strike": the killing is the event
		case reShipNoun.MatchString(v.between(ne, min(v.end, ne+50))) || reNamedShip.MatchString(v.between(ne, v.end)):
			continue // an attack on a ship (events_ship_attacks.go)
		case reMission.MatchString(v.between(ne, min(v.end, ne+50))):
			continue // on an embassy (events_missions.go)
		case plural && (!hasTarget || !day && !definite):
			// "Israeli strikes on Gaza", "Hezbollah's rocket attacks on
			// northern Israel", "Israeli attacks across Gaza on Wednesday":
			// a campaign
			continue
		case plural && !day && reGoesOn.MatchString(v.between(end, min(v.end, end+60))):
			continue // "the Iraqi attacks on Iranian cities intensified"
		case claimed && !hasTarget && !(dated && d.Resolved()):
			continue // "Hamas claimed the attack": one told before, if any
		case !plural && !definite && !possessive && !claimed && !(dated && d.Resolved()):
			continue // "a Hamas attack", undated: any of many
		}
		if hasTarget && target.EntityID == doer.EntityID {
			continue
		}
		b.attackNounEvent(v, doer, target, hasTarget, headWords(text[loc[0]:loc[1]]), d, dated && d.Resolved() && d.Precision != timex.Year, from, end)
	}
}

// struckSetting is what may stand between an attack noun and what it did:
// a place or a time. struckToday are its verbs in the present.
const (
	struckSetting = `^(?:` + sp + `+(?:in|on|near|at|early|late|overnight)` + sp + `+[^,;()]{1,40}?)?` + sp + `+`
	struckToday   = `kills|hits|strikes|destroys|wounds|injures|targets|damages|levels|flattens`
)

var (
	// reOpensWithArticle: only "A", "An" or "The" before a phrase opening
	// its sentence.
	reOpensWithArticle = regexp.MustCompile(`^` + sp + `*(?:An?|The)` + sp + `+$`)
	// reStruckAfter: after an attack noun that is its sentence's subject, a
	// place or time at most, then what it did.
	reStruckAfter = regexp.MustCompile(struckSetting + `(?:killed|hit|struck|destroyed|wounded|injured|targeted|damaged|levelled|leveled|flattened|` + struckToday + `)\b`)
	// reStruckToday: the same told in the present, as news items tell
	// the day's events.
	reStruckToday = regexp.MustCompile(struckSetting + `(?:` + struckToday + `)\b`)
	// reAttackModalAfter: a modal verb right after an attack phrase, a place or
	// time at most between.
	reAttackModalAfter = regexp.MustCompile(`^(?:` + sp + `+(?:in|on|near|at|against)` + sp + `+[^,;()]{1,40}?)?` + sp + `+(?:could|would|may|might|will|should|can|must)` + sp + `+`)
	// reDefiniteBefore: "the" right before a phrase.
	reDefiniteBefore = regexp.MustCompile(`(?i)\bthe` + sp + `+$`)
	// reNamedShip: a ship named after "on" ("on the USS Stark").
	reNamedShip = regexp.MustCompile(`^` + sp + `+(?:on|against)` + sp + `+(?:the` + sp + `+)?(?:USS|HMS|INS|MV|MT|SS)` + sp)
	// reGoesOn: a verb that makes attacks a campaign that went on.
	reGoesOn = regexp.MustCompile(`^[^,;.]{0,40}?\b(?:continued|continue|continues|intensified|intensify|escalated|escalate|resumed|persisted|went` + sp + `+on|increased|grew|mounted)\b`)
	// reDiedIn: a death told with the attack that caused it.
	reDiedIn = regexp.MustCompile(`(?i)\b(?:killed|died|wounded|injured|assassinated|slain|murdered|dead)` + sp + `+(?:in|by)` + sp + `+(?:an?|the)` + sp + `+$`)
)

// eventAt reports an event mention of v overlapping [s, e): the attack
// is already named ("the October 7 attacks" of the catalog).
func (b *relBuilder) eventAt(v *sentView, s, e int) bool {
	for _, m := range b.eventMentsOf(v) {
		if m.Start < e && s < m.End {
			return true
		}
	}
	return false
}

// doerBefore is the state or organisation named last before pos, when
// gap matches what stands between them; a demonym counts only when
// demonyms is set ("the US air strikes", but not "an Israeli plane
// hijacked").
func (b *relBuilder) doerBefore(v *sentView, pos int, gap *regexp.Regexp, demonyms bool) (mention, bool) {
	for i := len(v.ments) - 1; i >= 0; i-- {
		m := v.ments[i]
		if m.End > pos {
			continue
		}
		ok := (m.Type == "Country" || m.Type == "Organization") && (demonyms || !m.Demonym) && gap.MatchString(v.between(m.End, pos))
		return m, ok
	}
	return mention{}, false
}

// reClaimedBy: between an attack noun and the group that claimed it, at
// most a short time or place phrase.
var reClaimedBy = regexp.MustCompile(`^(?:` + sp + `+(?:on|in|at|near)` + sp + `+[^,;()]{1,30}?)?,?` + sp + `+(?:(?:which|that)` + sp + `+(?:was|were)` + sp + `+)?(?:claimed|carried` + sp + `+out|perpetrated)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)

// claimedBy is the group or state that claimed the attack whose noun ends
// at ne.
func (b *relBuilder) claimedBy(v *sentView, ne int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < ne {
			continue
		}
		if (m.Type == "Organization" || m.Type == "Country") && !m.Demonym && reClaimedBy.MatchString(v.between(ne, m.Start)) {
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// reClaimedFor: between a group and the attack it claimed responsibility
// for.
var reClaimedFor = regexp.MustCompile(`^` + sp + `+(?:(?:has|have|had|quickly|later|also)` + sp + `+)*(?:claimed|took|accepted|admitted)` + sp + `+(?:(?:full|sole)` + sp + `+)?responsibility(?:` + sp + `+(?:on|late` + sp + `+on|early` + sp + `+on)` + sp + `+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|` + sp + `+(?:today|yesterday))?` + sp + `+for` + sp + `+(?:the|an?|its|their|Friday's|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's)` + sp + `+$`)

// personBefore reports a person named in v before pos.
func (b *relBuilder) personBefore(v *sentView, pos int) bool {
	for _, m := range v.ments {
		if m.Type == "Person" && m.End <= pos {
			return true
		}
	}
	return false
}

// attackTarget is the place or state the attack at ne struck: the first
// one after "on" or "against", in its clause ("on Iranian nuclear
// facilities", "on two oil processing facilities in Saudi Arabia").
func (b *relBuilder) attackTarget(v *sentView, ne int) (mention, bool) {
	loc := reAttackOn.FindStringIndex(v.between(ne, v.end))
	if loc == nil {
		return mention{}, false
	}
	from := ne + loc[1]
	for _, m := range v.ments {
		if m.Start < from {
			continue
		}
		if m.Start-from > 70 || strings.ContainsAny(v.between(from, m.Start), ",;()") {
			break
		}
		if m.Type == "Place" || m.Type == "Country" {
			// "the Saudi diplomatic missions in Iran" stood in Iran.
			if m.Demonym {
				if in, ok := b.seizedIn(v, m.End); ok && !strings.ContainsAny(v.between(m.End, in.Start), ",;()") && in.Start-m.End < 60 {
					return in, true
				}
			}
			return m, true
		}
		if m.Type == "Person" || m.Type == "Organization" || m.Type == "Event" {
			break
		}
	}
	return mention{}, false
}

// headWords is the attack noun with its weapons, as the pattern took it (the
// words that judge it stand before and are left out), in lower case with
// single spaces: "ballistic missile attacks", "air strikes".
func headWords(np string) string {
	return strings.Join(strings.Fields(strings.ToLower(np)), " ")
}

// attackNounEvent builds one attack event of doer. Its id is the doer,
// the target and the day when there is one; its name is the phrase as
// written, without the words that judge it: "US air strikes on Iranian
// nuclear facilities".
func (b *relBuilder) attackNounEvent(v *sentView, doer, target mention, hasTarget bool, head string, d timex.Expr, resolved bool, from, end int) {
	name := doer.Text + " " + head
	locals := []string{localOf(doer.EntityID)}
	if hasTarget {
		name += " on " + b.targetPhrase(v, target)
		locals = append(locals, localOf(target.EntityID))
	}
	sort.Strings(locals)
	id := "event:attack:" + strings.Join(dedupe(locals), "-")
	if resolved {
		id += ":" + d.Value
		name += " (" + d.Value + ")"
	}
	if _, seen := b.events[id]; !seen {
		props := map[string]any{"kind": "attack"}
		if resolved {
			props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
		}
		b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: props}
	}
	b.eventMentioned(id, v, from, end)
	b.add("PARTICIPATED_IN", doer.EntityID, id, 0.75, nil, v, from, end)
	if hasTarget {
		// A demonym's state is where its facilities were ("Iranian nuclear
		// facilities" were in Iran).
		b.add("HELD_IN", id, target.EntityID, 0.75, nil, v, from, end)
		b.add("ATTACKED", doer.EntityID, target.EntityID, 0.75, nil, v, from, end)
	}
}

// targetPhrase is the target's mention and the words of its noun phrase
// after it, up to a verb or a preposition: "Iranian nuclear facilities".
func (b *relBuilder) targetPhrase(v *sentView, target mention) string {
	words := []string{target.Text}
	for _, w := range strings.Fields(v.between(target.End, min(v.end, target.End+60))) {
		if len(words) > 3 || !reNounWord.MatchString(w) || strings.HasSuffix(w, "ed") || phraseStop[w] {
			break
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

var (
	// reNounWord is a lower-case word with no punctuation after it.
	reNounWord = regexp.MustCompile(`^[a-z][a-z-]*$`)
	// phraseStop are the words that end a noun phrase.
	phraseStop = map[string]bool{"in": true, "at": true, "on": true, "by": true, "for": true, "from": true, "with": true,
		"that": true, "which": true, "who": true, "and": true, "or": true, "as": true, "to": true, "of": true, "since": true,
		"after": true, "before": true, "during": true, "last": true, "this": true, "near": true, "was": true, "were": true,
		"is": true, "are": true, "has": true, "had": true, "have": true, "killed": true, "left": true, "but": true,
		"kills": true, "hits": true, "strikes": true, "wounds": true, "destroys": true, "targets": true, "damages": true}
)

// localOf is an id without its type.
func localOf(id string) string {
	_, local, _ := strings.Cut(id, ":")
	return local
}

// planeAttacks builds the dated hijackings of and attacks on aircraft.
func (b *relBuilder) planeAttacks(v *sentView) {
	if !v.has("plane", "airliner", "aircraft", "jet", "flight") || !v.has("hijack", "seized", "attacked", "bombed", "shot", "fired", "opened fire") {
		return
	}
	text := v.between(v.start, v.end)
	for _, loc := range rePlaneDeed.FindAllStringSubmatchIndex(text, -1) {
		vs, ve := v.start+loc[0], v.start+loc[1]
		if b.eventAt(v, vs, ve) {
			continue
		}
		doer, found := b.doerBefore(v, vs, rePlaneDoerGap, false)
		if !found || b.irrealisClause(v, doer.Start, ve) || reDeedDenied.MatchString(v.between(doer.End, vs)) {
			continue
		}
		d, ok := pickDate(v, doer.Start, ve, true)
		if !ok || !d.Resolved() || d.Precision == timex.Year {
			continue
		}
		place, hasPlace := b.seizedIn(v, ve)
		kind, what := "attack", "Attack on a plane"
		if strings.HasPrefix(text[loc[2]:loc[3]], "hijacked") || strings.HasPrefix(text[loc[2]:loc[3]], "seized") {
			kind, what = "incident", "Hijacking of a plane"
		}
		name := b.nameOf(doer.EntityID) + " " + strings.ToLower(what[:1]) + what[1:]
		if hasPlace {
			name += " in " + b.nameOf(place.EntityID)
		}
		id := "event:" + kind + ":plane:" + localOf(doer.EntityID) + ":" + d.Value
		if _, seen := b.events[id]; !seen {
			b.events[id] = &entity{ID: id, Name: name + " (" + d.Value + ")", Type: "Event", Props: datedProps(kind, d)}
		}
		b.eventMentioned(id, v, vs, ve)
		b.add("PARTICIPATED_IN", doer.EntityID, id, 0.75, nil, v, doer.Start, ve)
		if hasPlace {
			b.add("HELD_IN", id, place.EntityID, 0.75, nil, v, vs, place.End)
		}
	}
}
