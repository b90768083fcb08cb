package extract

import (
	"regexp"
	"strings"
)

// Killings and assassinations of a named person are events of the one who
// carried them out, told like executions: "Black September assassinated
// Wasfi al-Tal in Cairo", "bin Laden was shot and killed by United States
// Navy SEALs in Abbottabad", "Soleimani was killed by a U.S. drone strike
// in Baghdad". The event is named by the person ("Killing of Osama bin
// Laden"), the killer takes part and it is held where it happened. A death
// with no killer ("killed in a car crash") is no killing: a bare passive
// "was killed" needs its agent; "assassinated" and "murdered" do not.

var (
	// Between the killer and the person: "assassinated", "shot and killed
	// the Jordanian prime minister".
	reKilledActive = regexp.MustCompile(`^,?` + sp + `+(?:(?:has|had|then|later|also)` + sp + `+)?(assassinated|murdered|killed|shot` + sp + `+dead|shot` + sp + `+and` + sp + `+killed|kills|assassinates|murders)` + sp + `+((?:[\w'’.-]+` + sp + `+){0,4}?)$`)
	// After the person: "was assassinated", "was shot and killed", ", who
	// was killed by", and after an apposition on the person ("Iran's top
	// commander, Qassem Soleimani, was killed").
	reKilledPassive = regexp.MustCompile(`^(?:,[^,;]{1,60},|,` + sp + `*who|,)?` + sp + `+(?:was|were|had` + sp + `+been|has` + sp + `+been|is|are)` + sp + `+(assassinated|murdered|killed|shot` + sp + `+dead|shot` + sp + `+and` + sp + `+killed)\b`)
	// The agent after the verb: "by United States Navy SEALs", "by a
	// U.S. drone strike", "by members of the IRGC".
	// "in a targeted air strike carried out by" names the agent too.
	reKilledBy = regexp.MustCompile(`^(?:` + sp + `+(?:on|in)` + sp + `+[^,;.]{1,30}?|` + sp + `+in` + sp + `+an?` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:strike|airstrike|attack|raid|operation|bombing|ambush)` + sp + `+(?:carried` + sp + `+out|conducted|launched)` + sp + `*)?` + sp + `+by` + sp + `+(?:(?:a|an|the)` + sp + `+)?(?:(?:members|agents|operatives|forces|troops|soldiers|commandos|gunmen)` + sp + `+of` + sp + `+(?:the` + sp + `+)?)?$`)
)

// reKilledInDeed: after a bare "was killed", the deed of force that
// killed, with no doer named: "in a pre-dawn strike", "in an Israeli
// airstrike", "when assailants ambushed his car". A bomb attack is left
// to the attacks no doer is named for (events_unclaimed_attacks.go): one
// deed, one event.
var reKilledInDeed = regexp.MustCompile(`^[^.;]{0,60}?` + sp + `+(?:(?:in|by)` + sp + `+an?` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:strike|airstrike|air` + sp + `+strike|raid|ambush)|when` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:ambush|ambushed|attack|attacked|opened` + sp + `+fire|open` + sp + `+fire|fired` + sp + `+on|fire` + sp + `+on|shot|shoot))\b`)

// rePresentKilled: a killing told in the present tense.
var rePresentKilled = regexp.MustCompile(`\b(?:is|are)` + sp + `+(?:assassinated|murdered|killed|shot)\b`)

// reKilledInA and reStrikeAfter frame the state whose strike killed:
// " in a " US " drone strike", " early on Friday in a " US " drone
// strike".
var (
	reKilledInA   = regexp.MustCompile(`^(?:` + sp + `+(?:early|late|overnight|yesterday|today|on|this|last)\b[^,;.()]{0,30}?)?` + sp + `+(?:in|by)` + sp + `+an?` + sp + `+$`)
	reStrikeAfter = regexp.MustCompile(`^(?:-led)?` + sp + `+(?:[\w-]+` + sp + `+)?(?:strike|airstrike|air` + sp + `+strike|attack|raid|operation|ambush|bombing)\b`)
)

// killings builds the killings of named people in v.
func (b *relBuilder) killings(v *sentView) {
	if !v.has("assassinat", "murder", "kill", "shot dead") {
		return
	}
	for _, p := range v.args {
		if p.typ != "Person" {
			continue
		}
		var killer arg
		verb, from, end := "", 0, 0
		for i := len(v.args) - 1; i >= 0; i-- {
			a := v.args[i]
			if a.end > p.start || a.id == p.id {
				continue
			}
			if m := reKilledActive.FindStringSubmatch(v.between(a.end, p.start)); m != nil && a.actor() && !a.m.Demonym && describesPerson(m[2]) {
				killer, verb, from, end = a, m[1], a.start, p.end
			}
			break
		}
		if verb == "" {
			loc := reKilledPassive.FindStringSubmatchIndex(v.between(p.end, v.end))
			if loc == nil {
				continue
			}
			verb, from, end = v.between(p.end+loc[2], p.end+loc[3]), p.start, p.end+loc[1]
			for _, a := range v.args {
				if a.start >= end && a.actor() && a.id != p.id && reKilledBy.MatchString(v.between(end, a.start)) {
					killer = a
					break
				}
			}
			// "was killed in a US drone strike", "by an Israeli helicopter
			// strike": the state whose strike it was.
			if killer.id == "" {
				if m, ok := nextMention(v, end); ok && (m.Type == "Country" || m.Type == "Organization") && reKilledInA.MatchString(v.between(end, m.Start)) &&
					reStrikeAfter.MatchString(v.between(m.End, v.end)) {
					killer = argOf(m)
				}
			}
			// "is killed … in a pre-dawn strike", "is killed when
			// assailants ambush his car": a deed of force killed him, whoever
			// carried it out.
			if killer.id == "" && verb == "killed" && !reKilledInDeed.MatchString(v.between(end, v.end)) {
				continue
			}
		}
		// "Hamas said Israel killed Haniyeh": a claim, not the text's fact.
		if b.irrealisClause(v, from, end) || reDeedClaimed.MatchString(v.between(v.start, from)) {
			continue
		}
		kind := "killing"
		if strings.HasPrefix(verb, "assassinat") {
			kind = "assassination"
		}
		// One id for both words, as the named-event rules give "the
		// assassination of X" and "the killing of X".
		id := "event:incident:killing-of-" + slugWords(b.victimSurface(p, v.between(p.m.Start, p.m.End)))
		if _, seen := b.events[id]; !seen {
			props := map[string]any{"kind": "incident"}
			d, ok := pickDate(v, from, end, true)
			present := rePresentKilled.MatchString(v.between(from, end)) || verb == "kills" || verb == "assassinates" || verb == "murders"
			if !ok && present {
				// "X is killed in …": a news item tells what happened the
				// day it is published.
				d, ok = b.newsDay(v, end)
			}
			if ok && d.Resolved() {
				props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
			}
			b.events[id] = &entity{ID: id, Name: strings.ToUpper(kind[:1]) + kind[1:] + " of " + b.nameOf(p.id), Type: "Event", Props: props}
		}
		b.eventMentioned(id, v, from, end)
		if killer.id != "" {
			b.add("PARTICIPATED_IN", killer.id, id, 0.8, nil, v, min(from, killer.start), max(end, killer.end))
			// "carried out by the Israel Defense Forces and the Shin Bet":
			// the killers coordinated with the first.
			for _, a := range coordinatedWith(v, killer) {
				if a.actor() && a.id != p.id {
					b.add("PARTICIPATED_IN", a.id, id, 0.8, nil, v, min(from, a.start), max(end, a.end))
				}
			}
		}
		after := max(end, killer.end)
		if place, ok := b.seizedIn(v, after); ok && place.Start-after <= 60 {
			b.add("HELD_IN", id, place.EntityID, 0.75, nil, v, from, place.End)
		} else if place, ok := b.placeOfSite(v, p.end); ok && (killer.id == "" || killer.start < p.start || place.End <= killer.start) {
			// "assassinated in a Manhattan hotel by an Arab gunman": the
			// place of the site, between the victim and a killer named
			// after them.
			b.add("HELD_IN", id, place.EntityID, 0.75, nil, v, from, place.End)
		}
	}
}

// victimSurface is how the document names the person after "the
// assassination of" (or "the killing of") anywhere, so that the deed told
// in a clause and named as a noun phrase elsewhere ("Rafik Hariri was
// assassinated …", "the assassination of Hariri") is one event; else the
// surface of this sentence.
func (b *relBuilder) victimSurface(p arg, here string) string {
	for _, m := range b.ents.Mentions {
		if m.EntityID != p.id {
			continue
		}
		pre := strings.ToLower(strings.TrimRight(b.doc.Text[max(0, m.Start-24):m.Start], " "))
		if strings.HasSuffix(pre, "assassination of") || strings.HasSuffix(pre, "killing of") {
			return m.Text
		}
	}
	return here
}

// reSiteOf: "in a", "at the" before a place that names a site after it.
var reSiteOf = regexp.MustCompile(`\b(?:in|at|outside|near)` + sp + `+(?:a|an|the|his|her|their)` + sp + `+$`)

// reSiteNoun: the site right after its place's name: "Manhattan hotel".
var reSiteNoun = regexp.MustCompile(`^` + sp + `+(?:hotel|restaurant|cafe|café|hospital|prison|mosque|church|synagogue|market|street|apartment|home|house|office|airport|square|stadium|school|university)\b`)

// placeOfSite is the place right after the verb ending at pos that names
// the site of the deed: "in a Manhattan hotel".
func (b *relBuilder) placeOfSite(v *sentView, pos int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < pos {
			continue
		}
		if (m.Type == "Place" || m.Type == "Country") && !m.Demonym && m.Start-pos <= 40 && reSiteOf.MatchString(v.between(pos, m.Start)) && reSiteNoun.MatchString(v.between(m.End, v.end)) {
			return m, true
		}
		break
	}
	return mention{}, false
}

// coordinatedWith is the rest of the group of coordinated args a opens
// ("X and the Y"): none when a opens no group.
func coordinatedWith(v *sentView, a arg) []arg {
	for _, g := range groups(v) {
		if first := v.args[g[0]]; first.start == a.start && first.id == a.id {
			return argsOf(v, g)[1:]
		}
	}
	return nil
}
