package extract

import (
	"regexp"
	"strings"
)

// Who led the forces of a war, a revolution or a coup took part in it,
// and so did the state that led a coalition in it: "In the Rose
// Revolution, protesters led by Mikheil Saakashvili, Nino Burjanadze and
// Zurab Zhvania stormed parliament", "Kuwait was liberated by an
// American-led coalition at the end of the Gulf War". The sentence must
// name one such event and no other, and not as a time before or after
// the deed (reEventAsTime: "after the Gulf War").

var (
	// reForcesLedBy: a body of fighters or protesters, then who led it,
	// right before the first leader and the titles before the name.
	reForcesLedBy = regexp.MustCompile(`\b(?:forces|troops|armies|army|officers|rebels|protesters|protests|demonstrators|men|columns?|coalition|fighters|insurgents|militias?|units|opposition|resistance|guerrillas|soldiers|paratroopers|volunteers)` +
		`,?` + sp + `+(?:led|commanded|headed)` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:\p{Lu}[\w.'’-]*|[a-z]+` + sp + `+leader)` + sp + `+){0,3}$`)
	// reLedCoalition: right after a state, "-led coalition", "-led
	// forces".
	reLedCoalition = regexp.MustCompile(`^[-–]led` + sp + `+(?:(?:international|military|multinational|Arab|Western)` + sp + `+)?(?:coalition|forces|troops|alliance|intervention|invasion|campaign|offensive)\b`)
)

// fightingKinds are the kinds of event fought or forced by a side.
var fightingKinds = []string{"war", "revolution", "protest", "campaign", "battle", "invasion", "coup"}

// forcesLedBy reads the two forms above in v.
func (b *relBuilder) forcesLedBy(v *sentView) {
	if !v.has(" led by", "commanded by", "headed by", "-led", "–led") {
		return
	}
	ev, ok := b.oneFoughtEvent(v)
	if !ok || b.irrealisClause(v, v.start, v.end) {
		return
	}
	for _, g := range groups(v) {
		first := v.args[g[0]]
		if first.typ != "Person" || !reForcesLedBy.MatchString(v.between(max(v.start, first.start-80), first.start)) {
			continue
		}
		for _, a := range argsOf(v, g) {
			if a.typ == "Person" {
				b.add("PARTICIPATED_IN", a.id, ev, 0.7, map[string]any{"role": "leader"}, v, first.start, a.end)
			}
		}
	}
	for _, q := range v.ments {
		if q.Type != "Country" {
			continue
		}
		if loc := reLedCoalition.FindStringIndex(v.between(q.End, v.end)); loc != nil {
			b.add("PARTICIPATED_IN", q.EntityID, ev, 0.7, nil, v, q.Start, q.End+loc[1])
		}
	}
}

// oneFoughtEvent is the one war, revolution or coup v names as a scene.
func (b *relBuilder) oneFoughtEvent(v *sentView) (string, bool) {
	id := ""
	for _, m := range b.eventMentsOf(v) {
		if !b.eventKindIn(m.EntityID, fightingKinds) && !strings.Contains(strings.ToLower(b.nameOf(m.EntityID)), "operation ") {
			continue
		}
		if reEventAsTime.MatchString(v.between(max(v.start, m.Start-40), m.Start)) {
			return "", false
		}
		if id != "" && id != m.EntityID {
			return "", false
		}
		id = m.EntityID
	}
	return id, id != ""
}
