package extract

import (
	"regexp"
	"strings"
)

var (
	// SANCTIONED: "X sanctioned Y", "X imposed new sanctions on Y",
	// "European Union leaders approve sanctions in Brussels, including bans
	// on investments, against Y", "X is renewing its designation of Y".
	reSanctionVerb = regexp.MustCompile(`^` + sanctionCollective + preVerbWhen[1:] + `(?:(?:all|both|each|already|now|since|also|has|have|had)` + sp + `+)*(?:(?:is|are|was|were)` + sp + `+(?:[a-z]+ly` + sp + `+)?)?(?:` + sanctionDecision + `|sanctioned|sanctioning|sanctions|designated|designating|designates|redesignated|re-designated|redesignating|redesignates|blacklisted|blacklisting|blacklists|proscribed|proscribes|proscribing|` + sanctionTitleCase + `|` + sanctionRenew + `|` + sanctionImpose + sp + `+` + sanctionMeasure + sanctionAside + sp + `+(?:on|against|targeting))` + sp + `+(?:the` + sp + `+)?` + sanctionCount + sanctionBasedIn + `$`)
	// "X froze Iranian assets and imposed an embargo against Y", "X
	// adopted Resolution 1737, imposing sanctions on Y": the second of
	// two verbs the subject governs.
	reSanctionVerbConj = regexp.MustCompile(`^` + sp + `+(?:(?:has|have|had|also|then|later|[a-z]+ly)` + sp + `+)*(?:[a-z]+(?:ed|es|s)|froze|cut|broke|took|made|sent|began|withdrew|shut|struck|hit|kept|left|led|won|drew|set|put)\b[^,;:()]{0,60}?(?:` + sp + `+and` + sp + `+(?:(?:also|then|later|subsequently|has|have|had)` + sp + `+)*(?:sanctioned|designated|blacklisted|proscribed|` + sanctionImpose + sp + `+` + sanctionMeasure + sanctionAside + sp + `+(?:on|against|targeting))|` + sp + `*,` + sp + `+(?:(?:thereby|effectively|also)` + sp + `+)?(?:sanctioning|designating|blacklisting|(?:imposing|reimposing|levying|announcing|adopting|expanding|extending|tightening)` + sp + `+` + sanctionMeasure + sanctionAside + sp + `+(?:on|against|targeting)))` + sp + `+(?:the` + sp + `+)?$`)
	// A sanctioning verb right before its object, whatever the subject.
	reSanctionVerbEnd = regexp.MustCompile(`\b(?:sanctioned|designated|blacklisted|(?:imposed|reimposed|restored)` + sp + `+(?:(?:new|additional|fresh|further|sweeping|secondary|tough|targeted|maximum)` + sp + `+)*(?:sanctions|pressure)` + sp + `+(?:on|against))` + sp + `+(?:the` + sp + `+)?` + sanctionCount + `$`)
	// "U.S.-designated X".
	reSanctionDesignated = regexp.MustCompile(`^` + sp + `*-` + sp + `*(?:designated|sanctioned)` + sp + `+$`)
	// "U.S. sanctions on Iran", "the EU's sanctions against Iran", "the
	// U.S. designation of the IRGC".
	reSanctionsNoun = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:own|existing|new|additional|fresh|further|sweeping|secondary|tough|targeted|economic|financial|oil|nuclear-related)` + sp + `+)*(?:[Ss]anctions` + sp + `+(?:on|On|against|Against|targeting|Targeting)|(?:designations?|listing|blacklisting)` + sp + `+of|(?:recent` + sp + `+|historic` + sp + `+)?decisions?` + sp + `+to` + sp + `+(?:designate|sanction|list|blacklist|proscribe))` + sp + `+(?:the` + sp + `+)?$`)
	// ", was sanctioned": the verb's subject is a name set off by commas
	// ("Another Qatari citizen, X, was sanctioned"), not the last name of
	// an aside ("Hezbollah, which is backed by Iran, was designated").
	reCommaWas = regexp.MustCompile(`^` + sp + `*,` + sp + `*(?:was|were|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been|is|are)\b`)
	// "Y was sanctioned by X", "Y, designated as a terrorist organization
	// by X in 2019,", "Y was placed on the sanctions list by X".
	reSanctionPassive = regexp.MustCompile(`^(?:(?:['’]s)?` + sp + `+(?:military|armed|political|external|security)` + sp + `+wing)?` + sp + `*(?:,[^,;:()]{1,60},` + sp + `*)?(?:[,(]` + sp + `*(?:(?:(?:which|who)` + sp + `+)?(?:was|were|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been|is|are)` + sp + `+)?|(?:was|were|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been|is|are)` + sp + `+)(?:[\w-]+ly` + sp + `+)?(?:(?:sanctioned|designated|redesignated|re-designated|blacklisted|proscribed)(?:` + sp + `+(?:as` + sp + `+)?(?:an?|the)` + sp + `+[^,;:()]{1,80}?)?|(?:placed|put|added|listed|included)` + sp + `+(?:on|onto|to|in)` + sp + `+(?:(?:the|its|their|a|an)` + sp + `+)?[^,;:()]{0,60}?(?:list|lists|blacklist)|(?:placed|put)` + sp + `+under` + sp + `+` + sanctionMeasure + `|(?:listed|named|declared|labell?ed|classified|branded)` + sp + `+(?:as` + sp + `+)?(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:(?:terrorist|terror)` + sp + `+(?:organi[sz]ation|group|entity)|(?i:terrorist|terror` + sp + `+financier|terrorist` + sp + `+financier)|state` + sp + `+sponsor` + sp + `+of` + sp + `+terrorism)|(?:hit|targeted|punished)` + sp + `+with` + sp + `+` + sanctionMeasure + `)(?:` + sp + `*\([^()]{1,20}\))?(?:` + sp + `*,[^,;:()]{1,40},)?(?:` + sp + `+in` + sp + `+\d{4})?` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:several|many|some|numerous|various|a` + sp + `+number` + sp + `+of)` + sp + `+(?:countries|states|governments|nations)` + sp + `*,?` + sp + `+(?:including|such` + sp + `+as|among` + sp + `+them)` + sp + `+(?:the` + sp + `+)?)?$`)
)

// sanctionCount is a number before what is sanctioned: "three Iranian
// oil companies", "12 Hezbollah financiers".
// sanctionBasedIn is where a target is based, written before it with a
// place no rule reads as a target ("Hong Kong-based Zhonghe Shipping").
const sanctionBasedIn = `(?:(?:\p{Lu}[\w.'’]*` + sp + `+){0,2}\p{Lu}[\w.'’]*-based` + sp + `+)?`

const sanctionCount = `(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens` + sp + `+of|\d+|\d+` + sp + `+more|more)` + sp + `+)?(?:(?:senior` + sp + `+)?(?:members|officials|leaders)` + sp + `+of` + sp + `+(?:the` + sp + `+)?)?`

func (b *relBuilder) sanctions(v *sentView) {
	b.tradeTariffs(v)
	b.sanctionsKept(v)
	b.sanctionsAfterAppositive(v)
	b.topicDesignations(v)
	// "Today's action targets X" names no sanction at all.
	b.weDesignate(v)
	b.designatedPursuant(v)
	b.heldAccountable(v)
	b.sanctionsOnDescribed(v)
	b.designatedAppositions(v)
	b.passiveSanctions(v)
	b.invertedDesignations(v)
	if !v.has("sanction", "designat", "blacklist", "maximum pressure", "embargo", "terroris", "list", "proscri", " ban", "freez", "restrict") {
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
		after := v.between(v.args[next[len(next)-1]].end, v.end)
		switch {
		case reSanctionUndo.MatchString(gap):
			continue
		case reSanctionVerb.MatchString(gap):
			from, to = argsOf(v, g), sanctionTargets(v, argsOf(v, objectGroup(v, gs, gi+1)))
			more, moreEnd := targetsAfterAsides(v, gs, gi+1)
			to = append(to, sanctionTargets(v, more)...)
			end = max(end, moreEnd)
			if gi > 0 && len(g) > 1 && reSanctionVerb.MatchString(v.between(v.args[gs[gi-1][len(gs[gi-1])-1]].end, first.start)) {
				// "on Iran and the United States imposed sanctions on
				// Syria": the subject is the last of the group only.
				from = argsOf(v, g[len(g)-1:])
			}
		case reSanctionDesignated.MatchString(gap):
			from, to = argsOf(v, g), possessedAll(v, argsOf(v, next)[:1])
		case reSanctionPassive.MatchString(gap) && (!strings.Contains(gap, "list") || reSanctionListCue.MatchString(gap)) && !whoOfOther(gap, argsOf(v, g)) &&
			(!reCommaWas.MatchString(gap) || setOffName(v, first.start)):
			from, to = argsOf(v, next), argsOf(v, g)
		case reWhichAuthor.MatchString(gap) && reRelativeDesignated.MatchString(after):
			// "Y, which the United States designated in 1997".
			from, to = argsOf(v, next), argsOf(v, g[len(g)-1:])
			end += len(reRelativeDesignated.FindString(after))
		case reToDesignate.MatchString(gap) && reDecisionsBy.MatchString(v.between(max(v.start, first.start-30), first.start)):
			// "the decisions by X and Z to designate Y".
			from, to = argsOf(v, g), sanctionTargets(v, argsOf(v, next))
		case reSanctionVerbConj.MatchString(gap):
			// "X froze Iranian assets and imposed an embargo against Y".
			from, to = argsOf(v, g), sanctionTargets(v, argsOf(v, objectGroup(v, gs, gi+1)))
			conf = 0.8
		case reBanOrg.MatchString(gap) && allOrganizations(argsOf(v, next)) && !reBannedFrom.MatchString(after):
			// "Egypt banned the Muslim Brotherhood": a ban on an
			// organisation, not on what it may do.
			from, to = argsOf(v, g), argsOf(v, next)
		case reSanctionPlace.MatchString(gap) && placedOnList(after):
			// "X placed Y on its sanctions list", "X declared Y a
			// terrorist organization".
			from, to = argsOf(v, g), possessedAll(v, argsOf(v, next))
			end += len(reSanctionPlaceObj.FindString(after))
		default:
			continue
		}
		if b.irrealisClause(v, first.start, end) {
			continue
		}
		for _, s := range b.subjectIDs(dropFragments(v, from), true) {
			for _, t := range dropFragments(v, to) {
				b.add("SANCTIONED", s, t.id, conf, nil, v, first.start, max(end, t.end))
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
			to, end := o.EntityID, o.End
			if a, ok := argAt(v, o.Start); ok {
				if h := roleHolder(v, a); h.id != a.id {
					to, end = h.id, h.end
				} else if based, ok := basedBody(v, a); ok {
					// "sanctions on Türkiye-based Golden Global Bank".
					to, end = based.id, based.end
				}
			}
			b.add("SANCTIONED", m.EntityID, to, 0.8, nil, v, m.Start, end)
		}
	}
	b.sanctionAnaphors(v)
	b.sanctionsBy(v)
	b.sanctionsOf(v)
	b.sanctionsOnGoods(v)
	// "X, a U.S.-designated entity".
	for i, m := range v.ments {
		if m.Type != "Country" || i == 0 {
			continue
		}
		o := v.ments[i-1]
		if (o.Type == "Organization" || o.Type == "Person") && reDesignatedAppos.MatchString(v.between(o.End, m.Start)) &&
			reDesignatedNoun.MatchString(v.between(m.End, v.end)) {
			b.add("SANCTIONED", m.EntityID, o.EntityID, 0.8, nil, v, o.Start, m.End)
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

var (
	// ", a U.S.-" between a designated organisation and the designating state...
	reDesignatedAppos = regexp.MustCompile(`^(?:,?` + sp + `+(?:Co|Ltd|Inc|LLC|Corp|Company|Limited|PJSC|FZE|FZCO|S\.A)\.?)*` + sp + `*(?:\([^()]{1,30}\))?` + sp + `*,` + sp + `+(?:an?|the)` + sp + `+$`)
	// ..."-designated entity" after it.
	reDesignatedNoun = regexp.MustCompile(`^` + sp + `*-` + sp + `*(?:designated|sanctioned)` + sp + `+(?:[\w-]+` + sp + `+)?(?:entity|entities|company|firm|organi[sz]ation|group|individual|person|network|terrorist)`)
	// "The Department is also designating": an organisation named by its
	// head word, as the release named it before.
	reDepartmentDesignates = regexp.MustCompile(`(?:^|[.;]` + sp + `+|,` + sp + `+)(?:[Tt]he` + sp + `+)?(Department|Treasury|Ministry|Council|Commission)` + sp + `+(?:(?:is|has|was|also|today|further|additionally|now)` + sp + `+)*(?:designating|designated|sanctioning|sanctioned|imposing` + sp + `+sanctions` + sp + `+on)` + sp + `+(?:the` + sp + `+)?$`)
	// "tariffs on countries that trade with Iran".
	reTradeWith = regexp.MustCompile(`(?i)\b(?:tariffs?|sanctions|duties|penalties)` + sp + `+(?:on|against)` + sp + `+(?:any` + sp + `+)?(?:countries|country|nations|companies|firms|entities|those|buyers|importers)` + sp + `+(?:that|which|who)` + sp + `+(?:\w+` + sp + `+)?(?:trade|trades|do` + sp + `+business|does` + sp + `+business|buy|buys|purchase|purchases|import|imports)` + sp + `+(?:\w+` + sp + `+){0,3}?(?:with|from)` + sp + `+$`)
)

// sanctionAnaphors: "The Department is also designating X" after the
// release named the Department of State: the designating body is the one
// organisation of the document whose name has that head word, named before.
func (b *relBuilder) sanctionAnaphors(v *sentView) {
	for _, o := range v.args {
		before := v.between(max(v.start, o.start-80), o.start)
		loc := reDepartmentDesignates.FindStringSubmatchIndex(before)
		if loc == nil {
			continue
		}
		if prev, ok := argEndingBefore(v, o.start); ok && prev.end > max(v.start, o.start-80)+loc[0] {
			continue // a named subject: handled by the verb rules
		}
		head := before[loc[2]:loc[3]]
		body := b.namedBefore(v.start, head)
		if body == "" || b.irrealisClause(v, o.start-len(before)+loc[0], o.end) {
			continue
		}
		for _, t := range sanctionTargets(v, objectsAfter(v, o.start)) {
			b.add("SANCTIONED", body, t.id, 0.75, nil, v, max(v.start, o.start-80)+loc[2], t.end)
		}
	}
}

// namedBefore is the one organisation mentioned before pos whose name has
// the word head ("Department"); "" when none or several.
func (b *relBuilder) namedBefore(pos int, head string) string {
	found := ""
	for _, m := range b.ents.Mentions {
		if m.Start >= pos {
			break
		}
		e, ok := b.ents.Entities[m.EntityID]
		if !ok || e.Type != "Organization" || !strings.Contains(" "+e.Name+" ", " "+head+" ") {
			continue
		}
		if found != "" && found != m.EntityID {
			return ""
		}
		found = m.EntityID
	}
	return found
}

// tradeTariffs: "imposes tariffs on countries that trade with Iran"
// sanctions Iran; the sanctioning state is the actor of the clause, or the
// United States in its own government's text.
func (b *relBuilder) tradeTariffs(v *sentView) {
	if !v.has("trade", "business", "buy", "purchase", "import") || !v.has("tariff", "sanction", "dut", "penalt") {
		return
	}
	for _, o := range v.args {
		if o.typ != "Country" {
			continue
		}
		lo := max(v.start, o.start-140)
		loc := reTradeWith.FindStringIndex(v.between(lo, o.start))
		if loc == nil {
			continue
		}
		from := ""
		if subj, ok := argEndingBefore(v, lo+loc[0]); ok && subj.actor() {
			if ids := b.subjectIDs([]arg{subj}, true); len(ids) > 0 {
				from = ids[0]
			}
		}
		if from == "" && b.usGovText() {
			from = b.unitedStates()
		}
		if from == "" || b.irrealisClause(v, lo+loc[0], o.end) {
			continue
		}
		b.add("SANCTIONED", from, o.id, 0.75, nil, v, lo+loc[0], o.end)
	}
}

// reWeDesignate: "we are also designating X" in a government's own text.
var reWeDesignate = regexp.MustCompile(`\b[Ww]e` + sp + `+(?:(?:are|have|also|today|further|additionally|now)` + sp + `+)*(?:designating|designated|sanctioning|sanctioned|imposing` + sp + `+sanctions` + sp + `+on)` + sp + `+(?:the` + sp + `+)?$`)

// reActionTargets: "Today's action targets X" in a government's release
// of its sanctions.
var reActionTargets = regexp.MustCompile(`\b(?:[Tt]oday['’]s|[Tt]his|[Tt]hese)` + sp + `+(?:actions?|designations?|sanctions)` + sp + `+(?:also` + sp + `+)?(?:targets?|designates?|sanctions?)` + sp + `+(?:the` + sp + `+)?$`)

// weDesignate: "we" in a United States government release is the United
// States, and so is the author of "today's action targets X".
func (b *relBuilder) weDesignate(v *sentView) {
	if !v.has("we ", "action", "designation", "sanctions") || !b.usGovText() {
		return
	}
	us := b.unitedStates()
	if us == "" {
		return
	}
	for _, o := range v.args {
		lo := max(v.start, o.start-60)
		loc := reWeDesignate.FindStringIndex(v.between(lo, o.start))
		if loc == nil {
			loc = reActionTargets.FindStringIndex(v.between(lo, o.start))
		}
		if loc == nil || b.irrealisClause(v, lo+loc[0], o.end) {
			continue
		}
		for _, t := range sanctionTargets(v, objectsAfter(v, o.start)) {
			b.add("SANCTIONED", us, t.id, 0.75, nil, v, lo+loc[0], t.end)
		}
		return
	}
}

// placedOnList reports the complement of "X placed Y" that makes it a
// sanction: a sanctions or terrorism list, sanctions, or a terrorist
// designation ("on the Specially Designated Nationals list", "under
// sanctions", "as a Foreign Terrorist Organization").
func placedOnList(after string) bool {
	m := reSanctionPlaceObj.FindString(after)
	if m == "" {
		return false
	}
	if strings.HasSuffix(m, "list") || strings.HasSuffix(m, "lists") {
		// The cue may follow the noun: "on its list of Foreign Terrorist
		// Organizations".
		return reSanctionListCue.MatchString(after[:min(len(after), len(m)+50)])
	}
	return true
}

// clauseObjects is group gi as the object of a sanctioning verb: when the
// group is itself followed by a sanctioning verb ("imposed sanctions on
// Iran and the United States imposed sanctions on Syria"), its last member
// starts the next clause and is not an object.
func clauseObjects(v *sentView, gs [][]int, gi int) []int {
	g := gs[gi]
	if len(g) < 2 || gi+1 >= len(gs) {
		return g
	}
	if reSanctionVerb.MatchString(v.between(v.args[g[len(g)-1]].end, v.args[gs[gi+1][0]].start)) {
		return g[:len(g)-1]
	}
	return g
}

// reAsideThenAnd joins the next target of a sanction after an aside on
// the one before: "sanctioned the Fatemiyoun Division, an Iran-backed
// militia of Afghan fighters, and Maher al-Assad", "designated Asa'ib Ahl
// al-Haq (AAH) as a Foreign Terrorist Organization, and its leaders, the
// brothers Qays al-Khazali and Laith al-Khazali, as ...".
var reAsideThenAnd = regexp.MustCompile(`^(?:` + sp + `*\([^()]{1,20}\))?(?:` + sp + `*,` + sp + `+[^,;:()]{1,80}?,|` + sp + `+as` + sp + `+[^,;:()]{1,100}?,)` + sp + `+(?:and|as` + sp + `+well` + sp + `+as)` + sp + `+(?:(?:its|their|his|her)` + sp + `+(?:[a-z-]+,?` + sp + `+){1,2}(?:the` + sp + `+(?:[a-z-]+` + sp + `+){1,2})?)?$`)

// targetsAfterAsides are the targets joined to object group gi after
// asides (reAsideThenAnd; names inside an aside, "an Iran-backed militia
// of Afghan fighters", are stepped over), with the end of the last.
func targetsAfterAsides(v *sentView, gs [][]int, gi int) ([]arg, int) {
	var out []arg
	end := 0
	last := gs[gi][len(gs[gi])-1] // index into v.args
	for k := gi; k < len(gs); k++ {
		for _, j := range gs[k] {
			if j <= last || !reAsideThenAnd.MatchString(v.between(v.args[last].end, v.args[j].start)) {
				continue
			}
			// The rest of the list from j on.
			var list []arg
			for _, n := range gs[k] {
				if n >= j {
					list = append(list, v.args[n])
				}
			}
			tail := list[len(list)-1]
			if reNextClauseVerb.MatchString(v.between(tail.end, v.end)) {
				return out, end // "…, and Iran condemned it": a clause of its own
			}
			out = append(out, list...)
			end = tail.end
			last = gs[k][len(gs[k])-1]
			break
		}
	}
	return out, end
}

// reNextClauseVerb follows the last of a coordinated object group that
// is the subject of a clause of its own: "sanctioned Iran, and Russia
// condemned".
var reNextClauseVerb = regexp.MustCompile(`^` + sp + `+(?:(?:also|then|later|quickly|immediately|has|have|had)` + sp + `+)*(?:[a-z]{3,}ed|said|says|called|calls|warned|warns|responded|responds|retaliated|vowed|rejected|denied)\b`)

// objectGroup is group gi as an object: without its last member when that
// member starts a clause of its own.
func objectGroup(v *sentView, gs [][]int, gi int) []int {
	g := clauseObjects(v, gs, gi)
	if n := len(g); n >= 2 && reNextClauseVerb.MatchString(v.between(v.args[g[n-1]].end, v.end)) &&
		strings.Contains(v.between(v.args[g[n-2]].end, v.args[g[n-1]].start), "and") {
		return g[:n-1]
	}
	return g
}

var (
	// reBanOrg: "X banned Y", "X outlawed Y".
	reBanOrg = regexp.MustCompile(preVerbWhen + `(?:banned|bans|banning|outlawed|outlaws|outlawing)` + sp + `+(?:the` + sp + `+)?$`)
	// reBannedFrom: "banned Y from running": a ban on an activity.
	reBannedFrom = regexp.MustCompile(`^` + sp + `+(?:from|in|at|on)\b`)
)

// allOrganizations reports whether every arg is an organisation.
func allOrganizations(args []arg) bool { return allOfType(args, "Organization") }

// allOfType reports a non-empty list of args all of type typ.
func allOfType(args []arg, typ string) bool {
	for _, a := range args {
		if a.typ != typ {
			return false
		}
	}
	return len(args) > 0
}

// setOffName reports a name starting at start that an apposition before it
// introduces: a comma right before it, and no relative pronoun or "by"
// in the phrase before that comma.
func setOffName(v *sentView, start int) bool {
	before := strings.TrimRight(v.between(max(v.start, start-60), start), " \u00a0")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	return !reAsideWords.MatchString(before)
}

// reAsideWords mark an aside about something else.
var reAsideWords = regexp.MustCompile(`(?i)\b(?:which|who|whom|whose|that|by)\b`)
