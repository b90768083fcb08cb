package extract

import "regexp"

var (
	// WITHDREW_FROM: "X withdrew from Y", "X quit Y", "X abrogated Y".
	reWithdrewFrom = regexp.MustCompile(preVerbWhen + `(?:(?:unilaterally|formally|officially)` + sp + `+)?(?:withdrew|withdraws|withdrawn|will` + sp + `+(?:formally` + sp + `+)?withdraw|pulled` + sp + `+out|pulls` + sp + `+out|walked` + sp + `+away|walks` + sp + `+away|(?:announced|announces|declared|declares|completed|completes|formalized|formalised)` + sp + `+(?:its|their)` + sp + `+(?:(?:formal|full|complete|official)` + sp + `+)?(?:withdrawal|exit|pullout))` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?$`)
	reQuit         = regexp.MustCompile(preVerbWhen + `(?:(?:unilaterally|formally|officially)` + sp + `+)?(?:quit|quits|exited|exits|abandoned|abandons|left|scrapped|scraps|tore` + sp + `+up|tears` + sp + `+up|abrogated|abrogates|renounced|renounces|repudiated|repudiates|annulled|annuls)` + sp + `+(?:the` + sp + `+)?(?:(?:1[89]|20)\d{2}` + sp + `+)?$`)
	// "X withdrew the U.S. from Y": the agent, then the country...
	reWithdrewAgent = regexp.MustCompile(preVerbWhen + `(?:(?:unilaterally|formally|officially)` + sp + `+)?(?:withdrew|pulled|took)` + sp + `+(?:the` + sp + `+)?$`)
	// ...then the agreement.
	reWithdrewObject = regexp.MustCompile(`^` + sp + `+(?:out` + sp + `+)?(?:of|from)` + sp + `+(?:the` + sp + `+)?$`)
	// "X's withdrawal from Y".
	reWithdrawalPossessive = regexp.MustCompile(`^['’]s` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:withdrawal|exit|pullout)` + sp + `+from` + sp + `+(?:the` + sp + `+)?$`)
	// "Y, from which X (unilaterally) withdrew".
	reFromWhich      = regexp.MustCompile(`^` + sp + `*,` + sp + `+from` + sp + `+which` + sp + `+(?:the` + sp + `+)?$`)
	reFromWhichAfter = regexp.MustCompile(`^` + sp + `+(?:had` + sp + `+|has` + sp + `+)?(?:(?:unilaterally|formally|later)` + sp + `+)?(?:withdrew|withdrawn|pulled` + sp + `+out)\b`)
	// "he withdrew from Y": a pronoun subject.
	rePronounWithdrew = regexp.MustCompile(`\b(?:he|she)` + sp + `+(?:(?:unilaterally|formally|officially)` + sp + `+)?(?:withdrew|pulled` + sp + `+out)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}$`)
	// "X no longer plans to engage in nuclear talks with Y".
	reTalksWithdrawal = regexp.MustCompile(`^` + sp + `+(?:(?:has|have|had)` + sp + `+)?(?:no` + sp + `+longer` + sp + `+plans` + sp + `+to` + sp + `+(?:engage|take` + sp + `+part|participate)` + sp + `+in|will` + sp + `+not` + sp + `+(?:attend|take` + sp + `+part` + sp + `+in|participate` + sp + `+in)|pulled` + sp + `+out` + sp + `+of|withdrew` + sp + `+from|called` + sp + `+off|cancell?ed|suspended|walked` + sp + `+out` + sp + `+of|boycotted)` + sp + `+(?:the` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:talks|negotiations)` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
)

func (b *relBuilder) withdrawals(v *sentView) {
	if !v.has("withdr", "pull", "quit", "exit", "abandon", "left", "scrap", "tore", "walk", "abrogat", "renounc", "repudiat", "annul", "no longer", "not attend", "not take", "not participate", "call", "cancel", "suspend", "boycott") {
		return
	}
	gs := groups(v)
	for gi, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		// Agreement objects are not actors: look at the mentions after the group.
		obj, ok := nextMention(v, last.end)
		if ok {
			gap := v.between(last.end, obj.Start)
			// "Qatar withdrew from OPEC", "the United Kingdom left the
			// European Union": a state leaving a body it was a member of.
			if obj.Type == "Organization" && allOfType(argsOf(v, g), "Country") && !reMembersAfter.MatchString(v.between(obj.End, v.end)) &&
				(reWithdrewFrom.MatchString(gap) || reQuit.MatchString(gap)) && reBodyLeftEnd.MatchString(v.between(obj.End, v.end)) {
				b.withdrew(v, argsOf(v, g), nil, obj, first.start, obj.End)
			}
			if obj.Type == "Agreement" || obj.Type == "Event" {
				switch {
				case reWithdrewFrom.MatchString(gap), reQuit.MatchString(gap), reWithdrawalPossessive.MatchString(gap):
					b.withdrew(v, argsOf(v, g), nil, obj, first.start, obj.End)
					for _, p := range argsOf(v, g) {
						b.stateWithdrew(v, p, obj, first.start, obj.End)
					}
				}
			}
			// "X withdrew the U.S. from the JCPOA".
			if country, ok := argAt(v, obj.Start); ok && obj.Type == "Country" && reWithdrewAgent.MatchString(gap) {
				if agr, ok := nextMention(v, country.end); ok && (agr.Type == "Agreement" || agr.Type == "Event") &&
					reWithdrewObject.MatchString(v.between(country.end, agr.Start)) {
					b.withdrew(v, []arg{country}, argsOf(v, g), agr, first.start, agr.End)
				}
			}
		}
		// "X no longer plans to engage in talks with Y".
		if gi+1 < len(gs) {
			next := gs[gi+1]
			gap := v.between(last.end, v.args[next[0]].start)
			if reTalksWithdrawal.MatchString(gap) {
				b.talksWithdrawal(v, argsOf(v, g), argsOf(v, next), first.start, v.args[next[len(next)-1]].end)
			}
		}
	}
	for i, m := range v.ments {
		if m.Type != "Agreement" {
			continue
		}
		// "the JCPOA, from which the U.S. unilaterally withdrew".
		if i+1 < len(v.ments) {
			c := v.ments[i+1]
			if (c.Type == "Country" || c.Type == "Person") && reFromWhich.MatchString(v.between(m.End, c.Start)) {
				if loc := reFromWhichAfter.FindStringIndex(v.between(c.End, v.end)); loc != nil {
					a := argOf(c)
					b.withdrew(v, []arg{a}, nil, m, m.Start, c.End+loc[1])
				}
			}
		}
		// "when he withdrew from the flawed Iran nuclear deal".
		before := v.between(v.start, m.Start)
		if loc := rePronounWithdrew.FindStringIndex(before); loc != nil {
			var people []arg
			for _, a := range v.args {
				if a.typ == "Person" && a.end <= v.start+loc[0] {
					people = append(people, a)
				}
			}
			if len(people) == 1 {
				b.withdrew(v, people, nil, m, v.start+loc[0], m.End)
				b.stateWithdrew(v, people[0], m, v.start+loc[0], m.End)
			}
		}
	}
}

// withdrew records WITHDREW_FROM for the parties leaving and for the
// agents who took them out ("Trump ... withdrew the U.S."): the graph model
// allows a person as subject, and the agent is what the text says did it.
// It also builds the withdrawal event.
func (b *relBuilder) withdrew(v *sentView, parties, agents []arg, agr mention, start, end int) {
	if b.irrealisClause(v, start, end) && !announcedWithdrawal(v, start, end) {
		return
	}
	for _, p := range parties {
		b.add("WITHDREW_FROM", p.id, agr.EntityID, 0.9, nil, v, start, end)
	}
	for _, a := range agents {
		b.add("WITHDREW_FROM", a.id, agr.EntityID, 0.8, nil, v, start, end)
		// "President Donald Trump withdrew the U.S.": only a state's
		// leader takes it out of an agreement.
		if _, known := b.roleOf[a.id]; !known && len(parties) == 1 {
			b.addRole(a.id, parties[0].id, roleTitle(v, a), 0.7, v, a.start, parties[0].end)
		}
	}
}

// stateWithdrew: a head of state or government who withdrew from an
// agreement took their state out of it.
func (b *relBuilder) stateWithdrew(v *sentView, p arg, agr mention, start, end int) {
	if p.typ != "Person" || agr.Type != "Agreement" || !headOfStateTitle.MatchString(roleTitle(v, p)) {
		return
	}
	if r, ok := b.roleOf[p.id]; ok && b.typeOf(r.of) == "Country" && !b.irrealisClause(v, start, end) {
		b.add("WITHDREW_FROM", r.of, agr.EntityID, 0.75, nil, v, start, end)
	}
}

// reBodyLeftEnd: what follows a body a state left: a time, a reason or the
// end of the clause, not the rest of a longer phrase ("withdrew from
// Hezbollah positions").
var reBodyLeftEnd = regexp.MustCompile(`^(?:` + sp + `*(?:[,;.)]|$)|` + sp + `+(?:in|on|from|after|over|since|at|effective|because|and|to|as|amid|following|citing)\b)`)

// reAnnouncesThat ends right before the state an announcement is about:
// "Donald Trump announces that the United States will withdraw from the
// JCPOA" — the announcement is the withdrawal.
var reAnnouncesThat = regexp.MustCompile(`\b(?:announced|announces|announce|declared|declares)` + sp + `+(?:on` + sp + `+\w+` + sp + `+)?that` + sp + `+(?:the` + sp + `+)?$`)

// reWillWithdraw: the announced withdrawal, with nothing that denies it.
var reWillWithdraw = regexp.MustCompile(`^[^,;]*?\bwill` + sp + `+(?:formally` + sp + `+)?withdraw\b`)

// announcedWithdrawal reports "announces that X will withdraw from Y".
func announcedWithdrawal(v *sentView, start, end int) bool {
	clause := v.between(start, end)
	return reAnnouncesThat.MatchString(v.between(max(v.start, start-60), start)) && reWillWithdraw.MatchString(clause) && !reNegated.MatchString(clause)
}
