package extract

import (
	"regexp"
	"strings"
)

// attackTargetPhrase is what may stand between an attack verb and the
// state or place attacked: "an officially unidentified site in", "the
// western province of", "a residential building in the Qatari capital",
// "the Yemeni capital", "the entire", "much of the".
const attackTargetPhrase = `(?:(?:an?` + sp + `+|the` + sp + `+|(?:his|her|its|their)` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(?:field|fields|oilfield|oilfields|stronghold|palace|barracks|hotel|hotels|embassy|embassies|consulate|site|sites|facility|facilities|reactor|plant|base|bases|targets|positions|city|cities|town|towns|village|villages|camp|camps|suburb|suburbs|district|province|region|territory|capital|port|island|islands|coast|border|post|posts|outpost|outposts|station|stations|checkpoint|checkpoints|headquarters|compound|compounds|building|buildings|airport|airports|depot|depots|school|schools|hospital|hospitals|mosque|mosques|church|churches|market|markets|home|homes|house|houses|shelter|shelters|fort|forts|fortress|fortresses|garrison|garrisons|quarter|quarters|neighbourhood|neighbourhoods|neighborhood|neighborhoods|outskirts|terminal|terminals|defences|defenses|strongholds)` + sp + `+(?:in` + sp + `+and` + sp + `+around|in|of|near|off|at|on|around|outside)` + sp + `+(?:the` + sp + `+|\d+` + sp + `+)?(?:(?:\p{Lu}\p{Ll}+` + sp + `+)?(?:` + placeKindOf + `|capital` + sp + `+))?|capital` + sp + `+)?(?:` + extentWords + `)?(?:` + compassWord + sp + `+)?`

// extentWords: how much of a state or place was taken or struck, "the
// entire Sinai Peninsula", "much of the West Bank".
const extentWords = `(?:entire|whole|(?:much|most|all|(?:large` + sp + `+)?parts?)` + sp + `+of(?:` + sp + `+the)?)` + sp + `+`

// reCompassEnd: a direction right before the next word.
var reCompassEnd = regexp.MustCompile(compassWord + sp + `+$`)

// compassWord is a direction written before a state or place: "into
// northern Israel", "targets in southern Lebanon".
const compassWord = `(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)`

// attackNounMore is a second attack noun coordinated with the first:
// "rocket attacks and raids into".
const attackNounMore = `(?:` + sp + `+and` + sp + `+(?:[\w-]+` + sp + `+)?(?:raids|strikes|airstrikes|attacks|shelling|incursions|bombings))?`

// attackerNoun: the armed forces of a state or group named right after it
// ("U.S. forces struck", "Israel's military bombed", "Hamas militants
// attacked"), or its proxies with it ("Iran and its proxies conducted"):
// the attack is the state's or group's.
// reportedToHave is a record of a past deed: "Fatah is recorded to have
// carried out 2,432 attacks on Israel", "Israel is reported to have struck".
// A belief or a suspicion ("is believed to have") is not enough.
const reportedToHave = `(?:(?:is|was|are|were)` + sp + `+(?:recorded|reported|known|said)` + sp + `+to` + sp + `+have` + sp + `+)?`

const attackerNoun = `^(?:(?:['’]s|-led)?` + sp + `+(?:armed` + sp + `+)?(?:forces|troops|military|army|armies|navy|air` + sp + `+force|warplanes|jets|fighter` + sp + `+jets|aircraft|warships|gunboats|bombers|drones|soldiers|militants|fighters|gunmen|operatives|insurgents|rebels|commandos|terrorists|divisions|brigades|paratroopers|marines|artillery)(?:` + sp + `*,[^,;:()]{1,80},)?)?(?:` + sp + `+and` + sp + `+(?:its|their)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:proxies|allies|partners|militias|affiliates))?` + killedWhile

// killedWhile: the attackers' fate told first, their deed as a participle
// ("Islamic Jihad operatives are killed while firing mortars into Israel").
const killedWhile = `(?:` + sp + `+(?:are|were|was|is)` + sp + `+(?:killed|shot|wounded|injured|arrested|captured)` + sp + `+(?:while|after))?`

// reAttackedFacility: a demonym target before what was hit ("struck
// Iranian nuclear sites").
// attackQuantity counts what was struck before its owner: "more than 40
// Hezbollah targets", "dozens of Hamas positions".
const attackQuantity = `(?:(?:more` + sp + `+than|over|at` + sp + `+least|nearly|almost|about|around|some|(?:dozens|hundreds|scores|thousands)` + sp + `+of|several|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a` + sp + `+dozen|a` + sp + `+series` + sp + `+of|a` + sp + `+number` + sp + `+of)` + sp + `+){0,3}`

var reAttackedFacility = regexp.MustCompile(`(?i)^` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:sites?|facilities|facility|province|territory|forces|navy|ships?|tankers?|vessels?|embassy|consulate|positions|targets|bases?|military|army|troops|soldiers|installations?|infrastructure|program|programme|capabilities|regime|drones?|aircraft|planes?|jets?|warships?|convoys?|platforms?|frigates?|boats?|gunboats?|airliners?|refiner(?:y|ies)|oil` + sp + `+fields?|shipping|cities|towns|villages|ports|airfields?|air` + sp + `+(?:force|bases?|defen[cs]es?)|airbases?|airports?|outposts?|settlements?|communities|civilians|citizens|population|border` + sp + `+towns|barracks|checkpoints?|garrisons?|artillery|missile` + sp + `+sites?|nuclear` + sp + `+program|policemen|police` + sp + `+officers|officials|diplomats|personnel|servicemen)(?:` + sp + `+and` + sp + `+(?:policemen|police|officials|officers|civilians|soldiers|troops|personnel|diplomats|installations|bases))?\b`)

var (
	// ATTACKED, the attacker first: "X struck Y", "X launched airstrikes on Y",
	// "X fired hundreds of drones and missiles towards Y".
	reAttackVerb = regexp.MustCompile(attackerNoun + preVerbWhen[1:] + reportedToHave + `(?:(attacked|struck|bombed|bombarded|invaded|shelled|raided|targeted|attacks|strikes|bombs|bombards|invades|shells|raids|targets|attack|strike|bomb|bombard|invade|shell|raid|target)|(?:launched|launches|launch|carried` + sp + `+out|carries` + sp + `+out|carry` + sp + `+out|conducted|conducts|conduct|mounted|mounts|mount|began|begins|resumed|resumes|resume|intensified|intensifies|stepped` + sp + `+up|steps` + sp + `+up)` + sp + `+(?:(?:a|an|the|new|fresh|its|their|renewed|further)` + sp + `+)?(?:[\w,-]+` + sp + `+){0,4}?(attacks?|strikes?|airstrikes?|air` + sp + `+strikes?|offensives?|assaults?|raids?|invasion|bombings?|operations?|incursions?)` + attackNounMore + `(?:` + sp + `+` + whenAdverbial + `)?` + sp + `+(?:on|against|targeting|in|into|inside)|(?:sent|sends|send|dispatched|marched)` + sp + `+(?:(?:its|their|his)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:army|armies|troops|forces|soldiers|tanks)` + sp + `+into|(?:fired|fires|fire|firing|unleashed|unleashes|lobbed|lobs|hurled)` + sp + `+(?:[\w,-]+` + sp + `+){0,5}?(?:at|on|towards|toward|into)|(?:launched|launches|launch|launching)` + sp + `+(?:[\w,-]+` + sp + `+){0,5}?(?:missiles?|drones?|rockets?|projectiles|barrage|munitions|bombs)` + sp + `+(?:at|towards|toward|against|on|into)|took` + sp + `+(?:(?:unilateral|military|decisive|swift|direct)` + sp + `+)+action` + sp + `+against)` + sp + `+(?:the` + sp + `+)?` + attackQuantity + `(?:newly` + sp + `+[a-z]+` + sp + `+)?(?:\p{Lu}\p{Ll}+(?:ish|ian|an|ese|i)` + sp + `+)?` + attackTargetPhrase + `$`)
	// "shot down a", "attacked an": an article before the state that owns
	// what was hit.
	reAttackVerbArticle = regexp.MustCompile(attackerNoun + preVerbWhen[1:] + `(?:attacked|struck|bombed|shelled|raided|targeted|hit|shot` + sp + `+down|downed|sank|destroyed|damaged|sunk|(?:fired|fires|launched|launches)` + sp + `+(?:[\w-]+` + sp + `+){1,3}?(?:at|on|towards|toward|against))` + sp + `+(?:an?|two|several|three|four|five|six|numerous|many|multiple)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?$`)
	// "Iran's direct and unprecedented attack against Israel".
	reAttackPossessive = regexp.MustCompile(`^['’]s` + sp + `+(?:[\w-]+,?` + sp + `+){0,4}?(?:attacks?|strikes?|airstrikes?|air` + sp + `+strikes?|assaults?|invasions?|bombings?|bombardments?|shelling|offensives?|raids?|incursions?)` + sp + `+(?:against|on|of|targeting|into)` + sp + `+(?:the` + sp + `+)?$`)
	// "U.S. strikes on Iran's nuclear sites", "Israeli airstrikes on Iran".
	reAttackAdjective = regexp.MustCompile(`^-?` + sp + `*(?:[\w-]+` + sp + `+){0,2}?(?:(?:strikes|airstrikes?|air` + sp + `+strikes?|attacks|attack|strike|bombing|raids?|missile` + sp + `+attack|drone` + sp + `+attack)` + attackNounMore + sp + `+(?:on|against|targeting)|(?:invasion|bombing|bombardment|shelling)` + sp + `+of)` + sp + `+(?:the` + sp + `+)?` + attackTargetPhrase + `$`)
	// "sites in Iraq after attacks on American troops": attacks a new
	// clause tells of are not the state's before it.
	reAttacksOfClause = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:after|before|following|amid|since|when|while|despite|over|in` + sp + `+response` + sp + `+to)\b`)
	// "attacks by X on Y": before X, then between X and Y.
	reAttackByBefore = regexp.MustCompile(`(?i)\b(?:attacks?|strikes?|airstrikes|air` + sp + `+strikes|raids?|bombings?|shelling)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	reAttackByAfter  = regexp.MustCompile(`^` + sp + `+(?:on|against|targeting)` + sp + `+(?:the` + sp + `+)?` + attackTargetPhrase + `$`)
	// "Y was struck by X".
	// ", including the Old City,": what a place includes, set off by commas.
	reIncludedApposition = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:including|notably|especially)` + sp + `+[^,;:.()]{1,60},`)
	reAttackPassive      = regexp.MustCompile(`^(?:['’]s` + sp + `+(?:forces|troops|army|men|soldiers|column|cavalry|fighters|positions))?` + sp + `*(?:,` + sp + `+(?:which|who)` + sp + `+)?` + sp + `*(?:(?:was|were|is|are|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been)` + sp + `+(?:[\w-]+` + sp + `+)?(?:attacked|struck|bombed|bombarded|shelled|raided|targeted|invaded|captured|recaptured|overrun|hit|occupied|besieged|conquered|stormed|seized|sacked|pillaged|plundered|ransacked|razed|routed|ambushed|overwhelmed|crushed)` + sp + `+by|(?:fell|falls|had` + sp + `+fallen)` + sp + `+to|(?:came|comes|has` + sp + `+come|had` + sp + `+come)` + sp + `+under` + sp + `+(?:[\w-]+` + sp + `+)?(?:attack|fire|gunfire|shelling|bombardment|artillery` + sp + `+fire|rocket` + sp + `+fire)` + sp + `+(?:from|by))` + sp + `+(?:(?:the|an?)` + sp + `+)?$`)
	// "exchange of fresh attacks between X and Y", before the group.
	reAttackExchange = regexp.MustCompile(`(?i)\bexchanges?` + sp + `+of` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:attacks|strikes|fire|blows)` + sp + `+between` + sp + `+(?:the` + sp + `+)?$`)
	// "clashes broke out between X and Y", "border skirmishes between", before the group.
	reClashesBetween = regexp.MustCompile(`(?i)\b(?:clashes|skirmishes|firefights|gunfights)` + sp + `+(?:(?:broke|have` + sp + `+broken|had` + sp + `+broken)` + sp + `+out` + sp + `+)?between` + sp + `+(?:the` + sp + `+)?$`)
	// "X clashed with Y": both sides fought.
	reClashedWith = regexp.MustCompile(preVerbWhen + `(?:clashed|clash|clashes|skirmished|fought)` + sp + `+(?:(?:again|repeatedly|briefly|heavily)` + sp + `+)?with` + sp + `+(?:the` + sp + `+)?$`)
	// "X fought Y", "X fought against Y", "X battled Y".
	reFoughtAgainst = regexp.MustCompile(attackerNoun + preVerbWhen[1:] + `(?:fought|battled)` + sp + `+(?:(?:again|repeatedly|fiercely|heavily)` + sp + `+)?(?:against` + sp + `+)?(?:the` + sp + `+)?$`)
	// "X and Y exchanged fire", after the group.
	// "X and Y engaged in open war", "X and Y have been at war since 1984":
	// a war between the two, unless it was waged together on a third
	// ("... at war with Z").
	reAttackExchanged = regexp.MustCompile(`^` + sp + `+(?:have` + sp + `+|had` + sp + `+)?exchanged` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:attacks|strikes|fire|blows)\b|^` + sp + `+(?:(?:have|had|has)` + sp + `+)?(?:(?:engaged|engage|were|are|been|remained)` + sp + `+in` + sp + `+(?:an?` + sp + `+)?(?:open|armed|full-scale|all-out|bloody|protracted|(?:low|high)-intensity)?` + sp + `*(?:war|warfare|fighting|combat|hostilities)|(?:were|are|been|remained)` + sp + `+at` + sp + `+war)(?:` + sp + `*[,.;]|` + sp + `+(?:from|since|in|for|during|until|after|throughout|over)\b|` + sp + `*$)`)
)

func (b *relBuilder) attacks(v *sentView) {
	defer b.dropVerbalAttacks(v, len(b.rels))
	b.ownAttacksIn(v)
	b.attackClauses(v)
	b.gerundAttacks(v)
	b.attacksMore(v)
	b.attacksClaimed(v)
	b.weaponsHit(v)
	gs := groups(v)
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		// "Houthi rebels in Yemen fire a missile at": Yemen says where the
		// attacker is; it attacked nothing.
		if locativeOfPrevious(v, g) {
			continue
		}
		// Mutual: "exchange of attacks between X and Y", "X and Y exchanged fire".
		if len(g) == 2 {
			before := v.between(v.start, first.start)
			after := v.between(last.end, v.end)
			if reAttackExchange.MatchString(before) || reAttackExchanged.MatchString(after) || armedClashesBetween(before) {
				s, e := first.start, last.end
				if loc := reAttackExchange.FindStringIndex(before); loc != nil {
					s = v.start + loc[0]
				} else if loc := reClashesBetween.FindStringIndex(before); loc != nil {
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
		// "Iranian forces clashed with Iraqi troops": each side attacked
		// the other, and no one attack is told.
		// "Israel fought Hezbollah", "Iraqi forces fought against ISIS":
		// a fight between two, each attacking the other.
		if len(g) == 1 && len(objs) == 1 && objs[0].actor() && reFoughtAgainst.MatchString(gap) && !b.irrealisClause(v, first.start, objs[0].end) {
			b.add("ATTACKED", first.id, objs[0].id, 0.8, nil, v, first.start, objs[0].end)
			b.add("ATTACKED", objs[0].id, first.id, 0.8, nil, v, first.start, objs[0].end)
			continue
		}
		if len(g) == 1 && len(objs) == 1 && reClashedWith.MatchString(gap) && armedClash(v, first.start, objs[0].end) && !b.irrealisClause(v, first.start, objs[0].end) {
			b.add("ATTACKED", first.id, objs[0].id, 0.8, nil, v, first.start, objs[0].end)
			b.add("ATTACKED", objs[0].id, first.id, 0.8, nil, v, first.start, objs[0].end)
			continue
		}
		switch {
		case reAttackVerb.MatchString(gap) || reAttackPossessive.MatchString(gap) && possessiveAttackHead(gap):
			b.attackPair(v, argsOf(v, g), withPossessedPlaces(v, objs), first.start, objs[len(objs)-1].end)
		case reAttackVerbMore.MatchString(gap) || reAttackPossessiveMore.MatchString(gap) && !strings.Contains(gap, " to ") && !reUnarmedCampaign.MatchString(gap):
			if seizedVessel(v, gap, objs[len(objs)-1].end) {
				continue
			}
			targets := withPossessedPlaces(v, objs)
			if b.attacked(v, argsOf(v, g), targets, first.start, objs[len(objs)-1].end) {
				b.captureByVerb(v, argsOf(v, g), targets, last.end, objs[0].start, first.start, objs[len(objs)-1].end)
			}
		}
	}
	// "Israel launched airstrikes on three Houthi-controlled ports,
	// including Hodeidah, Ras Isa and Salif": the places of the list.
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		loc := reStrikesOnPlural.FindStringIndex(v.between(last.end, v.end))
		if loc == nil {
			continue
		}
		if sites := namedSites(v, last.end+loc[1]); len(sites) > 0 {
			b.attackPair(v, argsOf(v, g), sites, first.start, sites[len(sites)-1].end)
		}
	}
	// "attacks by X on Y".
	for _, g := range gs {
		if !v.has(" by ") {
			break
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		// The pattern ends right before the group: a short window is enough
		// (over the whole sentence it was the slowest attack rule).
		lo := max(v.start, first.start-40)
		loc := reAttackByBefore.FindStringIndex(v.between(lo, first.start))
		if loc == nil {
			continue
		}
		if objs := objectsAfter(v, last.end); len(objs) > 0 && reAttackByAfter.MatchString(v.between(last.end, objs[0].start)) {
			b.attackPair(v, argsOf(v, g), objs, lo+loc[0], objs[len(objs)-1].end)
		}
	}
	// "X struck Iranian nuclear sites", "X shot down a U.S. drone": the
	// target is the state named before what was hit.
	for _, g := range gs {
		if locativeOfPrevious(v, g) {
			continue
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		o, ok := nextMention(v, last.end)
		if !ok || o.Type != "Country" || !reAttackedFacility.MatchString(v.between(o.End, v.end)) {
			continue
		}
		gap := v.between(last.end, o.Start)
		// "invaded the western Iranian province of Khuzestan": the
		// province is the target (LOCATED_IN says whose it is).
		if reCompassEnd.MatchString(gap) {
			continue
		}
		t := argOf(o)
		// "three Iranian nuclear sites, Fordow, Natanz and Isfahan": the
		// sites named in apposition were hit too.
		targets := append([]arg{t}, namedSites(v, o.End+len(reAttackedFacility.FindString(v.between(o.End, v.end))))...)
		switch {
		case reAttackVerb.MatchString(gap) || reAttackVerbArticle.MatchString(gap):
			b.attackPair(v, argsOf(v, g), targets, first.start, targets[len(targets)-1].end)
		case reAttackVerbMore.MatchString(gap) && !seizedVessel(v, gap, o.End):
			b.attacked(v, argsOf(v, g), targets, first.start, targets[len(targets)-1].end)
		}
	}
	// "Natanz was struck by Israel": the target may be a place; "East
	// Jerusalem, including the Old City, was captured by Jordan": an
	// apposition of what the target includes may stand before the verb.
	for i, a := range v.args {
		if i+1 >= len(v.args) {
			break
		}
		by := v.args[i+1]
		if by.actor() && reAttackPassive.MatchString(v.between(a.end, by.start)) {
			doers := doersFrom(v, i+1)
			targets := targetsUpTo(v, i)
			b.attackPair(v, doers, targets, targets[0].start, doers[len(doers)-1].end)
			continue
		}
		loc := reIncludedApposition.FindStringIndex(v.between(a.end, v.end))
		if loc == nil {
			continue
		}
		for _, by := range v.args[i+1:] {
			if by.start < a.end+loc[1] {
				continue
			}
			if by.actor() && reAttackPassive.MatchString(v.between(a.end+loc[1], by.start)) {
				b.attackPair(v, []arg{by}, []arg{a}, a.start, by.end)
			}
			break
		}
	}
	// "Iraqi cities were bombed by the United States": the state owning
	// what was hit, written as an adjective.
	for _, m := range v.ments {
		if m.Type != "Country" || !m.Demonym {
			continue
		}
		loc := reAttackedFacility.FindStringIndex(v.between(m.End, v.end))
		if loc == nil {
			continue
		}
		for k, by := range v.args {
			if by.start < m.End+loc[1] {
				continue
			}
			if by.actor() && by.id != m.EntityID && reAttackPassive.MatchString(v.between(m.End+loc[1], by.start)) {
				t := argOf(m)
				doers := doersFrom(v, k)
				b.attackPair(v, doers, []arg{t}, m.Start, doers[len(doers)-1].end)
			}
			break
		}
	}
	// "U.S. strikes on Iran", "Israeli airstrikes on Iran": the attacker is
	// any mention of a state, adjectives included.
	for i, m := range v.ments {
		if m.Type != "Country" && m.Type != "Organization" {
			continue
		}
		for j, o := range v.ments[i+1:] {
			if o.Start < m.End {
				continue
			}
			if o.Start-m.End <= maxAdjectiveGap && reAttackAdjective.MatchString(ownerlessAttack(v.between(m.End, o.Start))) && !reVerbArticleGap.MatchString(v.between(m.End, o.Start)) &&
				!reAttacksOfClause.MatchString(v.between(m.End, o.Start)) && !reMembersInAttack.MatchString(v.between(m.End, o.Start)) && targetType(o.Type) &&
				!reAttackFeared.MatchString(v.between(max(v.start, m.Start-30), m.Start)) {
				a := argOf(m)
				targets := targetsFrom(v, i+1+j)
				attackers := append(coordinatedBefore(v, i), a)
				b.attackPair(v, attackers, targets, attackers[0].start, targets[len(targets)-1].end)
			}
			break
		}
	}
}

// reMembersInAttack: "three Islamic Jihad commanders in airstrikes on
// Gaza City" — the body's members were hit in the strikes, not its
// strikes: a word and "in" stand between the body and the attack noun.
var reMembersInAttack = regexp.MustCompile(`^` + sp + `+[\w-]+` + sp + `+(?:in|during|by)` + sp + `+(?:[\w-]+` + sp + `+)?(?:strikes?|airstrikes?|air` + sp + `+strikes?|attacks?|raids?|bombing)\b`)

var (
	// Wordings that say a state hit another without reporting one attack a
	// reader would name: outcomes ("obliterated", "destroyed"), decisions
	// ("took the decision to strike"), campaigns ("waged a battle against",
	// "began attacking", "launched an insurgency against", "started a war
	// on"), occupation by arms ("British forces occupied Baghdad"), orders ("ordered strikes on"). They give ATTACKED
	// but no attack event.
	reAttackVerbMore = regexp.MustCompile(attackerNoun + preVerbWhen[1:] + reportedToHave + `(?:(?:(?:began|started|continued|kept)` + sp + `+|been` + sp + `+)?(?:attacking|striking|bombing|bombarding|shelling|targeting|pounding)|obliterated|destroyed|hit|pounded|pounds|routed|crushed|ambushed|overwhelmed|captured|recaptured|retook|captures|capture|recaptures|recapture|retakes|retake|seizes|seize|overruns|overrun|storms|storm|(?:took|takes|take)` + sp + `+the` + sp + `+(?:town|city|village|port|oasis|fortress|fort|citadel|stronghold)` + sp + `+of|helped` + sp + `+(?:to` + sp + `+)?(?:retake|recapture|capture|storm|besiege)|seized|conquered|overran|overrun|stormed|besieged|sacked|pillaged|plundered|ransacked|razed|laid` + sp + `+(?:siege` + sp + `+to|waste` + sp + `+to)|(?:took|made|announced)` + sp + `+the` + sp + `+decision` + sp + `+to` + sp + `+(?:attack|strike|bomb|invade)|decided` + sp + `+to` + sp + `+(?:attack|strike|bomb|invade)|waged` + sp + `+(?:an?` + sp + `+)?(?:[\w-]+` + sp + `+)?(?:war|battle|campaign|offensive)` + sp + `+(?:against|on)|(?:launched|launches|launch|began|begins|begin|started|starts|mounted|mounts|waged|wages|wage|led|leads)` + sp + `+(?:(?:a|an|the|its|their|new|renewed)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:insurgency|insurgencies|war|rebellion|(?:armed|military|bombing|guerrilla|insurgent|terror|terrorist|air|aerial|missile|drone)` + sp + `+(?:struggle|campaign))` + sp + `+(?:against|on|targeting)|(?:occupied|reoccupied)|(?:used|uses|use|deployed|dropped)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:chemical` + sp + `+weapons|poison` + sp + `+gas|nerve` + sp + `+agents?|mustard` + sp + `+gas|sarin|barrel` + sp + `+bombs|cluster` + sp + `+(?:bombs|munitions))` + sp + `+(?:against|on)|(?:ordered|authorized)` + sp + `+(?:(?:a|an|the|new)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:attacks?|strikes?|airstrikes|air` + sp + `+strikes|raids?)` + sp + `+(?:on|against|targeting))` + sp + `+(?:the` + sp + `+)?` + attackTargetPhrase + `$`)
	// "Iran's aggression against Israel", "Russia's war against Ukraine".
	// "the PKK's campaign against Turkey", "Hamas's insurgency against
	// Israel": a campaign of arms; not one of pressure, sanctions or words.
	reAttackPossessiveMore = regexp.MustCompile(`^['’]s` + sp + `+(?:[\w-]+,?` + sp + `+){0,3}?(?:aggression|war|military` + sp + `+action|actions?|campaign|insurgency|offensive|attacks|raids)` + sp + `+(?:against|on|targeting)` + sp + `+(?:the` + sp + `+)?$`)
	reUnarmedCampaign      = regexp.MustCompile(`(?i)\b(?:pressure|diplomatic|sanctions|media|propaganda|lobbying|smear|information|disinformation|public|political|legal|economic|trade|verbal|rhetorical|cyber|election|electoral|advocacy|awareness)` + sp + `+(?:[\w-]+` + sp + `+)?(?:campaign|offensive|war|attacks|actions?)\b`)
)

// reStrikesOnPlural: after the attackers, strikes on places told by a
// plural noun, whose names follow ("struck three ports, including").
var reStrikesOnPlural = regexp.MustCompile(attackerNoun + sp + `+(?:(?:also|then|later|again)` + sp + `+)?(?:struck|hit|bombed|attacked|targeted|shelled|raided|pounded|(?:launched|carried` + sp + `+out|conducted)` + sp + `+(?:air` + sp + `*strikes|strikes|raids|attacks)` + sp + `+(?:on|against)|fired` + sp + `+(?:missiles|rockets|drones)` + sp + `+at)` + sp + `+(?:(?:the|two|three|four|five|six|several|multiple|\d+)` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(?:ports|sites|facilities|targets|cities|towns|bases|positions|airports|installations|villages|areas)\b`)

// reSeizingVerb and reVesselAfter: "Iran seized the British tanker
// Stena Impero" is a ship taken, which the seizure rules read; the state
// the ship sails for was not attacked.
var (
	reSeizingVerb = regexp.MustCompile(`\b(?:seized|captured)\b`)
	reVesselAfter = regexp.MustCompile(`^` + sp + `+(?:[\w-]+` + sp + `+)?(?:oil` + sp + `+)?(?:ship|ships|vessel|vessels|tanker|tankers|freighter|boat|boats|dhow|carrier|sailors|crew)\b`)
)

// seizedVessel reports that the seizing verb of gap took a vessel named
// after the object ending at end.
func seizedVessel(v *sentView, gap string, end int) bool {
	return reSeizingVerb.MatchString(gap) && reVesselAfter.MatchString(v.between(end, v.end))
}

// reArmedWord names soldiers or a front; reClashTopic a dispute's subject.
var (
	reArmedWord  = regexp.MustCompile(`\b(?:forces|troops|army|navy|military|soldiers|militias?|guards?|fighters|warships|jets|border|frontier)\b`)
	reClashTopic = regexp.MustCompile(`^` + sp + `*(?:over|about|on|at|in` + sp + `+(?:talks|negotiations|the` + sp + `+(?:UN|United` + sp + `+Nations|Council)))\b`)
)

// reUnarmedBefore: clashes of words, not arms.
var reUnarmedBefore = regexp.MustCompile(`(?i)\b(?:diplomatic|verbal|political|trade|legal|rhetorical|economic|public|policy)` + sp + `+$`)

// armedClashesBetween reports "clashes broke out between" ending before,
// unless the clashes are of words ("diplomatic clashes between").
func armedClashesBetween(before string) bool {
	loc := reClashesBetween.FindStringIndex(before)
	return loc != nil && !reUnarmedBefore.MatchString(before[:loc[0]])
}

// armedClash reports that "X clashed with Y" in [start, end) is a fight:
// armed people on a side or a border named, and no dispute's subject after
// ("France clashed with Germany over the budget").
func armedClash(v *sentView, start, end int) bool {
	return reArmedWord.MatchString(v.between(start, min(v.end, end+30))) && !reClashTopic.MatchString(v.between(end, v.end))
}

// ownerlessAttack drops the possessive of "Israel's pre-emptive strikes
// against" when only modifiers stand before the attack noun, so the
// adjective pattern reads it; a longer phrase owning the attack ("Iran's
// response to attacks on") is left as it is and does not match.
func ownerlessAttack(gap string) string {
	loc := rePossessiveStart.FindStringIndex(gap)
	if loc == nil || !possessiveAttackHead(gap) {
		return gap
	}
	return gap[loc[1]:]
}

var rePossessiveStart = regexp.MustCompile(`^['’]s`)

// maxAdjectiveGap bounds "U.S. strikes on" between a state and its
// target: the pattern is two words and a preposition, and longer gaps only
// cost time.
const maxAdjectiveGap = 80

// attacked records each attacker ATTACKED each target, with no event.
func (b *relBuilder) attacked(v *sentView, attackers, targets []arg, start, end int) bool {
	// "An Israeli strike on Iran would be a disaster": supposed.
	if b.irrealisClause(v, start, end) || reAttackModalAfter.MatchString(v.between(end, v.end)) {
		return false
	}
	for _, s := range b.subjectIDs(attackers, true) {
		for _, t := range targets {
			t, ok := proxyTarget(v, t)
			if !ok {
				continue
			}
			b.add("ATTACKED", s, b.targetID(t), 0.85, nil, v, start, max(end, t.end))
		}
	}
	return true
}

// reBackerAfter: right after a state or body, the word that makes it the
// backer of what follows: "the Iran-backed Houthi militia", "the
// Iran-allied Houthis".
var reBackerAfter = regexp.MustCompile(`^` + sp + `*[-–]` + sp + `*(?:backed|allied|aligned|affiliated|supported|sponsored|funded|armed|linked|controlled)\b`)

// reBackedNext: from the backer's word to the group it backs, at most two
// lower-case words between.
var reBackedNext = regexp.MustCompile(`^` + sp + `*[-–]` + sp + `*[a-z]+` + sp + `+(?:[a-z][\w-]*` + sp + `+){0,2}$`)

// proxyTarget is what an attack on t hit: the group t backs when t is
// written as its backer ("struck the Iran-backed Houthis" hit the Houthis,
// not Iran), else t itself. A backer of no group named right after it
// ("struck Iran-backed militias") is no target (ok false).
func proxyTarget(v *sentView, t arg) (arg, bool) {
	if !reBackerAfter.MatchString(v.between(t.end, v.end)) {
		return t, true
	}
	if next, ok := nextMention(v, t.end); ok && reBackedNext.MatchString(v.between(t.end, next.Start)) {
		if a, ok := argAt(v, next.Start); ok && (a.typ == "Organization" || a.typ == "Country") {
			return a, true
		}
	}
	return arg{}, false
}

// targetID is the entity a target stands for. A capital struck is the
// city struck ("Iran launched missile attacks against Baghdad", "Israeli
// jets struck Beirut"), not its government: what is hit is a place.
func (b *relBuilder) targetID(t arg) string {
	if t.m.MetonymFor != "" {
		return t.m.EntityID
	}
	return t.id
}

// attackPair records each attacker ATTACKED each target and the attack
// event when it is dated.
func (b *relBuilder) attackPair(v *sentView, attackers, targets []arg, start, end int) {
	if !b.attacked(v, attackers, targets, start, end) {
		return
	}
	// "a series of rocket attacks": a campaign, not one attack to name.
	if reAttackSeries.MatchString(v.between(start, end)) {
		return
	}
	// The event is named after the states hit when there are any: "Iran's
	// Kharg Island" and "Iranian tankers" in 1984 are one Iraqi attack on Iran.
	var states []arg
	for _, t := range targets {
		if t, ok := proxyTarget(v, t); ok && t.typ != "Place" {
			states = append(states, t)
		}
	}
	if len(states) == 0 {
		states = targets
	}
	b.attackEvent(v, attackers, states, start, end)
}

// reVerbArticleGap: "Iraq considered an invasion of": a verb and an
// article after the state, which is then no adjective of the attack.
var reVerbArticleGap = regexp.MustCompile(`^` + sp + `+[a-z]+` + sp + `+(?:an?|the)` + sp)

// reAttackSeries: many attacks told as one ("a series of rocket attacks",
// "waves of strikes").
var reAttackSeries = regexp.MustCompile(`\b(?:series|waves?|campaign|barrages|string|spate|number|dozens|hundreds)` + sp + `+of` + sp + `+(?:[\w-]+` + sp + `+)?(?:attacks|strikes|airstrikes|raids|bombings)\b`)

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

var reAttackNoun = regexp.MustCompile(`\b(?:attacks?|strikes?|airstrikes?|air` + sp + `+strikes?|assaults?|invasions?|bombings?|bombardments?|shelling|offensives?|raids?|incursions?)\b`)

// withPossessedPlaces adds to the targets the places they are written as
// owning: "attacked Iran's Kharg Island" hit Iran and Kharg Island.
func withPossessedPlaces(v *sentView, objs []arg) []arg {
	out := append([]arg{}, objs...)
	if len(objs) > 0 {
		out = append(out, facilityPlaces(v, objs[len(objs)-1])...)
	}
	for _, o := range objs {
		if o.typ != "Country" {
			continue
		}
		for _, a := range v.args {
			if a.start > o.end && a.typ == "Place" && rePossessiveGap.MatchString(v.between(o.end, a.start)) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// reFacilitiesIn runs from a target to the places its facilities stand in:
// " targets in", " facilities in".
// A state's adjective may describe the place: "positions in the Libyan
// city of".
var reFacilitiesIn = regexp.MustCompile(`^` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:targets|facilities|facility|positions|bases|sites|installations|camps|refineries|refinery|plants|defences|defenses|strongholds|depots|airports|ports|embassy|embassies|consulate|consulates|headquarters|post|posts|outpost|outposts|barracks|compound|compounds)` + sp + `+(?:in|at|near|around|outside)` + sp + `+(?:the` + sp + `+)?` + stateKindOf + `?$`)

// reCoordPlaceKind: "and the western city of" between two places hit.
var reCoordPlaceKind = regexp.MustCompile(`^` + sp + `*,?` + sp + `+and` + sp + `+(?:the` + sp + `+)?(?:[a-z]+` + sp + `+)?` + placeKindOf + `$`)

// facilityPlaces are the cities where the target's facilities were hit:
// "Hamas targets in Khan Younis", "Saudi Aramco facilities in Abqaiq and
// Khurais", "Libyan air defences around Tripoli and the western city of
// Misrata". A state there only says where they stand ("US bases in
// Iraq").
func facilityPlaces(v *sentView, o arg) []arg {
	var out []arg
	prev := o.end
	for _, a := range v.args {
		if a.start < prev {
			continue
		}
		gap := v.between(prev, a.start)
		if a.typ != "Place" || len(out) == 0 && !reFacilitiesIn.MatchString(gap) || len(out) > 0 && !reCoord.MatchString(gap) && !reCoordPlaceKind.MatchString(gap) {
			break
		}
		out = append(out, a)
		prev = a.end
	}
	return out
}

// reTheirAttacksIn: "their unlawful attacks on commercial shipping in the",
// right before the place attacked.
var reTheirAttacksIn = regexp.MustCompile(`\b(?:their|its)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:attacks|attack|strikes|raids)` + sp + `+(?:on|against)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:in|near|through|off)` + sp + `+(?:the` + sp + `+)?$`)

// ownAttacksIn gives ATTACKED for "the Iranian regime amid their attacks on
// shipping in the Strait of Hormuz": the state named within a few words
// before "their" attacked the place.
func (b *relBuilder) ownAttacksIn(v *sentView) {
	if !v.has("attacks on", "attack on", "strikes on", "raids on", "attacks against", "strikes against") || !v.has("their ", "its ") {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Place" || m.Demonym {
			continue
		}
		lo := max(v.start, m.Start-120)
		window := v.between(lo, m.Start)
		if !strings.Contains(window, "their ") && !strings.Contains(window, "its ") {
			continue
		}
		loc := reTheirAttacksIn.FindStringIndex(window)
		if loc == nil {
			continue
		}
		pron := lo + loc[0]
		var owner arg
		found := false
		for _, a := range v.args {
			if a.end <= pron && pron-a.end <= 40 && (a.typ == "Country" || a.typ == "Organization") {
				owner, found = a, true
			}
		}
		if !found || b.irrealisClause(v, owner.start, m.End) {
			continue
		}
		b.add("ATTACKED", owner.id, m.EntityID, 0.75, nil, v, owner.start, m.End)
	}
}

// reVerbalAttack: an attack made with words ("an unusually vehement attack
// on Britain", "a scathing attack on the deal").
var reVerbalAttack = regexp.MustCompile(`(?i)\b(?:vehement|verbal|scathing|blistering|rhetorical|stinging|withering|personal|harsh|strongly[- ]worded|thinly[- ]veiled)` + sp + `+(?:[\w-]+` + sp + `+)?(?:attacks?|assaults?|broadsides?)\b`)

// dropVerbalAttacks removes the attacks found in v since the n-th relation
// whose evidence tells an attack made with words.
func (b *relBuilder) dropVerbalAttacks(v *sentView, n int) {
	if !v.has("vehement", "verbal", "scathing", "blistering", "rhetorical", "stinging", "withering", "personal", "harsh", "worded", "veiled") {
		return
	}
	kept := b.rels[:n]
	for _, r := range b.rels[n:] {
		verbal := false
		if r.Type == "ATTACKED" {
			for _, e := range r.Evidence {
				verbal = verbal || reVerbalAttack.MatchString(v.text[e.Start:e.End])
			}
		}
		if !verbal {
			kept = append(kept, r)
		}
	}
	b.rels = kept
}

func targetType(t string) bool { return t == "Country" || t == "Place" || t == "Organization" }

// targetsFrom is the target mention at j with the targets listed after it:
// "shelling of the cities of Port Said, Ismailia, and Suez".
func targetsFrom(v *sentView, j int) []arg {
	o := v.ments[j]
	out := []arg{{m: o, id: o.EntityID, typ: o.Type, start: o.Start, end: o.End}}
	for _, n := range v.ments[j+1:] {
		last := out[len(out)-1]
		if n.Start < last.end {
			continue
		}
		if n.Type != o.Type || n.Demonym || !reCoord.MatchString(v.between(last.end, n.Start)) {
			break
		}
		out = append(out, argOf(n))
	}
	return out
}

// targetsUpTo is the target v.args[i] with the targets of its type listed
// before it: "Tel Aviv, Haifa and Riyadh were targeted by Iraqi
// missiles" names three.
func targetsUpTo(v *sentView, i int) []arg {
	out := []arg{v.args[i]}
	for j := i - 1; j >= 0; j-- {
		a, next := v.args[j], out[0]
		// The mention's type, not the arg's: a capital in the list stands
		// for its state as an actor but is struck as a city.
		if a.m.Type != next.m.Type || !targetType(a.m.Type) || a.m.Demonym || !reCoord.MatchString(v.between(a.end, next.start)) {
			break
		}
		out = append([]arg{a}, out...)
	}
	return out
}

// reSitesOpen: what opens a list of the sites just spoken of: a comma or
// a colon, and an optional "in", "at" or "including"; or "such as" ("Saudi
// border towns such as Najran").
var reSitesOpen = regexp.MustCompile(`^(?:` + sp + `*[,:]` + sp + `*(?:(?:in|at|including|namely|such` + sp + `+as)` + sp + `+)?|` + sp + `+(?:such` + sp + `+as|including)` + sp + `+)$`)

// namedSites are the places listed right after pos ("sites, Fordow, Natanz
// and Isfahan"): every place of the list, when nothing but commas and
// "and" stand between them and the list closes the clause.
func namedSites(v *sentView, pos int) []arg {
	var out []arg
	last := pos
	for _, a := range v.args {
		if a.start < pos {
			continue
		}
		gap := v.between(last, a.start)
		if a.typ != "Place" || (len(out) == 0 && !reSitesOpen.MatchString(gap)) || (len(out) > 0 && !reCoord.MatchString(gap)) {
			break
		}
		out = append(out, a)
		last = a.end
	}
	if len(out) == 0 || !reApposClose.MatchString(v.between(last, v.end)) {
		return nil
	}
	return out
}

// doersFrom is the list of actors opening at v.args[i] after a passive's
// "by": "were targeted by Irgun and Lehi" names two doers.
func doersFrom(v *sentView, i int) []arg {
	for _, g := range groups(v) {
		if g[0] == i {
			return argsOf(v, g)
		}
	}
	return []arg{v.args[i]}
}
