package extract

import (
	"regexp"
	"strings"
)

// A history tells many battles by their outcome and place alone: "the
// Chadian forces of Hissène Habré routed the Libyan army at Ouadi Doum",
// "one detachment defeated a Mahdist force at Abu Klea in January 1885",
// "the battle for Jijiga ended". Each is the battle of that place, the
// name encyclopedias give it ("Battle of Ouadi Doum"), fought by the victor
// and the defeated the clause names: people, bodies, and states named by
// their forces ("the Libyan army").

var (
	// reBattleOutcome: a victory told by its verb, the defeated after it.
	reBattleOutcome = regexp.MustCompile(`\b(?:defeated|routed|destroyed|crushed|annihilated|vanquished|overwhelmed)\b`)
	// reAtPlace: " at " and the place's name, capitalised words (an
	// article of a river's or a valley's name kept: "the Atbara").
	reAtPlace = regexp.MustCompile(`^` + sp + `+at` + sp + `+((?:the` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}'’-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}'’-]*){0,2})`)
	// reAndAgainAt: from a battle's place, past its month, to the next
	// place the same sides fought at: " in January and at ", " in November
	// 1875 and again at the ".
	reAndAgainAt = regexp.MustCompile(`^(?:` + sp + `+(?:in|on)` + sp + `+[^,;()]{1,20}?)?,?` + sp + `+and` + sp + `+(?:again` + sp + `+|later` + sp + `+)?at` + sp + `+((?:the` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}'’-]*(?:` + sp + `+(?:of` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}'’-]*){0,2})`)
	// reBattleFor: "the battle for Jijiga", "the battle of Gallabat".
	reBattleFor = regexp.MustCompile(`\b[Tt]he` + sp + `+battle` + sp + `+(?:for|of)` + sp + `+(\p{Lu}[\w\x{00C0}-\x{024F}'’-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}'’-]*){0,2})`)
	// reForceNoun: a state's forces named by its adjective ("the Libyan
	// army") fought; a state's adjective alone ("a Mahdist force" aside)
	// says nothing of who.
	reForceNoun = regexp.MustCompile(`^` + sp + `+(?:(?:armed` + sp + `+)?forces?|army|armies|troops|navy|garrison|units|column|expedition|tanks)\b`)
)

// battlesAt builds the battles v tells by their outcome at a place or by
// "the battle for" a place.
func (b *relBuilder) battlesAt(v *sentView) {
	if !v.has(" at ", "battle for", "battle of") {
		return
	}
	text := v.between(v.start, v.end)
	for _, loc := range reBattleOutcome.FindAllStringIndex(text, -1) {
		verbS, verbE := v.start+loc[0], v.start+loc[1]
		// The place closes the clause of the defeated: no new clause
		// between the verb and it.
		rest := v.between(verbE, v.end)
		cut := strings.IndexAny(rest, ";")
		if cut < 0 {
			cut = len(rest)
		}
		at := -1
		for i := 0; i < cut && i < 140; i++ {
			if m := reAtPlace.FindStringSubmatchIndex(rest[i:]); m != nil && (i == 0 || rest[i] == ' ') {
				at = i
				break
			}
		}
		if at < 0 {
			continue
		}
		m := reAtPlace.FindStringSubmatchIndex(rest[at:])
		ps, pe := verbE+at+m[2], verbE+at+m[3]
		if b.irrealisClause(v, v.start, verbE) {
			continue
		}
		id, place, pe, ok := b.battleOf(v, ps, pe)
		if !ok {
			continue
		}
		// The victors are the fighters before the clause's first such
		// verb ("Kitchener, the Sirdar of the Egyptian Army, defeated X at
		// the Atbara and destroyed the Khalifa's army at the Battle of
		// Omdurman": Kitchener in both); the defeated are those between
		// the verb and the place (in the passive, the victors after "by").
		clause := clauseStart(v, verbS)
		first := verbS
		if l := reBattleOutcome.FindStringIndex(v.between(clause, verbS)); l != nil {
			first = clause + l[0]
		}
		sides := b.battleSubject(v, clause, first)
		for _, a := range v.args {
			if a.start >= verbE && a.end <= ps && (b.fightsIn(v, a) || stateDefeated(v, a, clause, verbS)) {
				sides = append(sides, a)
			}
		}
		if len(sides) == 0 {
			continue
		}
		b.battleEvent(v, id, place, sides, clause, verbS, pe)
		// "routed the Libyans at Fada in January and at Ouadi Doum in
		// March", "… and again at the Battle of Gura": the same sides'
		// next battle.
		for pos := pe; ; {
			l := reAndAgainAt.FindStringSubmatchIndex(v.between(pos, v.end))
			if l == nil {
				break
			}
			ns, ne := pos+l[2], pos+l[3]
			nid, nplace, ne, ok := b.battleOf(v, ns, ne)
			if !ok {
				break
			}
			b.battleEvent(v, nid, nplace, sides, clause, ns, ne)
			pos = ne
		}
	}
	for _, m := range reBattleFor.FindAllStringSubmatchIndex(text, -1) {
		ps, pe := v.start+m[2], v.start+m[3]
		if id, place, pe, ok := b.battleOf(v, ps, pe); ok {
			b.battleEvent(v, id, place, nil, v.start+m[0], v.start+m[0], pe)
		}
	}
}

// battleOf is the battle of the place named in [ps, pe): the document's
// event of that name, else a new one, the place's mention when it is one,
// and where the name ends. A name that is a state, a body or a person is
// no battlefield.
func (b *relBuilder) battleOf(v *sentView, ps, pe int) (string, *mention, int, bool) {
	name := strings.TrimPrefix(strings.Join(strings.Fields(v.between(ps, pe)), " "), "the ")
	// "defeated the Iraqi Army at the Battle of Mount Handrin": the
	// battle named there.
	if m, ok := b.eventOver(v, ps, pe); ok {
		return m.EntityID, nil, max(pe, m.End), true
	}
	if strings.HasPrefix(name, "Battle") {
		return "", nil, pe, false
	}
	var place *mention
	for i := range v.ments {
		m := &v.ments[i]
		if m.Start < pe && ps < m.End {
			if m.Type != "Place" || m.Demonym {
				return "", nil, pe, false
			}
			place = m
		}
	}
	full := "Battle of " + name
	if id := b.namedOfType("Event", full); id != "" {
		return id, place, pe, true
	}
	id := "event:battle:" + slugWords(full)
	if _, ok := b.events[id]; !ok {
		b.events[id] = &entity{ID: id, Name: full, Type: "Event", Props: map[string]any{"kind": "battle"}}
	}
	return id, place, pe, true
}

// battleSubject are the fighters in [from, to), their commanders with
// them ("French troops under General Henri Gouraud"), but not a body that
// describes a person's office ("Kitchener, the Sirdar of the Egyptian
// Army,").
func (b *relBuilder) battleSubject(v *sentView, from, to int) []arg {
	var out []arg
	for i, a := range v.args {
		if a.start < from || a.end > to || !b.fightsIn(v, a) && !stateVictor(v, a, to) {
			continue
		}
		if i > 0 && v.args[i-1].typ == "Person" && reApposedOfficeOf.MatchString(v.between(v.args[i-1].end, a.start)) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// A state by its name fights a battle its clause tells when nothing sets
// it apart from the victory's verb: "Menelik, who had defeated Italy at
// the Battle of Adwa", "forces of Britain and the Commonwealth defeated the
// Italian army at the Battle of Keren". A state before a comma is another
// clause's ("Eritrea was a colony of Italy until 1941, when forces of
// Britain defeated …"), and the one after a passive verb is the victor's
// agent, which is seldom a state ("was destroyed by Admiral Tōgō").

var rePassiveBefore = regexp.MustCompile(`\b(?:was|were|been|being)` + sp + `+$`)

// stateVictor: a state named before the verb at verb, with no comma or
// clause between.
func stateVictor(v *sentView, a arg, verb int) bool {
	gap := v.between(a.m.End, verb)
	return a.typ == "Country" && !a.m.Demonym && !strings.Contains(gap, ",") && !reSubClauseGap.MatchString(gap)
}

// reSubClauseGap: a word that opens another clause between a state and a
// verb ("Britain protested when Russian forces defeated …").
var reSubClauseGap = regexp.MustCompile(`\b(?:when|after|before|while|as|until|since|because|where|which|who|that)\b`)

// stateDefeated: a state named after an active verb at verb.
func stateDefeated(v *sentView, a arg, clause, verb int) bool {
	return a.typ == "Country" && !a.m.Demonym && !rePassiveBefore.MatchString(v.between(clause, verb))
}

// reApposedOfficeOf: a person's office set off after the name, up to the
// body it is held in: ", the Sirdar of the".
var reApposedOfficeOf = regexp.MustCompile(`^,` + sp + `+(?:the` + sp + `+)?[\w' -]{1,40}?` + sp + `+(?:of|in|for)` + sp + `+(?:the` + sp + `+)?$`)

// fightsIn reports an arg of a battle's clause that fought in it: a person
// or a body, or a state named by its forces.
func (b *relBuilder) fightsIn(v *sentView, a arg) bool {
	switch {
	case a.typ == "Person" || a.typ == "Organization" && !a.m.Demonym:
		return true
	case a.typ == "Country" && a.m.Demonym:
		// "the Libyan army", or the people as a side: "routed the Libyans".
		return reForceNoun.MatchString(v.between(a.m.End, v.end)) || strings.HasSuffix(a.m.Text, "s") && !strings.HasSuffix(a.m.Text, "ss")
	}
	return false
}

// battleEvent records battle id fought by sides, told in [start, end), at
// place, dated by the date nearest its words from deed on (a second
// victory of one sentence has a day of its own) when it is not yet.
func (b *relBuilder) battleEvent(v *sentView, id string, place *mention, sides []arg, start, deed, end int) {
	if ev := b.events[id]; ev != nil {
		if _, dated := ev.Props["date"]; !dated {
			// A month without its year ("at Ouadi Doum in March") is no
			// date of a battle a history tells: the year the document
			// gives to it is its publication's.
			if d, ok := pickDate(v, deed, end, true); ok && d.Resolved() && reYear.MatchString(d.Text) {
				for k, val := range datedProps("battle", d) {
					ev.Props[k] = val
				}
			}
		}
	}
	b.eventMentioned(id, v, start, end)
	for _, a := range sides {
		b.add("PARTICIPATED_IN", a.id, id, 0.7, nil, v, start, end)
	}
	if place != nil {
		b.add("HELD_IN", id, place.EntityID, 0.75, nil, v, start, end)
	}
}

// clauseStart is where the clause holding pos starts: after the last
// semicolon before it, else the sentence's start.
func clauseStart(v *sentView, pos int) int {
	before := v.between(v.start, pos)
	if i := strings.LastIndex(before, ";"); i >= 0 {
		return v.start + i + 1
	}
	return v.start
}

// eventOver is the first event mention of v, the entity stage's or the
// rules', that overlaps [s, e).
func (b *relBuilder) eventOver(v *sentView, s, e int) (mention, bool) {
	for _, m := range b.eventMentsOf(v) {
		if m.Start < e && s < m.End {
			return m, true
		}
	}
	return mention{}, false
}
