package extract

import (
	"regexp"
	"strings"
)

// Executions and coups are events of the one who carries them out.
// "Saudi Arabia executed the Shia cleric Nimr al-Nimr", "Nimr al-Nimr was
// executed by Saudi Arabia": the execution of the person named, in which
// the state or group that executed takes part. "Said bin Taimur was
// deposed in a bloodless coup (1970) by his son Qaboos bin Said", "Qaboos
// overthrew his father in a coup in 1970": a coup of that year, in which
// whoever overthrew takes part (the ruler overthrown suffered it rather
// than took part). A coup needs a date to be told from another; an
// execution is told by the person executed. Threats and demands ("Iran
// threatened to execute", "calls to execute") are no execution: the verb
// must be the past "executed" of a clause that asserts it.

var (
	// Between the executor and the person: "executed a prominent Shia
	// cleric" (up to four words describing the person).
	// A news item tells it in the present ("Saudi Arabia executes"), and
	// the person may be one of many ("executed 47 people, including").
	reExecutedActive = regexp.MustCompile(`^,?` + sp + `+(?:(?:has|had|reportedly|also|then|later)` + sp + `+)*(?:executed|(executes))` + sp + `+(?:(?:\d+|[a-z]+)` + sp + `+(?:people|prisoners|men|persons|others|convicts),?` + sp + `+(?:including|among` + sp + `+them)` + sp + `+)?((?:[\w'’.-]+` + sp + `+){0,4}?)$`)
	// After the person: "was executed by", "was executed on 2 January
	// 2016 by", "were executed".
	reExecutedPassive = regexp.MustCompile(`^(?:,[^,;]{1,60},)?` + sp + `+(?:was|were|had` + sp + `+been|has` + sp + `+been)` + sp + `+(?:publicly` + sp + `+)?executed\b`)
	reExecutedBy      = regexp.MustCompile(`^(?:` + sp + `+(?:on|in)` + sp + `+[^,;.]{1,30}?)?` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:authorities|government|regime)` + sp + `+of` + sp + `+)?$`)
	// "the execution of".
	reExecutionOf = regexp.MustCompile(`(?i)\bexecution` + sp + `+of` + sp + `+(?:(?:[\w'’.-]+` + sp + `+){0,4}?)$`)
	// Words that end the description of the person executed: "executed
	// orders from X", "executed a plan with X" are no executions of X.
	execStop = map[string]bool{"with": true, "to": true, "for": true, "by": true, "and": true, "of": true, "in": true,
		"on": true, "at": true, "that": true, "which": true, "who": true, "from": true, "plan": true, "plans": true,
		"order": true, "orders": true, "attack": true, "attacks": true, "strike": true, "strikes": true, "operation": true,
		"operations": true, "policy": true, "policies": true, "agreement": true, "deal": true, "program": true, "programme": true}

	// "deposed in a bloodless coup (1970) by his son", "overthrown by
	// the military in a coup".
	reCoupPassive = regexp.MustCompile(`(?i)^` + sp + `+(?:was|were|had` + sp + `+been)` + sp + `+(?:deposed|overthrown|ousted|toppled|removed` + sp + `+from` + sp + `+power)` + sp + `+in` + sp + `+an?` + sp + `+(?:[\w-]+` + sp + `+){0,2}?coup(?:` + sp + `+d['’]` + `(?:é|e)tat)?(?:` + sp + `*\(\d{4}\))?(?:` + sp + `+(?:in|of)` + sp + `+\d{4})?,?` + sp + `+(?:(?:led|backed|supported|orchestrated|engineered|organi[sz]ed|sponsored)` + sp + `+)?by` + sp + `+(?:(?:his|her|their|the)` + sp + `+)?(?:[a-z-]+` + sp + `+){0,2}?$`)
	// "overthrew his father in a coup", "X, who seized power in a coup",
	// "seized power in a military
	// coup", "led a coup", "staged a coup against", "overthrew the
	// Hashimite monarchy" (an overthrow of the government is a coup).
	reCoupActive = regexp.MustCompile(`(?i)^(?:,` + sp + `*who)?,?` + sp + `+(?:(?:has|had|then|later)` + sp + `+)?(?:(?:deposed|overthrew|ousted|toppled|(?:seized|took|grabbed)` + sp + `+(?:power|control))\b[^.;:]{0,60}?\bin` + sp + `+(?:an?` + sp + `+(?:[\w-]+` + sp + `+){0,2}?coup\b|the` + sp + `+(?:[\w'’-]+` + sp + `+){0,3}?(?:coup|revolution)\b)|(?:led|staged|launched|mounted|carried` + sp + `+out)` + sp + `+an?` + sp + `+(?:[\w-]+` + sp + `+){0,2}?coup\b|(?:deposed|overthrew|ousted|toppled)` + sp + `+the` + sp + `+(?:[\w'’-]+` + sp + `+){0,2}?(?:monarchy|government|regime|king|shah|emir|sultan|president|dynasty)\b)`)
)

// executionsAndCoups builds the executions and coups of v.
func (b *relBuilder) executionsAndCoups(v *sentView) {
	if v.has("execut") {
		b.executions(v)
	}
	if v.has("coup", "overthrew", "overthrown", "deposed", "ousted", "toppled", "seized power", "took power") {
		b.coups(v)
	}
	b.broughtToPower(v)
}

// executions reads "X executed P", "P was executed (by X)" and "the
// execution of P (by X)".
func (b *relBuilder) executions(v *sentView) {
	for _, p := range v.args {
		if p.typ != "Person" {
			continue
		}
		executor, from, found, present := arg{}, p.start, false, false
		// "Saudi Arabia executed a prominent Shia cleric Sheikh Nimr".
		for i := len(v.args) - 1; i >= 0; i-- {
			a := v.args[i]
			if a.end > p.start || a.id == p.id {
				continue
			}
			m := reExecutedActive.FindStringSubmatch(v.between(a.end, p.start))
			if m != nil && describesPerson(m[2]) {
				executor, from, found, present = a, a.start, true, m[1] != ""
			}
			break
		}
		after := v.between(p.end, v.end)
		if !found {
			loc := reExecutedPassive.FindStringIndex(after)
			if loc == nil {
				if reExecutionOf.MatchString(v.between(v.start, p.start)) {
					found = true
					from = v.start + reExecutionOf.FindStringIndex(v.between(v.start, p.start))[0]
				}
			} else {
				found = true
			}
			if found {
				// "… executed by Saudi Arabia", "the execution of P by X".
				rest := p.end
				if loc != nil {
					rest = p.end + loc[1]
				}
				for _, a := range v.args {
					if a.start >= rest && a.typ != "Person" && reExecutedBy.MatchString(v.between(rest, a.start)) {
						executor = a
						break
					}
				}
			}
		}
		if !found || b.irrealisClause(v, from, p.end) {
			continue
		}
		// The id of "the execution of P" as the named-event rules read it,
		// so that the deed told twice is one event.
		id := "event:incident:execution-of-" + slugWords(v.between(p.m.Start, p.m.End))
		if _, seen := b.events[id]; !seen {
			props := map[string]any{"kind": "incident"}
			d, ok := pickDate(v, from, p.end, true)
			if (!ok || !d.Resolved()) && present {
				d, ok = b.newsDay(v, p.start) // a news item's present is its day
			}
			if ok && d.Resolved() {
				props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
			}
			b.events[id] = &entity{ID: id, Name: "Execution of " + b.nameOf(p.id), Type: "Event", Props: props}
		}
		b.eventMentioned(id, v, from, p.end)
		if executor.id != "" {
			b.add("PARTICIPATED_IN", executor.id, id, 0.8, nil, v, min(from, executor.start), max(p.end, executor.end))
		}
		// "executed X in Shiraz on Saturday": the place right after the
		// person (or after the passive verb) is where it was done.
		for _, m := range v.ments {
			if m.Start < p.end || (m.Type != "Place" && m.Type != "Country") || m.Demonym {
				continue
			}
			if reExecutedIn.MatchString(v.between(p.end, m.Start)) {
				b.add("HELD_IN", id, m.EntityID, 0.8, nil, v, from, m.End)
			}
			break
		}
	}
}

// reExecutedIn runs from the person executed to the place of the
// execution: "executed X in Shiraz", "X was hanged on Saturday in Shiraz",
// "X was executed at a prison in Shiraz".
var reExecutedIn = regexp.MustCompile(`^(?:` + sp + `+(?:was|were)` + sp + `+(?:executed|hanged|beheaded|shot))?(?:` + sp + `+on` + sp + `+[\w ,]{3,25}?)?` + sp + `+(?:in|at)` + sp + `+(?:(?:a|the)` + sp + `+prison` + sp + `+in` + sp + `+)?(?:the` + sp + `+(?:city|town|village)` + sp + `+of` + sp + `+)?$`)

// describesPerson reports words that may stand between "executed" and
// the person executed: articles and descriptions ("a prominent Shia
// cleric"), not a preposition or the noun of a plan carried out.
func describesPerson(words string) bool {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if execStop[strings.Trim(w, ".,")] {
			return false
		}
	}
	return true
}

// coups reads a coup's perpetrator and year: "R was deposed in a coup
// (1970) by P", "P overthrew R in a coup in 1970".
func (b *relBuilder) coups(v *sentView) {
	for i, r := range v.args {
		var perp arg
		from, to := 0, 0
		// Passive: the ruler, then "was deposed in a coup … by" the one,
		// or "was overthrown on 1 December 1990 by" the one.
		for _, a := range v.args[i+1:] {
			if a.typ != "Person" && a.typ != "Organization" {
				continue
			}
			if reCoupPassive.MatchString(v.between(r.end, a.start)) || reOverthrownOnBy.MatchString(v.between(r.end, a.start)) {
				perp, from, to = a, r.start, a.end
			}
			break
		}
		// "General Ibrahim Abboud, who seized power on 17 November 1958":
		// a person seizing power on a day made a coup.
		if perp.id == "" && r.typ == "Person" && reSeizedPowerOn.MatchString(v.between(r.end, min(v.end, r.end+40))) {
			// The span runs over the day that follows.
			loc := reSeizedPowerOn.FindStringIndex(v.between(r.end, v.end))
			perp, from, to = r, r.start, min(v.end, r.end+loc[1]+20)
		}
		if perp.id == "" && (r.typ == "Person" || r.typ == "Organization") {
			if loc := reCoupActive.FindStringIndex(v.between(r.end, v.end)); loc != nil {
				perp, from, to = r, r.start, r.end+loc[1]
			} else if loc := reCoupLedBy.FindStringIndex(v.between(max(v.start, r.start-80), r.start)); loc != nil &&
				!reCoupUnreal.MatchString(v.between(v.start, max(v.start, r.start-80)+loc[0])) {
				// "a coup d'état led by Muammar Gaddafi in 1969": the
				// year right after is the coup's.
				perp, from, to = r, max(v.start, r.start-80)+loc[0], r.end
				if in := reYearRightAfter.FindStringIndex(v.between(r.end, v.end)); in != nil {
					to = r.end + in[1]
				}
			}
		}
		attempt := false
		if perp.id == "" && (r.typ == "Person" || r.typ == "Organization") {
			// "foiled a coup attempt by the Islamic Front": an attempt
			// made is an event whether or not it was foiled.
			if loc := reCoupAttemptBy.FindStringIndex(v.between(max(v.start, r.start-80), r.start)); loc != nil {
				perp, from, to, attempt = r, max(v.start, r.start-80)+loc[0], r.end, true
			}
		}
		if perp.id == "" || b.irrealisClause(v, from, to) {
			continue
		}
		// The coup the named-event rules found in the sentence ("a
		// bloodless coup (1970)"), or the event named where the deed says
		// it happened ("ousted his father in the 1970 Omani coup
		// d'état"), else one named by its date.
		// A coup the sentence names is mentioned by its name, not by the
		// deed.
		id, named := "", false
		for _, e := range b.sentenceEvents[v.idx] {
			if strings.HasPrefix(e, "event:coup:") {
				id, named = e, true
			}
		}
		if m, ok := eventNamedIn(b.eventMentsOf(v), from, to); ok {
			id, named = m.EntityID, true
		}
		if id == "" {
			d, ok := pickDate(v, from, to, true)
			if !ok || !d.Resolved() {
				continue
			}
			name := d.Value + " coup"
			if attempt {
				name += " attempt"
			}
			id = "event:coup:" + slugWords(name)
			if _, seen := b.events[id]; !seen {
				b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: datedProps("coup", d)}
			}
		}
		if !named {
			b.eventMentioned(id, v, from, to)
		}
		b.add("PARTICIPATED_IN", perp.id, id, 0.8, nil, v, from, to)
		if perp.id == r.id {
			for _, a := range coPlotters(v, i) {
				b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, a.start, to)
			}
		} else {
			// "a coup backed by the CIA and MI6": the others of the
			// group after "by".
			for _, a := range groupAfter(v, perp) {
				b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, from, a.end)
			}
		}
	}
}

// reOverthrownOnBy: "was overthrown on 1 December 1990 by his former army
// commander": the day between the verb and its doer.
var reOverthrownOnBy = regexp.MustCompile(`(?i)^` + sp + `+(?:was|were|had` + sp + `+been)` + sp + `+(?:overthrown|deposed|ousted|toppled)` + sp + `+(?:on|in)` + sp + `+[\w ,]{3,30}?` + sp + `+by` + sp + `+(?:(?:his|her|their|the)` + sp + `+)?(?:[a-z-]+` + sp + `+){0,3}$`)

// reSeizedPowerOn: a person's seizing power on a day: ", who seized power
// on", " seized power in".
var reSeizedPowerOn = regexp.MustCompile(`^(?:` + sp + `*,` + sp + `*who)?` + sp + `+(?:had` + sp + `+)?(?:seized|took|grabbed)` + sp + `+power` + sp + `+(?:on|in)` + sp + `+`)

// reCoupAttemptBy: right before the one who attempted a coup: "a coup
// attempt by", "an attempted coup by", "a failed coup plot by".
var reCoupAttemptBy = regexp.MustCompile(`(?i)\b(?:an?|the)` + sp + `+(?:(?:failed|foiled|abortive|attempted|botched)` + sp + `+)?(?:coup(?:` + sp + `+d['’](?:é|e)tat)?` + sp + `+(?:attempt|plot)|(?:attempted|failed|abortive)` + sp + `+coup(?:` + sp + `+d['’](?:é|e)tat)?)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)

// reCoupUnreal: words before a coup that make it feared, plotted or
// foiled rather than done.
var reCoupUnreal = regexp.MustCompile(`(?i)\b(?:fear\w*|plot\w*|plan\w*|foil\w*|thwart\w*|rumou?r\w*|warn\w*|prevent\w*)\b`)

// reYearRightAfter: "in 1969" right after a name.
var reYearRightAfter = regexp.MustCompile(`^` + sp + `+in` + sp + `+(?:1[5-9]|20)\d{2}\b`)

// reCoupLedBy: a coup and its leader after it ("a coup d'état led by",
// "the military coup of 12 September 1980, led by").
var reCoupLedBy = regexp.MustCompile(`(?i)\b(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?coup(?:` + sp + `+d['’](?:é|e)tat)?(?:` + sp + `+(?:of|in|on)` + sp + `+[\w ,]{4,24}?)?` + sp + `*,?` + sp + `+(?:led|staged|launched|mounted|orchestrated|carried` + sp + `+out)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)

// eventNamedIn is the event mention among evs that ends the deed [from,
// to): "in the 1970 Omani coup d'état".
func eventNamedIn(evs []mention, from, to int) (mention, bool) {
	for _, m := range evs {
		if m.Start > from && m.Start < to && m.End >= to {
			return m, true
		}
	}
	return mention{}, false
}

// reUnderLeader stands between a body and the leader it acted under:
// "members of the Iraqi Army, under Abd al-Karim Qasim, staged a coup".
var reUnderLeader = regexp.MustCompile(`^,?` + sp + `+(?:under|led` + sp + `+by|under` + sp + `+the` + sp + `+(?:command|leadership)` + sp + `+of)` + sp + `+$`)

// coPlotters are the actors who staged a coup with the subject v.args[i]:
// those coordinated before it ("the Free Officers and Nasser staged a
// coup", a name in quotes too: 'the "Golden Square" and Rashid Ali') and
// the body it led ("the army, under Qasim, staged a coup").
func coPlotters(v *sentView, i int) []arg {
	var out []arg
	k := i
	for k > 0 {
		prev := v.args[k-1]
		gap := v.between(prev.end, v.args[k].start)
		switch {
		case prev.actor() && reCoPlotter.MatchString(gap):
		case prev.actor() && reUnderLeader.MatchString(gap):
			// The body led is the last one: what stands before it acted
			// apart.
			if !prev.m.Demonym {
				out = append(out, prev)
			}
			return out
		default:
			return out
		}
		if !prev.m.Demonym {
			out = append(out, prev)
		}
		k--
	}
	return out
}

// reCoPlotter joins two plotters: "A and B", "A, B", with the closing
// quote of a name in quotes.
// An aside in brackets on the one before may come first: "Qasim (known as
// 'the leader') and Arif".
var reCoPlotter = regexp.MustCompile(`^["”’']?(?:` + sp + `*\([^()]{1,60}\))?(?:,` + sp + `*(?:and` + sp + `+)?|` + sp + `+and` + sp + `+)(?:the` + sp + `+)?["“‘']?$`)

// groupAfter is the rest of the coordinated group a opens: "the CIA and
// MI6".
func groupAfter(v *sentView, a arg) []arg {
	for _, g := range groups(v) {
		if v.args[g[0]].start == a.start {
			return argsOf(v, g)[1:]
		}
	}
	return nil
}

// A coup or revolution "that brought X and Y to power" was carried out by
// them: "After the 1989 coup that brought Omar al-Bashir and the National
// Islamic Front of Hassan al-Turabi to power".
var (
	reBroughtToPowerLead = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:that|which)` + sp + `+(?:had` + sp + `+)?brought` + sp + `+(?:the` + sp + `+)?$`)
	reToPower            = regexp.MustCompile(`^` + sp + `+(?:back` + sp + `+)?to` + sp + `+power\b`)
)

// broughtToPower reads the form above.
func (b *relBuilder) broughtToPower(v *sentView) {
	if !v.has("to power") {
		return
	}
	for _, e := range b.eventMentsOf(v) {
		name := strings.ToLower(b.nameOf(e.EntityID))
		if !strings.Contains(name, "coup") && !strings.Contains(name, "revolution") {
			continue
		}
		for _, g := range groups(v) {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if first.start < e.End || !reBroughtToPowerLead.MatchString(v.between(e.End, first.start)) {
				continue
			}
			// "the National Islamic Front of Hassan al-Turabi": the group
			// ends at "to power", past an "of" that names a leader.
			end := last.end
			for _, a := range v.args {
				if a.start >= end && reOfHolder.MatchString(v.between(end, a.start)) {
					end = a.end
				}
			}
			if !reToPower.MatchString(v.between(end, v.end)) || b.irrealisClause(v, e.Start, end) {
				break
			}
			for _, a := range argsOf(v, g) {
				if !a.m.Demonym && (a.typ == "Person" || a.typ == "Organization") {
					b.add("PARTICIPATED_IN", a.id, e.EntityID, 0.75, nil, v, e.Start, end)
				}
			}
			break
		}
	}
}
