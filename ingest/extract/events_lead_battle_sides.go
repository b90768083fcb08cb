package extract

import "regexp"

// A page on a battle defines it, then tells in the next sentence of its
// lead who fought it, with no name of the battle there: "The Battle of
// Adwa was the decisive engagement of the First Italo-Ethiopian War,
// fought on 1 March 1896 … An Ethiopian army commanded by Emperor Menelik
// II defeated an Italian expeditionary corps under General Oreste
// Baratieri". The states whose forces did the deed, and those who
// commanded them, took part in the battle the lead defines.

// reLeadForces: after a state's demonym, its forces ("army",
// "expeditionary corps").
var reLeadForces = regexp.MustCompile(`^` + sp + `+(?:[a-z-]+` + sp + `+){0,2}?(?:army|armies|forces|troops|corps|column|columns|fleet|navy|brigades?|divisions?|garrison)\b`)

// reCommandedBy: right before who commanded a side, with the title.
var reCommandedBy = regexp.MustCompile(`(?:\b(?:commanded|led|headed)` + sp + `+by|\bunder)` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w.'’-]*` + sp + `+){0,3}$`)

// pageBattle is the battle or war the page defines, and the sentence that
// defines it.
func (b *relBuilder) pageBattle() (mention, *sentView, bool) {
	for _, d := range b.views {
		m, _, ok := b.definedEvent(d)
		if !ok {
			continue
		}
		if kind := b.eventKind(m.EntityID); kind != "battle" && kind != "war" {
			return mention{}, nil, false
		}
		return m, d, true
	}
	return mention{}, nil, false
}

// leadBattleSides finds the sides told as above.
func (b *relBuilder) leadBattleSides() {
	m, d, ok := b.pageBattle()
	if !ok {
		return
	}
	b.battleCommanders(m)
	if d.idx+1 >= len(b.views) {
		return
	}
	{
		v := b.views[d.idx+1]
		if b.paragraphBack(v) > d.idx || len(b.eventMentsOf(v)) > 0 || !reForceVerb.MatchString(v.between(v.start, v.end)) && !reFoughtVerbs.MatchString(v.between(v.start, v.end)) {
			return
		}
		for _, q := range v.ments {
			switch {
			case q.Type == "Country" && q.Demonym && reLeadForces.MatchString(v.between(q.End, v.end)):
				b.add("PARTICIPATED_IN", q.EntityID, m.EntityID, 0.7, nil, v, q.Start, q.End)
			case q.Type == "Person" && reCommandedBy.MatchString(v.between(max(v.start, q.Start-60), q.Start)):
				b.add("PARTICIPATED_IN", q.EntityID, m.EntityID, 0.7, nil, v, q.Start, q.End)
			}
		}
	}
}

// "Its commanders included Empress Taytu Betul, Ras Makonnen, Ras Alula
// Engida …", "organised in four brigades under Generals Matteo Albertone,
// Giuseppe Arimondi …": on a page about one battle, the commanders a
// sentence naming no other event lists fought in it.

// reCommandersListed: where the list of commanders opens.
var reCommandersListed = regexp.MustCompile(`\bcommanders` + sp + `+(?:included|were)` + sp + `|\b(?:brigades?|divisions?|columns?|corps|forces|army|troops|regiments?)` + sp + `+under` + sp + `+(?:Generals?|Colonels?|Marshals?|Admirals?)` + sp)

// battleCommanders finds the commanders listed as above: every person
// named after the list opens, to the sentence's end.
func (b *relBuilder) battleCommanders(battle mention) {
	for _, v := range b.views {
		if !v.has("commanders", " under ") || len(b.eventMentsOf(v)) > 0 {
			continue
		}
		loc := reCommandersListed.FindStringIndex(v.between(v.start, v.end))
		if loc == nil || b.irrealisClause(v, v.start, v.end) {
			continue
		}
		from := v.start + loc[0]
		for _, a := range v.args {
			if a.typ == "Person" && a.m.Start >= from {
				b.add("PARTICIPATED_IN", a.id, battle.EntityID, 0.7, nil, v, from, a.m.End)
			}
		}
	}
}

// reFoughtVerbs: the deeds of a battle's sides the force verbs leave out.
var reFoughtVerbs = regexp.MustCompile(`\b(?:defeated|routed|repulsed|crushed|besieged|stormed|annihilated)\b`)
