package extract

import "regexp"

// A meeting told inside a visit was held where the visit went: "During
// his visit to Tehran on Monday, Sharif met President Rouhani", "On a trip
// to Riyadh, Blinken held talks with the Crown Prince". The place opens
// the sentence; the meetings and talks of the sentence that have no place
// of their own were held there.

// reVisitOpener ends right before the place the sentence's visit went to.
var reVisitOpener = regexp.MustCompile(`^(?:During|On|While` + sp + `+on|In` + sp + `+the` + sp + `+course` + sp + `+of)` + sp + `+(?:his|her|their|a|an|the|its)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:visit|trip|stop|stay|tour)` + sp + `+(?:to|in|of)` + sp + `+(?:the` + sp + `+)?$`)

// visitOpenerVenue holds the sentence's placeless meetings and talks in
// the place its opening visit went to.
func (b *relBuilder) visitOpenerVenue(v *sentView) {
	if !v.has("visit", "trip", "stop", "stay", "tour") {
		return
	}
	var place *mention
	for i, m := range v.ments {
		if (m.Type == "Place" || m.Type == "Country") && !m.Demonym && reVisitOpener.MatchString(v.between(v.start, m.Start)) {
			place = &v.ments[i]
			break
		}
	}
	if place == nil {
		return
	}
	for _, id := range dedupe(b.sentenceEvents[v.idx]) {
		e, ok := b.events[id]
		if !ok || (e.Props["kind"] != "meeting" && e.Props["kind"] != "talks") || b.hasRelation("HELD_IN", id) {
			continue
		}
		b.add("HELD_IN", id, place.EntityID, 0.75, nil, v, v.start, v.end)
	}
}

// hasRelation reports a relation of the type from id found so far.
func (b *relBuilder) hasRelation(typ, from string) bool {
	for _, r := range b.rels {
		if r.Type == typ && r.From == from {
			return true
		}
	}
	return false
}
