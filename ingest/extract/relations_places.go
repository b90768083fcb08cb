package extract

import (
	"regexp"
	"strings"
)

// compassPrefix is an optional direction before a country: "in northern
// Iraq", "in the northern West Bank", "in the occupied West Bank".
const compassPrefix = `+(?:(?:the` + sp + `+)?(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|far` + sp + `+(?:north|south|east|west)|occupied|disputed|restive|war-torn|besieged|rebel-held)` + sp + `+|(?:south|north|east|west)` + sp + `+|the` + sp + `+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)` + sp + `+of` + sp + `+)?`

var (
	// "Muscat, Oman's capital".
	reCapitalAfter = regexp.MustCompile(`^['’]s` + sp + `+(?:(?:[a-z-]+` + sp + `+){0,2}?capital|(?:(?:highest|largest|biggest|second|third|main|chief|principal|oldest|holiest|busiest|only|southernmost|northernmost|easternmost|westernmost)(?:-largest)?` + sp + `+)+(?:point|peak|mountain|city|port|town|island|river|lake|airport|base|field|site|province|region))\b`)
	// "Muscat, the capital of Oman".
	reCapitalOf = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:the` + sp + `+|an?` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(?:capital|city|port|town|province|region|village|district|governorate|island|exclave|enclave|peninsula|emirate|territory|suburb|neighbou?rhood|quarter|plateau|valley|camp|oasis|settlement|municipality)` + sp + `+(?:of|in)` + sp + compassPrefix + `(?:the` + sp + `+)?$`)
	// "Oman's capital, Muscat" / "the capital of Oman, Muscat".
	reCapitalBefore   = regexp.MustCompile(`^['’]s` + sp + `+capital(?:` + sp + `+city)?` + sp + `*,?` + sp + `+$`)
	reCapitalOfBefore = regexp.MustCompile(`(?i)\bcapital` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// "Vienna, Austria": a comma and nothing else.
	reApposComma = regexp.MustCompile(`^` + sp + `*,` + sp + `*$`)
	// What may follow "Vienna, Austria" for it to be an address, not a list:
	// "and" goes on with a list of names, not with a verb ("an embassy in
	// Aden, South Yemen, and appointed").
	reAddressEnd = regexp.MustCompile(`^(?:` + sp + `*$|` + sp + `*[.;:)"”]|` + sp + `*['’](?:[^s]|$)|` + sp + `*,?` + sp + `+(?:on|in|at|where|which|who|during|after|before|to|for|has|have|had|was|were|is|are|said|says|the|a|an|and` + sp + `+(?:the|its|a|an|on|in|at|then|[a-z]+ed))\b)`)
	// Seas and gulfs border countries; "in Iran" after one is about
	// something else ("the coastal plains of the Gulf of Oman in southern Iran").
	reWaterBody = regexp.MustCompile(`\b(?:Gulf|Sea|Ocean|Strait|Bay|Straits)\b`)
	// A place that completes another noun ("the plains of X in Iran",
	// "X and Y in Iran"): the "in" phrase may belong to that noun.
	reComplementBefore = regexp.MustCompile(`(?:\bof|\band|,)` + sp + `+(?:the` + sp + `+)?$`)
	// "Natanz in Iran".
	reInCountry = regexp.MustCompile(`^` + sp + `+(?:(?:(?:is|was)` + sp + `+(?:located|situated)|lies|lay|sits|is)` + sp + `+)?in` + sp + compassPrefix + `(?:the` + sp + `+)?$`)
	// "Iran's Kharg Island": a place a state is written as owning.
	rePlacePossessive = regexp.MustCompile(`^['’]s` + sp + `+$`)
	// "Iranian cities such as Abadan and Khorramshahr".
	reCitiesSuchAs = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:[\w-]+` + sp + `+)?(?:cities|towns|ports|provinces|islands|regions|oil` + sp + `+fields|bases)` + sp + `*,?` + sp + `+(?:such` + sp + `+as|including|like|notably|of)` + sp + `+$`)
	// "the Strait of Hormuz between Iran and Oman".
	reBetweenCountries = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:lies|lying|located|situated|is)` + sp + `+)?between` + sp + `+$`)
	// "Tabriz is the fifth most populous city of Iran".
	reIsCityOf = regexp.MustCompile(`^` + sp + `+(?:(?:then|later|now|thus|eventually|formally)` + sp + `+)?(?:is|was|remains|became|becomes|has` + sp + `+become)` + sp + `+(?:the` + sp + `+|a` + sp + `+|an` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(?:capital|city|port|town|province|region|village|district|island|tehsil|county|municipality|governorate)(?:` + sp + `+and` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:city|port))?` + sp + `+(?:of|in)` + sp + compassPrefix + `(?:the` + sp + `+)?$`)
	// "the Iranian province of Khuzestan", "Iran's port of Bandar Abbas".
	reProvinceOf = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:[\w-]+` + sp + `+)?(?:province|region|city|port|town|island|islands|village|district|capital|governorate|land|territory|suburb|neighbou?rhood|county|state|emirate|oasis|resort|resort` + sp + `+town|resort` + sp + `+city|coastal` + sp + `+city|holy` + sp + `+city|border` + sp + `+town|border` + sp + `+city)` + sp + `+of` + sp + `+$`)
)

// reTerritory names or describes a territory that holds towns, as a state
// does: "Jenin in the West Bank", "a camp in the Gaza Strip", "a village in
// the Golan Heights", "Riyadh in Najd" (a "central region of Arabia").
// Broad regions ("the Middle East") hold no town so.
var reTerritory = regexp.MustCompile(`(?i)\b(?:territory|territories|peninsula|province|governorate|strip|heights|west` + sp + `+bank|region` + sp + `+of)\b`)

// places finds LOCATED_IN where the text says it (an apposition, a capital
// phrase, "X in Y" and the rules of placesMore), and where a sentence names
// a place together with the state or territory that knowledge says holds
// it (placesKnown).
func (b *relBuilder) places(v *sentView) {
	b.placesMore(v)
	defer b.placesKnown(v) // after every rule that reads the text's own word
	for i, p := range v.ments {
		if i+1 >= len(v.ments) {
			break
		}
		c := v.ments[i+1]
		if c.Start < p.End {
			continue
		}
		gap := v.between(p.End, c.Start)
		if p.Type == "Place" && p.MetonymFor == "" && (c.Type == "Country" || c.Type == "Place") && !c.Demonym {
			switch {
			case reApposComma.MatchString(gap) && reCapitalAfter.MatchString(v.between(c.End, v.end)):
				loc := reCapitalAfter.FindStringIndex(v.between(c.End, v.end))
				b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.95, nil, v, p.Start, c.End+loc[1])
			case reCapitalOf.MatchString(gap):
				b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.9, nil, v, p.Start, c.End)
			case reApposComma.MatchString(gap) && c.Type == "Country" && !inList(v, i) && !openerThenSubject(v, p, c) && !b.waterBody(p.EntityID) && !b.placedInAnother(p.EntityID, c.EntityID) &&
				(reAddressEnd.MatchString(v.between(c.End, v.end)) || addressClosed(v.between(c.End, v.end))):
				b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
			case reApposComma.MatchString(gap) && c.Type == "Place" && !inList(v, i) && !openerThenSubject(v, p, c) &&
				(reAddressEnd.MatchString(v.between(c.End, v.end)) || addressClosed(v.between(c.End, v.end))) && b.addressWithin(p.EntityID, c.EntityID):
				b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.7, nil, v, p.Start, c.End)
			case reInCountry.MatchString(gap) && (c.Type == "Country" || b.namedOrDescribed(c.EntityID, reTerritory) && !b.namedOrDescribed(p.EntityID, reTerritory)) && !reWaterBody.MatchString(p.Text) &&
				(!reComplementBefore.MatchString(v.between(max(v.start, p.Start-12), p.Start)) || reSettlementOfBefore.MatchString(v.between(max(v.start, p.Start-40), p.Start))):
				b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.7, nil, v, p.Start, c.End)
			case reIsCityOf.MatchString(gap):
				b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.85, nil, v, p.Start, c.End)
			}
		}
		// "the M4 highway with a depth of 30 kilometers inside Syrian
		// territory": the place lies in the state whose territory it is.
		if p.Type == "Place" && p.MetonymFor == "" && c.Type == "Country" && c.Demonym && !reWaterBody.MatchString(p.Text) &&
			reInsideTerritory.MatchString(gap) && !reGapClause.MatchString(gap) && reTerritoryAfter.MatchString(v.between(c.End, v.end)) {
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.75, nil, v, p.Start, c.End)
		}
		// "Iran's Kharg Island" (a sea is not owned: "Iran's Persian Gulf coast").
		// A state owns no region it is part of: "Britain's Middle East policy".
		if p.Type == "Country" && !p.Demonym && c.Type == "Place" && c.MetonymFor == "" && !reWaterBody.MatchString(c.Text) &&
			rePlacePossessive.MatchString(gap) && !b.broadRegion(c.EntityID) {
			b.add("LOCATED_IN", c.EntityID, p.EntityID, 0.75, nil, v, p.Start, c.End)
			continue
		}
		// "Iranian cities such as Abadan and Khorramshahr": every place of the list.
		if p.Type == "Country" && c.Type == "Place" && reCitiesSuchAs.MatchString(gap) {
			last := p
			for _, q := range v.ments[i+1:] {
				if q.Type != "Place" || q.MetonymFor != "" {
					break
				}
				if last.EntityID != p.EntityID && !reCoord.MatchString(v.between(last.End, q.Start)) {
					break
				}
				b.add("LOCATED_IN", q.EntityID, p.EntityID, 0.8, nil, v, p.Start, q.End)
				last = q
			}
			continue
		}
		// "the Strait of Hormuz between Iran and Oman".
		// A city or a capital lies in one state: "connecting Baghdad between
		// Iraq, Jordan, and Egypt" is a link, not where Baghdad is.
		if p.Type == "Place" && c.Type == "Country" && !c.Demonym && reBetweenCountries.MatchString(gap) && i+2 < len(v.ments) && !b.cityPlace(p.EntityID) {
			d := v.ments[i+2]
			if d.Type == "Country" && !d.Demonym && reCoord.MatchString(v.between(c.End, d.Start)) && (i+3 >= len(v.ments) || !reCoord.MatchString(v.between(d.End, v.ments[i+3].Start))) {
				b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.7, nil, v, p.Start, d.End)
				b.add("LOCATED_IN", p.EntityID, d.EntityID, 0.7, nil, v, p.Start, d.End)
			}
		}
		// "the Iranian province of Khuzestan": a demonym counts here.
		if p.Type == "Country" && c.Type == "Place" && c.MetonymFor == "" && reProvinceOf.MatchString(gap) {
			b.add("LOCATED_IN", c.EntityID, p.EntityID, 0.85, nil, v, p.Start, c.End)
			continue
		}
		// The country first: "Oman's capital, Muscat", "the capital of Oman, Muscat".
		if (p.Type == "Country" && !p.Demonym) && c.Type == "Place" && c.MetonymFor == "" {
			switch {
			case reCapitalBefore.MatchString(gap):
				b.add("LOCATED_IN", c.EntityID, p.EntityID, 0.95, nil, v, p.Start, c.End)
			case reApposComma.MatchString(gap) && reCapitalOfBefore.MatchString(v.between(v.start, p.Start)):
				loc := reCapitalOfBefore.FindStringIndex(v.between(v.start, p.Start))
				b.add("LOCATED_IN", c.EntityID, p.EntityID, 0.9, nil, v, v.start+loc[0], c.End)
			}
		}
	}
}

// inList reports whether mention i follows another mention after a comma,
// as in "Tehran, Muscat, Oman and Qatar".
// addressWithin reports whether "p, c" may be an address of a place in a
// larger one ("Brooklyn, New York"), not two places side by side ("Gaza,
// West Bank"): p is no country's capital, and where the catalog places p
// it places it in c. Seas hold no town so.
// waterBody reports a sea, a gulf or a strait by its name or the catalog's
// description: "control over the Mediterranean, Egypt, and the Red Sea"
// lists them; no sea lies in one state.
func (b *relBuilder) waterBody(id string) bool {
	switch b.descriptionOf(id) {
	case "sea", "gulf", "strait", "ocean", "bay":
		return true
	}
	return reWaterBody.MatchString(b.nameOf(id))
}

// placedInAnother reports a place the catalog puts in a state other than
// c, a state of today: "Dagestan, Armenia, and the Republic of Azerbaijan"
// lists them, as Dagestan is in Russia. The catalog places towns in the
// states of today, so a former one ("Aden, South Yemen") may still hold
// them.
func (b *relBuilder) placedInAnother(p, c string) bool {
	e, ok := b.ents.Entities[p]
	return ok && e.Catalog && strings.HasPrefix(e.LocatedIn, "country:") && e.LocatedIn != c && b.descriptionOf(c) == "sovereign state"
}

func (b *relBuilder) addressWithin(p, c string) bool {
	if reWaterBody.MatchString(b.nameOf(c)) {
		return false
	}
	e, ok := b.ents.Entities[p]
	if !ok || e.Capital {
		return false
	}
	// A catalog place is an address only where the catalog puts it; a
	// place the catalog does not know is taken at the text's word.
	return !e.Catalog || e.LocatedIn == c
}

func inList(v *sentView, i int) bool {
	if reListBefore.MatchString(v.between(max(v.start, v.ments[i].Start-40), v.ments[i].Start)) {
		// "Lydia, Babylon, Egypt": a name before the comma, found or not.
		return true
	}
	if i == 0 {
		return false
	}
	prev := v.ments[i-1]
	return reApposComma.MatchString(v.between(prev.End, v.ments[i].Start))
}

// reListBefore: a capitalised word and a comma right before a mention.
var reListBefore = regexp.MustCompile(`\b\p{Lu}[\w\x{00C0}-\x{024F}'’-]*` + sp + `*,` + sp + `*$`)

// reInsideTerritory and reTerritoryAfter: "inside Syrian territory"
// after a place, with a few words between.
var (
	reInsideTerritory = regexp.MustCompile(`^[^,;.()]{0,60}?\b(?:inside|within|in|deep` + sp + `+inside)` + sp + `+$`)
	// A new clause between the place and the territory: "the Gaza strip
	// and still had some forces surrounded inside Israeli territory".
	reGapClause      = regexp.MustCompile(`\b(?:and|but|while|had|has|have|was|were|is|are)\b`)
	reTerritoryAfter = regexp.MustCompile(`^` + sp + `+(?:territory|territorial` + sp + `+waters|soil)\b`)
)

// reOpenerPhrase: a sentence that opens with a phrase of time or place
// before its subject, "After talks in Muscat, ...", "As part of the Africa
// Nova province, Tripolitania …".
var reOpenerPhrase = regexp.MustCompile(`^(?:After|Following|During|Before|Since|Despite|Ahead` + sp + `+of|Amid|At|In|On|From|With|Upon|Through|As` + sp + `+part` + sp + `+of)` + sp + `+[^,;]*$`)

// openerThenSubject reports "After talks in Muscat, Iran said": the place
// ends the sentence's opening phrase, and the state after the comma, with
// no comma of its own, is the subject of the sentence, not the place's
// state.
func openerThenSubject(v *sentView, p, c mention) bool {
	return reOpenerPhrase.MatchString(v.between(v.start, p.Start)) && !strings.HasPrefix(strings.TrimLeft(v.between(c.End, v.end), " "), ",")
}

// reAddressComma: "Protests in Tehran, Iran, continue", "A car bomb in
// Kabul, Afghanistan, kills 12": an address closed by a comma and a word
// in lower case. A list goes on with a name or "and"/"or"/"then".
var reAddressComma = regexp.MustCompile(`^` + sp + `*,` + sp + `+([a-z][a-z-]*)\b`)

// addressClosed reports an address "Place, Country" closed by a comma
// and a lower-case word that does not go on with a list.
func addressClosed(after string) bool {
	m := reAddressComma.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	switch m[1] {
	case "and", "or", "nor", "then", "but", "as", "plus", "not", "also", "along", "together", "respectively", "etc":
		return false
	}
	return true
}

// cityPlace reports a place the catalog knows as a city or a capital.
func (b *relBuilder) cityPlace(id string) bool {
	desc := b.descriptionOf(id)
	return strings.Contains(desc, "city") || strings.Contains(desc, "capital") || strings.Contains(desc, "town")
}

// broadRegion reports a place the catalog knows as a region or a continent
// ("the Middle East"), which lies in no one state.
func (b *relBuilder) broadRegion(id string) bool {
	desc := b.descriptionOf(id)
	return desc == "region" || strings.Contains(desc, "continent")
}
