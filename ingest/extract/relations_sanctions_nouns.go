package extract

import (
	"regexp"
	"strings"
)

// Sanctions written as a noun with their author after "by": "sanctions
// imposed by the United Nations", "sanctions by the United States". The
// target is written after the author ("sanctions imposed by X on Y"),
// between the noun and the author ("sanctions imposed on Y by X"), before
// the noun ("Y, under sanctions imposed by X"), or not at all: then it is
// the one state or organisation the sentence or the one before it names as
// sanctioned ("The EU approved sanctions against Iran, harsher than recent
// sanctions imposed by the UN").

const sanctionParticiple = `(?:imposed|adopted|levied|enacted|approved|announced|introduced|reimposed|re-imposed|passed|applied|enforced|issued|placed|ordered|tightened|expanded|extended|renewed)`

var (
	// reSanctionsBy ends right before the author: "sanctions imposed by
	// the", "sanctions that were adopted by", "sanctions by".
	reSanctionsBy = regexp.MustCompile(`(?i)\b(?:sanctions|embargo(?:es)?)(?:` + sp + `+(?:(?:that|which)` + sp + `+)?(?:were|was|had` + sp + `+been|have` + sp + `+been|has` + sp + `+been|are|is))?(?:` + sp + `+[a-z]+ly)?(?:` + sp + `+` + sanctionParticiple + `)?` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	// reSanctionsOnBy ends right before the target of "sanctions imposed
	// on Y by X".
	reSanctionsOnBy = regexp.MustCompile(`(?i)\b(?:(?:sanctions|embargo(?:es)?)(?:` + sp + `+(?:that|which)` + sp + `+(?:were|was|had` + sp + `+been|have` + sp + `+been|has` + sp + `+been))?(?:` + sp + `+[a-z]+ly)?(?:` + sp + `+` + sanctionParticiple + `)?` + sp + `+(?:on|against)|designations?` + sp + `+of)` + sp + `+(?:the` + sp + `+)?$`)
	// reByAuthor: between the target and the author.
	reByAuthor = regexp.MustCompile(`^(?:` + sp + `+(?:were|was|had` + sp + `+been|have` + sp + `+been|has` + sp + `+been|are|is)` + sp + `+` + sanctionParticiple + `)?(?:` + sp + `+as` + sp + `+(?:an?|the)` + sp + `+[^,;:()]{1,80}?)?` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	// reOnTarget: between the author and a target written after it.
	reOnTarget = regexp.MustCompile(`^` + sp + `+(?:on|against|targeting)` + sp + `+(?:the` + sp + `+)?$`)
	// reUnderSanctions: between a target and the sanctions noun: "Y,
	// already under", "Y, which faces", "Y was hit by".
	reUnderSanctions = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:(?:which|who)` + sp + `+)?(?:(?:already|itself|still|long|then|now)` + sp + `+)?(?:(?:is|was|were|are|has` + sp + `+been|had` + sp + `+been|have` + sp + `+been|remains|remained)` + sp + `+)?(?:(?:placed|put|kept|brought)` + sp + `+)?(?:under|subject` + sp + `+to|fac(?:ing|es|ed)|hit` + sp + `+by|targeted` + sp + `+by)` + sp + `+` + sanctionAdj + `$`)
)

// sanctionsBy finds SANCTIONED from "sanctions imposed by X".
func (b *relBuilder) sanctionsBy(v *sentView) {
	if !v.has("sanction", "embargo", "designation") || !v.has(" by ") {
		return
	}
	for _, g := range groups(v) {
		// "sanctions were imposed by Israel and the Quartet against
		// Hamas": every author of the group, the target after the last.
		x, authors := v.args[g[0]], argsOf(v, g)
		if x.typ != "Country" && x.typ != "Organization" {
			continue
		}
		authors = append(authors, looseCoordinated(v, authors[len(authors)-1])...)
		last := authors[len(authors)-1]
		lo := max(v.start, x.start-120)
		before := v.between(lo, x.start)
		var targets []arg
		trig := -1
		if loc := reSanctionsBy.FindStringIndex(before); loc != nil {
			trig = lo + loc[0]
			targets = b.sanctionsByTarget(v, x, last, trig)
		} else if y, ok := argEndingBefore(v, x.start); ok && reByAuthor.MatchString(v.between(y.end, x.start)) {
			// "sanctions imposed on Y by X".
			ylo := max(v.start, y.start-120)
			if loc := reSanctionsOnBy.FindStringIndex(v.between(ylo, y.start)); loc != nil {
				trig = ylo + loc[0]
				targets = sanctionTargets(v, []arg{y})
			}
		}
		if trig < 0 || len(targets) == 0 {
			continue
		}
		// "the lifting of sanctions imposed by X": the clause reports the
		// end of the sanctions, not their imposition.
		if reSanctionUndo.MatchString(v.between(max(v.start, trig-40), trig)) {
			continue
		}
		for _, t := range targets {
			start, end := min(trig, t.start), max(last.end, t.end)
			if b.irrealisClause(v, start, end) {
				continue
			}
			for _, s := range b.subjectIDs(authors, true) {
				b.add("SANCTIONED", s, t.id, 0.75, nil, v, start, end)
			}
		}
	}
}

// sanctionsByTarget is the target of "sanctions imposed by X" whose noun
// starts at trig: written after X, before the noun, or else the one target
// of the sanctions named in this sentence or the one before.
func (b *relBuilder) sanctionsByTarget(v *sentView, x, last arg, trig int) []arg {
	for _, a := range v.args {
		if a.start >= last.end && reOnTarget.MatchString(v.between(last.end, a.start)) {
			return sanctionTargets(v, objectsAfter(v, a.start))
		}
	}
	if y, ok := argEndingBefore(v, trig); ok && y.actor() && reUnderSanctions.MatchString(v.between(y.end, trig)) {
		return []arg{y}
	}
	if ys := respondingSubject(v, trig, x); len(ys) > 0 {
		return ys
	}
	return b.sanctionedBefore(v, x, trig)
}

// sanctionedBefore is the one target of the sanctions found in this
// sentence or the one before, for sanctions by x whose noun starts at trig
// and whose target is not written.
func (b *relBuilder) sanctionedBefore(v *sentView, x arg, trig int) []arg {
	lo := v.start
	if v.idx > 0 {
		lo = b.views[v.idx-1].start
	}
	target := ""
	for _, r := range b.rels {
		if r.Type != "SANCTIONED" || len(r.Evidence) == 0 {
			continue
		}
		if e := r.Evidence[0]; e.Start < lo || e.End > v.end {
			continue
		}
		if target != "" && target != r.To {
			return nil // two targets: which one is meant is not written
		}
		target = r.To
	}
	if target == "" || target == x.id {
		return nil
	}
	// The target is named by its relation only; the evidence is the noun
	// phrase of this sentence.
	return []arg{{id: target, typ: b.typeOf(target), start: trig, end: x.end}}
}

// reResponseTo ends right before sanctions a state answers: "in response
// to", "in retaliation for", "in protest at", "over".
var reResponseTo = regexp.MustCompile(`(?i)\b(?:in` + sp + `+(?:response|retaliation|reaction|reply)` + sp + `+(?:to|for|against)|in` + sp + `+protest` + sp + `+(?:at|against|over)|retaliat(?:ed|es|ing|e)` + sp + `+(?:to|against|for)|respond(?:ed|s|ing)?` + sp + `+to|over)` + sp + `+(?:(?:the|recent|latest|these|those)` + sp + `+)*` + sanctionAdj + `$`)

// respondingSubject: "Iran halts oil exports to France in response to
// sanctions by the European Union": who answers sanctions is their target,
// the sentence's first actor when it is written before the answer. x is
// the sanctioning state, never its own target.
func respondingSubject(v *sentView, trig int, x arg) []arg {
	if !reResponseTo.MatchString(v.between(max(v.start, trig-40), trig)) {
		return nil
	}
	gs := groups(v)
	if len(gs) == 0 {
		return nil
	}
	subj := argsOf(v, gs[0])
	for _, a := range subj {
		if a.end > trig || a.id == x.id || a.typ == "Person" {
			return nil
		}
	}
	// The subject opens the sentence (after at most a short adverbial).
	if lead := v.between(v.start, subj[0].start); len(lead) > 40 || strings.Contains(lead, ",") && !reLeadAdverbial.MatchString(lead) {
		return nil
	}
	// "Japan cut oil imports from Iran in response to U.S. sanctions":
	// a third party complying, the sanctions are on the state it trades
	// with.
	last := subj[len(subj)-1]
	if reComplying.MatchString(v.between(last.end, trig)) {
		return nil
	}
	for _, a := range v.args {
		if a.start >= last.end && a.end <= trig && a.actor() && reFromWith.MatchString(v.between(max(last.end, a.start-12), a.start)) {
			return nil
		}
	}
	return subj
}

var (
	// reComplying: words of a party that complies with sanctions.
	reComplying = regexp.MustCompile(`(?i)\b(?:compl(?:y|ied|ies|iance|ying)|imports?|importing|purchases?|purchasing|buying|bought|divest\w*|wound` + sp + `+down|reduc\w+|cut` + sp + `+back)\b`)
	// reFromWith: a state traded with or bought from.
	reFromWith = regexp.MustCompile(`\b(?:from|with)` + sp + `+(?:the` + sp + `+)?$`)
)

// reLeadAdverbial: a date or place opening a sentence ("On Sunday, ").
var reLeadAdverbial = regexp.MustCompile(`^(?:\p{Lu}[\w\x{00C0}-\x{024F}.]*(?:` + sp + `+[\w.]+){0,3}` + sp + `*,` + sp + `*)?(?:the` + sp + `+|The` + sp + `+)?$`)

// reSanctionsOfAfter follows the author of "EU sanctions", "the United
// States' sanctions" whose target is not written after them.
var reSanctionsOfAfter = regexp.MustCompile(`^(?:['’]s?)?` + sp + `+` + sanctionAdj + `(?:sanctions|embargo(?:es)?)\b(` + sp + `+(?:on|against|targeting|relief|waivers?|exemptions?|regime|policy|policies|law|laws|act|bill|list|lists|programs?|designations?)\b)?`)

// reOnItsOwn: "sanctions on its oil industry", a target that is the
// subject's own.
var reOnItsOwn = regexp.MustCompile(`^` + sp + `+(?:on|against|targeting)` + sp + `+(?:its|their)` + sp)

// sanctionsOf finds SANCTIONED from "Y, under U.S. sanctions" and "Y
// halted exports in response to EU sanctions": the target is the state
// under or answering the sanctions.
func (b *relBuilder) sanctionsOf(v *sentView) {
	if !v.has("sanction", "embargo") {
		return
	}
	for _, x := range v.ments {
		if x.Type != "Country" && x.Type != "Organization" {
			continue
		}
		rest := v.between(x.End, v.end)
		loc := reSanctionsOfAfter.FindStringSubmatchIndex(rest)
		if loc == nil || loc[2] >= 0 && !reOnItsOwn.MatchString(rest[loc[2]:]) {
			continue // none, or a target or another noun written after
		}
		xa := argOf(x)
		if x.MetonymFor != "" {
			xa.id = x.MetonymFor
		}
		trig := x.Start
		if pre := v.between(max(v.start, trig-4), trig); strings.HasSuffix(pre, "the ") || strings.HasSuffix(pre, "The ") {
			trig -= 4
		}
		var targets []arg
		if y, ok := argEndingBefore(v, trig); ok && y.actor() && y.id != xa.id && reUnderSanctions.MatchString(v.between(y.end, trig)) {
			targets = []arg{y}
		} else {
			targets = respondingSubject(v, trig, xa)
			if len(targets) == 0 {
				// "Russia calls these and U.S. sanctions unacceptable"
				// after the sanctions on Iran.
				targets = b.sanctionedBefore(v, xa, trig)
			}
		}
		end := x.End + loc[1]
		for _, t := range targets {
			start := min(t.start, trig)
			if reSanctionUndo.MatchString(v.between(max(v.start, trig-40), trig)) || b.irrealisClause(v, start, end) {
				continue
			}
			b.add("SANCTIONED", xa.id, t.id, 0.7, nil, v, start, end)
		}
	}
}

var (
	// reDemonymGoods follows a demonym that stands for its state's
	// economy: "an embargo on Iranian oil".
	reDemonymGoods = regexp.MustCompile(`^` + sp + `+(?:oil|crude|petroleum|gas|imports|exports|banks|central` + sp + `+bank|shipping|assets|products|goods|economy|trade|airlines|petrochemicals|steel|metals|companies|firms|entities|businesses|vessels|tankers)\b`)
	// reMeasureOn ends right before such a demonym: "sanctions on",
	// "an embargo against the".
	// reBanVerb: a ban written as a verb before the demonym: "to ban
	// Iranian oil imports", "embargoed the Iranian oil".
	reBanVerb = regexp.MustCompile(`\b(?:ban|bans|banned|banning|embargo|embargoed|embargoes|embargoing)` + sp + `+(?:(?:imports|purchases|sales)` + sp + `+of` + sp + `+)?(?:the` + sp + `+|all` + sp + `+)?$`)
	// reBanSubjectGap: between the author and reBanVerb: its people, a
	// decision or agreement to.
	reBanSubjectGap = regexp.MustCompile(`^` + sanctionCollective + preVerb[1:] + `(?:(?:['’]s` + sp + `+(?:(?:recent|historic|unprecedented|formal)` + sp + `+)?(?:decision|move|vote|agreement)|(?:decided|agreed|voted|moved|decides|agrees|votes|moves|agree|vote|decide))` + sp + `+to` + sp + `+)?$`)
	reMeasureOn     = regexp.MustCompile(`(?i)(?:(?:sanctions|embargo(?:es)?|bans?)` + sp + `+(?:on|against|targeting)|sanctioned|designated|blacklisted)` + sp + `+(?:the` + sp + `+)?` + sanctionCount + `$`)
)

// sanctionsOnGoods finds SANCTIONED from "the EU imposed an embargo on
// Iranian oil" and "the EU's sanctions on Iranian banks": a measure on a
// state's goods or economy sanctions the state.
func (b *relBuilder) sanctionsOnGoods(v *sentView) {
	for _, o := range v.ments {
		if !o.Demonym || o.Type != "Country" || !reDemonymGoods.MatchString(v.between(o.End, v.end)) {
			continue
		}
		lo := max(v.start, o.Start-40)
		banLoc := reBanVerb.FindStringIndex(v.between(lo, o.Start))
		if !reMeasureOn.MatchString(v.between(lo, o.Start)) && banLoc == nil {
			continue
		}
		var from []arg
		if subj, ok := argEndingBefore(v, o.Start); ok && subj.actor() {
			gap := v.between(subj.end, o.Start)
			if reSanctionVerb.MatchString(gap) && !reSanctionUndo.MatchString(gap) {
				from = []arg{subj}
			}
			// "the EU's decision to ban Iranian oil imports", "the EU
			// banned Iranian oil".
			if banLoc != nil && subj.end <= lo+banLoc[0] && reBanSubjectGap.MatchString(v.between(subj.end, lo+banLoc[0])) {
				from = []arg{subj}
			}
		}
		for _, m := range v.ments {
			if (m.Type == "Country" || m.Type == "Organization") && m.End <= o.Start && reSanctionsNoun.MatchString(v.between(m.End, o.Start)) {
				from = []arg{{m: m, id: m.EntityID, typ: m.Type, start: m.Start, end: m.End}}
			}
		}
		if len(from) == 0 {
			continue
		}
		start, end := from[0].start, o.End+len(reDemonymGoods.FindString(v.between(o.End, v.end)))
		if b.irrealisClause(v, start, end) {
			continue
		}
		for _, s := range b.subjectIDs(from, true) {
			b.add("SANCTIONED", s, o.EntityID, 0.75, nil, v, start, end)
		}
	}
}

// reLooseCoord joins authors with a modifier the entity does not cover
// ("Israel and the European Quartet").
var reLooseCoord = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `*(?:and` + sp + `+)?|` + sp + `+and` + sp + `+)(?:the` + sp + `+)?(?:[A-Z][a-z]+` + sp + `+)?$`)

// looseCoordinated are the actor args coordinated after a by reLooseCoord.
func looseCoordinated(v *sentView, a arg) []arg {
	var out []arg
	for _, o := range v.args {
		if o.start < a.end {
			continue
		}
		if !o.actor() || !reLooseCoord.MatchString(v.between(a.end, o.start)) {
			break
		}
		out = append(out, o)
		a = o
	}
	return out
}
