package extract

import "regexp"

// Places said to be settlements of a state: a capital named as the
// subject of a place's description ("Kuwait City is the capital of
// Kuwait", "Abu Dhabi is the capital of the UAE"), a state's possessive
// before a settlement noun ("Beirut is Lebanon's capital", "Isfahan is
// Iran's third-largest city"), and a demonym before one ("Hodeidah, a
// Yemeni port", "Hormuz Island is an Iranian island", "the Iraqi capital
// Baghdad", "the Syrian capital, Damascus").
//
// A capital written as a sentence's subject is read as its government
// (a metonym: "Tehran said"); the wordings here describe it as a place,
// so they hold for it too.

var (
	// "is", "was", "remains" before a state's possessive.
	reCopulaOnly = regexp.MustCompile(`^` + sp + `+(?:(?:then|now|still)` + sp + `+)?(?:is|was|remains|became|has` + sp + `+become)` + sp + `+$`)
	// "'s capital", "'s third-largest city", "'s main port".
	reStatesSettlement = regexp.MustCompile(`^['’]s` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:capital|city|port|town|village|island|province|region|district|governorate)\b`)
	// ", a Yemeni", " is an Iranian", ", the Saudi" before a demonym.
	reDemonymSettlementBefore = regexp.MustCompile(`^(?:` + sp + `*,` + sp + `+|` + sp + `+(?:is|remains)` + sp + `+)(?:the|a|an)` + sp + `+(?:[\w-]+` + sp + `+)?$`)
	// The settlement noun after the demonym: "port", "resort town",
	// "port city".
	reSettlementNounAfter = regexp.MustCompile(`^` + sp + `+(?:[a-z][\w-]*` + sp + `+)?(?:capital|city|port|town|village|island|province|region|district|governorate|oasis|archipelago|exclave)\b`)
	// "the Iraqi capital Baghdad", "the Syrian capital, Damascus".
	reDemonymCapitalName = regexp.MustCompile(`^` + sp + `+capital(?:` + sp + `+city)?` + sp + `*,?` + sp + `*$`)
)

// placesCopula finds the LOCATED_IN wordings of this file.
func (b *relBuilder) placesCopula(v *sentView) {
	for i, p := range v.ments {
		if i+1 >= len(v.ments) {
			break
		}
		c := v.ments[i+1]
		if c.Start < p.End || c.EntityID == p.EntityID {
			continue
		}
		gap := v.between(p.End, c.Start)
		after := v.between(c.End, v.end)
		switch {
		// "Kuwait City is the capital of Kuwait", "Abu Dhabi, the capital
		// of the UAE": a metonym capital described as a place (the other
		// places are read in places and placesMore).
		case p.Type == "Place" && p.MetonymFor != "" && !p.Demonym && (c.Type == "Country" || c.Type == "Place") && !c.Demonym && c.MetonymFor == "" &&
			(reIsCityOf.MatchString(gap) || reCapitalOf.MatchString(gap) || reLocatedIn.MatchString(gap) || reOneOfThe.MatchString(gap)):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.85, nil, v, p.Start, c.End)
		// "Beirut is Lebanon's capital", "Isfahan is Iran's third-largest city".
		case p.Type == "Place" && !p.Demonym && c.Type == "Country" && !c.Demonym && c.MetonymFor == "" && !reWaterBody.MatchString(p.Text) &&
			reCopulaOnly.MatchString(gap) && reStatesSettlement.MatchString(after):
			loc := reStatesSettlement.FindStringIndex(after)
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.85, nil, v, p.Start, c.End+loc[1])
		// "Hodeidah, a Yemeni port", "Hormuz Island is an Iranian island".
		case p.Type == "Place" && !p.Demonym && c.Type == "Country" && c.Demonym && !reWaterBody.MatchString(p.Text) &&
			reDemonymSettlementBefore.MatchString(gap) && reSettlementNounAfter.MatchString(after):
			loc := reSettlementNounAfter.FindStringIndex(after)
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.85, nil, v, p.Start, c.End+loc[1])
		// "the Iraqi capital Baghdad": the capital after its demonym.
		case p.Type == "Country" && p.Demonym && c.Type == "Place" && !c.Demonym && reDemonymCapitalName.MatchString(gap) &&
			theBeforePlace(v, p):
			b.add("LOCATED_IN", c.EntityID, p.EntityID, 0.9, nil, v, p.Start, c.End)
		}
	}
}
