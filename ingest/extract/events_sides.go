package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// The sides of a named war, battle or campaign, as a sentence tells them:
//
//   - "the 2007 Lebanon conflict between the Lebanese Army and Fatah
//     al-Islam", "the war was fought between X and Y";
//   - "the Lebanese Civil War pitted X against Y and Z";
//   - "X and Y fought (Z) in the Six-Day War";
//   - "During the Six-Day War, X captured ...", "X occupied ... during the
//     war": a deed of force done during a war is done by one of its sides;
//   - "X seized western Beirut, leading to the 2008 conflict": the side
//     whose deed of force started a war took part in it.
//
// Each side takes part in the war (PARTICIPATED_IN). Denied or planned
// deeds give nothing.

// sideForces are the fighters of a side, written after its name.
const sideForces = `(?:(?:armed` + sp + `+)?(?:forces|fighters|troops|army|militants|militias?|guerrillas|rebels))`

var (
	reSidesBetween = regexp.MustCompile(`^(?:` + sp + `*,)?` + sp + `+(?:(?:which|that)` + sp + `+)?(?:(?:was|were)` + sp + `+)?(?:(?:fought|waged|broke` + sp + `+out|erupted|began|started)` + sp + `+)?between` + sp + `+(?:the` + sp + `+)?$`)
	// "Egypt was defeated in the", "X's involvement in the": a side told
	// by what befell it in the war.
	reSideIn = regexp.MustCompile(`^(?:` + sp + `+(?:was|were)` + sp + `+(?:(?:heavily|decisively|badly|quickly|also|later)` + sp + `+)?(?:defeated|involved|engaged|victorious|drawn|beaten|routed)|['’]s` + sp + `+(?:(?:military|armed|direct|decisive|crushing)` + sp + `+)?(?:defeat|victory|involvement|participation|intervention|entry))` + sp + `+(?:in|into)` + sp + `+(?:the` + sp + `+)?$`)
	// ", in which" after a war, before a side's deed.
	reInWhich = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:in|during)` + sp + `+which` + sp + `+(?:the` + sp + `+)?$`)
	// "an Israeli air strike (" before an operation's name in brackets.
	reStrikeBracket = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:air` + sp + `*strikes?|strikes?|attacks?|raids?|offensive|operation|bombing|assault|invasion)` + sp + `*\(` + sp + `*$`)
	// ", launched by" after an operation, before its doer.
	// ", led by" after any event: "the revolution led by Khomeini".
	reLaunchedBy  = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:which|that)` + sp + `+(?:was|were)` + sp + `+)?(?:launched|carried` + sp + `+out|conducted|mounted|executed|staged|led|spearheaded|orchestrated|waged|fought)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	reSidesPitted = regexp.MustCompile(`^` + sp + `+(?:pitted|pits)` + sp)
	// "X fought Y in the", "X and Y fought the", "X fought against Y during the".
	reFoughtIn = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|then|again|thoroughly|decisively|soundly|heavily|badly|finally|eventually|successfully|quickly)` + sp + `+)?(?:fought|battled|defeated|engaged)` + sp + `+(?:against` + sp + `+)?(?:the` + sp + `+)?$`)
	// "X fought Y in the": as reFoughtIn, with the fighters of a side
	// after its name ("Barzani forces thoroughly defeated the Iraqi Army
	// at the", "Hamas fighters routed Fatah forces in the").
	reFoughtSide = regexp.MustCompile(`^(?:['’]s)?(?:` + sp + `+` + sideForces + `)?` + sp + `+(?:(?:also|later|then|again|thoroughly|decisively|soundly|heavily|badly|finally|eventually|successfully|quickly)` + sp + `+)?(?:fought|battled|defeated|engaged|routed|crushed|repelled|repulsed|met` + sp + `+the` + sp + `+(?:forces|army|armies|troops|fleet)` + sp + `+of)` + sp + `+(?:against` + sp + `+)?(?:the` + sp + `+(?:(?:last|main|combined|invading|retreating|rebel|larger)` + sp + `+)?)?$`)
	// Between the other side and its commander named after it: "routed
	// the Ottoman grand vizier, Reşid Mehmed Pasha, at the Battle of
	// Konya" ("Ottoman" and the vizier were both there).
	reApposedCommander = regexp.MustCompile(`^` + sp + `+(?:[a-z][\w-]*` + sp + `+){0,3}[a-z][\w-]*,` + sp + `+$`)
	reSideInTheWar     = regexp.MustCompile(`^(?:` + sp + `+` + sideForces + `)?` + sp + `*,?` + sp + `+(?:in|during|throughout|at)` + sp + `+(?:the` + sp + `+)?$`)
	// "was defense minister during the", "served as chief of staff during
	// the": an office of command or of state held through a war.
	reOfficeDuring = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:was|served` + sp + `+as|became|acted` + sp + `+as)` + sp + `+(?:the` + sp + `+|a` + sp + `+)?(?:[\w'’-]+` + sp + `+){0,2}?(?:minister|chief` + sp + `+of` + sp + `+(?:the` + sp + `+)?(?:general` + sp + `+)?staff|commander|commander-in-chief|general|president|prime` + sp + `+minister|premier|king|emir|sultan|shah|leader|head` + sp + `+of` + sp + `+state)(?:` + sp + `+of` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*){0,3})?|(?:commanded|led)` + sp + `+(?:the|a|an|his|her)` + sp + `+(?:[\w'’-]+` + sp + `+){0,3}?)` + sp + `+during` + sp + `+(?:the` + sp + `+)?$`)
	// "Egypt and Syria launched the", "X fought in the": a group of sides.
	// "X led the Kurds in the", "X came to power in the": a leader's and a
	// victor's part in it.
	reWagedWar = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|then|jointly|together)` + sp + `+)?(?:fought(?:` + sp + `+(?:in|at))?|waged|launched|started|began|entered|joined|won|lost|took` + sp + `+part` + sp + `+in|participated` + sp + `+in|led` + sp + `+(?:(?:the|its|his|her|their)` + sp + `+)?(?:[\w'’-]+` + sp + `+){1,3}?(?:in|during|into)|(?:came|rose|swept)` + sp + `+to` + sp + `+power` + sp + `+(?:in|through|with)|(?:seized|took)` + sp + `+power` + sp + `+(?:in|through|with))` + sp + `+(?:the` + sp + `+)?(?:(?:failed|ill-fated|disastrous|brief|bloody|costly|devastating)` + sp + `+)?$`)
	// "The Six-Day War (…) was a brief armed conflict fought between":
	// a lead sentence naming the war's sides.
	// "was fought in North Yemen from 1962 to 1970 between partisans of
	// the Kingdom and supporters of the Republic": the sides after where
	// and when, named by those who fought for them.
	reWasFoughtBetween = regexp.MustCompile(`^(?:` + sp + `*\([^()]{0,200}\))?(?:` + sp + `*,[^,;]{0,120},)?` + sp + `+(?:was|is)` + sp + `+(?:(?:(?:a|an|the)` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(?:war|conflict|battle|campaign|uprising|rebellion|insurgency|confrontation|dispute|struggle)` + sp + `+(?:(?:fought|waged)(?:` + sp + `+(?:in|on|from|during)` + sp + `+[^;,()]{1,60}?)?` + sp + `+)?|(?:fought|waged)(?:` + sp + `+(?:in|on|from|during)` + sp + `+[^;,()]{1,60}?)?(?:` + sp + `+(?:near|at|outside|around)` + sp + `+[^;,()]{1,60}?)?(?:,` + sp + `+(?:in|near|at|on)` + sp + `+[^;,()]{1,80}?,)?` + sp + `+)(?:between|involving)` + sp + `+(?:(?:partisans|supporters|forces|troops|loyalists|followers)` + sp + `+of` + sp + `+)?(?:the` + sp + `+)?$`)
	// Where the list of sides stops: a new clause.
	reSidesStop = regexp.MustCompile(`[;]|\b(?:which|who|after|when|while|because|following|that)\b`)
	// "led the Imamate of Oman in the war": the side led.
	reLedIn        = regexp.MustCompile(`\b(?:led|commanded)` + sp + `+(?:the` + sp + `+)?$`)
	reAgainstAfter = regexp.MustCompile(`^` + sp + `+against` + sp + `+(?:the` + sp + `+)?$`)
	reInTheWar     = regexp.MustCompile(`^` + sp + `+(?:in|during|throughout|at)` + sp + `+(?:the` + sp + `+)?$`)
	// "During the Six-Day War, " before a clause.
	reDuringOpener = regexp.MustCompile(`^(?:[^,;]{0,60},` + sp + `*)?(?:During|In|Throughout|during|throughout|(?:In|in)` + sp + `+the` + sp + `+course` + sp + `+of)` + sp + `+(?:the` + sp + `+)?$`)
	// A deed of force, right after its doer.
	reForceVerb = regexp.MustCompile(`^(?:['’]s` + sp + `+(?:forces|army|troops|military|navy|air` + sp + `+force))?` + sp + `+(?:(?:also|later|then|again|quickly|eventually|successfully|briefly|first)` + sp + `+)?(?:captured|seized|occupied|attacked|invaded|bombed|shelled|struck|fired|launched|fought|defeated|destroyed|shot` + sp + `+down|sank|besieged|annexed|conquered|took` + sp + `+control|(?:sent|deployed|dispatched)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:troops|fighters|forces|soldiers|warships|units|engineers|advisers|advisors|officers|pilots)|overran|repelled|raided|bombarded|took` + sp + `+up` + sp + `+arms|rebelled|revolted|rose` + sp + `+up|led` + sp + `+(?:the|a|an|its|their)` + sp + `+(?:[\w-]+` + sp + `+)?(?:campaign|fight|war|offensive|assault|counter-?insurgency|counter-?offensive)` + sp + `+against|conducted` + sp + `+(?:air` + sp + `*strikes|strikes|raids|attacks)|responded` + sp + `+with` + sp + `+(?:air` + sp + `*strikes|strikes|attacks|rockets|missiles|artillery))\b`)
	// "during the" right before a war, after a deed.
	reDuringBefore = regexp.MustCompile(`\b(?:during|in|throughout)` + sp + `+(?:the` + sp + `+)?$`)
	// ", leading to the", " resulting in the", " which sparked the" before a war.
	reLedToWar = regexp.MustCompile(`(?:,` + sp + `*|` + sp + `+)(?:(?:which|that)` + sp + `+)?(?:leading` + sp + `+to|led` + sp + `+to|resulting` + sp + `+in|resulted` + sp + `+in|sparking|sparked|triggering|triggered|igniting|ignited|starting|launching|beginning|opening)` + sp + `+(?:the` + sp + `+)?$`)
	// A deed of force anywhere in a clause.
	reForceWord = regexp.MustCompile(`\b(?:captured|seized|occupied|attacked|invaded|bombed|shelled|struck|fired|launched|raided|bombarded|air` + sp + `*strikes|invasion|offensive|assault|rebelled|revolted|took` + sp + `+up` + sp + `+arms)\b`)
)

// warLike reports an event whose sides fight: wars, battles, campaigns.
// reFellIn: a person's death in the battle named next.
var reFellIn = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:was|were)` + sp + `+(?:killed|slain|mortally` + sp + `+wounded)|died|fell)(?:` + sp + `+in` + sp + `+action)?` + sp + `+(?:in|at|during)` + sp + `+(?:the` + sp + `+)?$`)

// reBattleWord: a catalog battle or siege ("Battle of Hattin", "Siege of
// Acre (1799)") is fought like a war.
var reBattleWord = regexp.MustCompile(`\b(?:Battle|Siege)\b`)

func (b *relBuilder) warLike(id string) bool {
	if e, ok := b.events[id]; ok {
		k, _ := e.Props["kind"].(string)
		return k == "war" || k == "battle" || k == "campaign"
	}
	if e, ok := b.ents.Entities[id]; ok {
		k := kindOfName(e.Name)
		return k == "war" || k == "campaign" || reBattleWord.MatchString(e.Name)
	}
	return false
}

// sentenceWars are the war-like event mentions of v, in text order.
func (b *relBuilder) sentenceWars(v *sentView) []mention {
	return b.sentenceEventsWhere(v, b.warLike)
}

// sentenceEventsWhere are the event mentions of v whose event keep
// accepts: the entity stage's, then those of the events the rules built.
func (b *relBuilder) sentenceEventsWhere(v *sentView, keep func(id string) bool) []mention {
	var out []mention
	for _, m := range v.ments {
		if m.Type == "Event" && keep(m.EntityID) {
			out = append(out, m)
		}
	}
	for _, m := range b.evMent {
		if m.Sentence == v.idx && keep(m.EntityID) {
			out = append(out, m)
		}
	}
	return out
}

// warSidesTold finds the sides of the wars of v.
func (b *relBuilder) warSidesTold(v *sentView) {
	b.warHelpers(v)
	b.operationDoers(v)
	b.electionSides(v)
	b.supportedEvents(v)
	wars := b.sentenceWars(v)
	if len(wars) == 0 {
		// "During the war, X captured ...": the one war of the sentences
		// just before; only deeds of force say who fought it.
		if w, ok := b.theWar(v); ok {
			b.sidesByDeed(v, w)
		}
		b.troopsFromInWar(v)
		return
	}
	gs := groups(v)
	for _, w := range wars {
		b.sidesAfter(v, w, gs)
		b.sidesFought(v, w, gs)
		b.sidesByDeed(v, w)
		b.sidesLedTo(v, w, gs)
		b.warStartDay(v, w)
		b.sidesBefallen(v, w, gs)
		b.moreWarSides(v, w, gs)
	}
}

// sidesBefallen: "Egypt was defeated in the Six-Day War", "Iraq's
// involvement in the war", "the Six-Day War, in which Israel captured".
func (b *relBuilder) sidesBefallen(v *sentView, w mention, gs [][]int) {
	// "the Six-Day War, when ... after a resounding Arab defeat against
	// Israel": the side a defeat or victory in the war was against.
	for _, a := range v.args {
		if a.start < w.End || a.start-w.End > 200 || !a.actor() || a.typ == "Person" {
			continue
		}
		gap := v.between(w.End, a.start)
		if strings.ContainsAny(gap, ";") || !reWarClauseOpen.MatchString(gap) || !reDefeatAgainst.MatchString(gap) || b.otherEventBetween(v, w, a.start) {
			continue
		}
		if !b.irrealisClause(v, w.Start, a.end) {
			b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.7, nil, v, w.Start, a.end)
		}
	}
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		// "Yusuf al-Azma was killed at the Battle of Maysalun": who fell
		// in a battle fought in it (a war's dead may be anyone's).
		if last.end <= w.Start && last.typ == "Person" && reBattleWord.MatchString(b.eventNameOf(w.EntityID)) &&
			reFellIn.MatchString(v.between(last.end, w.Start)) {
			b.sides(v, w, g, first.start, w.End)
		}
		if last.end <= w.Start && reSideIn.MatchString(v.between(last.end, w.Start)) {
			if strings.HasPrefix(strings.TrimLeft(v.between(last.end, w.Start), " \u00a0"), "'") || strings.HasPrefix(v.between(last.end, w.Start), "’") {
				b.sides(v, w, g[len(g)-1:], last.start, w.End) // the possessor only
			} else {
				b.sides(v, w, g, first.start, w.End)
			}
		}
		if first.start >= w.End && reInWhich.MatchString(v.between(w.End, first.start)) {
			loc := reForceVerb.FindStringIndex(v.between(last.end, v.end))
			if loc != nil && !b.irrealisClause(v, first.start, last.end+loc[1]) {
				b.sides(v, w, g, w.Start, last.end+loc[1])
			}
		}
	}
}

// operationDoers: "destroyed by an Israeli air strike (Operation Opera)",
// "Operation Opera, launched by Israel": the state that struck took part in
// the operation.
func (b *relBuilder) operationDoers(v *sentView) {
	var ops []mention
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type == "Event" && (m.Sentence == v.idx || m.Start >= v.start && m.End <= v.end) && strings.HasPrefix(b.nameOf(m.EntityID), "Operation ") {
			ops = append(ops, m)
		}
	}
	// Any event "led by" or "launched by" its doer.
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type != "Event" || m.Start < v.start || m.End > v.end {
			continue
		}
		for _, a := range v.args {
			if a.start >= m.End && a.actor() && reLaunchedBy.MatchString(v.between(m.End, a.start)) && !b.irrealisClause(v, m.Start, a.end) {
				b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.8, nil, v, m.Start, a.end)
			}
		}
	}
	// "In 1987, the United States reflagged Kuwaiti tankers under
	// Operation Earnest Will": the sentence's subject carried it out.
	for _, op := range ops {
		if len(v.args) == 0 || !reUnderOperation.MatchString(v.between(max(v.start, op.Start-30), op.Start)) {
			continue
		}
		// Another state or body between them may be the one that did it
		// ("Iran condemned the tankers reflagged by the United States
		// under ...").
		a := v.args[0]
		if len(v.args) > 1 && v.args[1].actor() && v.args[1].end <= op.Start && v.args[1].id != a.id {
			continue
		}
		if (a.typ == "Country" || a.typ == "Organization") && a.end <= op.Start && reSubjectOpens.MatchString(v.between(v.start, a.start)) &&
			!strings.ContainsAny(v.between(a.end, op.Start), ";") && !b.irrealisClause(v, a.start, op.Start) { // the name's words ("Earnest Will") say nothing
			b.add("PARTICIPATED_IN", a.id, op.EntityID, 0.75, nil, v, a.start, op.End)
		}
	}
	for _, op := range ops {
		for _, m := range v.ments {
			if m.Type != "Country" || m.End > op.Start || op.Start-m.End > 60 {
				continue
			}
			if reStrikeBracket.MatchString(v.between(m.End, op.Start)) && !b.irrealisClause(v, m.Start, op.End) {
				b.add("PARTICIPATED_IN", m.EntityID, op.EntityID, 0.8, nil, v, m.Start, op.End)
			}
		}
	}
}

// reUnderOperation: right before an operation carried out by the
// sentence's subject.
var reUnderOperation = regexp.MustCompile(`\b(?:under|as` + sp + `+part` + sp + `+of|in` + sp + `+the` + sp + `+course` + sp + `+of)` + sp + `+(?:the` + sp + `+)?$`)

// warStartDay: "On 9 May 2008, X seized Y, leading to the 2008 conflict"
// dates the war's start to that day when the day falls in the year its
// name or text gave (or it had none).
func (b *relBuilder) warStartDay(v *sentView, w mention) {
	if !reLedToWar.MatchString(v.between(v.start, w.Start)) {
		return
	}
	var props map[string]any
	if e, ok := b.events[w.EntityID]; ok {
		props = e.Props
	} else if e, ok := b.ents.Entities[w.EntityID]; ok && e.Props != nil {
		props = e.Props
	}
	if props == nil || props["datePrecision"] == "day" {
		return
	}
	for _, d := range v.dates {
		if d.Start > w.Start || !d.Resolved() || d.Relative || d.Precision == timex.Year || !reDateOpener.MatchString(v.between(v.start, d.Start)) {
			continue
		}
		if props["datePrecision"] == "month" && d.Precision != timex.Day {
			return
		}
		if y, ok := props["date"].(string); ok && !strings.HasPrefix(d.Value, y) {
			return
		}
		props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
		return
	}
}

// sidesAfter: "<war> between X and Y", "<war> pitted X against Y".
func (b *relBuilder) sidesAfter(v *sentView, w mention, gs [][]int) {
	firstAfter := true
	for _, g := range gs {
		first := v.args[g[0]]
		if first.start < w.End {
			continue
		}
		if firstAfter && reSidesBetween.MatchString(v.between(w.End, first.start)) {
			b.sides(v, w, g, w.Start, v.args[g[len(g)-1]].end)
		}
		firstAfter = false
		if reWasFoughtBetween.MatchString(v.between(w.End, first.start)) {
			b.sidesListed(v, w, first.start)
			break
		}
	}
	// "the war against Iran": the side fought.
	for _, a := range v.args {
		if a.start >= w.End && a.actor() && reAgainstAfter.MatchString(v.between(w.End, a.start)) && !b.irrealisClause(v, w.Start, a.end) {
			b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.8, nil, v, w.Start, a.end)
		}
	}
	if loc := reSidesPitted.FindStringIndex(v.between(w.End, v.end)); loc != nil {
		end := clauseEnd(v, w.End+loc[1])
		if b.irrealisClause(v, w.Start, end) {
			return
		}
		for _, a := range v.args {
			if a.start >= w.End && a.end <= end && a.actor() {
				b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.8, nil, v, w.Start, a.end)
			}
		}
	}
}

// sidesListed: every state or organisation from "between" on to the end
// of its clause is a side ("between Israel and a coalition of Arab states,
// primarily Egypt, Syria and Jordan").
func (b *relBuilder) sidesListed(v *sentView, w mention, from int) {
	end := v.end
	if loc := reSidesStop.FindStringIndex(v.between(from, v.end)); loc != nil {
		end = from + loc[0]
	}
	if b.irrealisClause(v, w.Start, end) {
		return
	}
	for _, a := range v.args {
		if a.start < from || a.end > end || reNameGoesOn.MatchString(v.between(a.end, v.end)) {
			continue
		}
		// "the Ethiopian Empire under Emperor Menelik II and an Italian
		// army commanded by General Oreste Baratieri": who led a side
		// fought too.
		if a.typ == "Country" || a.typ == "Organization" || a.typ == "Person" && reSideLeader.MatchString(v.between(max(from, a.start-48), a.start)) {
			b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.8, nil, v, w.Start, a.end)
		}
	}
}

// reSideLeader: right before the person who led a side, with the title.
var reSideLeader = regexp.MustCompile(`\b(?:under|(?:led|commanded|headed)` + sp + `+by)` + sp + `+(?:the` + sp + `+)?(?:[\p{L}'’.-]+` + sp + `+){0,3}$`)

// clauseEnd is the end of the clause going on at pos: the next semicolon,
// or the sentence's end.
func clauseEnd(v *sentView, pos int) int {
	if i := strings.IndexAny(v.between(pos, v.end), ";"); i >= 0 {
		return pos + i
	}
	return v.end
}

// sides records every actor of group g as a side of w.
func (b *relBuilder) sides(v *sentView, w mention, g []int, start, end int) {
	if b.irrealisClause(v, start, end) {
		return
	}
	for _, i := range g {
		if a := v.args[i]; a.actor() && !reNameGoesOn.MatchString(v.between(a.end, v.end)) {
			b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.8, nil, v, min(start, a.start), max(end, a.end))
		}
	}
}

// sidesFought: "X and Y fought the <war>", "X fought Y in the <war>".
func (b *relBuilder) sidesFought(v *sentView, w mention, gs [][]int) {
	for gi, g := range gs {
		last := v.args[g[len(g)-1]]
		if last.end > w.Start {
			break
		}
		gap := v.between(last.end, w.Start)
		if reFoughtIn.MatchString(gap) || reWagedWar.MatchString(gap) {
			b.sides(v, w, g, v.args[g[0]].start, w.End)
			continue
		}
		// "Moshe Dayan was defense minister during the Six-Day War": a
		// person in command of a side while it was fought.
		if len(g) == 1 && v.args[g[0]].typ == "Person" && reOfficeDuring.MatchString(gap) {
			b.sides(v, w, g, v.args[g[0]].start, w.End)
			continue
		}
		// "led the Imamate of Oman in the <war>": the side led, whoever led it.
		first, lastObj := v.args[g[0]], last
		if reLedIn.MatchString(v.between(max(v.start, first.start-16), first.start)) && reInTheWar.MatchString(v.between(lastObj.end, w.Start)) {
			b.sides(v, w, g, first.start, w.End)
		}
		// "X fought Y in the <war>": the subject, the verb, the other side.
		if gi+1 >= len(gs) {
			continue
		}
		obj := gs[gi+1]
		first, lastObj = v.args[obj[0]], v.args[obj[len(obj)-1]]
		if gi+2 < len(gs) && len(gs[gi+2]) == 1 {
			if cmd := v.args[gs[gi+2][0]]; cmd.typ == "Person" && cmd.end <= w.Start && reApposedCommander.MatchString(v.between(lastObj.end, cmd.start)) &&
				strings.HasPrefix(strings.TrimLeft(v.between(cmd.end, w.Start), " "), ",") {
				obj = append(obj[:len(obj):len(obj)], gs[gi+2][0])
				lastObj = cmd
			}
		}
		if lastObj.end > w.Start || !reFoughtSide.MatchString(v.between(last.end, first.start)) ||
			!reSideInTheWar.MatchString(v.between(lastObj.end, w.Start)) {
			continue
		}
		b.sides(v, w, g, v.args[g[0]].start, w.End)
		b.sides(v, w, obj, v.args[g[0]].start, w.End)
	}
}

// sidesByDeed: "During the Six-Day War, Israel captured ..." and "Israel
// occupied the Sinai during the war".
func (b *relBuilder) sidesByDeed(v *sentView, w mention) {
	for _, a := range v.args {
		if !a.actor() || a.typ == "Person" {
			continue
		}
		loc := reForceVerb.FindStringIndex(v.between(a.end, v.end))
		if loc == nil {
			continue
		}
		verbEnd := a.end + loc[1]
		switch {
		case a.start >= w.End:
			// The war opens the sentence: "During the war, X captured".
			if !reDuringOpener.MatchString(v.between(v.start, w.Start)) ||
				!reCommaOnly.MatchString(v.between(w.End, a.start)) {
				continue
			}
			// "…, Israel occupied the Gaza Strip from Egypt and the Golan
			// Heights from Syria": the sides it was taken from fought too.
			b.sidesTakenFrom(v, a, w, verbEnd, v.end)
		case a.end <= w.Start:
			// The deed comes first and "during the war" closes its clause.
			rest := v.between(verbEnd, w.Start)
			if !reDuringBefore.MatchString(rest) || strings.ContainsAny(rest, ";") || len(rest) > 120 || reSubClause.MatchString(rest) {
				continue
			}
			// "captured the Gaza Strip from Egypt in the war": the side it
			// was taken from fought too.
			b.sidesTakenFrom(v, a, w, verbEnd, w.Start)
		default:
			continue
		}
		if b.irrealisClause(v, min(a.start, w.Start), max(verbEnd, w.End)) {
			continue
		}
		b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.75, nil, v, min(a.start, w.Start), max(verbEnd, w.End))
	}
}

// sidesTakenFrom: the states a deed of force by a, ending at verbEnd,
// took something from before end ("from Egypt") took part in war w.
func (b *relBuilder) sidesTakenFrom(v *sentView, a arg, w mention, verbEnd, end int) {
	for _, o := range v.args {
		if o.start > verbEnd && o.end <= end && o.actor() && o.typ != "Person" && reFromBefore.MatchString(v.between(max(v.start, o.start-6), o.start)) &&
			!b.irrealisClause(v, min(a.start, w.Start), max(o.end, w.End)) {
			b.add("PARTICIPATED_IN", o.id, w.EntityID, 0.75, nil, v, min(a.start, w.Start), max(o.end, w.End))
		}
	}
}

var (
	reFromBefore = regexp.MustCompile(`\bfrom` + sp + `+$`)
	// Between a war opening the sentence and the side: a comma, after a
	// short relative clause on the war ("that broke out shortly
	// thereafter,").
	reCommaOnly = regexp.MustCompile(`^(?:` + sp + `+(?:that|which)` + sp + `+[^,;()]{1,60})?` + sp + `*,` + sp + `*(?:the` + sp + `+)?$`)
	// A clause of its own between a deed and "during the war".
	reSubClause = regexp.MustCompile(`\b(?:which|who|that|when|while|after|before|because|and` + sp + `+(?:then` + sp + `+)?[a-z]+ed)\b`)
)

// sidesLedTo: "Hezbollah and Amal forces ... seized western Beirut, leading
// to the 2008 conflict": the subject group of the clause whose deed of
// force led to the war.
func (b *relBuilder) sidesLedTo(v *sentView, w mention, gs [][]int) {
	lead := reLedToWar.FindStringIndex(v.between(v.start, w.Start))
	if lead == nil {
		return
	}
	leadAt := v.start + lead[0]
	// "incidents between Hamas and Israel led to the conflict": the
	// sides of the fighting that led to it.
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if len(g) >= 2 && last.end <= leadAt && reFightingBetween.MatchString(v.between(max(v.start, first.start-60), first.start)) &&
			!strings.ContainsAny(v.between(last.end, leadAt), ",;") {
			b.sides(v, w, g, first.start, w.End)
			return
		}
	}
	// Otherwise the group opening the sentence, the subject of the deed.
	if len(gs) > 0 {
		g := gs[0]
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if last.end > leadAt {
			return
		}
		// The subject opens the sentence, after at most a date or a
		// clause set off by a comma.
		before := v.between(v.start, first.start)
		if !reSubjectOpens.MatchString(before) {
			return
		}
		deed := v.between(last.end, leadAt)
		if !reForceWord.MatchString(deed) || strings.ContainsAny(deed, ";") {
			return
		}
		b.sides(v, w, g, first.start, w.End)
		// "Hezbollah launched rocket attacks. Israel responded with
		// airstrikes, resulting in the 2006 Lebanon War": whom the
		// subject answered fought the war too.
		if reResponded.MatchString(deed) && v.idx > 0 {
			b.answeredSide(b.views[v.idx-1], w)
		}
	}
}

var reResponded = regexp.MustCompile(`^` + sp + `+(?:responded|retaliated|hit` + sp + `+back)\b`)

// answeredSide: the subject group opening the sentence p before, when its
// verb is a deed of force, took part in war w.
func (b *relBuilder) answeredSide(p *sentView, w mention) {
	gs := groups(p)
	if len(gs) == 0 {
		return
	}
	g := gs[0]
	first, last := p.args[g[0]], p.args[g[len(g)-1]]
	if !reSubjectOpens.MatchString(p.between(p.start, first.start)) || reForceVerb.FindStringIndex(p.between(last.end, p.end)) == nil {
		return
	}
	loc := reForceVerb.FindStringIndex(p.between(last.end, p.end))
	if loc[0] != 0 || b.irrealisClause(p, first.start, last.end+loc[1]) {
		return
	}
	for _, i := range g {
		if a := p.args[i]; a.actor() && a.typ != "Person" {
			b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.7, nil, p, a.start, last.end+loc[1])
		}
	}
}

// reFightingBetween: "clashes between", "a set of lethal incidents between".
var reFightingBetween = regexp.MustCompile(`\b(?:clashes|fighting|hostilities|incidents|skirmishes|attacks|battles|exchanges` + sp + `+of` + sp + `+fire)` + sp + `+between` + sp + `+(?:the` + sp + `+)?$`)

// reNameGoesOn: "Fatah al-Islam" is not Fatah; a mention cut short of
// its name stands for another group.
var reNameGoesOn = regexp.MustCompile(`^(?:` + sp + `+(?:al|el|ad|an|as|ash)-[A-Z]|-[A-Z])`)

// reSubjectOpens is what may stand before a sentence's subject: nothing,
// or an opener set off by a comma ("On 9 May 2008, ").
var reSubjectOpens = regexp.MustCompile(`^(?:[^,;]{0,60},)?` + sp + `*(?:the` + sp + `+)?$`)

// reWonIn: "won a majority in the", "contested the". A party that
// boycotted an election took no part in it.
var reWonIn = regexp.MustCompile(`^` + sp + `+(?:(?:has|had|have)` + sp + `+)?(?:(?:narrowly|decisively|also|easily|then|later|subsequently|eventually|again)` + sp + `+)?(?:(?:won|lost|contested|swept|ran|competed|stood|retained|regained|kept|secured|(?:was|were)` + sp + `+(?:(?:himself|herself|itself|themselves|then|later|subsequently|eventually|again|narrowly|easily)` + sp + `+)?(?:re-?)?elected)(?:` + sp + `+[\w-]+){0,6}?` + sp + `+(?:in|at)|won|lost|contested|swept|` +
	// "was declared the winner of", "declares X the winner of".
	`(?:(?:was|is|were|are)` + sp + `+)?(?:(?:declared|named|confirmed)` + sp + `+)?(?:the` + sp + `+)?(?:winner|victor|loser|runner-up)` + sp + `+of|(?:a` + sp + `+)?candidate` + sp + `+(?:in|for))` + sp + `+(?:the` + sp + `+)?$`)

// reWhenElected: ", when its candidate X became", "in which X was elected"
// after an election, before its winner.
var reWhenElected = regexp.MustCompile(`^(?:` + sp + `*,)?` + sp + `+(?:when|in` + sp + `+which|during` + sp + `+which)` + sp + `+(?:(?:its|their|the)` + sp + `+)?(?:(?:[\w-]+` + sp + `+)?(?:candidate|nominee|leader|member)` + sp + `+)?$`)

// reInElection opens a sentence with its election: "In the Turkish
// parliamentary elections of 1 November 2015, the AKP won back the
// majority", "In the April 2019 election, Likud won 35 seats".
var reInElection = regexp.MustCompile(`^` + sp + `*In` + sp + `+(?:the` + sp + `+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)` + sp + `+)?$`)

// reElectionThenSubject runs from the election to its subject: " of 1
// November 2015, the".
var reElectionThenSubject = regexp.MustCompile(`^[^,;]{0,40},` + sp + `+(?:the` + sp + `+)?$`)

// reWonAfter: what a subject did in the election that opened its sentence.
var reWonAfter = regexp.MustCompile(`^(?:` + sp + `*\([^)]{1,20}\))?` + sp + `+(?:(?:again|also|narrowly|easily|decisively)` + sp + `+)?(?:won|lost|retained|secured|gained|swept|took|became|was` + sp + `+(?:re-?)?elected)\b`)

// reElectedAfter: what the winner named after an election did.
var reElectedAfter = regexp.MustCompile(`^` + sp + `+(?:became|was` + sp + `+(?:re-?)?elected|won|defeated)\b`)

// electionSides: "Hamas won a majority in the 2006 Palestinian legislative
// election": who won, lost or ran in an election took part in it.
func (b *relBuilder) electionSides(v *sentView) {
	var elections []mention
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type != "Event" || m.Start < v.start || m.End > v.end {
			continue
		}
		if e, ok := b.events[m.EntityID]; ok && e.Props["kind"] == "election" {
			elections = append(elections, m)
		} else if e, ok := b.ents.Entities[m.EntityID]; ok && kindOfName(e.Name) == "election" {
			elections = append(elections, m)
		}
	}
	if len(elections) == 0 {
		return
	}
	gs := groups(v)
	for _, el := range elections {
		for _, g := range gs {
			last := v.args[g[len(g)-1]]
			if last.end > el.Start {
				break
			}
			if reWonIn.MatchString(v.between(last.end, el.Start)) {
				b.sides(v, el, g, v.args[g[0]].start, el.End)
			}
		}
		opened := reInElection.MatchString(v.between(v.start, el.Start))
		for _, a := range v.args {
			if a.start < el.End || !a.actor() || b.irrealisClause(v, el.Start, a.end) {
				continue
			}
			gap := v.between(el.End, a.start)
			if reWhenElected.MatchString(gap) && reElectedAfter.MatchString(v.between(a.end, v.end)) ||
				opened && reElectionThenSubject.MatchString(gap) && reWonAfter.MatchString(v.between(a.end, v.end)) {
				b.add("PARTICIPATED_IN", a.id, el.EntityID, 0.8, nil, v, el.Start, a.end)
			}
		}
	}
}

// reTheWar: "the war", "the fighting" not named further ("the war in
// Yemen", "the war against Iran" are other wars).
var reTheWar = regexp.MustCompile(`\b[Tt]he` + sp + `+(war|conflict|fighting|uprising|rebellion|revolt|insurgency|invasion)\b`)

var reWarQualified = regexp.MustCompile(`^` + sp + `+(?:in|against|between|with|of|on|over|for)\b`)

// theWar is "the war" in v standing for the one war-like event named in
// the two sentences before it (or earlier in v), as a mention.
func (b *relBuilder) theWar(v *sentView) (mention, bool) {
	if !v.has("the war", "the conflict", "the fighting", "the uprising", "the rebellion", "the revolt", "the insurgency", "the invasion") {
		return mention{}, false
	}
	loc := reTheWar.FindStringSubmatchIndex(v.between(v.start, v.end))
	if loc == nil {
		return mention{}, false
	}
	s, e := v.start+loc[0], v.start+loc[1]
	if reWarQualified.MatchString(v.between(e, v.end)) {
		return mention{}, false
	}
	found, ok := b.warJustBefore(v)
	if !ok {
		return mention{}, false
	}
	return mention{EntityID: found, Type: "Event", Start: s, End: e, Sentence: v.idx, Text: v.between(s, e)}, true
}

// warJustBefore is the one war-like event named in the two sentences
// before v; with two, which one v goes on about is not said.
func (b *relBuilder) warJustBefore(v *sentView) (string, bool) {
	found := ""
	for i := max(0, v.idx-2); i < v.idx; i++ {
		for _, m := range b.sentenceWars(b.views[i]) {
			if found != "" && found != m.EntityID {
				return "", false
			}
			found = m.EntityID
		}
	}
	return found, found != ""
}

var (
	// ", when", ", in which", ", during which" opening a clause about the war.
	reWarClauseOpen = regexp.MustCompile(`^` + sp + `*,` + sp + `*(?:when|in` + sp + `+which|during` + sp + `+which)\b`)
	// "defeat against", "victory over" right before the side.
	reDefeatAgainst = regexp.MustCompile(`\b(?:defeat|defeats|victory|victories)` + sp + `+(?:against|over|by)` + sp + `+(?:the` + sp + `+)?$`)
)

// otherEventBetween reports an event mention other than w between w and pos.
func (b *relBuilder) otherEventBetween(v *sentView, w mention, pos int) bool {
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type == "Event" && m.EntityID != w.EntityID && m.Start >= w.End && m.End <= pos {
			return true
		}
	}
	return false
}

// "coalition forces, including troops from the United Kingdom, France,
// Egypt, Syria and Saudi Arabia, liberated Kuwait City": states whose
// troops did a deed of war in a sentence right after a war took part in
// that war.
var (
	reTroopsFrom = regexp.MustCompile(`\b(?:troops|forces|contingents|soldiers|units|warplanes|aircraft)` + sp + `+from` + sp + `+(?:the` + sp + `+)?$`)
	reWarDeed    = regexp.MustCompile(`\b(?:liberated|fought|captured|recaptured|retook|advanced|attacked|invaded|entered|landed|stormed|shelled|bombed|struck|took` + sp + `+part|joined` + sp + `+the` + sp + `+(?:fighting|offensive|assault|war))\b`)
)

// troopsFromInWar finds the sides of the war just before v told by where
// troops came from.
func (b *relBuilder) troopsFromInWar(v *sentView) {
	if !v.has("from") || !reWarDeed.MatchString(v.between(v.start, v.end)) {
		return
	}
	for _, g := range groups(v) {
		first := v.args[g[0]]
		if !reTroopsFrom.MatchString(v.between(max(v.start, first.start-30), first.start)) {
			continue
		}
		id, ok := b.warJustBefore(v)
		if !ok || b.irrealisClause(v, v.start, v.args[g[len(g)-1]].end) {
			return
		}
		for _, a := range argsOf(v, g) {
			if a.typ == "Country" && !a.m.Demonym {
				b.add("PARTICIPATED_IN", a.id, id, 0.7, nil, v, first.start, a.end)
			}
		}
		return
	}
}
