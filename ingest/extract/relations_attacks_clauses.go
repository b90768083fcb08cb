package extract

import (
	"regexp"
	"strings"
)

// Attack wordings where the attacker and the target are not next to the
// verb: a place between the attacker and its verb ("Houthi rebels in Yemen
// fire a missile at"), a gerund after the main clause ("invaded Iran, first
// attacking Mehrabad Airport"), a reply ("retaliated by launching missiles
// at", "responded with airstrikes on"), and the target named as the owner
// of what was hit before the attacker ("Iraq's troops suffered losses from
// attacks by Iran").

// gerundAttack is an attack written as a gerund, up to its target.
const gerundAttack = `(?:(?:attacking|bombing|shelling|invading|raiding|striking)|(?:launching|firing)` + sp + `+(?:[\w-]+` + sp + `+){0,5}?(?:missiles?|drones?|rockets?|projectiles|barrages?|munitions|bombs|shells)` + sp + `+(?:at|towards|toward|against|on|into)|(?:launching|carrying` + sp + `+out|conducting|mounting)` + sp + `+(?:(?:a|an|the|new|its|their)` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(?:attacks?|strikes?|airstrikes|air` + sp + `+strikes|raids?|offensive|assault|invasion)` + attackNounMore + sp + `+(?:on|against|targeting|into|in))`

var (
	// "Houthi rebels in Yemen": a place after an actor, before its verb.
	// "Islamic State fighters coming from Libya attacked": the fighters
	// and where they came from.
	reLocativeGap = regexp.MustCompile(`^(?:` + sp + `+(?:forces|troops|fighters|militants|rebels|gunmen|soldiers|insurgents)` + sp + `+(?:coming|crossing|operating|infiltrating|advancing))?` + sp + `+(?:in|from|based` + sp + `+in)` + sp + `+(?:the` + sp + `+)?(?:` + compassWord + sp + `+)?$`)
	// "attacks from Lebanon on Israel": the same after an attack noun.
	reLocativeTail = regexp.MustCompile(sp + `+(?:in|from|out` + sp + `+of)` + sp + `+(?:the` + sp + `+)?(?:` + compassWord + sp + `+)?$`)
	// "retaliated by launching missiles at", "responded with airstrikes
	// and artillery fire on targets in".
	reAttackReply = regexp.MustCompile(preVerbWhen + `(?:retaliated|responded|replied|answered|struck` + sp + `+back|hit` + sp + `+back)` + sp + `+(?:by` + sp + `+` + gerundAttack + `|with` + sp + `+(?:(?:a|an|the|its|their)` + sp + `+)?(?:[\w-]+` + sp + `+){0,4}?(?:attacks?|strikes?|airstrikes|air` + sp + `+strikes|fire|raids?|shelling|bombardment|bombing|invasion|missiles|rockets|drones)` + attackNounMore + sp + `+(?:on|against|of|into|targeting|at))` + sp + `+(?:the` + sp + `+)?` + attackTargetPhrase + `$`)
	// "invaded": a main clause of war before its gerund.
	reWarClause = regexp.MustCompile(preVerbWhen + `(?:invaded|attacked|struck|bombed|shelled|raided|entered|crossed` + sp + `+into|advanced` + sp + `+into|marched` + sp + `+into)` + sp + `+(?:the` + sp + `+)?$`)
	// ", first attacking", "and then bombing": the gerund after it.
	reGerundAfter = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:and` + sp + `+)?(?:(?:first|then|also|initially|later|thereby)` + sp + `+)?` + gerundAttack + sp + `+(?:the` + sp + `+)?` + attackTargetPhrase + `$`)
	// "Iraq's troops began to suffer losses from human wave attacks by":
	// what was hit is the state's, and the attacker follows.
	reOwnedHitBy = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:[\w-]+` + sp + `+)?(?:troops|forces|army|navy|soldiers|positions|bases|military|warships|ships|tankers|cities|towns|villages|civilians|oil` + sp + `+(?:industry|facilities|fields|installations)|infrastructure)\b[^,;:.()]{0,60}?\b(?:(?:attacks?|strikes?|airstrikes|air` + sp + `+strikes|raids?|shelling|bombardment|bombing)` + sp + `+(?:by|from)|at` + sp + `+the` + sp + `+hands` + sp + `+of)` + sp + `+(?:the` + sp + `+)?$`)
	// Words of speech or computers: "cyber attacks", "verbal attacks".
	reUnarmedAttack = regexp.MustCompile(`(?i)\b(?:cyber|cyber-|verbal|rhetorical|political|personal|media|propaganda)` + sp + `*(?:attacks?|strikes?)\b`)
	// "fears of an Israeli invasion of Lebanon": an attack feared, not made.
	reAttackFeared = regexp.MustCompile(`(?i)\b(?:fears?|feared|risk|danger|prevent|prevented|deter|deterred|avert|averted|avoid|avoided|possibility)` + sp + `+(?:of` + sp + `+)?(?:(?:a|an|the|any)` + sp + `+)?$`)
	// What an attacker that hit "at the hands of" is: armed.
	reArmedAfter = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:[\w-]+` + sp + `+)?(?:forces|troops|army|navy|military|air` + sp + `+force|militias?|fighters|soldiers|warships|jets|artillery)\b`)
)

// locativeOfPrevious reports a group of places written right after another
// argument as where it is ("Houthi rebels in Yemen"): not a subject.
func locativeOfPrevious(v *sentView, g []int) bool {
	i := g[0]
	// "A drone launched from Iraq struck a US base": where it came from
	// did not attack.
	if reLaunchedFrom.MatchString(v.between(max(v.start, v.args[i].start-40), v.args[i].start)) {
		return true
	}
	if i == 0 {
		return false
	}
	for _, k := range g {
		if t := v.args[k].typ; t != "Country" && t != "Place" {
			return false
		}
	}
	prev := v.args[i-1]
	return reLocativeGap.MatchString(v.between(prev.end, v.args[i].start))
}

// attackWith records the attack a verb phrase tells: a reported attack,
// with its event, or an outcome or campaign, without one.
func (b *relBuilder) attackWith(v *sentView, wording string, subj, objs []arg, start, end int) {
	switch {
	case reAttackVerb.MatchString(wording):
		b.attackPair(v, subj, objs, start, end)
	case reAttackVerbMore.MatchString(wording):
		b.attacked(v, subj, objs, start, end)
	}
}

// attackClauses finds the attack wordings of this file.
func (b *relBuilder) attackClauses(v *sentView) {
	for _, g := range groups(v) {
		if locativeOfPrevious(v, g) {
			continue
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		objs := objectsAfter(v, last.end)
		if len(objs) == 0 {
			continue
		}
		b.attackPastParenthesis(v, g)
		gap := v.between(last.end, objs[0].start)
		// "Iraq's army invaded Kuwait": the state whose forces attacked.
		if loc := reOwnForces.FindStringIndex(gap); loc != nil {
			b.attackWith(v, " "+gap[loc[1]:], argsOf(v, g), withPossessedPlaces(v, objs), first.start, objs[len(objs)-1].end)
		}
		// "Houthi rebels in Yemen fire a ballistic missile at X".
		if reLocativeGap.MatchString(gap) && placesOnly(objs) {
			locEnd := objs[len(objs)-1].end
			// "... in Yemen fired missiles at Saudi oil facilities".
			if o, ok := nextMention(v, locEnd); ok && o.Type == "Country" && reAttackedFacility.MatchString(v.between(o.End, v.end)) &&
				(reAttackVerb.MatchString(v.between(locEnd, o.Start)) || reAttackVerbArticle.MatchString(v.between(locEnd, o.Start))) {
				t := argOf(o)
				b.attacked(v, argsOf(v, g), []arg{t}, first.start, o.End)
			}
			targets := objectsAfter(v, locEnd)
			if len(targets) > 0 {
				gap2 := v.between(objs[len(objs)-1].end, targets[0].start)
				switch {
				case reAttackVerb.MatchString(gap2):
					b.attackPair(v, argsOf(v, g), withPossessedPlaces(v, targets), first.start, targets[len(targets)-1].end)
				case reAttackVerbMore.MatchString(gap2) || reAttackReply.MatchString(gap2):
					b.attacked(v, argsOf(v, g), withPossessedPlaces(v, targets), first.start, targets[len(targets)-1].end)
				}
			}
			continue
		}
		// "Hezbollah crossed the border and attacked X": a second verb.
		// "Germany began Operation Barbarossa and invaded the Soviet
		// Union": the named event is part of the first verb phrase.
		objs2 := objs
		for len(objs2) > 0 && (objs2[0].typ == "Event" || objs2[0].typ == "Agreement") {
			objs2 = objectsAfter(v, objs2[0].end)
		}
		if len(objs2) > 0 {
			if rest, ok := secondVerb(maskedEventNames(v, last.end, objs2[0].start)); ok && !b.irrealisClause(v, first.start, objs2[len(objs2)-1].end) {
				b.attackWith(v, rest, argsOf(v, g), withPossessedPlaces(v, objs2), first.start, objs2[len(objs2)-1].end)
			}
		}
		// "Hamas fired rockets from Gaza into Israel": the place fired
		// from is skipped.
		if loc := reLocativeTail.FindStringIndex(gap); loc != nil && placesOnly(objs) {
			if targets := objectsAfter(v, objs[len(objs)-1].end); len(targets) > 0 {
				joined := gap[:loc[0]] + v.between(objs[len(objs)-1].end, targets[0].start)
				if reAttackVerb.MatchString(joined) && !strings.Contains(gap[:loc[0]], ",") {
					b.attacked(v, argsOf(v, g), withPossessedPlaces(v, targets), first.start, targets[len(targets)-1].end)
				}
			}
		}
		// "Iran retaliated by launching missiles at X".
		if reAttackReply.MatchString(gap) {
			b.attacked(v, argsOf(v, g), withPossessedPlaces(v, objs), first.start, objs[len(objs)-1].end)
			continue
		}
		// "Iraq invaded Iran, first attacking Mehrabad Airport".
		if reWarClause.MatchString(gap) {
			targets := objectsAfter(v, objs[len(objs)-1].end)
			if len(targets) > 0 && reGerundAfter.MatchString(v.between(objs[len(objs)-1].end, targets[0].start)) {
				b.attacked(v, argsOf(v, g), withPossessedPlaces(v, targets), first.start, targets[len(targets)-1].end)
			}
		}
	}
	b.attackNounFrom(v)
	b.ownedHitBy(v)
	b.attackWars(v)
	b.attackForcesAndObjects(v)
}

// placesOnly reports whether every arg is a place or a state.
func placesOnly(as []arg) bool {
	for _, a := range as {
		if a.typ != "Place" && a.typ != "Country" {
			return false
		}
	}
	return true
}

// attackNounFrom: "the PLO attacks from Lebanon on Israel", the attacker
// a state or organisation mention (adjectives included) before its attack
// noun, the place it struck from skipped.
func (b *relBuilder) attackNounFrom(v *sentView) {
	if !v.has(" from ", " in ", " out of ") {
		return
	}
	for i, m := range v.ments {
		if m.Type != "Country" && m.Type != "Organization" {
			continue
		}
		var next []mention
		for _, o := range v.ments[i+1:] {
			if o.Start >= m.End {
				next = append(next, o)
			}
			if len(next) == 2 {
				break
			}
		}
		if len(next) < 2 || (next[0].Type != "Place" && next[0].Type != "Country") || next[0].Start-m.End > maxAdjectiveGap {
			continue
		}
		gap1 := v.between(m.End, next[0].Start)
		loc := reLocativeTail.FindStringIndex(gap1)
		if loc == nil {
			continue
		}
		o := next[1]
		gap := gap1[:loc[0]] + v.between(next[0].End, o.Start)
		if !reAttackAdjective.MatchString(gap) || reAttacksOfClause.MatchString(v.between(next[0].End, o.Start)) || reUnarmedAttack.MatchString(gap) || (o.Type != "Country" && o.Type != "Place" && o.Type != "Organization") ||
			reAttackFeared.MatchString(v.between(max(v.start, m.Start-30), m.Start)) {
			continue
		}
		a := argOf(m)
		t := argOf(o)
		b.attacked(v, []arg{a}, []arg{t}, m.Start, o.End)
	}
}

// ownedHitBy: "Iraq's troops began to suffer losses from human wave
// attacks by Iran", "Iraq's oil industry suffered at the hands of the
// Iranian navy": the attacker after, the state owning what was hit before.
func (b *relBuilder) ownedHitBy(v *sentView) {
	if !v.has(" by ", "hands of") {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Country" {
			continue
		}
		rest := v.between(m.End, min(v.end, m.End+160))
		for _, by := range v.args {
			if by.start < m.End || !by.actor() || by.id == m.EntityID {
				continue
			}
			gap := v.between(m.End, by.start)
			if len(gap) >= len(rest) || !reOwnedHitBy.MatchString(gap) || reUnarmedAttack.MatchString(gap) {
				break
			}
			// "at the hands of" is also said of courts and rulers: only
			// an armed attacker is one.
			if !reAttackNoun.MatchString(gap) && !reArmedAfter.MatchString(v.between(by.m.End, v.end)) {
				break
			}
			t := argOf(m)
			b.attacked(v, []arg{by}, []arg{t}, m.Start, by.end)
			break
		}
	}
}

var (
	// The opening of a parenthetical after the attacker: a dash or a comma.
	reParenOpen = regexp.MustCompile(`^(?:` + sp + `+(?:[\w-]+` + sp + `+)?(?:forces|military|troops|army|navy|aircraft|jets|warships))?` + sp + `*(—|–|--|,)` + sp + `*`)
	// "together with the United Kingdom and with support from": who acted
	// alongside (group 1) or only helped (group 2).
	reParenWith = regexp.MustCompile(`^(?:and` + sp + `+)?(?:((?:together|along)` + sp + `+with|alongside|joined` + sp + `+by)|(with` + sp + `+(?:the` + sp + `+)?(?:support|help|backing|assistance|participation)` + sp + `+(?:of|from)|backed` + sp + `+by|supported` + sp + `+by|assisted` + sp + `+by))` + sp + `+(?:the` + sp + `+)?$`)
	// Between the partners and their verb: " and", " and with support from".
	reParenNext = regexp.MustCompile(`^` + sp + `+`)
)

// attackPastParenthesis: "U.S. military forces—together with the United
// Kingdom and with support from Australia and Canada—conducted strikes
// against targets in Yemen": the partners attacked too, the supporters did
// not, and the verb comes after the closing dash or comma.
func (b *relBuilder) attackPastParenthesis(v *sentView, g []int) {
	last := v.args[g[len(g)-1]]
	attackers := argsOf(v, g)
	pos := last.end
	open := reParenOpen.FindStringSubmatchIndex(v.between(pos, v.end))
	if open == nil {
		return
	}
	closer := v.between(pos+open[2], pos+open[3])
	pos += open[1]
	lists := 0
	for {
		list := objectsAfter(v, pos)
		if len(list) == 0 {
			return
		}
		m := reParenWith.FindStringSubmatchIndex(v.between(pos, list[0].start))
		if m == nil {
			break
		}
		for _, a := range list {
			if !a.actor() {
				return
			}
		}
		if m[2] >= 0 {
			attackers = append(attackers, list...)
		}
		lists++
		pos = list[len(list)-1].end
		if sp := reParenNext.FindStringIndex(v.between(pos, v.end)); sp != nil && strings.HasPrefix(v.between(pos+sp[1], v.end), "and ") {
			pos += sp[1]
		}
	}
	if lists == 0 {
		return
	}
	rest := v.between(pos, v.end)
	i := strings.Index(rest, closer)
	if i < 0 || strings.TrimSpace(rest[:i]) != "" {
		return
	}
	verbAt := pos + i + len(closer)
	targets := objectsAfter(v, verbAt)
	if len(targets) == 0 {
		return
	}
	gap := v.between(verbAt, targets[0].start)
	end := targets[len(targets)-1].end
	targets = withPossessedPlaces(v, targets)
	start := v.args[g[0]].start
	one := reAttackVerb.MatchString(gap)
	if !one && !reAttackVerbMore.MatchString(gap) {
		return
	}
	// "with support from" is no wish: only the clause of the verb is
	// read for denials and plans.
	if b.irrealisClause(v, verbAt, end) {
		return
	}
	for _, s := range b.subjectIDs(attackers, true) {
		for _, t := range targets {
			b.add("ATTACKED", s, t.id, 0.8, nil, v, start, end)
		}
	}
	if one && !reAttackSeries.MatchString(v.between(start, end)) {
		b.attackEvent(v, attackers, targets, start, end)
	}
}

// reCoordAdjective joins attacker adjectives: "US and British strikes".
var reCoordAdjective = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `*(?:and` + sp + `+)?|` + sp + `+and` + sp + `+)$`)

// coordinatedBefore are the states and organisations written coordinated
// before mention i ("US and British strikes on"), in text order.
func coordinatedBefore(v *sentView, i int) []arg {
	var out []arg
	head := v.ments[i]
	first := head.Start
	for j := i - 1; j >= 0; j-- {
		m, next := v.ments[j], v.ments[j+1]
		if (m.Type != "Country" && m.Type != "Organization") || m.End > next.Start || !reCoordAdjective.MatchString(v.between(m.End, next.Start)) {
			break
		}
		// "Iran and Israeli strikes" coordinates a state with strikes;
		// "US and British strikes" two adjectives (a short form is one).
		if m.Demonym != head.Demonym && !reShortForm.MatchString(m.Text) && !reShortForm.MatchString(head.Text) {
			break
		}
		out = append([]arg{{m: m, id: m.EntityID, typ: m.Type, start: m.Start, end: m.End}}, out...)
		first = m.Start
	}
	// "talks between Iran and US strikes" is no phrase to read.
	if len(out) > 0 && reBetweenEnd.MatchString(v.between(max(v.start, first-12), first)) {
		return nil
	}
	return out
}

var (
	// A short form used as an adjective: "US", "U.K.", "EU".
	reShortForm  = regexp.MustCompile(`^(?:[A-Z]\.?){2,4}$`)
	reBetweenEnd = regexp.MustCompile(`\bbetween` + sp + `+(?:the` + sp + `+)?$`)
)

var (
	// "Iraq and Iran attacked each other's tankers": both attacked.
	reAttackedEachOther = regexp.MustCompile(`^` + sp + `+(?:(?:have|had|also|repeatedly|then)` + sp + `+)*(?:(?:attacked|struck|bombed|shelled|targeted|raided|fired` + sp + `+(?:on|at))` + sp + `+(?:each` + sp + `+other|one` + sp + `+another)|(?:fought|waged)` + sp + `+(?:an?` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:war|wars|battles?)(?:` + sp + `+(?:with|against)` + sp + `+(?:each` + sp + `+other|one` + sp + `+another))?)\b`)
	// "X fought a war against Y", "X went to war with Y": a war is armed.
	reWarWith = regexp.MustCompile(preVerbWhen + `(?:fought|fights|fight|waged|wages)` + sp + `+(?:an?` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:war|wars)` + sp + `+(?:against|with)` + sp + `+(?:the` + sp + `+)?$|^` + sp + `+(?:(?:had|then|again)` + sp + `+)*(?:went|goes|go)` + sp + `+to` + sp + `+war` + sp + `+(?:against|with)` + sp + `+(?:the` + sp + `+)?$`)
	// "launched Operation Praying Mantis": the verb before an operation.
	reLaunchedOperation = regexp.MustCompile(preVerbWhen + `(?:launched|launches|conducted|conducts|began|begins|carried` + sp + `+out|mounted|executed|initiated)` + sp + `+(?:the` + sp + `+)?$`)
	// "against Iranian oil platforms": after the operation, its target.
	reOperationAgainst = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:(?:an?|the)` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(?:against|on|targeting|into)|in)` + sp + `+(?:the` + sp + `+)?` + attackTargetPhrase + `$`)
)

// attackWars: "X and Y attacked each other", "X fought a war against Y",
// "X launched Operation Z against Y".
func (b *relBuilder) attackWars(v *sentView) {
	for _, g := range groups(v) {
		if locativeOfPrevious(v, g) {
			continue
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if loc := reAttackedEachOther.FindStringIndex(v.between(last.end, v.end)); len(g) == 2 && loc != nil {
			end := last.end + loc[1]
			if !b.irrealisClause(v, first.start, end) {
				b.add("ATTACKED", first.id, last.id, 0.8, nil, v, first.start, end)
				b.add("ATTACKED", last.id, first.id, 0.8, nil, v, first.start, end)
			}
			continue
		}
		objs := objectsAfter(v, last.end)
		if len(objs) == 0 {
			continue
		}
		gap := v.between(last.end, objs[0].start)
		if len(g) == 1 && len(objs) == 1 && objs[0].actor() && reWarWith.MatchString(gap) && !b.irrealisClause(v, first.start, objs[0].end) {
			b.add("ATTACKED", first.id, objs[0].id, 0.8, nil, v, first.start, objs[0].end)
			b.add("ATTACKED", objs[0].id, first.id, 0.8, nil, v, first.start, objs[0].end)
			continue
		}
		if len(objs) == 1 && objs[0].typ == "Event" && reLaunchedOperation.MatchString(gap) {
			op := objs[0]
			if o, ok := nextMention(v, op.end); ok && (o.Type == "Country" || o.Type == "Place" || o.Type == "Organization") {
				after := v.between(op.end, o.Start)
				t := argOf(o)
				if reOperationAgainst.MatchString(after) && (!o.Demonym || reAttackedFacility.MatchString(v.between(o.End, v.end))) {
					b.attacked(v, argsOf(v, g), []arg{t}, first.start, o.End)
				}
			}
		}
	}
}

var (
	// "Iraq's army invaded": the state's armed forces before the verb.
	reOwnForces = regexp.MustCompile(`^['’]s` + sp + `+(?:[\w-]+` + sp + `+)?(?:forces|army|military|navy|air` + sp + `+force|troops|jets|warplanes|warships|artillery)` + sp + `+`)
	// "the invasion of Kuwait by Iraq", "attacks on Israel by Hezbollah":
	// the attack noun before the target, then "by" the attacker.
	// "incursions into the Batken region by the Islamic Movement of
	// Uzbekistan": the same, into a region named by its place.
	reAttackNounOfBefore = regexp.MustCompile(`(?i)\b(?:(?:invasion|bombing|bombardment|shelling|attacks?|strikes?|airstrikes|air` + sp + `+strikes|raids?|assaults?|offensives?)` + sp + `+(?:of|on|against)|incursions?` + sp + `+into)` + sp + `+(?:the` + sp + `+)?$`)
	reByAttacker         = regexp.MustCompile(`^(?:` + sp + `+(?:region|province|district|area|valley))?` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	// "Kuwait, which Iraq invaded in 1990": the target before a relative
	// clause whose subject attacked it.
	reWhichBefore  = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:which|that)` + sp + `+(?:the` + sp + `+)?$`)
	reRelativeVerb = regexp.MustCompile(preVerbWhen + `(?:attacked|invaded|bombed|struck|shelled|raided|occupied|besieged|captured|stormed)(?:` + sp + `*[,.;)]|` + sp + `+(?:in|on|during|after|before|from|with|and|for)\b|$)`)
)

// attackForcesAndObjects: "the invasion of Kuwait by Iraq", "Kuwait, which
// Iraq invaded" ("Iraq's army invaded Kuwait" is read in attackClauses).
func (b *relBuilder) attackForcesAndObjects(v *sentView) {
	for i, t := range v.args {
		if i+1 >= len(v.args) || (t.typ != "Country" && t.typ != "Place" && t.typ != "Organization") {
			continue
		}
		by := v.args[i+1]
		if !by.actor() || by.id == t.id {
			continue
		}
		gap := v.between(t.end, by.start)
		// "the invasion of Kuwait by Iraq".
		if reByAttacker.MatchString(gap) {
			lo := max(v.start, t.start-40)
			if loc := reAttackNounOfBefore.FindStringIndex(v.between(lo, t.start)); loc != nil && !reUnarmedAttack.MatchString(v.between(max(v.start, lo+loc[0]-10), t.start)) {
				// "a surprise attack on Israel by Egypt and Syria": each doer.
				doers := doersFrom(v, i+1)
				b.attacked(v, doers, []arg{t}, lo+loc[0], doers[len(doers)-1].end)
			}
			continue
		}
		// "Kuwait, which Iraq invaded in 1990".
		if loc := reRelativeVerb.FindStringIndex(v.between(by.end, v.end)); loc != nil && reWhichBefore.MatchString(gap) {
			b.attacked(v, []arg{by}, []arg{t}, t.start, by.end+loc[1])
		}
	}
}

// reFirstVerbPhrase: a verb in the past or present and a few plain words,
// with no punctuation: "crossed the border", "broke the pact", "began
// Operation Barbarossa" (the subject of both verbs is the one before).
var reFirstVerbPhrase = regexp.MustCompile(`^` + sp + `+(?:[a-z]+ed|[a-z]+s|began|broke|tore` + sp + `+up|took|led|sent|made|fought|won|went|drew|held|left|built|brought|sought|overran|withdrew|threw|struck|hit|set` + sp + `+up)(?:` + sp + `+[A-Za-z][\w-]*){0,8}$`)

// secondVerb splits "crossed the border and attacked " at its last "and"
// when what comes before is one verb phrase without a name in it, and
// returns the rest (" attacked ").
func secondVerb(gap string) (string, bool) {
	i := strings.LastIndex(gap, " and ")
	if i < 0 || !reFirstVerbPhrase.MatchString(gap[:i]) {
		return "", false
	}
	rest := gap[i+len(" and"):]
	if strings.HasPrefix(rest, " then ") {
		rest = rest[len(" then"):]
	}
	return rest, true
}

// maskedEventNames is the text between two offsets with the names of
// events and agreements in it written as one plain word, so "began the
// so-called Operation Barbarossa" reads as one verb phrase.
func maskedEventNames(v *sentView, from, to int) string {
	var out strings.Builder
	pos := from
	for _, m := range v.ments {
		if m.Start < pos || m.End > to || (m.Type != "Event" && m.Type != "Agreement") {
			continue
		}
		out.WriteString(v.between(pos, m.Start))
		out.WriteString("name")
		pos = m.End
	}
	out.WriteString(v.between(pos, to))
	return out.String()
}

// reLaunchedFrom: what a weapon was sent from, right before a name.
var reLaunchedFrom = regexp.MustCompile(`(?i)\b(?:launched|fired|flown|sent|shot|coming|crossing|advancing|infiltrating|operating)` + sp + `+(?:from|out` + sp + `+of)` + sp + `+(?:the` + sp + `+)?(?:` + compassWord + sp + `+)?$`)
