package extract

import (
	"regexp"
	"strings"
)

// Attacks on a diplomatic mission are events named by the mission: "an
// attack on the Saudi Embassy in Tehran", "protesters stormed the British
// embassy in Tehran on 29 November 2011". The event is "Attack on the
// Saudi Embassy in Tehran", dated when the sentence dates the deed; who
// stormed it, when named, took part.

var (
	// "attack on the", "attacks on the", "stormed the", "storming of the".
	reMissionAttack = regexp.MustCompile(`(?i)\b(?:attacks?` + sp + `+on|assault` + sp + `+on|stormed|storm|storms|attacked|ransacked|torched|set` + sp + `+fire` + sp + `+to)` + sp + `+(?:the` + sp + `+)?`)
	// The mission: "Embassy", "embassy", "Consulate".
	reMission = regexp.MustCompile(`(?i)\b(?:embassy|consulate|mission)\b`)
	// ", in Tehran", " in Tehran" after the mission.
	reMissionIn = regexp.MustCompile(`^` + sp + `+in` + sp + `+$`)
	// "to storm", "will storm": the deed not (yet) done.
	reInfinitiveBefore = regexp.MustCompile(`(?i)\b(?:to|will|would|could|might|may|shall|must)` + sp + `+$`)
	// Between the ones who stormed and the verb.
	reMissionSubject = regexp.MustCompile(`^` + sp + `+(?:(?:had|have|has|then|later)` + sp + `+)?$`)
	// A demonym or name and the mission word, written as a phrase the
	// entities did not take ("the British embassy").
	reMissionPhrase = regexp.MustCompile(`^(?:\p{Lu}[\w\x{00C0}-\x{024F}.’'-]*` + sp + `+){1,3}(?:[Ee]mbassy|[Cc]onsulate)\b`)
)

// missionAttacks builds the attacks on embassies and consulates of v.
func (b *relBuilder) missionAttacks(v *sentView) {
	if !v.has("embassy", "consulate") {
		return
	}
	text := v.between(v.start, v.end)
	for _, loc := range reMissionAttack.FindAllStringIndex(text, -1) {
		s, ms := v.start+loc[0], v.start+loc[1]
		rest := v.between(ms, v.end)
		pm := reMissionPhrase.FindStringIndex(rest)
		if pm == nil || !reMission.MatchString(rest[pm[0]:pm[1]]) {
			continue
		}
		me := ms + pm[1]
		end, city := me, ""
		for _, p := range v.ments {
			if p.Start >= me && (p.Type == "Place" || p.Type == "Country") && !p.Demonym {
				if reMissionIn.MatchString(v.between(me, p.Start)) {
					end, city = p.End, p.EntityID
				}
				break
			}
		}
		// "calls to storm the embassy": an infinitive is no deed done.
		if b.irrealisClause(v, s, end) || reInfinitiveBefore.MatchString(v.between(v.start, s)) {
			continue
		}
		name := "Attack on the " + strings.Join(strings.Fields(v.between(ms, end)), " ")
		id := "event:attack:" + slugWords(name)
		if _, seen := b.events[id]; !seen {
			props := map[string]any{"kind": "attack"}
			d, ok := pickDate(v, s, end, true)
			// "Protesters storm the Saudi embassy in Tehran": a news item's
			// present is its day.
			if verb := strings.ToLower(v.between(s, ms)); (!ok || !d.Resolved()) && (strings.HasPrefix(verb, "storm ") || strings.HasPrefix(verb, "storms ")) {
				d, ok = b.newsDay(v, ms)
			}
			if ok && d.Resolved() {
				props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
			}
			b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: props}
		}
		b.eventMentioned(id, v, s, end)
		if city != "" {
			b.add("HELD_IN", id, city, 0.8, nil, v, s, end) // the city the mission stands in
		}
		// "Iranian protesters stormed": the group right before the verb.
		for _, g := range groups(v) {
			last := v.args[g[len(g)-1]]
			if last.end > s || !reMissionSubject.MatchString(v.between(last.end, s)) {
				continue
			}
			for _, a := range argsOf(v, g) {
				if (a.typ == "Organization" || a.typ == "Person") && !a.m.Demonym && !reMission.MatchString(a.m.Text) {
					b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, a.start, end)
				}
			}
		}
	}
}
