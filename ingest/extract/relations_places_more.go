package extract

import (
	"regexp"
	"strings"
)

// More ways a text places one place inside another: a named facility in or
// of a city ("King Khalid International Airport in Riyadh", "Mehrabad
// Airport of Tehran"), a settlement named
// by its region ("the West Bank town of Ramallah"), and a city given after
// its country ("in Iraq, at the holy city of An Najaf").

var (
	// A place named for what is built there: what it is "in" is where it is.
	reFacilityName = regexp.MustCompile(`\b(?:Airport|Airbase|Air` + sp + `+Base|Base|Port|Harbou?r|Camp|Square|Palace|Prison|Mosque|Shrine|Reactor|Plant|Facility|Refinery|Stadium|Hospital|University|Hotel|Bridge|Dam|Terminal|Complex|Cent(?:er|re)|Tower|Street|Avenue|Station|Compound|Embassy|Consulate|City|Wall|Gate|Tomb|Mausoleum|Temple|Museum|Bazaar|Souk|Citadel|Fortress|Fort|Castle|Quarter|Dome|Monument|Cemetery|Square)$`)
	// "in Riyadh" right after the facility, nothing else between.
	reInPlace = regexp.MustCompile(`^` + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?(?:` + compassWord + sp + `+)?$`)
	// "Mehrabad Airport of Tehran": a facility "of" its city.
	reOfPlace = regexp.MustCompile(`^` + sp + `+of` + sp + `+$`)
	// "the West Bank town of": a place, then a settlement noun and "of".
	reTownOf = regexp.MustCompile(`^` + sp + `+(?:[\w-]+` + sp + `+)?(?:city|town|village|port|district|suburb|quarter|neighbou?rhood|refugee` + sp + `+camp|camp|province|governorate|region)` + sp + `+of` + sp + `+$`)
	// "X, located in Y", "X is situated in northern Y", "X lies in the Y".
	reLocatedIn = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:is|was|are|were)` + sp + `+)?(?:located|situated|lying|lies|lay|sits|based)` + sp + `+(?:(?:just|about|some|mostly|entirely|wholly)` + sp + `+)?in` + sp + compassPrefix + `(?:the` + sp + `+)?$`)
	// "X is one of the 31 provinces of Y".
	reOneOfThe = regexp.MustCompile(`^` + sp + `+(?:is|was|remains)` + sp + `+one` + sp + `+of` + sp + `+the` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:provinces|cities|towns|ports|regions|districts|islands|governorates|counties|villages|emirates|states)` + sp + `+(?:of|in)` + sp + compassPrefix + `(?:the` + sp + `+)?$`)
	// "(Persian: ...)" right after a name, before what is said of it.
	reLeadingParen = regexp.MustCompile(`^` + sp + `*\([^()]{0,160}\)`)
	// "the Tigray region of Ethiopia": a region named, then its state.
	reRegionOf = regexp.MustCompile(`^` + sp + `+(?:region|province|district|governorate|area|state|county|municipality)` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// ", at the Shi'ite holy city of": a settlement after its country.
	reAtCityOf = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:at|in|near)` + sp + `+the` + sp + `+(?:[\w'’-]+` + sp + `+){0,3}?(?:city|town|village|port)` + sp + `+of` + sp + `+` + nameParticle + `$`)
	// "Riyadh, the Saudi capital": a comma and "the" before the demonym,
	// a settlement noun after it.
	reApposThe        = regexp.MustCompile(`^` + sp + `*,` + sp + `+the` + sp + `+$`)
	reSettlementAfter = regexp.MustCompile(`^` + sp + `+(?:capital|city|port|town|village)\b`)
	// "the Iranian capital, Tehran": the demonym, then the capital.
	reDemonymCapital = regexp.MustCompile(`^` + sp + `+capital(?:` + sp + `+city)?` + sp + `*,?` + sp + `+$`)
	// "Halabja, in northern Iraq,": an apposition of the country.
	reCommaIn = regexp.MustCompile(`^` + sp + `*,` + sp + `+in` + sp + compassPrefix + `(?:the` + sp + `+)?$`)
	// What must not follow a place given ", in" another: more of a list
	// ("in Geneva, in Vienna, and in Rome").
	reListGoesOn = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:(?:and|or)` + sp + `+)?(?:in|at|to|from)` + sp + `+(?:the` + sp + `+)?[A-Z]`)
	// "Qom, Iran's holiest city": the state's possessive and a settlement.
	reStatesCity = regexp.MustCompile(`^['’]s` + sp + `+(?:(?:second|third|largest|biggest|holiest|main|chief|principal|oldest|most` + sp + `+[\w-]+|[\w-]+est)` + sp + `+)?(?:city|port|town|village|holy` + sp + `+city)\b`)
	// "Tehran's Evin Prison": a place a city owns.
	rePossessivePlace = regexp.MustCompile(`^['’]s` + sp + `+$`)
	reApposClose      = regexp.MustCompile(`^(?:['’]s\b|` + sp + `*(?:[,.;)]|$))`)
	// "the main centres in Oman, including": places in a state, listed after.
	rePlacesInBefore = regexp.MustCompile(`\b(?:cities|towns|centres|centers|ports|provinces|regions|villages|districts|islands|areas)` + sp + `+in` + sp + `+(?:` + compassWord + sp + `+)?(?:the` + sp + `+)?$`)
	reIncludingAfter = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:including|such` + sp + `+as|like|notably|among` + sp + `+them)` + sp + `+$`)
	// ", the capital of the Imamate of Oman," inside such a list: an
	// apposition of the place before, skipped.
	reListApposition = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:the` + sp + `+|a` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:capital|city|port|town|seat)` + sp + `+of` + sp + `+(?:[\w'’-]+` + sp + `+){0,3}?$`)
	// "the city of" right before a place followed by "in Iraq": the
	// "of" phrase names the place, it does not complement another noun.
	reSettlementOfBefore = regexp.MustCompile(`\b(?:city|town|village|port|province|district|region|island|capital|suburb)` + sp + `+of` + sp + `+$`)
)

// nameParticle is an article of an Arabic place name a mention may leave
// out ("An Najaf" found as "Najaf").
const nameParticle = `(?:(?:An|Al|Ar|As|Ad|Az|At|Ash|El)` + sp + `+)?`

// reCompassPart: "southern Lebanon", a part of a place named by a
// direction in lower case (a capital makes a name of its own: Northern
// Ireland is not in Ireland).
var reCompassPart = regexp.MustCompile(`^` + compassWord + sp + `+([A-Z].*)$`)

// compassParts gives "southern Lebanon" LOCATED_IN Lebanon when Lebanon
// is one of the document's places or states.
func (b *relBuilder) compassParts(v *sentView) {
	for _, p := range v.ments {
		if p.Type != "Place" || p.MetonymFor != "" {
			continue
		}
		m := reCompassPart.FindStringSubmatch(p.Text)
		if m == nil {
			continue
		}
		if id, ok := b.entityNamed(m[1]); ok && id != p.EntityID {
			b.add("LOCATED_IN", p.EntityID, id, 0.85, nil, v, p.Start, p.End)
		}
	}
}

// entityNamed is the document's place or state with this name or alias.
func (b *relBuilder) entityNamed(name string) (string, bool) {
	found := ""
	for id, e := range b.ents.Entities {
		if e.Type != "Country" && e.Type != "Place" {
			continue
		}
		match := strings.EqualFold(e.Name, name)
		for _, a := range e.Aliases {
			match = match || strings.EqualFold(a, name)
		}
		if match {
			if found != "" && found != id {
				return "", false
			}
			found = id
		}
	}
	return found, found != ""
}

// reOfBefore: "the plains of" before a list of places; the "in" phrase
// after the list may belong to the plains.
var reOfBefore = regexp.MustCompile(`\bof` + sp + `+(?:the` + sp + `+)?$`)

// listInCountry: "Natanz and Fordow in Iran" puts every place of the list
// in the state, unless the list completes a noun before it ("the plains
// of X and Y in Iran") or holds a sea.
func (b *relBuilder) listInCountry(v *sentView) {
	for i := 1; i+1 < len(v.ments); i++ {
		p, c := v.ments[i], v.ments[i+1]
		if p.Type != "Place" || c.Type != "Country" || c.Demonym || c.MetonymFor != "" || c.Start < p.End ||
			!reInCountry.MatchString(v.between(p.End, c.Start)) {
			continue
		}
		list := []mention{p}
		for k := i - 1; k >= 0; k-- {
			q := v.ments[k]
			if q.Type != "Place" || q.MetonymFor != "" || q.End > list[0].Start || !reCoord.MatchString(v.between(q.End, list[0].Start)) {
				break
			}
			list = append([]mention{q}, list...)
		}
		if len(list) < 2 || reOfBefore.MatchString(v.between(max(v.start, list[0].Start-12), list[0].Start)) {
			continue
		}
		water := false
		for _, q := range list {
			water = water || reWaterBody.MatchString(q.Text)
		}
		if water {
			continue
		}
		for _, q := range list {
			b.add("LOCATED_IN", q.EntityID, c.EntityID, 0.7, nil, v, list[0].Start, c.End)
		}
	}
}

// placesMore finds the LOCATED_IN wordings of this file.
func (b *relBuilder) placesMore(v *sentView) {
	b.placesListedIn(v)
	b.placesLists(v)
	b.divisionsListed(v)
	b.placesProse(v)
	b.placesCopula(v)
	b.placesNamedIn(v)
	b.listInCountry(v)
	b.compassParts(v)
	b.itsRegions(v)
	for i, p := range v.ments {
		if i+1 >= len(v.ments) {
			break
		}
		c := v.ments[i+1]
		if c.Start < p.End || c.MetonymFor != "" || p.MetonymFor != "" {
			continue
		}
		gap := v.between(p.End, c.Start)
		// "Bushehr (Persian: ...) is a city in Iran": what is said of a
		// place may follow a parenthesis.
		if loc := reLeadingParen.FindStringIndex(gap); loc != nil && p.Type == "Place" && (c.Type == "Country" || c.Type == "Place") && !c.Demonym {
			if rest := gap[loc[1]:]; reIsCityOf.MatchString(rest) || reLocatedIn.MatchString(rest) || reOneOfThe.MatchString(rest) {
				b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
			}
			continue
		}
		// "Natanz, located in Isfahan Province", "Qom is one of the
		// provinces of Iran".
		if p.Type == "Place" && (c.Type == "Country" || c.Type == "Place") && !c.Demonym && !p.Demonym && p.MetonymFor == "" &&
			(reLocatedIn.MatchString(gap) || reOneOfThe.MatchString(gap)) {
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.85, nil, v, p.Start, c.End)
			continue
		}
		// "the Iranian capital, Tehran".
		if p.Type == "Country" && p.Demonym && c.Type == "Place" && !c.Demonym && reDemonymCapital.MatchString(gap) {
			b.add("LOCATED_IN", c.EntityID, p.EntityID, 0.9, nil, v, p.Start, c.End)
			continue
		}
		if p.Demonym || (c.Demonym && !(p.Type == "Place" && c.Type == "Country")) {
			continue
		}
		switch {
		// "King Khalid International Airport in Riyadh".
		case p.Type == "Place" && c.Type == "Place" && reFacilityName.MatchString(p.Text) && !reWaterBody.MatchString(c.Text) &&
			reInPlace.MatchString(gap):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
		// "Mehrabad Airport of Tehran", "Imam Khomeini Airport of Iran".
		case p.Type == "Place" && (c.Type == "Place" || c.Type == "Country") && reFacilityName.MatchString(p.Text) && !reWaterBody.MatchString(c.Text) &&
			reOfPlace.MatchString(gap) && !strings.HasSuffix(p.Text, " City"):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.75, nil, v, p.Start, c.End)
		// "the Shatila refugee camp in Beirut": a site named with its noun.
		case p.Type == "Place" && (c.Type == "Place" || c.Type == "Country") && siteNamedBy(p, gap, reSiteIn):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
		// "the Rehavia neighbourhood of Jerusalem": a quarter named with
		// its noun lies in the city after "of" (the order is the other
		// way round from "the West Bank town of Ramallah").
		case p.Type == "Place" && c.Type == "Place" && reTownOf.MatchString(gap) && theBeforePlace(v, p) && (siteNamedBy(p, gap, reQuarterOf) || reQuarterNounOf.MatchString(gap) && b.isCapital(c.EntityID) && !b.isCapital(p.EntityID)):
			// "the Dahiyeh suburb of Beirut": a suburb of a capital named
			// after it is part of it ("the Damascus suburb of Jobar" is
			// the usual order, read below).
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
		// "the Quxabad district of Damascus": a quarter whose name holds
		// its noun lies in the city after "of".
		case p.Type == "Place" && c.Type == "Place" && reQuarterNamed.MatchString(p.Text) && reBareOf.MatchString(gap) && theBeforePlace(v, p):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
		// "the West Bank town of Ramallah" (a sea has islands and ports,
		// and those are in it too).
		case p.Type == "Place" && c.Type == "Place" && reTownOf.MatchString(gap) && theBeforePlace(v, p):
			b.add("LOCATED_IN", c.EntityID, p.EntityID, 0.85, nil, v, p.Start, c.End)
		// "Riyadh, the Saudi capital".
		case p.Type == "Place" && c.Type == "Country" && c.Demonym && reApposThe.MatchString(gap) && reSettlementAfter.MatchString(v.between(c.End, v.end)):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.85, nil, v, p.Start, c.End)
		// "Halabja, in northern Iraq,", "Khomeyn, in Markazi Province".
		case p.Type == "Place" && (c.Type == "Country" || c.Type == "Place" && !reWaterBody.MatchString(c.Text)) && reCommaIn.MatchString(gap) && !reWaterBody.MatchString(p.Text) &&
			reApposClose.MatchString(v.between(c.End, v.end)) && !reListGoesOn.MatchString(v.between(c.End, v.end)) && !inList(v, i):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.75, nil, v, p.Start, c.End)
		// "Qom, Iran's holiest city".
		case p.Type == "Place" && c.Type == "Country" && reApposComma.MatchString(gap) && reStatesCity.MatchString(v.between(c.End, v.end)):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.85, nil, v, p.Start, c.End)
		// "Tehran's Evin Prison" (a sea's coast is no place it owns).
		case p.Type == "Place" && c.Type == "Place" && rePossessivePlace.MatchString(gap) && !reWaterBody.MatchString(p.Text) && !reWaterBody.MatchString(c.Text):
			b.add("LOCATED_IN", c.EntityID, p.EntityID, 0.75, nil, v, p.Start, c.End)
		// "the Tigray region of Ethiopia".
		case p.Type == "Place" && c.Type == "Country" && reRegionOf.MatchString(gap) && theBeforePlace(v, p):
			b.add("LOCATED_IN", p.EntityID, c.EntityID, 0.85, nil, v, p.Start, c.End)
		// "in Iraq, at the holy city of An Najaf".
		case p.Type == "Country" && c.Type == "Place" && reAtCityOf.MatchString(gap):
			b.add("LOCATED_IN", c.EntityID, p.EntityID, 0.8, nil, v, p.Start, c.End)
		}
	}
}

// placesListedIn: "the main centres in Oman, including Nizwa, the
// capital of the Imamate, and Ibri" puts every listed place in the state.
func (b *relBuilder) placesListedIn(v *sentView) {
	for i, c := range v.ments {
		if c.Type != "Country" || c.Demonym || c.MetonymFor != "" || i+1 >= len(v.ments) {
			continue
		}
		first := v.ments[i+1]
		if first.Type != "Place" || !reIncludingAfter.MatchString(v.between(c.End, first.Start)) ||
			!rePlacesInBefore.MatchString(v.between(max(v.start, c.Start-40), c.Start)) {
			continue
		}
		last := first
		skipping := false
		for k := i + 1; k < len(v.ments); k++ {
			q := v.ments[k]
			if k > i+1 {
				gap := v.between(last.End, q.Start)
				switch {
				case skipping && reCoord.MatchString(gap):
					skipping = false
				case !skipping && reListApposition.MatchString(gap):
					skipping = true
					last = q
					continue
				case !skipping && reCoord.MatchString(gap):
				default:
					return
				}
			}
			if q.Type != "Place" || q.MetonymFor != "" {
				return
			}
			b.add("LOCATED_IN", q.EntityID, c.EntityID, 0.8, nil, v, c.Start, q.End)
			last = q
		}
	}
}

var (
	// The site noun of a site's name, then "in": " refugee camp in ".
	reSiteIn = regexp.MustCompile(`^` + sp + `+((?:[a-z]+` + sp + `+)?[a-z]+)` + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?(?:` + compassWord + sp + `+)?$`)
	// A quarter's name that ends with its noun: "Quxabad district".
	reQuarterNamed = regexp.MustCompile(sp + `(?:neighbou?rhood|suburb|quarter|district)$`)
	reBareOf       = regexp.MustCompile(`^` + sp + `+of` + sp + `+$`)
	// A quarter's noun alone between two places: " suburb of ".
	reQuarterNounOf = regexp.MustCompile(`^` + sp + `+(?:southern` + sp + `+|northern` + sp + `+|eastern` + sp + `+|western` + sp + `+)?(?:neighbou?rhood|suburb|suburbs|quarter|district)` + sp + `+of` + sp + `+$`)
	// The noun of a quarter's name, then "of": " neighbourhood of ".
	reQuarterOf = regexp.MustCompile(`^` + sp + `+((?:refugee` + sp + `+)?(?:neighbou?rhood|suburb|quarter|camp|district))` + sp + `+of` + sp + `+$`)
)

// siteNamedBy reports a gap after place p that opens with the noun p's
// entity is named with (detect_place_facilities.go names "Shatila" before
// "refugee camp" the Shatila refugee camp): the noun is part of p's name,
// and what follows it says where p is.
func siteNamedBy(p mention, gap string, re *regexp.Regexp) bool {
	m := re.FindStringSubmatch(gap)
	return m != nil && strings.HasSuffix(p.EntityID, "-"+slug(m[1]))
}

// theBeforePlace reports "the" right before a place: "the West Bank town of"
// names the town by its region, "Beirut town of" is no English.
func theBeforePlace(v *sentView, p mention) bool {
	return reTheAtEnd.MatchString(v.between(max(v.start, p.Start-5), p.Start))
}

var reTheAtEnd = regexp.MustCompile(`(?i)\bthe` + sp + `+$`)

// isCapital reports a catalog capital.
func (b *relBuilder) isCapital(id string) bool {
	e, ok := b.ents.Entities[id]
	return ok && e.Capital
}

var (
	// "its" right before a region.
	reItsBefore = regexp.MustCompile(`\bits` + sp + `+$`)
	// The region's noun, in its name or after it.
	reRegionNoun = regexp.MustCompile(`^(?:` + sp + `+)?(?:province|region|governorate|district|state|county)\b`)
	reRegionName = regexp.MustCompile(`(?i)\b(?:province|region|governorate|district|state|county)$`)
)

// itsRegions: "Pakistan ... made it a district of its Balochistan
// province": a region "its" a state's is in the state, when the sentence
// names one state before it.
func (b *relBuilder) itsRegions(v *sentView) {
	if !v.has("its ") {
		return
	}
	for i, p := range v.ments {
		if p.Type != "Place" || p.MetonymFor != "" || !reItsBefore.MatchString(v.between(runeStartFrom(v.text, max(v.start, p.Start-6)), p.Start)) {
			continue
		}
		if !reRegionName.MatchString(p.Text) && !reRegionNoun.MatchString(v.between(p.End, min(v.end, p.End+16))) {
			continue
		}
		state := ""
		for _, m := range v.ments[:i] {
			if m.Type == "Country" && !m.Demonym {
				if state != "" && state != m.EntityID {
					state = "" // two states: whose is not said
					break
				}
				state = m.EntityID
			}
		}
		if state != "" {
			b.add("LOCATED_IN", p.EntityID, state, 0.7, nil, v, v.start, p.End)
		}
	}
}
