package extract

import (
	"regexp"
	"strings"
)

// Seizures of ships are events told as a deed: "Iran seizes the cargo ship
// X in the Strait of Hormuz", "IRGC ships intercepted a cargo vessel in the
// Strait of Hormuz on Tuesday". One is built when the sentence dates it (a
// headline in the simple present is dated by its publication day) and says
// where it happened or who did it; the doer takes part in it and it is held
// where the ship was taken. Its id is the place (else the doer) and the
// day, so two sentences telling the same seizure name one event; its name
// is the ship's when the text gives one ("Seizure of the Maersk Tigris").

var (
	reSeizeVerb = regexp.MustCompile(`\b(?:(seizes|intercepts|boards|detains|captures|hijacks|commandeers)|seized|intercepted|boarded|detained|captured|hijacked|commandeered)\b`)
	reSeizerOwn = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:navy|naval` + sp + `+forces|forces|ships|boats|gunboats|vessels|commandos|troops|helicopters)` + sp + `+)?`)
	// The ship taken, right in the object: "a Marshall Islands-flagged
	// commercial cargo vessel", "the oil tanker".
	reVesselNoun = regexp.MustCompile(`\b(?:ship|vessel|tanker|freighter|boat|dhow|carrier)\b`)
	// The ship's name after its noun: `, the "Maersk Tigris"`, " Stena Impero".
	reShipName = regexp.MustCompile(`^(?:` + sp + `*,)?` + sp + `+(?:the` + sp + `+)?(?:["“]([^"”]{2,40})["”]|(\p{Lu}[\w\x{00C0}-\x{024F}-]+(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}-]+){0,2}))`)
	// Before the place it was taken in.
	reSeizedIn = regexp.MustCompile(`\b(?:in|near|off|through|at)` + sp + `+(?:the` + sp + `+)?(?:(?:coast|waters)` + sp + `+(?:of|off)` + sp + `+(?:the` + sp + `+)?)?$`)
)

// seizures builds the ship seizures of v.
func (b *relBuilder) seizures(v *sentView) {
	if !v.has("seiz", "intercept", "board", "detain", "captur", "hijack", "commandeer") || !v.has("ship", "vessel", "tanker", "freighter", "boat", "dhow", "carrier") {
		return
	}
	text := v.between(v.start, v.end)
	for _, m := range reSeizeVerb.FindAllStringSubmatchIndex(text, -1) {
		vs, ve := v.start+m[0], v.start+m[1]
		present := m[2] >= 0
		obj := v.between(ve, v.end)
		if i := strings.IndexAny(obj, ";"); i >= 0 {
			obj = obj[:i]
		}
		loc := reVesselNoun.FindStringIndex(obj[:min(len(obj), 100)])
		if loc == nil {
			continue
		}
		vesselEnd := ve + loc[1]
		if b.irrealisClause(v, vs, vesselEnd) {
			continue
		}
		doers := b.seizers(v, vs)
		ship := ""
		if sm := reShipName.FindStringSubmatchIndex(v.between(vesselEnd, v.end)); sm != nil {
			ns, ne := sm[2], sm[3]
			if ns < 0 {
				ns, ne = sm[4], sm[5]
			}
			if !b.dateOrMentionAt(v, vesselEnd+ns, vesselEnd+ne) || sm[2] >= 0 {
				ship = v.between(vesselEnd+ns, vesselEnd+ne)
			}
		}
		place, hasPlace := b.seizedIn(v, vesselEnd)
		d, ok := pickDate(v, vs, vesselEnd, true)
		if (!ok || !d.Resolved()) && present && !reNotNews.MatchString(v.between(v.start, ve)) {
			d, ok = b.publicationDate()
		}
		if !ok || !d.Resolved() || (!hasPlace && len(doers) == 0) {
			continue
		}
		key := placeOrDoerKey(place, hasPlace, doers)
		id := "event:seizure:" + key + ":" + d.Value
		ev, seen := b.events[id]
		if !seen {
			name := "Seizure of a ship"
			if hasPlace {
				name += " in " + b.nameOf(place.EntityID)
			}
			ev = &entity{ID: id, Name: name + " (" + d.Value + ")", Type: "Event", Props: datedProps("seizure", d)}
			b.events[id] = ev
		}
		if ship != "" && strings.HasPrefix(ev.Name, "Seizure of a ship") {
			ev.Name = "Seizure of the " + ship
		}
		b.eventMentioned(id, v, vs, vesselEnd)
		for _, a := range doers {
			b.add("PARTICIPATED_IN", a.id, id, 0.8, nil, v, a.start, vesselEnd)
		}
		if hasPlace {
			b.add("HELD_IN", id, place.EntityID, 0.8, nil, v, vs, place.End)
		}
	}
}

// seizers are the states or organisations right before the verb at vs,
// with their ships or forces ("IRGC ships intercepted").
func (b *relBuilder) seizers(v *sentView, vs int) []arg {
	var near []int
	for _, g := range groups(v) {
		if v.args[g[len(g)-1]].end > vs {
			break
		}
		near = g
	}
	if near != nil {
		g := near
		gap := v.between(v.args[g[len(g)-1]].end, vs)
		own := reSeizerOwn.FindStringIndex(gap)
		if own == nil || !reUpToVerb.MatchString(gap[own[1]:]) {
			return nil
		}
		var out []arg
		for _, i := range g {
			if a := v.args[i]; a.typ == "Country" || a.typ == "Organization" {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// seizedIn is the place or state after "in", "off" or "near" after the
// ship, within its clause.
func (b *relBuilder) seizedIn(v *sentView, from int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < from || m.Start-from > 150 {
			continue
		}
		if strings.ContainsAny(v.between(from, m.Start), ";") {
			break
		}
		if (m.Type == "Place" || m.Type == "Country") && !m.Demonym && reSeizedIn.MatchString(v.between(max(v.start, m.Start-30), m.Start)) {
			return m, true
		}
	}
	return mention{}, false
}

// dateOrMentionAt reports a date expression or a mention overlapping [s, e):
// a capitalised word after a ship noun that is one names no ship.
func (b *relBuilder) dateOrMentionAt(v *sentView, s, e int) bool {
	for _, d := range v.dates {
		if d.Start < e && s < d.End {
			return true
		}
	}
	for _, m := range v.ments {
		if m.Start < e && s < m.End {
			return true
		}
	}
	return false
}

// placeOrDoerKey is what tells one ship event from another of the same day
// in an id: where it happened, else who did it.
func placeOrDoerKey(place mention, hasPlace bool, doers []arg) string {
	id := place.EntityID
	if !hasPlace {
		id = doers[0].id
	}
	_, key, _ := strings.Cut(id, ":")
	return key
}
