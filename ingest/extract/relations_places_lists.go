package extract

import "regexp"

// Places named as a list of settlements: "the three villages of Kfar Kila,
// Khiam and Aitaroun in southern Lebanon", "Kfar Kila and Khiam, two
// villages in southern Lebanon" and "the town of Ras al-Ain and the city
// of Tall Abyad in northeastern Syria" put each listed place in the one
// after.

var (
	// "the (three) villages of" right before the list: the "of" names the
	// places, it does not complement another noun (listInCountry's "the
	// plains of X and Y in Iran").
	reSettlementsOfBefore = regexp.MustCompile(`(?i)\b(?:villages|towns|cities|ports|provinces|districts|islands|regions|governorates|settlements|municipalities|neighbou?rhoods|suburbs|camps|oases)` + sp + `+of` + sp + `+$`)
	// "the town of" before each place of the list.
	reSettlementNoun  = `(?:town|city|village|port|district|province|governorate|island|camp|oasis|settlement|municipality|suburb|neighbou?rhood)`
	reSettlementOf    = regexp.MustCompile(`(?i)\bthe` + sp + `+(?:[\w-]+` + sp + `+)?` + reSettlementNoun + sp + `+of` + sp + `+$`)
	reSettlementAndOf = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `*)?(?:and` + sp + `+)?the` + sp + `+(?:[\w-]+` + sp + `+)?` + reSettlementNoun + sp + `+of` + sp + `+$`)
	// ", two villages in southern": a plural apposition after the list.
	reSettlementsIn = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:(?:the|two|three|four|five|six|several|both|all)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:villages|towns|cities|ports|provinces|districts|islands|regions|governorates|settlements|municipalities|neighbou?rhoods|suburbs|camps)` + sp + `+(?:in|of)` + sp + compassPrefix + `(?:the` + sp + `+)?$`)
)

// placesLists finds LOCATED_IN for lists of places named as settlements.
func (b *relBuilder) placesLists(v *sentView) {
	for i := 0; i < len(v.ments); i++ {
		p := v.ments[i]
		if p.Type != "Place" || p.MetonymFor != "" || i > 0 && reCoord.MatchString(v.between(v.ments[i-1].End, p.Start)) {
			continue
		}
		list := []mention{p}
		each := reSettlementOf.MatchString(v.between(max(v.start, p.Start-30), p.Start))
		k := i + 1
		for ; k < len(v.ments); k++ {
			q := v.ments[k]
			if q.Type != "Place" || q.MetonymFor != "" || q.Start < list[len(list)-1].End {
				break
			}
			gap := v.between(list[len(list)-1].End, q.Start)
			if !reCoord.MatchString(gap) && !(each && reSettlementAndOf.MatchString(gap)) {
				break
			}
			list = append(list, q)
		}
		if len(list) < 2 || k >= len(v.ments) {
			continue
		}
		c := v.ments[k]
		last := list[len(list)-1]
		if c.Start < last.End || c.MetonymFor != "" || c.Demonym || (c.Type != "Country" && c.Type != "Place") || reWaterBody.MatchString(c.Text) {
			continue
		}
		gap := v.between(last.End, c.Start)
		named := (each || reSettlementsOfBefore.MatchString(v.between(max(v.start, p.Start-30), p.Start))) && reInCountry.MatchString(gap)
		if !named && !reSettlementsIn.MatchString(gap) {
			continue
		}
		for _, q := range list {
			if q.EntityID != c.EntityID && !reWaterBody.MatchString(q.Text) {
				b.add("LOCATED_IN", q.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
			}
		}
		i = k - 1
	}
}
