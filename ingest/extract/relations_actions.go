package extract

import (
	"regexp"
	"strings"
)

// attackTargetPhrase is what may stand between an attack verb and the
// state or place attacked: "an officially unidentified site in", "the
// western province of".
const attackTargetPhrase = `(?:(?:an?` + sp + `+|the` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(?:site|sites|facility|facilities|reactor|plant|base|bases|targets|positions|city|town|province|region|territory|capital|port|island|islands|coast|border)` + sp + `+(?:in|of|near|off)` + sp + `+(?:the` + sp + `+)?)?`

// reAttackedFacility: a demonym target before what was hit ("struck
// Iranian nuclear sites").
var reAttackedFacility = regexp.MustCompile(`^` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:sites?|facilities|facility|province|territory|forces|navy|ships?|tankers?|vessels?|embassy|consulate|positions|targets|bases?|military|army|troops|soldiers|installations?|infrastructure|program|programme|capabilities|regime|drones?|aircraft|planes?|jets?|warships?|convoys?)\b`)

var (
	// ATTACKED, the attacker first: "X struck Y", "X launched airstrikes on Y",
	// "X fired hundreds of drones and missiles towards Y".
	reAttackVerb = regexp.MustCompile(preVerb + `(?:(attacked|struck|bombed|invaded|shelled|raided|targeted|attacks|strikes|bombs|invades)|(?:launched|carried` + sp + `+out|conducted|mounted|began)` + sp + `+(?:(?:a|an|the|new|fresh|its|their)` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(attacks?|strikes?|airstrikes|air` + sp + `+strikes|offensive|assault|raids?|invasion|bombing)` + sp + `+(?:on|against|targeting|in|into)|fired` + sp + `+(?:[\w-]+` + sp + `+){0,5}?(?:at|on|towards|toward|into)|took` + sp + `+(?:(?:unilateral|military|decisive|swift|direct)` + sp + `+)+action` + sp + `+against)` + sp + `+(?:the` + sp + `+)?` + attackTargetPhrase + `$`)
	// "shot down a", "attacked an": an article before the state that owns
	// what was hit.
	reAttackVerbArticle = regexp.MustCompile(preVerb + `(?:attacked|struck|bombed|shelled|raided|targeted|hit|shot` + sp + `+down|downed|sank)` + sp + `+(?:an?|two|several|three)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?$`)
	// "Iran's direct and unprecedented attack against Israel".
	reAttackPossessive = regexp.MustCompile(`^['’]s` + sp + `+(?:[\w-]+,?` + sp + `+){0,4}?(?:attacks?|strikes?|airstrikes|air` + sp + `+strikes|assault|invasion|bombing|bombardment|offensive|raids?)` + sp + `+(?:against|on|of|targeting|into)` + sp + `+(?:the` + sp + `+)?$`)
	// "U.S. strikes on Iran's nuclear sites", "Israeli airstrikes on Iran".
	reAttackAdjective = regexp.MustCompile(`^-?` + sp + `*(?:[\w-]+` + sp + `+){0,2}?(?:strikes|airstrikes|air` + sp + `+strikes|attacks|attack|strike|bombing|raids|missile` + sp + `+attack|drone` + sp + `+attack)` + sp + `+(?:on|against|targeting)` + sp + `+(?:the` + sp + `+)?$`)
	// "attacks by X on Y": before X, then between X and Y.
	reAttackByBefore = regexp.MustCompile(`(?i)\b(?:attacks?|strikes?|airstrikes|air` + sp + `+strikes|raids?|bombings?|shelling)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	reAttackByAfter  = regexp.MustCompile(`^` + sp + `+(?:on|against|targeting)` + sp + `+(?:the` + sp + `+)?` + attackTargetPhrase + `$`)
	// "Y was struck by X".
	reAttackPassive = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+(?:which|who)` + sp + `+)?` + sp + `*(?:was|were|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been)` + sp + `+(?:[\w-]+` + sp + `+)?(?:attacked|struck|bombed|targeted|invaded|hit)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	// "exchange of fresh attacks between X and Y", before the group.
	reAttackExchange = regexp.MustCompile(`(?i)\bexchanges?` + sp + `+of` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:attacks|strikes|fire|blows)` + sp + `+between` + sp + `+(?:the` + sp + `+)?$`)
	// "X and Y exchanged fire", after the group.
	reAttackExchanged = regexp.MustCompile(`^` + sp + `+(?:have` + sp + `+|had` + sp + `+)?exchanged` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:attacks|strikes|fire|blows)\b`)

	// SANCTIONED: "X sanctioned Y", "X imposed new sanctions on Y".
	reSanctionVerb = regexp.MustCompile(preVerb + `(?:(?:is|are|was|were)` + sp + `+)?(?:sanctioned|sanctioning|designated|designating|blacklisted|blacklisting|(?:imposed|imposes|imposing|to` + sp + `+impose|announced|levied|placed|slapped|expanded|restored|reimposed)` + sp + `+(?:(?:new|additional|fresh|further|sweeping|secondary|tough|targeted)` + sp + `+)*(?:[\w-]+` + sp + `+){0,2}?(?:sanctions|maximum` + sp + `+pressure)` + sp + `+(?:on|against|targeting))` + sp + `+(?:the` + sp + `+)?$`)
	// A sanctioning verb right before its object, whatever the subject.
	reSanctionVerbEnd = regexp.MustCompile(`\b(?:sanctioned|designated|blacklisted|(?:imposed|reimposed|restored)` + sp + `+(?:(?:new|additional|fresh|further|sweeping|secondary|tough|targeted|maximum)` + sp + `+)*(?:sanctions|pressure)` + sp + `+(?:on|against))` + sp + `+(?:the` + sp + `+)?$`)
	// "U.S.-designated X".
	reSanctionDesignated = regexp.MustCompile(`^` + sp + `*-` + sp + `*(?:designated|sanctioned)` + sp + `+$`)
	// "U.S. sanctions on Iran", "the EU's sanctions against Iran".
	reSanctionsNoun = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:new|additional|fresh|further|sweeping|secondary|tough|targeted|economic|financial|oil|nuclear-related)` + sp + `+)*sanctions` + sp + `+(?:on|against|targeting)` + sp + `+(?:the` + sp + `+)?$`)
	// "Y was sanctioned by X".
	reSanctionPassive = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+(?:which|who)` + sp + `+)?` + sp + `*(?:was|were|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been)` + sp + `+(?:[\w-]+` + sp + `+)?(?:sanctioned|designated|blacklisted)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)

	// WITHDREW_FROM: "X withdrew from Y", "X quit Y".
	reWithdrewFrom = regexp.MustCompile(preVerb + `(?:(?:unilaterally|formally|officially)` + sp + `+)?(?:withdrew|withdraws|withdrawn|pulled` + sp + `+out|walked` + sp + `+away)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?$`)
	reQuit         = regexp.MustCompile(preVerb + `(?:(?:unilaterally|formally|officially)` + sp + `+)?(?:quit|exited|abandoned|left|scrapped|tore` + sp + `+up)` + sp + `+(?:the` + sp + `+)?$`)
	// "X withdrew the U.S. from Y": the agent, then the country...
	reWithdrewAgent = regexp.MustCompile(preVerb + `(?:(?:unilaterally|formally|officially)` + sp + `+)?(?:withdrew|pulled|took)` + sp + `+(?:the` + sp + `+)?$`)
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

	// PARTY_TO: "X signed Y", "X is a party to Y".
	rePartyVerb = regexp.MustCompile(preVerb + `(?:signed|signs|ratified|ratifies|joined|joins|acceded` + sp + `+to|accedes` + sp + `+to|agreed` + sp + `+to|(?:is|was|are|were|became|remains?)` + sp + `+(?:a` + sp + `+)?(?:party|parties|signatory|signatories)` + sp + `+to|concluded|reached|came` + sp + `+to` + sp + `+(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:agreement|deal|accord)` + sp + `*\(?_?)` + sp + `*(?:the` + sp + `+)?$`)
	// "Iran's commitments under the JCPOA", "Iran has complied with the JCPOA".
	rePartyCommitments = regexp.MustCompile(`^(?:['’]s` + sp + `+(?:[\w-]+` + sp + `+)?(?:commitments|obligations)` + sp + `+under|` + sp + `+(?:has` + sp + `+|had` + sp + `+|have` + sp + `+)?complied` + sp + `+with(?:` + sp + `+its` + sp + `+(?:commitments|obligations)` + sp + `+under)?|['’]s` + sp + `+(?:full` + sp + `+)?compliance` + sp + `+with)` + sp + `+(?:the` + sp + `+)?$`)
	// "the return of Iran and the U.S. to full compliance with the JCPOA".
	rePartyReturnBefore = regexp.MustCompile(`(?i)\breturn` + sp + `+(?:of` + sp + `+)?(?:the` + sp + `+)?$`)
	rePartyReturnAfter  = regexp.MustCompile(`^` + sp + `+to` + sp + `+(?:full` + sp + `+)?compliance` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// "Iran signs an interim agreement with the P5+1": before the agreement...
	rePartySignsWith = regexp.MustCompile(preVerb + `(?:signed|signs|reached|reaches|concluded|concludes|struck)` + sp + `+(?:(?:an?|the)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?$`)
	// ...and after it.
	rePartyWith = regexp.MustCompile(`^` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// "the JCPOA, signed by X and Y".
	rePartySignedBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:agreement|deal|accord|treaty)` + sp + `+)?(?:signed|agreed|concluded|reached|ratified)` + sp + `+(?:by|between)` + sp + `+(?:the` + sp + `+)?$`)
)

// actions finds ATTACKED, SANCTIONED, WITHDREW_FROM and PARTY_TO.
func (b *relBuilder) actions(v *sentView) {
	b.attacks(v)
	b.sanctions(v)
	b.withdrawals(v)
	b.parties(v)
}

// subjectIDs are the ids a group of args acts for; a person acts for the
// state or organisation they hold a role in when asState is set.
func (b *relBuilder) subjectIDs(parts []arg, asState bool) []string {
	var ids []string
	for _, a := range parts {
		id := a.id
		if asState && a.typ == "Person" {
			r, ok := b.roleOf[a.id]
			if !ok {
				continue
			}
			id = r.of
		}
		ids = append(ids, id)
	}
	return ids
}

func (b *relBuilder) attacks(v *sentView) {
	gs := groups(v)
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		// Mutual: "exchange of attacks between X and Y", "X and Y exchanged fire".
		if len(g) == 2 {
			before := v.between(v.start, first.start)
			after := v.between(last.end, v.end)
			if reAttackExchange.MatchString(before) || reAttackExchanged.MatchString(after) {
				s, e := first.start, last.end
				if loc := reAttackExchange.FindStringIndex(before); loc != nil {
					s = v.start + loc[0]
				}
				if !b.irrealisClause(v, s, e) {
					b.add("ATTACKED", first.id, last.id, 0.85, nil, v, s, e)
					b.add("ATTACKED", last.id, first.id, 0.85, nil, v, s, e)
					b.attackEvent(v, []arg{first, last}, nil, s, e)
				}
			}
		}
		objs := objectsAfter(v, last.end)
		if len(objs) == 0 {
			continue
		}
		gap := v.between(last.end, objs[0].start)
		if reAttackVerb.MatchString(gap) || reAttackPossessive.MatchString(gap) && possessiveAttackHead(gap) {
			b.attackPair(v, argsOf(v, g), objs, first.start, objs[len(objs)-1].end)
		}
	}
	// "attacks by X on Y".
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if !reAttackByBefore.MatchString(v.between(v.start, first.start)) {
			continue
		}
		if objs := objectsAfter(v, last.end); len(objs) > 0 && reAttackByAfter.MatchString(v.between(last.end, objs[0].start)) {
			loc := reAttackByBefore.FindStringIndex(v.between(v.start, first.start))
			b.attackPair(v, argsOf(v, g), objs, v.start+loc[0], objs[len(objs)-1].end)
		}
	}
	// "X struck Iranian nuclear sites", "X shot down a U.S. drone": the
	// target is the state named before what was hit.
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		o, ok := nextMention(v, last.end)
		if !ok || o.Type != "Country" || !reAttackedFacility.MatchString(v.between(o.End, v.end)) {
			continue
		}
		if gap := v.between(last.end, o.Start); !reAttackVerb.MatchString(gap) && !reAttackVerbArticle.MatchString(gap) {
			continue
		}
		t := arg{m: o, id: o.EntityID, typ: o.Type, start: o.Start, end: o.End}
		b.attackPair(v, argsOf(v, g), []arg{t}, first.start, o.End)
	}
	// "Natanz was struck by Israel": the target may be a place.
	for i, a := range v.args {
		if i+1 >= len(v.args) {
			break
		}
		by := v.args[i+1]
		if by.actor() && reAttackPassive.MatchString(v.between(a.end, by.start)) {
			b.attackPair(v, []arg{by}, []arg{a}, a.start, by.end)
		}
	}
	// "U.S. strikes on Iran", "Israeli airstrikes on Iran": the attacker is
	// any mention of a state, adjectives included.
	for i, m := range v.ments {
		if m.Type != "Country" && m.Type != "Organization" {
			continue
		}
		for _, o := range v.ments[i+1:] {
			if o.Start < m.End {
				continue
			}
			if reAttackAdjective.MatchString(v.between(m.End, o.Start)) && (o.Type == "Country" || o.Type == "Place" || o.Type == "Organization") {
				a := arg{m: m, id: m.EntityID, typ: m.Type, start: m.Start, end: m.End}
				t := arg{m: o, id: o.EntityID, typ: o.Type, start: o.Start, end: o.End}
				b.attackPair(v, []arg{a}, []arg{t}, m.Start, o.End)
			}
			break
		}
	}
}

// attackPair records each attacker ATTACKED each target.
func (b *relBuilder) attackPair(v *sentView, attackers, targets []arg, start, end int) {
	if b.irrealisClause(v, start, end) {
		return
	}
	for _, s := range b.subjectIDs(attackers, true) {
		for _, t := range targets {
			b.add("ATTACKED", s, t.id, 0.85, nil, v, start, end)
		}
	}
	b.attackEvent(v, attackers, targets, start, end)
}

func (b *relBuilder) sanctions(v *sentView) {
	if !v.has("sanction", "designat", "blacklist", "maximum pressure") {
		return
	}
	gs := groups(v)
	for gi, g := range gs {
		if gi+1 >= len(gs) {
			break
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		next := gs[gi+1]
		end := v.args[next[len(next)-1]].end
		gap := v.between(last.end, v.args[next[0]].start)
		var from, to []arg
		conf := 0.85
		switch {
		case reSanctionVerb.MatchString(gap):
			from, to = argsOf(v, g), possessedAll(v, argsOf(v, next))
		case reSanctionDesignated.MatchString(gap):
			from, to = argsOf(v, g), possessedAll(v, argsOf(v, next)[:1])
		case reSanctionPassive.MatchString(gap):
			from, to = argsOf(v, next), argsOf(v, g)
		default:
			continue
		}
		if b.irrealisClause(v, first.start, end) {
			continue
		}
		for _, s := range b.subjectIDs(from, true) {
			for _, t := range to {
				b.add("SANCTIONED", s, t.id, conf, nil, v, first.start, end)
			}
		}
	}
	// "..., when he withdrew from the deal, imposed maximum pressure, and
	// designated Iran's IRGC": a pronoun subject, the sentence's only person.
	for _, o := range v.args {
		before := v.between(v.start, o.start)
		loc := reSanctionVerbEnd.FindStringIndex(before)
		if loc == nil {
			continue
		}
		if prev, ok := argEndingBefore(v, v.start+loc[0]); ok && reSanctionVerb.MatchString(v.between(prev.end, o.start)) {
			continue // a subject right before the verb: handled above
		}
		p, ok := b.pronounSubject(v, v.start+loc[0])
		if !ok {
			continue
		}
		t := possessedAll(v, []arg{o})[0]
		if b.irrealisClause(v, v.start+loc[0], t.end) {
			continue
		}
		for _, s := range b.subjectIDs([]arg{p}, true) {
			b.add("SANCTIONED", s, t.id, 0.75, nil, v, v.start+loc[0], t.end)
		}
	}
	// "U.S. sanctions on Iran": the sanctioning state may be an adjective.
	for i, m := range v.ments {
		if (m.Type != "Country" && m.Type != "Organization") || i+1 >= len(v.ments) {
			continue
		}
		o := v.ments[i+1]
		if o.Start >= m.End && !o.Demonym && reSanctionsNoun.MatchString(v.between(m.End, o.Start)) && !b.irrealisClause(v, m.Start, o.End) {
			b.add("SANCTIONED", m.EntityID, o.EntityID, 0.8, nil, v, m.Start, o.End)
		}
	}
	// "U.S.-designated X" with an adjective-like state mention.
	for i, m := range v.ments {
		if m.Type != "Country" || i+1 >= len(v.ments) {
			continue
		}
		o := v.ments[i+1]
		if o.Start >= m.End && reSanctionDesignated.MatchString(v.between(m.End, o.Start)) {
			b.add("SANCTIONED", m.EntityID, o.EntityID, 0.85, nil, v, m.Start, o.End)
		}
	}
}

func (b *relBuilder) withdrawals(v *sentView) {
	if !v.has("withdr", "pull", "quit", "exit", "abandon", "left", "scrap", "tore", "walk", "no longer", "not attend", "not take", "not participate", "call", "cancel", "suspend", "boycott") {
		return
	}
	gs := groups(v)
	for gi, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		// Agreement objects are not actors: look at the mentions after the group.
		obj, ok := nextMention(v, last.end)
		if ok {
			gap := v.between(last.end, obj.Start)
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
					a := arg{m: c, id: c.EntityID, typ: c.Type, start: c.Start, end: c.End}
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
	if b.irrealisClause(v, start, end) {
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

func (b *relBuilder) parties(v *sentView) {
	if !v.has("sign", "ratif", "join", "acced", "agree", "part", "conclud", "reach", "came", "commitment", "obligation", "compl") {
		return
	}
	gs := groups(v)
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		agr, ok := nextMention(v, last.end)
		if !ok || agr.Type != "Agreement" {
			continue
		}
		gap := v.between(last.end, agr.Start)
		// "X signs an agreement with Y": both parties, and they negotiated.
		if rePartySignsWith.MatchString(gap) {
			if others := objectsAfter(v, agr.End); len(others) > 0 && rePartyWith.MatchString(v.between(agr.End, others[0].start)) {
				end := others[len(others)-1].end
				if !b.irrealisClause(v, first.start, end) {
					subj := argsOf(v, g)
					for _, p := range append(append([]arg{}, subj...), others...) {
						b.add("PARTY_TO", p.id, agr.EntityID, 0.85, nil, v, first.start, end)
					}
					for _, s := range subj {
						for _, o := range others {
							b.add("NEGOTIATED_WITH", s.id, o.id, 0.8, nil, v, first.start, end)
						}
					}
					b.signingEvent(v, append(append([]arg{}, subj...), others...), agr, gap, first.start, end)
				}
				continue
			}
		}
		switch {
		case rePartyVerb.MatchString(gap):
			if b.irrealisClause(v, first.start, agr.End) {
				continue
			}
			for _, p := range b.subjectIDs(argsOf(v, g), true) {
				b.add("PARTY_TO", p, agr.EntityID, 0.85, nil, v, first.start, agr.End)
			}
			b.signingEvent(v, argsOf(v, g), agr, gap, first.start, agr.End)
		case rePartyCommitments.MatchString(gap),
			rePartyReturnAfter.MatchString(gap) && rePartyReturnBefore.MatchString(v.between(v.start, first.start)):
			// Compliance presupposes being a party, whatever the clause wishes.
			for _, p := range argsOf(v, g) {
				b.add("PARTY_TO", p.id, agr.EntityID, 0.8, nil, v, first.start, agr.End)
			}
		}
	}
	// "the JCPOA, signed by X and Y".
	for _, m := range v.ments {
		if m.Type != "Agreement" {
			continue
		}
		for _, g := range gs {
			first := v.args[g[0]]
			if first.start < m.End || !rePartySignedBy.MatchString(v.between(m.End, first.start)) {
				continue
			}
			for _, p := range argsOf(v, g) {
				b.add("PARTY_TO", p.id, m.EntityID, 0.85, nil, v, m.Start, v.args[g[len(g)-1]].end)
			}
			break
		}
	}
}

// argAt is the arg whose head mention starts at pos.
func argAt(v *sentView, pos int) (arg, bool) {
	for _, a := range v.args {
		if a.m.Start == pos {
			return a, true
		}
	}
	return arg{}, false
}

// possessedAll replaces an object written as a possessor of another
// entity by that entity: "designated Iran's IRGC" designates the IRGC.
func possessedAll(v *sentView, objs []arg) []arg {
	out := make([]arg, len(objs))
	for i, o := range objs {
		out[i] = o
		for _, a := range v.args {
			if a.start > o.end && rePossessiveGap.MatchString(v.between(o.end, a.start)) {
				out[i] = a
				break
			}
		}
	}
	return out
}

// argEndingBefore is the arg that ends last at or before pos.
func argEndingBefore(v *sentView, pos int) (arg, bool) {
	var best arg
	found := false
	for _, a := range v.args {
		if a.end <= pos && (!found || a.end > best.end) {
			best, found = a, true
		}
	}
	return best, found
}

// pronounSubject resolves "he" or "she" before pos to the sentence's only
// person mentioned before the pronoun.
func (b *relBuilder) pronounSubject(v *sentView, pos int) (arg, bool) {
	locs := rePronoun.FindAllStringIndex(v.between(v.start, pos), -1)
	if len(locs) == 0 {
		return arg{}, false
	}
	at := v.start + locs[len(locs)-1][0]
	var people []arg
	for _, a := range v.args {
		if a.typ == "Person" && a.end <= at {
			people = append(people, a)
		}
	}
	if len(people) != 1 {
		return arg{}, false
	}
	return people[0], true
}

var rePossessiveGap = regexp.MustCompile(`^['’]s` + sp + `+$`)

var rePronoun = regexp.MustCompile(`\b(?:he|she)\b`)

// possessiveAttackHead reports whether the words between a possessor and
// its attack noun are modifiers ("Iran's direct and unprecedented attack")
// and not a longer phrase that owns the attack ("America's national
// security to order strikes").
func possessiveAttackHead(gap string) bool {
	loc := reAttackNoun.FindStringIndex(gap)
	if loc == nil {
		return false
	}
	mods := gap[:loc[0]]
	return !strings.Contains(mods, " to ") && !strings.Contains(mods, " of ")
}

var reAttackNoun = regexp.MustCompile(`\b(?:attacks?|strikes?|airstrikes|air` + sp + `+strikes|assault|invasion|bombing|bombardment|offensive|raids?)\b`)

// objectsAfter is the first arg starting at or after pos, of any type,
// with the args coordinated with it ("Natanz and Fordow").
func objectsAfter(v *sentView, pos int) []arg {
	var out []arg
	for _, a := range v.args {
		if a.start < pos {
			continue
		}
		if len(out) > 0 && !reCoord.MatchString(v.between(out[len(out)-1].end, a.start)) {
			break
		}
		out = append(out, a)
	}
	return out
}
