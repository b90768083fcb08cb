package extract

import "regexp"

// "Lavrov visits Damascus to hold discussions with President Assad": a
// person travels to a place for talks with another; the purpose clause
// tells what the visit was for, and a reader takes it that they met.

var (
	reVisitPlace = regexp.MustCompile(`^` + sp + `*,?` + preVerb[1:] + `(?:visits|visited|is` + sp + `+visiting|was` + sp + `+visiting|travel(?:l)?ed` + sp + `+to|travels` + sp + `+to|flew` + sp + `+to|flies` + sp + `+to|arrived` + sp + `+in|arrives` + sp + `+in|went` + sp + `+to|goes` + sp + `+to)` + sp + `+(?:the` + sp + `+)?$`)
	// The purpose: "to hold talks with", or a meeting told by its verb,
	// "to meet (with)", "to see".
	reToHoldTalks = regexp.MustCompile(`^` + sp + `+(?:(?:on|this|last)` + sp + `+[A-Z]?\w+` + sp + `+)?to` + sp + `+(?:(?:hold|conduct|have)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(talks|discussions|meetings?|consultations|negotiations)` + sp + `+with|(meet)(?:` + sp + `+with)?|(see))` + sp + `+`)
)

// contactsVisits records the contact of "X visits P to hold talks with Y".
func (b *relBuilder) contactsVisits(v *sentView, gs [][]int) {
	if !v.has("visit", "travel", "flew", "flies", "arriv", "went", "goes") {
		return
	}
	for _, g := range gs {
		// The people of the group ("Lavrov, the Foreign Minister of Russia"
		// may be read as a list with the state).
		var people []arg
		for _, k := range g {
			if v.args[k].typ == "Person" {
				people = append(people, v.args[k])
			}
		}
		if len(people) == 0 {
			continue
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		// The place visited, past a parenthetical ("Lavrov, the Foreign
		// Minister of Russia, visits Damascus").
		var p mention
		found := false
		for _, m := range v.ments {
			if m.Start < last.end || m.Start-last.end > maxContactGap {
				continue
			}
			if (m.Type == "Place" || m.Type == "Country") && reVisitPlace.MatchString(v.between(last.end, m.Start)) {
				p, found = m, true
				break
			}
		}
		if !found {
			continue
		}
		loc := reToHoldTalks.FindStringSubmatchIndex(v.between(p.End, v.end))
		if loc == nil {
			continue
		}
		te := p.End + loc[1]
		for _, o := range v.args {
			if o.start < te {
				continue
			}
			if o.typ == "Person" && reFrameObjectGap.MatchString(v.between(te, o.start)) {
				ws, we := loc[2], loc[3]
				for k := 4; ws < 0; k += 2 {
					ws, we = loc[k], loc[k+1]
				}
				word := v.between(p.End+ws, p.End+we)
				it := interaction{
					kind: contactKind(word), parts: append(people, o),
					trigStart: p.End + ws, trigEnd: p.End + we,
					start: first.start, end: o.end,
				}
				b.contactSides(v, it, len(people), 0.8)
				break
			}
			if o.typ == "Person" || o.end-te > 80 {
				break
			}
		}
	}
}
