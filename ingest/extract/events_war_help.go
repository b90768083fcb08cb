package extract

import (
	"regexp"
	"strings"
)

// Who fought a war, told by what they did for it or in it:
//
//   - "In an effort to curb the Dhofar insurgency, Sultan Qaboos expanded
//     the armed forces": whoever strove to crush, quell or defeat it (not
//     to end it: a mediator ends a war too);
//   - "expanded the army while vigorously prosecuting the war in Dhofar",
//     "changed its name to the PFLO, while continuing the Dhofar
//     Rebellion": the clause's subject, or the name it took, waged it;
//   - "He obtained direct military support from the UK, Iran, and Jordan"
//     after the war is named: whoever lent the support fought beside;
//   - "Aided by South Yemen, the rebels formed the Dhofar Liberation Front",
//     "Qaboos was aided by British forces and Iran": the helpers, the side
//     aided and the front the rebels formed.
//
// The war of the last three is the one the sentence names, else the one of
// the two sentences before (warJustBefore). Each gives PARTICIPATED_IN.

// unnamedSide: the fighters or rulers of a side the text does not name
// ("the rebels", "the government").
const unnamedSide = `(?:rebels|insurgents|guerrillas|militants|fighters|government|army|regime|forces|troops)`

var (
	// An effort against the war, opening the sentence, right before it.
	reEffortAgainst = regexp.MustCompile(`^(?:[^,;]{0,40},` + sp + `*)?(?:(?:In|in)` + sp + `+(?:an?` + sp + `+)?(?:effort|bid|attempt|order|drive)` + sp + `+)?[Tt]o` + sp + `+(?:curb|quell|suppress|crush|put` + sp + `+down|defeat|counter|fight|contain|stamp` + sp + `+out)` + sp + `+(?:the` + sp + `+)?$`)
	// From the war to the subject of the main clause: ", Sultan".
	reEffortSubject = regexp.MustCompile(`^(?:` + sp + `+in` + sp + `+[^,;]{1,40})?` + sp + `*,` + sp + `*(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*` + sp + `+){0,2}$`)
	// "while continuing the", "while vigorously prosecuting the".
	reWhileWaging = regexp.MustCompile(`\bwhile` + sp + `+(?:(?:vigorously|still|also|successfully)` + sp + `+)?(?:continuing|waging|fighting|prosecuting|pursuing|escalating)` + sp + `+(?:the` + sp + `+)?$`)
	// The subject at the start of a clause: an opener set off by a comma,
	// an article or up to two capitalised words of a title.
	reClauseSubject = regexp.MustCompile(`^(?:[^,;]{0,60},` + sp + `*)?(?:(?:[Tt]he|\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*)` + sp + `+){0,2}$`)
	// "changed its name to the": the name the subject took.
	reRenamedTo = regexp.MustCompile(`\b(?:changed` + sp + `+(?:its|their)` + sp + `+name` + sp + `+to|renamed` + sp + `+(?:itself|themselves)(?:` + sp + `+as)?)` + sp + `+(?:the` + sp + `+)?$`)
	// Support obtained, right before its givers.
	reSupportObtained = regexp.MustCompile(`\b(?:obtained|received|got|secured|gained|enjoyed|sought` + sp + `+and` + sp + `+(?:obtained|received))` + sp + `+(?:(?:direct|military|armed|financial|logistical|logistic|material|substantial|significant|considerable|active|naval|air|covert)` + sp + `+(?:and` + sp + `+)?)*(?:support|aid|assistance|help|backing)` + sp + `+from` + sp + `+(?:the` + sp + `+)?$`)
	// A sentence opening with its helpers: "Aided by Communist governments
	// such as the former".
	reAidedOpener = regexp.MustCompile(`^(?:Aided|Backed|Supported|Assisted|Armed)` + sp + `+by` + sp + `+(?:[^,;]{0,80}?` + sp + `+such` + sp + `+as` + sp + `+)?(?:the` + sp + `+)?(?:former` + sp + `+)?$`)
	// The rest of the opener up to its clause's subject, after the last
	// helper: "(People's Democratic Republic of Yemen), the rebels".
	reAidedSubject = regexp.MustCompile(`^(?:` + sp + `*\([^()]{0,80}\))?` + sp + `*,` + sp + `*(?:the` + sp + `+)?` + unnamedSide + `?`)
	// A side aided: "was aided by the".
	reWasAided = regexp.MustCompile(sp + `+(?:was|were)` + sp + `+(?:(?:also|later|then)` + sp + `+)?(?:aided|backed|supported|assisted|armed)` + sp + `+by` + sp + `+(?:the` + sp + `+)?`)
	// Fighters before "was aided by" that stand for a side without a name.
	reFightersBefore = regexp.MustCompile(`\b` + unnamedSide + `$`)
	// "the rebels formed the": a front of the war's fighters.
	reRebelsFormed = regexp.MustCompile(`\b(?:the` + sp + `+)?(?:rebels|insurgents|guerrillas|militants)` + sp + `+(?:(?:later|then|soon|also)` + sp + `+)?(?:formed|founded|created|established|set` + sp + `+up|organi[sz]ed)` + sp + `+(?:the` + sp + `+)?$`)
	// Where the givers of support end: a new clause or a purpose.
	reHelpEnd = regexp.MustCompile(`[;]|\b(?:which|who|for|to|but|while|after|when)\b`)
)

// warHelpers finds the sides of a war told as above. Each wording has
// words of its own, tested before anything is read.
func (b *relBuilder) warHelpers(v *sentView) {
	effort := v.has("curb", "quell", "suppress", "crush", "put down", "defeat", "counter", "fight", "contain", "stamp out")
	if effort || v.has("while") {
		wars := b.sentenceWars(v)
		if len(wars) == 0 {
			// "In an effort to quell the revolt": the war just named.
			if w, ok := b.theWar(v); ok {
				wars = append(wars, w)
			}
		}
		for _, w := range wars {
			if effort {
				b.effortAgainst(v, w)
			}
			b.wagedWhile(v, w)
		}
	}
	if !v.has("support", "aid", "help", "assistance", "backing", "backed", "armed", "formed", "founded", "created", "established", "set up", "organi") {
		return
	}
	id, ok := b.warOfSentence(v)
	if !ok {
		return
	}
	b.supportObtained(v, id)
	b.aidedSides(v, id)
	b.rebelsFormed(v, id)
}

// warOfSentence is the one war v names, else the one named just before.
func (b *relBuilder) warOfSentence(v *sentView) (string, bool) {
	id := ""
	for _, w := range b.sentenceWars(v) {
		if id != "" && id != w.EntityID {
			return "", false
		}
		id = w.EntityID
	}
	if id != "" {
		return id, true
	}
	return b.warJustBefore(v)
}

// effortAgainst: "In an effort to curb the W, X ...".
func (b *relBuilder) effortAgainst(v *sentView, w mention) {
	if !reEffortAgainst.MatchString(v.between(v.start, w.Start)) {
		return
	}
	for _, a := range v.args {
		if a.start < w.End || !a.actor() || a.m.Demonym {
			continue
		}
		if reEffortSubject.MatchString(v.between(w.End, a.start)) {
			b.add("PARTICIPATED_IN", a.id, w.EntityID, 0.7, nil, v, v.start, a.end)
		}
		return
	}
}

// wagedWhile: "X expanded the army while prosecuting the W", "the branch
// changed its name to X, while continuing the W".
func (b *relBuilder) wagedWhile(v *sentView, w mention) {
	if !reWhileWaging.MatchString(v.between(max(v.start, w.Start-60), w.Start)) {
		return
	}
	var doer *arg
	for i := range v.args {
		a := &v.args[i]
		if a.end > w.Start || !a.actor() || a.m.Demonym {
			continue
		}
		if reRenamedTo.MatchString(v.between(max(v.start, a.start-40), a.start)) {
			doer = a // the name taken is the one who went on
			break
		}
		if doer == nil && reClauseSubject.MatchString(v.between(v.start, a.start)) {
			doer = a
		}
	}
	if doer == nil || strings.Contains(v.between(doer.end, w.Start), ";") {
		return
	}
	b.add("PARTICIPATED_IN", doer.id, w.EntityID, 0.65, nil, v, doer.start, w.End)
}

// supportObtained: "He obtained direct military support from A, B and C".
func (b *relBuilder) supportObtained(v *sentView, war string) {
	if !v.has("support", "aid", "assistance", "help", "backing") {
		return
	}
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		from := max(v.start, first.start-120)
		loc := reSupportObtained.FindStringIndex(v.between(from, first.start))
		// Only the words before the verb can make it unreal: "support"
		// itself is a word of wishes elsewhere.
		if loc == nil || b.irrealisClause(v, v.start, from+loc[0]) || reHelpEnd.MatchString(firstWords(v.between(last.end, v.end), 2)) {
			continue
		}
		for _, a := range argsOf(v, g) {
			if a.actor() && !a.m.Demonym {
				b.add("PARTICIPATED_IN", a.id, war, 0.65, nil, v, from+loc[0], last.end)
			}
		}
	}
}

// aidedSides: "Aided by A, the rebels ...", "X was aided by A and B".
func (b *relBuilder) aidedSides(v *sentView, war string) {
	if !v.has("aided", "backed", "supported", "assisted", "armed") {
		return
	}
	text := v.between(v.start, v.end)
	// "Aided by ... South Yemen (...), the rebels": the opener's helpers.
	if comma := strings.Index(text, ","); comma > 0 {
		hs := b.helpers(v, v.start, v.start+comma)
		if len(hs) > 0 && reAidedOpener.MatchString(v.between(v.start, hs[0].start)) && reAidedSubject.MatchString(text[comma:]) {
			for _, h := range hs {
				b.add("PARTICIPATED_IN", h.id, war, 0.6, nil, v, v.start, h.end)
			}
			return
		}
	}
	for _, loc := range reWasAided.FindAllStringIndex(text, -1) {
		s, from := v.start+loc[0], v.start+loc[1]
		to := v.end
		if end := reHelpEnd.FindStringIndex(v.between(from, v.end)); end != nil {
			to = from + end[0]
		}
		hs := b.helpers(v, from, to)
		if len(hs) == 0 {
			continue
		}
		// The side aided: a named one right before, or its fighters.
		side := b.actorBefore(v, s)
		if side != nil && (strings.TrimSpace(v.between(side.end, s)) != "" || side.m.Demonym) {
			side = nil
		}
		if side == nil && !reFightersBefore.MatchString(strings.TrimRight(v.between(v.start, s), " \u00a0")) {
			continue
		}
		if side != nil {
			b.add("PARTICIPATED_IN", side.id, war, 0.6, nil, v, side.start, hs[len(hs)-1].end)
		}
		for _, h := range hs {
			b.add("PARTICIPATED_IN", h.id, war, 0.6, nil, v, s, h.end)
		}
	}
}

// helpers are the actors of v in [from, to) that can lend a war help: a
// demonym only with its fighters after it ("British forces").
func (b *relBuilder) helpers(v *sentView, from, to int) []arg {
	var hs []arg
	for _, a := range v.args {
		if a.start < from || a.end > to || !a.actor() {
			continue
		}
		if a.m.Demonym && !reForcesAfter.MatchString(v.between(a.m.End, v.end)) {
			continue
		}
		hs = append(hs, a)
	}
	return hs
}

// rebelsFormed: "the rebels formed the Dhofar Liberation Front".
func (b *relBuilder) rebelsFormed(v *sentView, war string) {
	if !v.has("formed", "founded", "created", "established", "set up", "organi") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Organization" {
			continue
		}
		if loc := reRebelsFormed.FindStringIndex(v.between(max(v.start, a.start-60), a.start)); loc != nil {
			b.add("PARTICIPATED_IN", a.id, war, 0.6, nil, v, max(v.start, a.start-60)+loc[0], a.end)
		}
	}
}

// firstWords is the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
