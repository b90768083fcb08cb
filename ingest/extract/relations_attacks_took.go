package extract

import (
	"regexp"
	"strings"
)

// A place "taken" by armed men: "Egyptian forces took Acre after a
// six-month siege". Only a place or state, and only where the clause goes
// on with when or how it fell: "took Iraq to task", "took the case to the
// UN", "took Kuwait by surprise" are no attacks.
var (
	// "quickly took most of Khartoum, Omdurman and Bahri": how much of
	// the places was taken.
	reTookVerb  = regexp.MustCompile(attackerNoun + preVerbWhen[1:] + `(?:took|takes|retook|retakes)` + sp + `+(?:(?:most|much|parts?|all)` + sp + `+of` + sp + `+)?(?:the` + sp + `+)?(?:city` + sp + `+of` + sp + `+|town` + sp + `+of` + sp + `+)?$`)
	reTookAfter = regexp.MustCompile(`^(?:` + sp + `*(?:[,.;]|$)|` + sp + `+(?:in|on|after|from|during|within|following|by` + sp + `+storm|and` + sp + `+(?:held|occupied|looted|sacked|razed))\b)`)
)

// tookPlaces finds ATTACKED for the wording above.
func (b *relBuilder) tookPlaces(v *sentView) {
	if !v.has("took", "takes", "retook", "retakes") {
		return
	}
	for _, g := range groups(v) {
		last := v.args[g[len(g)-1]]
		t, ok := nextMention(v, last.end)
		if !ok || (t.Type != "Place" && t.Type != "Country") || t.Demonym {
			continue
		}
		if !reTookVerb.MatchString(v.between(last.end, t.Start)) || !reTookAfter.MatchString(v.between(t.End, v.end)) {
			continue
		}
		// "took Khartoum, Omdurman and Bahri": every place listed.
		targets := []arg{argOf(t)}
		for _, o := range objectsAfter(v, t.Start) {
			if o.start > t.Start && (o.typ == "Place" || o.typ == "Country") && !o.m.Demonym {
				targets = append(targets, o)
			}
		}
		b.attacked(v, argsOf(v, g), targets, v.args[g[0]].start, targets[len(targets)-1].end)
		// "ISIL fighters took Mosul on 10 June 2014": a taking of its day.
		b.captureEvents(v, argsOf(v, g), targets, v.args[g[0]].start, targets[len(targets)-1].end)
	}
}

// A place whose taking a later clause tells without naming it again:
// "Baghdad and southern Iraq remained under Ottoman rule until 1917, when
// captured by the British", "..., until it was occupied by Israel". The
// places are the sentence's subject, the taker the actor right after "by".
var (
	reElidedTakenBy = regexp.MustCompile(`,` + sp + `+(?:when|until|after|before)` + sp + `+(?:(?:it|they)` + sp + `+(?:was|were)` + sp + `+|being` + sp + `+)?(?:captured|occupied|seized|taken|conquered|invaded|overrun|stormed|annexed|recaptured|retaken|sacked|besieged)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	// What may open the sentence before its subject: "In 1917, ", "The ".
	reTakenSubjectOpens = regexp.MustCompile(`^(?:(?:In|By)` + sp + `+\d{4}` + sp + `*,` + sp + `*)?(?:The` + sp + `+)?$`)
)

// elidedTakings finds ATTACKED for reElidedTakenBy.
func (b *relBuilder) elidedTakings(v *sentView) {
	if !v.has(" by ") || len(v.args) < 2 || !reTakenSubjectOpens.MatchString(v.between(v.start, v.args[0].start)) {
		return
	}
	// The subject: the places at the head of the sentence, and those
	// joined to them ("Baghdad and southern Iraq").
	n := 1
	for n < len(v.args) && reCoord.MatchString(v.between(v.args[n-1].end, v.args[n].start)) {
		n++
	}
	var places []arg
	for _, a := range v.args[:n] {
		if a.typ != "Place" && a.typ != "Country" || a.m.Demonym || a.m.Pronoun {
			return
		}
		places = append(places, a)
	}
	for i := n; i < len(v.args); i++ {
		taker := v.args[i]
		if !taker.actor() || !reElidedTakenBy.MatchString(v.between(max(v.start, taker.start-60), taker.start)) {
			continue
		}
		b.attacked(v, []arg{taker}, places, places[0].start, taker.end)
		return
	}
}

// A town taken and named again only by its kind: "The struggle for
// Kabul devastated the capital and ended when the Taliban captured the
// city on 27 September 1996". "The city", "the town", "the capital" or
// "the port" is the one place the sentence named before its taker, or,
// when it named none, the one place the sentence before named.

// reTookTheTown: from the takers to the town's kind.
var reTookTheTown = regexp.MustCompile(attackerNoun + preVerbWhen[1:] + `(?:captured|seized|took|stormed|overran|besieged|occupied|shelled|bombed|bombarded|attacked|retook|recaptured)` + sp + `+the` + sp + `+(?:city|town|capital|port)\b`)

// tookTheTown finds ATTACKED for the wording above.
func (b *relBuilder) tookTheTown(v *sentView) {
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		loc := reTookTheTown.FindStringIndex(v.between(last.end, v.end))
		if loc == nil || !last.actor() || strings.HasPrefix(strings.TrimLeft(v.between(last.end+loc[1], v.end), " "), "of") {
			continue
		}
		town, ok := b.onePlaceBefore(v, first.start)
		if !ok {
			continue
		}
		b.attacked(v, argsOf(v, g), []arg{town}, first.start, last.end+loc[1])
		return
	}
}

// onePlaceBefore is the one place sentence v names before pos, or when it
// names none there, the one place the sentence before names.
func (b *relBuilder) onePlaceBefore(v *sentView, pos int) (arg, bool) {
	pick := func(ms []mention, end int) (arg, bool, bool) {
		var found mention
		n := 0
		for _, m := range ms {
			if m.End > end || m.Type != "Place" || m.Demonym {
				continue
			}
			if n == 0 || m.EntityID != found.EntityID {
				n++
			}
			found = m
		}
		return argOf(found), n == 1, n > 0
	}
	if a, one, any := pick(v.ments, pos); any {
		return a, one
	}
	if v.idx == 0 {
		return arg{}, false
	}
	w := b.views[v.idx-1] // one view per sentence, in order
	a, one, _ := pick(w.ments, w.end)
	return a, one
}
