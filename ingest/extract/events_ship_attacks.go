package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/timex"
)

// Attacks on ships are events told like their seizures: "the Houthis
// attacked the bulk carrier Magic Seas in the Red Sea on July 6", "an
// Iranian tanker was struck by two missiles in the Red Sea on Friday",
// "Houthi strikes on two ships in the Red Sea" with a date. A ship is no
// entity, so no ATTACKED relation says it; the event is built when the
// sentence dates it and says where it happened or who did it, the doers
// take part and it is held where the ship was hit. Its id is the place
// (else the doer) and the day, so two sentences about one attack name one
// event.

var (
	// Active: the verb, then the ship in its object.
	reShipAttackVerb = regexp.MustCompile(`\b(?:(attacks|strikes|hits|targets|bombs|attack|strike|target|bomb)|attacked|struck|hit|targeted|bombed|sank|fired` + sp + `+(?:(?:an?|two|three|four|several|\d+)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:missiles?|drones?|rockets?|torpedo(?:es)?|projectiles?)` + sp + `+(?:on|at|upon)|fired` + sp + `+(?:on|at|upon))\b`)
	// Passive: the ship, then "was struck", "were attacked".
	reShipAttacked = regexp.MustCompile(`^` + sp + `+(?:(?:was|were|has` + sp + `+been|had` + sp + `+been)` + sp + `+)(?:(?:reportedly|allegedly|apparently)` + sp + `+)?(?:attacked|struck|hit|targeted|bombed|sunk|damaged` + sp + `+in` + sp + `+an?` + sp + `+attack)\b`)
	// Nominal: "attacks on two ships", "a missile strike on the tanker".
	reShipAttackNoun = regexp.MustCompile(`\b(?:attacks?|strikes?|assaults?)` + sp + `+(?:on|against)` + sp + `+$`)
	// The ship: its noun, in the singular or plural.
	reShipNoun = regexp.MustCompile(`\b(?:ships?|vessels?|(?:oil` + sp + `+|gas` + sp + `+|chemical` + sp + `+)?tankers?|freighters?|(?:bulk|cargo|container|LNG|oil|gas|car|aircraft)` + sp + `+carriers?|warships?|destroyers?|frigates?)\b`)
	// What struck a ship in an attack: "struck by two missiles", not "hit
	// by a wave".
	reWeapon = regexp.MustCompile(`(?i)\b(?:missiles?|drones?|rockets?|mines?|torpedo(?:es)?|explosives?|projectiles?|gunfire|bombs?|grenades?|shells?|strikes?|attacks?)\b`)
	// A claim of one's own deed, which is no hedge.
	reClaimedResponsibility = regexp.MustCompile(`(?i)\bclaimed` + sp + `+(?:(?:full|sole)` + sp + `+)?responsibility\b`)
	// Hedges that make the deed uncertain.
	reShipAttackHedge = regexp.MustCompile(`(?i)\b(?:reportedly|allegedly|apparently|possibly|claimed|suspected)\b`)
)

// shipAttacks builds the dated attacks on ships of v.
func (b *relBuilder) shipAttacks(v *sentView) {
	if !v.has("ship", "vessel", "tanker", "freighter", "carrier", "boat", "destroyer", "frigate") || !v.has("attack", "struck", "strike", "hit", "target", "bomb", "sank", "sunk", "fired") {
		return
	}
	for _, id := range b.sentenceEvents[v.idx] {
		if strings.HasPrefix(id, "event:attack") || strings.HasPrefix(id, "event:seizure:") {
			return
		}
	}
	text := v.between(v.start, v.end)
	for _, loc := range reShipNoun.FindAllStringIndex(text, -1) {
		ns, ne := v.start+loc[0], v.start+loc[1]
		bs := runeStartFrom(v.text, max(v.start, ns-80))
		before := v.between(bs, ns)
		from, present := -1, false
		// The verb or noun of the attack before the ship, in its clause.
		if ms := reShipAttackVerb.FindAllStringSubmatchIndex(before, -1); ms != nil {
			m := ms[len(ms)-1]
			gap := before[m[1]:]
			if !strings.ContainsAny(gap, ",;") && len(strings.Fields(gap)) <= 5 {
				from, present = bs+m[0], m[2] >= 0
			}
		}
		if from < 0 {
			if m := reShipAttackNoun.FindStringIndex(trimObject(before)); m != nil {
				from = bs + m[0]
			}
		}
		end := ne
		if from < 0 {
			// "the tanker was struck": the ship is the subject.
			if m := reShipAttacked.FindStringIndex(v.between(ne, v.end)); m != nil && (!strings.Contains(v.between(ne, ne+m[1]), " hit") && !strings.Contains(v.between(ne, ne+m[1]), " struck") || reWeapon.MatchString(v.between(ne+m[1], min(v.end, ne+m[1]+40)))) {
				from, end = ns, ne+m[1]
				// From the start of the ship's noun phrase: "an Iranian oil
				// tanker".
				if i := strings.LastIndexAny(before, ",;"); i >= 0 {
					from = bs + i + 1
				} else if bs == v.start {
					from = v.start
				}
			}
		}
		// "claimed responsibility for an attack on" owns the deed; no
		// hedge.
		if from < 0 || b.irrealisClause(v, from, end) || reShipAttackHedge.MatchString(reClaimedResponsibility.ReplaceAllString(v.between(v.start, end), "")) {
			continue
		}
		var doers []arg
		if from > v.start && from != ns {
			doers = b.seizers(v, from)
		}
		// "Houthi rebels claimed responsibility on Monday for an attack on
		// the bulk carrier": the group that claimed it.
		if m, ok := b.doerBefore(v, from, reClaimedFor, true); len(doers) == 0 && ok {
			doers = []arg{{m: m, id: m.EntityID, typ: m.Type, start: m.Start, end: m.End}}
		}
		// "attacks" is a verb only after its doer: "following attacks in
		// recent months on tankers" is a noun.
		if present && len(doers) == 0 {
			continue
		}
		place, hasPlace := b.seizedIn(v, end)
		d, ok := pickDate(v, from, end, true)
		if (!ok || !d.Resolved()) && present && !reNotNews.MatchString(v.between(v.start, from)) {
			d, ok = b.publicationDate()
		}
		// One attack is told by its day: "attacked tankers in 1987" tells
		// of many.
		if !ok || !d.Resolved() || d.Precision != timex.Day || (!hasPlace && len(doers) == 0) {
			continue
		}
		key := placeOrDoerKey(place, hasPlace, doers)
		id := "event:attack:ship:" + key + ":" + d.Value
		if _, seen := b.events[id]; !seen {
			name := "Attack on a ship"
			if hasPlace {
				name += " in " + b.nameOf(place.EntityID)
			}
			b.events[id] = &entity{ID: id, Name: name + " (" + d.Value + ")", Type: "Event", Props: datedProps("attack", d)}
		}
		b.eventMentioned(id, v, from, end)
		for _, a := range doers {
			b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, a.start, end)
		}
		if hasPlace {
			b.add("HELD_IN", id, place.EntityID, 0.75, nil, v, from, place.End)
		}
		return
	}
}

// trimObject drops the words describing the ship before its noun ("two
// Liberian-flagged bulk") so that "attacks on" ends the text.
func trimObject(before string) string {
	words := strings.Fields(before)
	for k := len(words); k >= 0 && k >= len(words)-5; k-- {
		head := strings.Join(words[:k], " ")
		if reShipAttackNoun.MatchString(head + " ") {
			return head + " "
		}
	}
	return before
}

// runeStartFrom is the first rune boundary of text at or after i.
func runeStartFrom(text string, i int) int {
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}
