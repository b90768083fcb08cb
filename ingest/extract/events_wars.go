package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// Wars, battles, invasions and attacks named in running prose without the
// capitalised head the headed pattern reads (events_names.go):
//
//   - a year and a name before a lower-case war: "the 2007 Lebanon
//     conflict", "the 2014 Gaza war", "the Syrian civil war";
//   - a year before a war in a place: "the 2008 conflict in Lebanon";
//   - a battle named by its place: "the 2007 Battle of Gaza", "the Siege
//     of Beirut" (held there);
//   - an invasion named by its invader: "the Israeli invasion of Lebanon",
//     "Iraq's invasion of Kuwait", "an Israeli invasion" in a dated,
//     asserted sentence (the invader took part in it and attacked the
//     state invaded);
//   - an attack named by its place: "the Halabja poison gas attack", "the
//     Beirut barracks bombing" (held there).
//
// Each is one entity per name (event:<kind>:<slug>), like the headed names.

var (
	// "the 2007 Lebanon conflict", "the 2006–07 Gaza war", "the 2011 Syrian civil war".
	reYearWar = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:1[5-9]|20)\d{2}(?:[–-](?:\d{2}|\d{4}))?` + sp + `+(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*` + sp + `+){1,3}(?:civil` + sp + `+)?(war|conflict|crisis|uprising|offensive))\b`)
	// "the Syrian civil war": a state's civil war needs no year.
	reCivilWar = regexp.MustCompile(`\b[Tt]he` + sp + `+(\p{Lu}[\w\x{00C0}-\x{024F}'’-]*` + sp + `+civil` + sp + `+(war))\b`)
	// "the 2008 conflict in Lebanon": the year, the head, then the place.
	reYearWarIn = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:1[5-9]|20)\d{2}(?:[–-](?:\d{2}|\d{4}))?` + sp + `+(war|conflict|crisis|uprising|fighting|clashes)` + sp + `+(?:in|on)` + sp + `+(?:the` + sp + `+)?)`)
	// "the 2007 Battle of Gaza", "the Battle of Karbala", "the Siege of
	// Beirut", "the Fall of Baghdad": capitalised, a deed of war named by
	// its place.
	reBattle = regexp.MustCompile(`\b((?:(?:1[5-9]|20)\d{2}` + sp + `+)?(?:(?:First|Second|Third)` + sp + `+)?(?:Battle|Siege|Sack|Fall|Capture|Liberation)` + sp + `+(?:of|for)` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*|(?:al|el|ad|an|as)-\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*)(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*){0,2})`)
	// "the War of Attrition", "the War of 1812": a war named after its head.
	reWarOf = regexp.MustCompile(`\b[Tt]he` + sp + `+(War` + sp + `+of` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}'’-]*|1[5-9]\d{2})(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}'’-]*){0,2})`)
	// "the Iran–Contra affair", "the Watergate scandal".
	reAffair = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:1[5-9]|20)\d{2}` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}'’.]*(?:` + sp + `*[–-]` + sp + `*\p{Lu}[\w\x{00C0}-\x{024F}'’.]*)*` + sp + `+(?:[Aa]ffair|[Ss]candal))\b`)
	// What follows an invader: "Israeli invasion", "Iraq's invasion",
	// "US-led invasion", "Israeli ground invasion".
	reInvasionAfter = regexp.MustCompile(`^(?:['’]s)?(?:-led)?` + sp + `+(?:(?:ground|military|full-scale|armed)` + sp + `+)?invasion\b`)
	// "of Lebanon" after an invasion.
	reOfAfter = regexp.MustCompile(`^` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// What makes an invasion feared or prevented rather than told.
	reInvasionUnreal = regexp.MustCompile(`(?i)\b(?:fear\w*|prevent\w*|deter\w*|avert\w*|avoid\w*|risk\w*|warn\w*|threat\w*|imminent|looming|against` + sp + `+a)\b`)
	// A place, up to three lower-case modifiers, and an attack word: "Halabja
	// poison gas attack", "Beirut barracks bombing".
	rePlaceAttack = regexp.MustCompile(`^((?:` + sp + `+[a-z][\w-]*){0,3}?)` + sp + `+(attack|bombing|massacre|bombardment|siege|raid|airstrike|air` + sp + `+strike)\b`)
	// Words that make the run before an attack word a clause, not modifiers.
	reClauseWord = regexp.MustCompile(`\b(?:and|or|of|in|on|at|to|by|for|with|from|the|a|an|was|were|is|are|has|had|have|after|before|during|since|its|their|his|her|this|that|which|who)\b`)
)

// proseWars finds the wars, battles, invasions and attacks of v named in
// running prose.
func (b *relBuilder) proseWars(v *sentView, text string) {
	if v.has("war", "conflict", "crisis", "uprising", "offensive", "fighting", "clashes") {
		b.yearWars(v, text)
	}
	if strings.Contains(text, "War of") {
		for _, m := range reWarOf.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+m[2], v.start+m[3]
			if !b.blockedName(v, s, e, s) {
				b.nameEventAs(v, "war", s, e)
			}
		}
	}
	if v.has("affair", "scandal") {
		for _, m := range reAffair.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+m[2], v.start+m[3]
			if !b.blockedName(v, s, e, e-1) && !b.stateWordOnly(v, s, e) {
				b.nameEventAs(v, "affair", s, e)
			}
		}
	}
	if v.has("battle", "siege", "sack", "fall", "capture", "liberation") {
		for _, m := range reBattle.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+m[2], v.start+m[3]
			for e > s && v.text[e-1] == '.' {
				e-- // the sentence's full stop
			}
			if b.blockedName(v, s, e, s) || precededByIndefinite(v, s) {
				continue
			}
			id := b.nameEventAs(v, "battle", s, e)
			for _, p := range v.ments {
				if p.Type == "Place" && !p.Demonym && p.Start >= s && p.End <= e {
					b.add("HELD_IN", id, p.EntityID, 0.8, nil, v, s, e)
				}
			}
		}
	}
	if v.has("invasion") {
		b.invasions(v)
		b.invasionsCarriedOut(v)
	}
	if v.has("attack", "bombing", "massacre", "bombardment", "siege", "raid", "strike") {
		b.placeAttacks(v)
	}
}

// yearWars: "the 2007 Lebanon conflict", "the Syrian civil war", "the 2008
// conflict in Lebanon".
func (b *relBuilder) yearWars(v *sentView, text string) {
	for _, re := range []*regexp.Regexp{reYearWar, reCivilWar} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+m[2], v.start+m[3]
			if re == reCivilWar && !b.stateWordAt(v, s) {
				continue // "the Great civil war": only a state's civil war
			}
			if b.blockedName(v, s, e, v.start+m[4]) {
				continue
			}
			b.nameEventAs(v, "war", s, e)
		}
	}
	for _, m := range reYearWarIn.FindAllStringSubmatchIndex(text, -1) {
		s := v.start + m[2]
		p, ok := nextMention(v, v.start+m[3])
		if !ok || p.Start != v.start+m[3] || (p.Type != "Place" && p.Type != "Country") || p.Demonym {
			continue
		}
		if b.blockedName(v, s, p.End, v.start+m[4]) {
			continue
		}
		b.nameEventAs(v, "war", s, p.End)
	}
}

// stateWordOnly reports an affair named by one state alone ("the Iran
// affair"): which affair is not said.
func (b *relBuilder) stateWordOnly(v *sentView, s, e int) bool {
	words := strings.Fields(v.between(s, e))
	return len(words) == 2 && b.stateWordAt(v, s) && !strings.ContainsAny(words[0], "–-")
}

// stateWordAt reports a country mention (name or demonym) starting at s.
func (b *relBuilder) stateWordAt(v *sentView, s int) bool {
	for _, m := range v.ments {
		if m.Start == s && m.Type == "Country" {
			return true
		}
	}
	return false
}

// nameEventAs builds the named event at [s, e) and returns its id.
func (b *relBuilder) nameEventAs(v *sentView, kind string, s, e int) string {
	slug := slugWords(eventName(v.between(s, e)))
	b.nameEventID(v, kind, slug, s, e)
	return "event:" + kind + ":" + slug
}

// reCarriedOutInvasion runs from an invader to the state it invaded:
// "carried out the invasion of", "launched a full-scale invasion of".
var reCarriedOutInvasion = regexp.MustCompile(`^` + sp + `+(?:(?:later|then|also)` + sp + `+)?(?:carried` + sp + `+out|launched|began|started|mounted|led|undertook)` + sp + `+(?:the|an?|its)` + sp + `+(?:(?:full-scale|military|ground|armed)` + sp + `+)?invasion` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)

// invasionsCarriedOut: "In July 1974, Turkey carried out the invasion of
// Cyprus" is the invasion "the Turkish invasion of Cyprus" names (the
// same id), dated by the sentence; the invader takes part in it and
// attacked the state invaded.
func (b *relBuilder) invasionsCarriedOut(v *sentView) {
	for _, inv := range v.args {
		if inv.typ != "Country" || inv.m.Demonym {
			continue
		}
		t, ok := nextMention(v, inv.end)
		if !ok || (t.Type != "Country" && t.Type != "Place") || t.Demonym || t.EntityID == inv.id ||
			!reCarriedOutInvasion.MatchString(v.between(inv.end, t.Start)) || b.irrealisClause(v, inv.start, t.End) {
			continue
		}
		// The deed is the sentence's main clause: its date is the
		// invasion's ("In July 1974, under Prime Minister Ecevit …, Turkey
		// carried out the invasion of Cyprus").
		props := map[string]any{}
		if d, ok := pickDate(v, inv.start, t.End, true); ok && d.Resolved() {
			props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
		}
		_, who, _ := strings.Cut(inv.id, ":")
		_, whom, _ := strings.Cut(t.EntityID, ":")
		slug := who + "-" + whom
		if d, ok := props["date"].(string); ok {
			slug += "-" + d[:4]
		}
		id := "event:invasion:" + slug
		if _, ok := b.events[id]; !ok {
			props["kind"] = "invasion"
			b.events[id] = &entity{ID: id, Name: b.invaderWord(inv.id) + " invasion of " + b.nameOf(t.EntityID), Type: "Event", Props: props}
		}
		b.eventMentioned(id, v, inv.start, t.End)
		b.add("PARTICIPATED_IN", inv.id, id, 0.8, nil, v, inv.start, t.End)
		b.add("ATTACKED", inv.id, t.EntityID, 0.8, nil, v, inv.start, t.End)
	}
}

// invaderWord is how an invasion's name calls its invader: the state's
// demonym ("Turkish"), else its name.
func (b *relBuilder) invaderWord(id string) string {
	if e, ok := b.ents.Entities[id]; ok && len(e.Demonyms) > 0 {
		return e.Demonyms[0]
	}
	return b.nameOf(id)
}

// invasions builds the invasions of v named by their invader.
func (b *relBuilder) invasions(v *sentView) {
	for _, inv := range v.ments {
		if inv.Type != "Country" || inv.MetonymFor != "" {
			continue
		}
		loc := reInvasionAfter.FindStringIndex(v.between(inv.End, v.end))
		if loc == nil {
			continue
		}
		s, e := inv.Start, inv.End+loc[1]
		var target *mention
		if t, ok := nextMention(v, e); ok && (t.Type == "Country" || t.Type == "Place") && !t.Demonym &&
			t.EntityID != inv.EntityID && reOfAfter.MatchString(v.between(e, t.Start)) {
			target = &t
			e = t.End
		}
		// "the 1982 Israeli invasion": the year before is the name's.
		if d := reYearBefore.FindStringIndex(v.between(max(v.start, s-6), s)); d != nil {
			s = max(v.start, s-6) + d[0]
		}
		if b.blockedName(v, s, e, inv.End) || b.irrealisClause(v, s, e) ||
			reInvasionUnreal.MatchString(v.between(max(v.start, s-40), s)) {
			continue
		}
		props := map[string]any{}
		b.dateNamedEvent(v, props, s, e, false)
		if target == nil && props["date"] == nil {
			continue // "an Israeli invasion" told of no date: which one is not said
		}
		_, who, _ := strings.Cut(inv.EntityID, ":")
		slug := who
		if target != nil {
			_, whom, _ := strings.Cut(target.EntityID, ":")
			slug += "-" + whom
		}
		if d, ok := props["date"].(string); ok {
			slug += "-" + d[:4]
		}
		id := "event:invasion:" + slug
		if _, ok := b.events[id]; !ok {
			props["kind"] = "invasion"
			b.events[id] = &entity{ID: id, Name: eventName(v.between(s, e)), Type: "Event", Props: props}
		}
		b.eventMentioned(id, v, s, e)
		b.add("PARTICIPATED_IN", inv.EntityID, id, 0.8, nil, v, s, e)
		if target != nil {
			b.add("ATTACKED", inv.EntityID, target.EntityID, 0.8, nil, v, s, e)
		}
	}
}

var reYearBefore = regexp.MustCompile(`\b(?:1[5-9]|20)\d{2}` + sp + `+$`)

// placeAttacks builds attacks named by the place they struck: "the Halabja
// poison gas attack", held in that place, dated by their sentence or, when
// it gives none, by a sentence just before that tells of an attack on the
// same place on a given day.
func (b *relBuilder) placeAttacks(v *sentView) {
	for _, p := range v.ments {
		if p.Type != "Place" || p.Demonym || p.MetonymFor != "" {
			continue
		}
		m := rePlaceAttack.FindStringSubmatchIndex(v.between(p.End, v.end))
		if m == nil || reClauseWord.MatchString(v.between(p.End+m[2], p.End+m[3])) {
			continue
		}
		s, e := p.Start, p.End+m[1]
		if d := reYearBefore.FindStringIndex(v.between(max(v.start, s-6), s)); d != nil {
			s = max(v.start, s-6) + d[0]
		}
		if precededByIndefinite(v, s) || reAttackOwner.MatchString(v.between(max(v.start, s-3), s)) || b.blockedName(v, s, e, p.End+m[4]) {
			continue
		}
		id := b.nameEventAs(v, "attack", s, e)
		ev := b.events[id]
		if ev == nil {
			continue
		}
		if _, dated := ev.Props["date"]; !dated {
			b.dateFromBefore(v, p.EntityID, ev.Props)
		}
		b.add("HELD_IN", id, p.EntityID, 0.8, nil, v, s, e)
	}
}

// reAttackOwner: "Iran's Tehran attack" names an owner before the place.
var reAttackOwner = regexp.MustCompile(`['’]s` + sp + `$`)

// dateFromBefore dates an attack on place from one of the two sentences
// before v that tells of an attack there and opens with its day or month
// ("On 16 March 1988, the town of Halabja was attacked").
func (b *relBuilder) dateFromBefore(v *sentView, place string, props map[string]any) {
	for i := v.idx - 1; i >= 0 && i >= v.idx-2; i-- {
		w := b.views[i]
		if !w.has("attack", "bomb", "struck", "strike", "shell", "gas", "massacre", "raid") {
			continue
		}
		named := false
		for _, m := range w.ments {
			named = named || m.EntityID == place
		}
		if !named {
			continue
		}
		for _, d := range w.dates {
			if d.Resolved() && !d.Relative && d.Precision != timex.Year && reDateOpener.MatchString(w.between(w.start, d.Start)) {
				props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
				return
			}
		}
	}
}
