package extract

import "regexp"

// Encyclopedia prose placing a place: "Bandar Abbas, in present-day Iran",
// "Hormuz, now part of Iran", "Khasab, which is located in Oman", and a
// place in a part of another named by direction ("Rafah in southern Gaza").

var (
	// ", in present-day", ", now part of", "(in modern-day": the state the
	// place lies in today.
	rePresentDay = regexp.MustCompile(`^` + sp + `*[,(]` + sp + `*(?:(?:in|now` + sp + `+in|located` + sp + `+in)` + sp + `+(?:present-day|modern-day|today['’]s|what` + sp + `+is` + sp + `+now|what` + sp + `+is` + sp + `+today)|(?:which` + sp + `+is` + sp + `+)?now` + sp + `+(?:a` + sp + `+)?part` + sp + `+of|part` + sp + `+of` + sp + `+(?:present-day|modern-day))` + sp + `+(?:the` + sp + `+)?$`)
	// "X is part of Y", "X is now part of Y" (not "was part of": history).
	reIsPartOf = regexp.MustCompile(`^` + sp + `+(?:is|remains)` + sp + `+(?:now` + sp + `+|still` + sp + `+)?(?:an?` + sp + `+)?part` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// ", which is located in", ", which lies in northern".
	reWhichLocatedIn = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:which|that)` + sp + `+(?:(?:is|was|are|were)` + sp + `+)?(?:located|situated|lies|lay|sits)` + sp + `+in` + sp + compassPrefix + `(?:the` + sp + `+)?$`)
	// "Bushehr on the Iranian coast", "Sohar, on the coast of Oman": a
	// place on a state's coast is in it.
	reOnTheBefore  = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:is|was|lies|located|situated|lying)` + sp + `+)?on` + sp + `+the` + sp + `+$`)
	reCoastAfter   = regexp.MustCompile(`^` + sp + `+(?:coast|coastline|shore|mainland|side` + sp + `+of` + sp + `+the` + sp + `+border)\b`)
	reOnTheCoastOf = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:is|was|lies|located|situated|lying)` + sp + `+)?on` + sp + `+the` + sp + `+(?:[\w-]+` + sp + `+)?(?:coast|coastline|shores?)` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// "in southern": a direction makes the next place the region around.
	reInCompassPlace = regexp.MustCompile(`^` + sp + `+in` + sp + `+(?:` + compassWord + sp + `+|the` + sp + `+(?:north|south|east|west|centre|center)` + sp + `+of` + sp + `+)$`)
)

// placesProse finds the LOCATED_IN wordings of this file.
func (b *relBuilder) placesProse(v *sentView) {
	for i, p := range v.ments {
		if i+1 >= len(v.ments) {
			break
		}
		c := v.ments[i+1]
		// "Bushehr on the Iranian coast": a demonym counts here.
		if p.Type == "Place" && p.MetonymFor == "" && !p.Demonym && c.Type == "Country" && c.Demonym && c.Start >= p.End &&
			!reWaterBody.MatchString(p.Text) && reOnTheBefore.MatchString(v.between(p.End, c.Start)) && reCoastAfter.MatchString(v.between(c.End, v.end)) {
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
			continue
		}
		if p.Type != "Place" || p.MetonymFor != "" || p.Demonym || c.Start < p.End || c.MetonymFor != "" || c.Demonym ||
			(c.Type != "Country" && c.Type != "Place") || c.EntityID == p.EntityID || reWaterBody.MatchString(c.Text) {
			continue
		}
		gap := v.between(p.End, c.Start)
		switch {
		case rePresentDay.MatchString(gap), reWhichLocatedIn.MatchString(gap),
			c.Type == "Country" && !reWaterBody.MatchString(p.Text) && reOnTheCoastOf.MatchString(gap):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
		case reIsPartOf.MatchString(gap) && !reWaterBody.MatchString(p.Text):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
		case c.Type == "Place" && reInCompassPlace.MatchString(gap) && !reWaterBody.MatchString(p.Text) && !inList(v, i):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.75, nil, v, p.Start, c.End)
		}
	}
}
