package extract

import "strings"

// Organisations, agreements, states and places named with a head word.

// militaryBase words make "Base" a place: "Al Udeid Air Base".
var militaryBase = map[string]bool{"air": true, "naval": true, "military": true, "army": true, "marine": true,
	"force": true} // "Wright-Patterson Air Force Base"

// militaryHeads name armed forces: without a proper word or a country
// ("Air Force", "Armed Forces") such a name is no entity.
var militaryHeads = map[string]bool{"force": true, "forces": true, "army": true, "navy": true, "guard": true,
	"guards": true, "command": true, "corps": true}

// genericWords make an organisation's or agreement's name generic when
// they are all it has besides its head ("Foreign Ministry", "Final
// Agreement").
var genericWords = map[string]bool{
	"comprehensive": true, "final": true, "interim": true, "framework": true, "nuclear": true,
	"peace": true, "new": true, "bilateral": true, "trade": true, "partnership": true,
	"cooperation": true, "historic": true, "landmark": true, "this": true, "that": true,
	"our": true, "their": true, "its": true,
}

// surnameHeads end places' names and people's ("Ammunition Hill", "Gezi
// Park", "Rothschild Boulevard"; "Christopher Hill"). They are no place
// head of the lexicon, which would keep "Hill" out of people's names:
// here they head a place only where no person's name took the words.
var surnameHeads = map[string]bool{"hill": true, "park": true, "street": true, "boulevard": true, "avenue": true}

// conflictNouns end the subject of an agreement named with its land
// after "in".
var conflictNouns = map[string]bool{"conflict": true, "crisis": true, "war": true, "dispute": true, "situation": true}

// abstractBuilt are built without being a building.
var abstractBuilt = map[string]bool{"confidence": true, "capacity": true, "peace": true, "nation": true, "state": true,
	"institution": true, "trust": true, "consensus": true, "coalition": true}

// abstractBuilding reports "Building" after a thing built that is no
// building ("Confidence Building").
func (s *scan) abstractBuilding(k int) bool {
	return s.toks[k].key == "building" && abstractBuilt[s.tokKey(k-1)]
}

// signingVerbs make an agreement of the capitalised name after "a": "the
// two states signed a Strategic Defense Agreement".
var signingVerbs = map[string]bool{"signed": true, "sign": true, "signs": true, "signing": true, "concluded": true,
	"inked": true, "finalized": true, "finalised": true, "ratified": true}

// detectHeaded proposes organisations, places, agreements and countries
// ending in a head word ("Carnegie Endowment", "Homs Governorate", "Paris
// Agreement", "Ottoman Empire"), with an "of …" tail ("Ministry of Foreign
// Affairs").
func (s *scan) detectHeaded() {
	for h := range s.toks {
		c := s.class(h)
		if c&(wcOrgHead|wcPlaceHead|wcAgreementHead|wcCountryHead) == 0 && !surnameHeads[s.toks[h].key] || !s.capWord(h) || s.notEnt[h] {
			continue
		}
		if s.toks[h].key == "memorandum" && !(s.tokKey(h+1) == "of" && memorandumKinds[s.tokKey(h+2)]) {
			continue // "National Security Presidential Memorandum" is a directive
		}
		if s.toks[h].key == "base" && !militaryBase[s.tokKey(h-1)] {
			continue // "Shipbuilding Industrial Base" is no place
		}
		if (s.toks[h].key == "building" || s.toks[h].key == "hall") && (s.capWord(h+1) && s.sameSent(h, h+1) || (s.tokKey(h-1) == "city" || s.tokKey(h-1) == "town") && !(h >= 2 && s.capWord(h-2) && s.sameSent(h-2, h) && s.catTyp[h-2] == "")) {
			continue // "Capacity Building Program" is no building, "City Hall" any town's ("Crocus City Hall" one venue's)
		}
		if s.abstractBuilding(h) {
			continue // "Confidence Building", "Peace Building": building a thing, no building
		}
		if s.toks[h].key == "press" && (s.capWord(h+1) && s.sameSent(h, h+1) || h > 0 && s.catTyp[h-1] != "") {
			continue // "White House Press Secretary": an office's title
		}
		if companySuffixes[s.toks[h].key] && s.tokKey(h+1) == "-" && s.toks[h+1].start == s.toks[h].end {
			continue // "Co-founder" is no company
		}
		typ := "Organization"
		switch {
		case c&wcAgreementHead != 0:
			typ = "Agreement"
		case c&wcCountryHead != 0:
			typ = "Country"
		case c&wcPlaceHead != 0 && c&wcOrgHead == 0, surnameHeads[s.toks[h].key]:
			typ = "Place"
		}
		if typ != "Place" && s.catTyp[h] == "Place" {
			continue // "the West Bank of the Jordan River": the head ends a known place
		}
		to := s.extendOf(h + 1)
		// "Golden Crown Petroleum Sdn. Bhd.", "Blue Cactus Shipping Co.,
		// Ltd.": the name is before all the suffixes.
		hh := h
		for companySuffixes[s.toks[h].key] && hh > 1 && (s.toks[hh-1].key == "." || s.toks[hh-1].key == "," ||
			companySuffixes[s.toks[hh-1].key]) && s.capWord(hh-2) || hh > 1 && s.toks[hh-1].key == "." && companySuffixes[s.toks[hh-2].key] {
			hh--
		}
		from := s.extendLeft(hh, to > h+1, typ != "Place")
		if hh < h && from == hh {
			continue
		}
		// "Mehrabad Airport of Tehran": a place already named before its
		// head is not renamed by the known city after "of"; the city is
		// where it lies.
		if typ == "Agreement" {
			from = s.pairedStates(from)
			// "the Zürich and London Agreements": a plural head names
			// the agreements of both places.
			if k := s.toks[h].key; (k == "agreements" || k == "accords" || k == "protocols") && from >= 2 && s.toks[from-1].key == "and" &&
				s.capWord(from-2) && s.sameSent(from-2, h) && s.class(from-2)&(wcTitle|wcCalendar) == 0 && s.catTyp[from-2] != "Country" && s.catTyp[from-2] != "Organization" &&
				s.catTyp[from] != "Agreement" { // "the Oslo and Camp David Accords" are two the catalog knows
				from -= 2
			}
		}
		if typ == "Organization" {
			from = s.pairedPlaces(from)
		}
		if typ == "Place" && from < h && to > h+1 && s.toks[h+1].key == "of" && s.knownPlacesOnly(h+2, to) {
			to = h + 1
		}
		if typ == "Place" && (s.toks[from].key == "operation" || from > 0 && s.toks[from-1].key == "operation" && s.toks[from-1].cap) {
			continue // "Operation Desert Storm" names an operation, not a desert
		}
		if s.toks[h].key == "declaration" && from == h && s.tokKey(h+2) != "principles" {
			continue // "Declaration of Independence", "Declaration of National Emergency": no accord
		}
		if typ == "Organization" && s.portfolioAfterAnd(from) {
			continue // "Minister of Foreign Affairs and International Cooperation": one office's portfolio
		}
		if typ == "Organization" && documentKinds[s.toks[from].key] {
			continue // "Announcement of Cooperation Between …" titles a document
		}
		if s.toks[from].key == "non" && s.glued(from+1) {
			continue // "Non-Ba'ath Party members" are members of other parties
		}
		// "signed a Strategic Defense Agreement"; "an Agreement on the
		// Resolution of the Conflict", "A Treaty of Friendship,
		// Cooperation and Mutual Security was signed": a head with a
		// capitalised tail names one agreement, whatever its article,
		// unless the article is inside another name ("the Framework for
		// an Agreement on Reciprocal Trade").
		signedA := typ == "Agreement" && s.toks[h].key != "memorandum" && (signingVerbs[s.tokKey(from-2)] || to > h+2 && !(s.capWord(from-2) && s.catTyp[from-2] == "") && s.tokKey(from-2) != "for")
		// "formed a Committee of Public Safety", "a Supreme Revolutionary
		// Council chaired by X": a body set up, or one whose chair is
		// named, is one body, not a category.
		createdA := typ == "Organization" && (creationVerbs[s.tokKey(from-2)] || s.chairedByAfter(to))
		if from > 0 && (s.toks[from-1].key == "a" || s.toks[from-1].key == "an") && !signedA && !createdA || s.afterShipPrefix(from) {
			continue // "a Foreign Terrorist Organization" is a category; "signed a Strategic Defense Agreement" names one
		}
		if typ == "Organization" && to == h+1 && chairRoles[s.tokKey(to)] && s.capWord(to) {
			continue // "Harrison Distinguished Service Professor" is a named chair
		}
		if typ == "Country" && to > h+2 && s.catalogCountryOnly(h+2, to) {
			continue // "the Kingdom of Iraq" is Iraq under a longer name
		}
		if typ == "Country" && to > h+1 && from == h && h > 0 && s.capWord(h-1) && s.sameSent(h-1, h) && !s.opensSentence(h-1) {
			// "the Russian Empire of Catherine the Great": the empire is
			// named before "of", its ruler after.
			from, to = h-1, h+1
		}
		if typ == "Country" && to == h+1 && c&wcCountryHead != 0 && s.toks[h].key != "empire" && s.toks[h].key != "caliphate" &&
			!(s.toks[h].key != "kingdom" && from < h && s.unknownWords(from, h)) {
			continue // "Kingdom" alone says nothing; "Kingdom of Ormus" and "the Kathiri Sultanate" do
		}
		proper := false
		for k := from; k < to; k++ {
			if k == h || s.toks[k].kind != tkWord || s.class(k)&wcConnector != 0 {
				continue
			}
			if s.class(k)&(wcTitleMod|wcOrgHead|wcPlaceHead) == 0 && !genericWords[s.toks[k].key] {
				proper = true
			}
		}
		if !proper && typ == "Agreement" && h-from >= 2 && (s.tokKey(from-1) == "the" || signedA || s.signedArticleBefore(from)) && s.modifiedAgreement(from, h) {
			proper = true // "the Strategic Framework Agreement", "signed a Strategic Defense Agreement"
		}
		if to-from < 2 || (!proper && typ != "Organization") {
			continue
		}
		name := s.spanText(from, to)
		if !proper && to == h+1 {
			// A generic name takes the country written before it:
			// "Iran's Foreign Ministry" is the Iranian Foreign Ministry.
			if q := s.possessiveCountry(from); q >= 0 && !s.titleOfBefore(q) {
				name = s.adjectiveOf(q) + " " + name
			} else if militaryHeads[s.toks[h].key] {
				continue
			}
		}
		prio := prioDetected
		if typ == "Country" {
			prio = prioTyped // "Kathiri Sultanate" is no person's name
		}
		s.cands = append(s.cands, candidate{from: from, to: to, entry: -1, typ: typ, name: name, prio: prio})
	}
}

// extendLeft walks back from a head word over the capitalised words of its
// name, and trims leading connectors and sentence openers. A name with an
// "of" tail ("Department of Foreign Affairs") does not take the country
// before it. An organisation's name may hold an "of" before its head
// ("Islamic Republic of Iran Broadcasting"); a place's does not: "Politics
// of Strait of Hormuz" is about the strait.
func (s *scan) extendLeft(h int, tail, ofInside bool) int {
	from := h
	for k := h - 1; k >= 0 && s.sameSent(k, h); k-- {
		// "President Trump Ratifies Board of Peace": a headline's verb
		// is no part of the name after it.
		if headlineVerbs[s.toks[k].key] {
			break
		}
		word := s.capWord(k) || s.ordinal(k) || s.dayInName(k)
		// "New York Law School", "New York Post Editorial Board": the
		// opener of a catalog place or body ("New") is no sentence opener.
		inPlace := s.catalogOpener(k)
		// "the Four-Party Joint Military Commission": a number glued to
		// a name word by a hyphen is part of the name.
		if word && !(shipPrefixes[s.toks[k].key] && s.toks[k].upper) && (s.class(k)&(wcTitle|wcStop|wcCalendar) == 0 || s.dateWordInName(k, h) || inPlace || from == k+2 && s.glued(k+1)) && s.catTyp[k] != "Person" {
			from = k
			continue
		}
		// "King Salman International Airport", "King Fahd Causeway": a
		// place or body named after a ruler holds the ruler's style and
		// name.
		if p := s.honoredPerson(k); p >= 0 {
			from, k = p, p
			continue
		}
		// "the Harry S. Truman Building", "the John F. Kennedy Center": a
		// building or an institution named after a person holds the
		// person's full name, and the person is not there.
		if p := s.namesakePerson(k, h); p >= 0 {
			from, k = p, p
			continue
		}
		// "Martyrs' Brigades", "Workers' Party": a plural's apostrophe
		// inside the name.
		if s.toks[k].kind == tkPoss && !strings.HasSuffix(strings.ToLower(s.text(k)), "s") && ofInside && s.capWord(k-1) && s.catTyp[k-1] == "" && strings.HasSuffix(s.toks[k-1].key, "s") &&
			!(k >= 2 && s.toks[k-2].cap && s.class(k-2)&wcGiven != 0) { // "Yousef Beidas' Intra Bank": a person's possessive
			continue
		}
		// "People's Party", "the People's Mujahedin": a people's possessive
		// inside the name.
		if s.toks[k].kind == tkPoss && ofInside && s.tokKey(k-1) == "people" && s.toks[k-1].cap && k+1 <= h && s.capWord(k+1) {
			continue
		}
		// "Foreign Affairs and Defense Committee": a committee is named by
		// the fields it covers; two states or two chambers before "and"
		// name two bodies ("the Senate and House Armed Services
		// Committees").
		if s.toks[k].key == "and" && committeeHeads[s.toks[h].key] && s.capWord(k-1) && s.capWord(k+1) && h-k < 5 &&
			s.catTyp[k-1] == "" && s.catTyp[k+1] == "" && !chambers[s.toks[k-1].key] {
			continue
		}
		// "the Trade and Investment Framework Agreement", "the
		// Comprehensive Security Integration and Prosperity Agreement": an
		// agreement is named by the fields it covers too; two known names
		// before "and" are two ("the Oslo and Camp David Accords").
		if s.toks[k].key == "and" && s.class(h)&wcAgreementHead != 0 && s.capWord(k-1) && s.capWord(k+1) && h-k < 5 &&
			s.catTyp[k-1] == "" && s.catTyp[k+1] == "" {
			continue
		}
		// "the Rio de Janeiro Protocol", "the Dar es Salaam Declaration":
		// an agreement named after a place holds the place's particles.
		if s.class(h)&wcAgreementHead != 0 && !s.toks[k].cap && s.class(k)&wcParticle != 0 && !s.glued(k) && from == k+1 &&
			k > 0 && s.capWord(k-1) && s.sameSent(k-1, h) && s.catTyp[k-1] != "Person" {
			continue
		}
		if ((s.toks[k].key == "of" || s.toks[k].key == "for") && ofInside || s.toks[k].key == "&" || s.glued(k) || s.enDashJoined(k)) && s.capWord(k-1) && h-k < 8 {
			continue
		}
		// "the Israel–Jordan Treaty of Peace": the two states an
		// agreement is named by, joined by a dash.
		if s.class(h)&wcAgreementHead != 0 && s.statesJoined(k) && h-k < 8 {
			from = k - 1
			continue
		}
		// "al-Qaeda", "Saray al-Jihad Group": a particle glued in front.
		if s.glued(k) && k > 0 && s.class(k-1)&wcParticle != 0 && !s.toks[k-1].cap {
			from = k - 1
			if s.capWord(k-2) && !shipPrefixes[s.toks[k-2].key] && s.sameSent(k-2, h) {
				k--
				continue
			}
		}
		break
	}
	// "Former National Security Council official": "Former" says when,
	// it names nothing.
	for from < h && (s.toks[from].kind != tkWord || s.class(from)&(wcConnector|wcStop) != 0 && !s.glued(from+1) && !s.catalogOpener(from) || s.toks[from].key == "former") {
		from++
	}
	// "Imam Reza Shrine", "King Fahd Causeway": an honorific before the
	// name a place or body bears is part of that name.
	if from < h && from > 0 && namedAfterHonorifics[s.toks[from-1].key] && s.toks[from-1].cap && s.sameSent(from-1, h) {
		from--
	}
	for tail && from < h && (s.catTyp[from] == "Country" || s.toks[from].key == "'s") && !(s.class(h)&wcAgreementHead != 0 && s.statesJoined(s.countryEnd(from))) {
		// "Palestinian Center for Public Opinion": a people's adjective
		// opens the name of a civil body; a state's office ("Australian
		// Department of Foreign Affairs") is named without it.
		if s.toks[from].key != "'s" && civilHeads[s.toks[h].key] && s.demonymAt(from) {
			break
		}
		from++
	}
	// "the Israel-Zorbia Treaty": a dash left before the name when the
	// state before it went.
	for from < h && s.toks[from].kind != tkWord {
		from++
	}
	return from
}

// signedArticleBefore reports "signed a ten-year" before token from: an
// article after a verb of signing, with a modifier of small words
// between ("ten-year", "long-term").
func (s *scan) signedArticleBefore(from int) bool {
	k := from - 1
	for n := 0; n < 4 && k > 0 && (s.toks[k].kind == tkWord && !s.toks[k].cap && s.toks[k].key != "a" && s.toks[k].key != "an" || s.glued(k)); n++ {
		k--
	}
	return k < from-1 && k > 0 && (s.toks[k].key == "a" || s.toks[k].key == "an") && signingVerbs[s.tokKey(k-1)]
}

// countryEnd is the token after the state's name that opens at from
// ("United States" is one name), or from+1 for any other token.
func (s *scan) countryEnd(from int) int {
	j := from + 1
	for j < len(s.toks) && s.catTyp[j] == "Country" && s.sameCand(from, j) {
		j++
	}
	return j
}

// officeHeads name a body after the officer it serves: "the Office of
// the Prime Minister".
var officeHeads = map[string]bool{"office": true, "bureau": true, "cabinet": true, "secretariat": true}

// committeeHeads head names that may join two fields with "and".
var committeeHeads = map[string]bool{"committee": true, "subcommittee": true, "commission": true, "council": true}

// chambers are the houses of a legislature, which a committee's name
// may open with.
var chambers = map[string]bool{"senate": true, "house": true, "assembly": true, "parliament": true, "congress": true, "council": true}

// civilHeads head the names of bodies that are no state's office: a
// people's adjective before them is part of the name.
var civilHeads = map[string]bool{
	"center": true, "centre": true, "institute": true, "foundation": true, "society": true,
	"association": true, "front": true, "party": true, "movement": true, "union": true,
	"league": true, "federation": true, "university": true, "college": true, "academy": true,
	"forum": true, "network": true, "alliance": true, "coalition": true, "company": true,
	"corporation": true, "bank": true, "organization": true, "organisation": true,
}

// demonymAt reports a country's adjective or nationality noun at token i
// ("Palestinian"), not the country's name.
func (s *scan) demonymAt(i int) bool {
	for _, c := range s.cands {
		if c.entry >= 0 && c.from == i && c.to == i+1 && c.kind == formDemonym {
			return true
		}
	}
	return false
}

// ordinal reports "5th", "2nd": numbered units keep their number.
func (s *scan) ordinal(i int) bool {
	if i < 0 || i >= len(s.toks) || !s.toks[i].digit {
		return false
	}
	k := s.toks[i].key
	return strings.HasSuffix(k, "st") || strings.HasSuffix(k, "nd") || strings.HasSuffix(k, "rd") || strings.HasSuffix(k, "th")
}

// headlineVerbs are the verbs a title-case headline writes capitalised
// before a name: "Trump Ratifies Board of Peace", "Operation Economic
// Outcast Grounds Iran's Aviation Sector"; after a name, they end it:
// "Secretary Powell Meets With ...".
var headlineVerbs = map[string]bool{
	"announces": true, "ratifies": true, "signs": true, "unveils": true, "launches": true,
	"designates": true, "welcomes": true, "secures": true, "delivers": true, "grounds": true,
	"dismantles": true, "intensifies": true, "disrupts": true, "counters": true, "continues": true,
	"condemns": true, "praises": true, "hosts": true, "meets": true, "visits": true, "extends": true,
	"expands": true, "strengthens": true, "restores": true, "imposes": true, "urges": true,
	"celebrates": true, "honors": true, "commends": true, "applauds": true, "reaffirms": true,
	"squeezes": true, "severs": true, "halts": true, "advances": true, "travels": true, "opens": true,
	"says": true, "speaks": true, "holds": true, "joins": true, "arrives": true, "departs": true,
	"discusses": true, "attends": true, "addresses": true, "thanks": true, "congratulates": true,
	"convenes": true, "concludes": true, "chairs": true, "co-chairs": true, "appoints": true,
}

// titleOpeners are words that open a title written right after a body's
// name ("Senior Research Fellow", "Executive Director").
var titleOpeners = map[string]bool{
	"senior": true, "junior": true, "research": true, "chief": true, "executive": true, "deputy": true,
	"principal": true, "distinguished": true, "visiting": true, "resident": true, "nonresident": true,
	"managing": true, "associate": true, "assistant": true, "adjunct": true, "vice": true, "former": true,
	"founding": true,
}

// honoredPerson finds a catalog person's name ending at token k with an
// honorific before it ("King Salman") and returns where the honorific
// is, or -1.
func (s *scan) honoredPerson(k int) int {
	if s.catTyp[k] != "Person" || !s.capWord(k) {
		return -1
	}
	p := s.matchStart(k, "Person")
	if p > 0 && namedAfterHonorifics[s.toks[p-1].key] && s.toks[p-1].cap && s.sameSent(p-1, k) {
		return p - 1
	}
	if namedAfterHonorifics[s.toks[p].key] && s.toks[p].cap && p < k {
		return p // the catalog name holds the style: "King Abdullah II"
	}
	return -1
}

// namesakePerson finds a catalog person's full name (two words or more)
// ending at token k before head h of a building or an institution, and
// returns where the name starts, or -1.
func (s *scan) namesakePerson(k, h int) int {
	if s.catTyp[k] != "Person" || !s.capWord(k) || s.class(h)&wcPlaceHead == 0 && !namesakeBodies[s.toks[h].key] {
		return -1
	}
	p := s.matchStart(k, "Person")
	words := 0
	for q := p; q <= k; q++ {
		if s.capWord(q) {
			words++
		}
	}
	if words < 2 {
		return -1 // "the Trump Tower" may be read either way; "Truman Building" is left alone
	}
	return p
}

// namesakeBodies end the names of institutions often named after a
// person.
var namesakeBodies = map[string]bool{"center": true, "centre": true, "institute": true, "foundation": true, "school": true, "university": true, "library": true, "museum": true}

// wholeCatalogBody reports a catalog organisation's name starting at token
// n and ending the capitalised run: "U.S. Central Command" after "the
// Department of Defense and", not "Red Crescent" in "League of Red Cross
// and Red Crescent Societies".
func (s *scan) wholeCatalogBody(n int) bool {
	if n >= len(s.toks) || s.catTyp[n] != "Organization" {
		return false
	}
	e := n
	for e+1 < len(s.toks) && s.sameCand(e, e+1) {
		e++
	}
	return !s.capWord(e+1) || !s.sameSent(n, e+1)
}

// unitHeads end the names of units that belong to a larger body.
var unitHeads = map[string]bool{"legion": true, "brigade": true, "brigades": true, "battalion": true, "regiment": true,
	"division": true, "squadron": true, "fleet": true, "force": true, "unit": true}

// catalogOpener reports token k opening a catalog place or body that goes
// on past it ("New" of "New York").
func (s *scan) catalogOpener(k int) bool {
	return (s.catTyp[k] == "Place" || s.catTyp[k] == "Organization") && s.toks[k].key != "the" && s.sameCand(k, k+1)
}

// extendOf takes an "of …" tail after a head word: "Ministry of Foreign
// Affairs", "Convention on the Law of the Sea".
func (s *scan) extendOf(to int) int {
	if to+1 >= len(s.toks) || (s.toks[to].key != "of" && s.toks[to].key != "on" && s.toks[to].key != "for") && !s.missionTail(to) {
		return to
	}
	// "the Midyan Basin on the Saudi side": a place is on something, a
	// convention is on a subject.
	if s.toks[to].key == "on" && to > 0 && s.class(to-1)&wcPlaceHead != 0 && s.class(to-1)&(wcOrgHead|wcAgreementHead) == 0 {
		return to
	}
	k := to + 1
	if s.toks[k].key == "the" {
		k++
	}
	// "the Jewish Legion of the British Army", "the Quds Force of the
	// IRGC": a unit of a body the catalog knows is named without it.
	if s.toks[to].key == "of" && unitHeads[s.toks[to-1].key] && s.wholeCatalogBody(k) {
		return to
	}
	end := to
	listed := false
	lastAnd := -1 // the "and" the tail last went on after
	// "the Office of the Prime Minister", "the Office of the Special
	// Envoy": an office's tail is the officer's title.
	titled := s.toks[to].key == "of" && officeHeads[s.toks[to-1].key]
	for k < len(s.toks) && s.sameSent(to, k) {
		if s.capWord(k) && s.class(k)&(wcCalendar|wcGiven) == 0 && (s.class(k)&wcTitle == 0 || titled && lastAnd < 0) {
			k++
			end = k
			continue
		}
		// "International Co-operation", "Four-Party": a word glued to a
		// capitalised one by a hyphen is part of it, whatever its case.
		if s.toks[k].key == "-" && end == k && s.glued(k) && s.toks[k+1].kind == tkWord {
			k += 2
			end = k
			continue
		}
		// "the Office of the Central Foreign Affairs Commission and
		// Foreign Minister": the words after "and" open a second title.
		if lastAnd >= 0 && s.capWord(k) && s.class(k)&wcTitle != 0 {
			end = lastAnd
			break
		}
		// "Treaty of Peace, Diplomatic Relations and Full Normalization":
		// a list of capitalised nouns closed by "and" is one tail.
		if s.toks[k].key == "," && end == k && !listed && s.class(to-1)&wcAgreementHead != 0 {
			if n := s.capitalisedListEnd(k); n > k {
				k, end, listed = n, n, true
				continue
			}
		}
		// "the Agreement on Confidence Building in the Military Field in
		// the Border Area": a document's subject goes on in the fields it
		// covers, none of them a place the catalog knows.
		// "the Agreement on the Resolution of the Conflict in South
		// Sudan": the conflict's land ends the name.
		if s.class(to-1)&wcAgreementHead != 0 && end == k && s.toks[k].key == "in" && conflictNouns[s.tokKey(k-1)] &&
			(s.catTyp[k+1] == "Country" || s.catTyp[k+1] == "Place") {
			j := k + 1
			for j < len(s.toks) && s.catTyp[j] == s.catTyp[k+1] && s.sameSent(k, j) {
				j++
			}
			end = j
			break
		}
		if s.toks[to].key == "on" && s.class(to-1)&wcAgreementHead != 0 && end == k && s.toks[k].key == "in" && s.tokKey(k+1) == "the" &&
			s.capWord(k+2) && s.catTyp[k+2] == "" && s.class(k+2)&(wcTitle|wcCalendar|wcGiven) == 0 {
			k += 2
			continue
		}
		// "the Agreement on Establishment of Peace and Interstate Relations
		// between the Republic of Armenia and the Republic of Azerbaijan":
		// two states by their formal names close a treaty's title.
		if s.class(to-1)&wcAgreementHead != 0 && end == k && s.toks[k].key == "between" {
			if a, ok := s.formalStateAt(k + 1); ok && s.tokKey(a) == "and" {
				if z, ok := s.formalStateAt(a + 1); ok {
					end = z
					break
				}
			}
		}
		// "the Agreement for Lasting Peace through a Permanent Cessation
		// of Hostilities": the means, in capitals, is part of the name.
		if s.class(to-1)&wcAgreementHead != 0 && end == k && s.toks[k].key == "through" {
			n := k + 1
			if n < len(s.toks) && (s.toks[n].key == "a" || s.toks[n].key == "the") && !s.toks[n].cap {
				n++
			}
			if n < len(s.toks) && s.capWord(n) && s.catTyp[n] == "" && s.class(n)&(wcTitle|wcCalendar|wcGiven) == 0 && s.sameSent(k, n) {
				k = n
				continue
			}
		}
		// "the Treaty on Deepening Military Trust in Border Regions": the
		// field, written without "the", none the catalog knows as a place.
		if s.toks[to].key == "on" && s.class(to-1)&wcAgreementHead != 0 && end == k && s.toks[k].key == "in" &&
			s.capWord(k+1) && s.catTyp[k+1] == "" && s.class(k+1)&(wcTitle|wcCalendar|wcGiven) == 0 {
			k++
			continue
		}
		if s.class(k)&wcConnector != 0 || s.glued(k) {
			n := k + 1
			if (s.toks[k].key == "of" || s.toks[k].key == "on" || s.toks[k].key == "for") && n < len(s.toks) && s.toks[n].key == "the" {
				n++
			}
			// "the Department of Defense and U.S. Central Command": a
			// name the catalog knows after "and" is a second body.
			if s.toks[k].key == "and" && s.wholeCatalogBody(n) {
				break
			}
			if s.capWord(n) && s.class(n)&wcTitle == 0 {
				lastAnd = -1
				if s.toks[k].key == "and" {
					lastAnd = k
				}
				k = n
				continue
			}
		}
		break
	}
	// "signed the Washington Declaration on the South Lawn of the White
	// House": a document is on a subject, not on a place or a building.
	// Only the first words of the tail are read: "the Treaty on the
	// Accession of the Republic of Crimea to Russia" is on an accession.
	if s.toks[to].key == "on" {
		k := to + 1
		if s.toks[k].key == "the" {
			k++
		}
		for ; k < end && s.class(k)&wcConnector == 0; k++ {
			if t := s.catTyp[k]; t == "Place" || t == "Country" || s.class(k)&wcPlaceHead != 0 && !s.abstractBuilding(k) {
				return to
			}
		}
	}
	// "the Quds Force of Iran's Islamic Revolutionary Guard Corps": a
	// state owning what comes next is no tail of the name before it.
	if end > to+1 && end < len(s.toks) && s.toks[end].key == "'s" && s.sameSent(to, end) {
		state := true
		for k := to + 1; k < end; k++ {
			if s.toks[k].key != "the" && s.catTyp[k] != "Country" {
				state = false
				break
			}
		}
		if state {
			return to
		}
	}
	// "the Sadrist Movement of Shi'ite cleric Moqtada al-Sadr": a role
	// after the tail makes "of" the start of the one whose body it is.
	if end > to+1 && end < len(s.toks) && s.sameSent(to, end) && s.toks[end].kind == tkWord && !s.toks[end].cap && s.class(end)&wcRole != 0 {
		return to
	}
	// "Institute for Science and International Security Senior Research
	// Fellow X": the words that open a title are no part of the name.
	if end < len(s.toks) && s.sameSent(to, end) && s.class(end)&wcTitle != 0 {
		for end > to+1 && titleOpeners[s.toks[end-1].key] {
			end--
		}
	}
	// "sanctions by the European Union on Iran": a state after "on" or
	// "for" is what the organisation acts on, not part of its name.
	if key := s.toks[to].key; (key == "on" || key == "for") && end > to+1 && !missionHeads[s.toks[to-1].key] {
		state := true
		for k := to + 1; k < end; k++ {
			if t := s.catTyp[k]; s.toks[k].key != "the" && t != "Country" && t != "Place" {
				state = false
				break
			}
		}
		if state {
			return to
		}
	}
	return s.acronymTail(end)
}

// missionHeads name bodies a larger body sends to a place, whose name
// goes on with the place: "the United Nations Mission in Sudan", "the
// African Union Mission to Somalia", "the UN Political Office for
// Somalia".
var missionHeads = map[string]bool{"mission": true, "office": true}

// missionTail reports "in" or "to" after a mission's head that a body the
// catalog knows opens ("United Nations Mission"), before a capitalised
// word of the same sentence: "the Quds Force in Syria" and "a security
// mission in Haiti" are bodies somewhere, not named for it.
func (s *scan) missionTail(to int) bool {
	k := s.toks[to].key
	if k != "in" && k != "to" || to < 2 || !missionHeads[s.toks[to-1].key] || !s.capWord(to+1) || !s.sameSent(to, to+1) {
		return false
	}
	for j := to - 2; j >= max(0, to-4); j-- {
		if s.catTyp[j] == "Organization" {
			return true
		}
		if !s.capWord(j) {
			break
		}
	}
	return false
}

// acronymTail extends a name ending at end over "and the Arabian Gulf"
// when the acronym in brackets right after spells those words too: "the
// Popular Front for the Liberation of Oman and the Arabian Gulf
// (PFLOAG)" is one body, where the name would stop at "and".
func (s *scan) acronymTail(end int) int {
	if end+3 >= len(s.toks) || s.toks[end].key != "and" {
		return end
	}
	k := end + 1
	if s.toks[k].key == "the" {
		k++
	}
	var initials []byte
	for ; k < len(s.toks) && k-end <= 6 && s.toks[k].kind == tkWord && s.toks[k].cap && s.sameSent(end, k); k++ {
		initials = append(initials, s.doc.Text[s.toks[k].start])
	}
	if len(initials) == 0 || k+2 >= len(s.toks) || s.toks[k].key != "(" || s.toks[k+2].key != ")" {
		return end
	}
	acr := s.text(k + 1)
	if !s.toks[k+1].upper || len(acr) <= len(initials) || !strings.HasSuffix(acr, string(initials)) {
		return end
	}
	return k
}

// possessiveCountry returns the token index of a country written right
// before position i, as "Iran's" or "Iranian", or -1.
func (s *scan) possessiveCountry(i int) int {
	if i >= 2 && s.toks[i-1].kind == tkPoss && s.catTyp[i-2] == "Country" {
		return i - 2
	}
	if i >= 1 && s.catTyp[i-1] == "Country" {
		return i - 1
	}
	return -1
}

// adjectiveOf is the adjective of the country matched at token i.
func (s *scan) adjectiveOf(i int) string {
	for _, c := range s.cands {
		if c.entry >= 0 && c.from <= i && i < c.to {
			e := s.x.cat.entries[c.entry]
			if len(e.Demonyms) > 0 {
				return e.Demonyms[0]
			}
			return e.Name
		}
	}
	return s.text(i)
}

// namedAfterHonorifics open names of places and bodies named after a person.
var namedAfterHonorifics = map[string]bool{
	"imam": true, "king": true, "queen": true, "sultan": true, "emir": true, "sheikh": true, "shaikh": true,
	"prince": true, "princess": true, "shah": true, "ayatollah": true, "saint": true,
}

// chairRoles after an organisation's head word make the name a named chair
// or fellowship, held by a person: "Distinguished Service Professor".
var chairRoles = map[string]bool{"professor": true, "fellow": true, "chair": true, "scholar": true, "lecturer": true, "professorship": true, "fellowship": true}

// knownPlacesOnly reports whether tokens [i, j) are all a catalog country
// or place, with "the" at most.
func (s *scan) knownPlacesOnly(i, j int) bool {
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if t := s.catTyp[k]; s.toks[k].key != "the" && t != "Country" && t != "Place" {
			return false
		}
	}
	return true
}

// memorandumKinds follow "Memorandum of": only these make it an agreement.
var memorandumKinds = map[string]bool{"understanding": true, "agreement": true, "cooperation": true}

// pairedStates takes the first state of a pair joined by a dash before an
// agreement's name that opens with the second: "Israel–Egypt Armistice
// Agreement", "U.S.-Mexico-Canada Agreement".
func (s *scan) pairedStates(from int) int {
	for n := 0; n < 3 && from >= 2 && s.statesJoined(from-1); n++ {
		from = s.countryStart(from - 2)
	}
	return from
}

// sameCand reports whether tokens i and j lie in one catalog match.
func (s *scan) sameCand(i, j int) bool {
	for _, c := range s.cands {
		if c.entry >= 0 && c.from <= i && i < c.to && c.from <= j && j < c.to {
			return true
		}
	}
	return false
}

// portfolioAfterAnd reports a name opening after "and" that goes on an
// office's portfolio: "Minister of Foreign Affairs and International
// Cooperation" names one minister, not a body called "International
// Cooperation".
func (s *scan) portfolioAfterAnd(from int) bool {
	if from < 4 || s.toks[from-1].key != "and" {
		return false
	}
	k := from - 2
	for k > from-6 && k > 0 && s.capWord(k) {
		k--
	}
	return k < from-2 && s.toks[k].key == "of" && (s.toks[k-1].key == "minister" || s.toks[k-1].key == "secretary")
}

// pairedPlaces takes the first of two known places joined by "and" before
// an organisation's name that opens with the second, when "the" stands
// before the pair: "the Muscat and Oman Field Force". Without "the" the
// pair is a list ("Iran and Oman Air Force officers").
func (s *scan) pairedPlaces(from int) int {
	isPlace := func(t string) bool { return t == "Country" || t == "Place" }
	if from < 3 || !isPlace(s.catTyp[from]) || s.toks[from-1].key != "and" || !isPlace(s.catTyp[from-2]) {
		return from
	}
	k := from - 2
	for k > 0 && isPlace(s.catTyp[k-1]) && s.sameCand(k-1, k) {
		k--
	}
	if k == 0 || s.toks[k-1].key != "the" || !s.sameSent(k-1, from) {
		return from
	}
	return k
}

// unknownWords reports tokens [i, j) that no catalog match covers: "the
// Kathiri Sultanate" is a state of its own, "the Omani Sultanate" is Oman.
func (s *scan) unknownWords(i, j int) bool {
	for k := i; k < j; k++ {
		if s.catTyp[k] != "" {
			return false
		}
	}
	return true
}

// titleOfBefore reports a title and "of" before the country at token q:
// in "the Sultan of Oman's Armed Forces" the forces are the Sultan's, and
// the state's name for them is not "Omani Armed Forces".
func (s *scan) titleOfBefore(q int) bool {
	q = s.countryStart(q)
	return q >= 2 && s.toks[q-1].key == "of" && s.class(q-2)&wcTitle != 0 && s.toks[q-2].cap
}

// enDashJoined reports an en dash written without spaces between two
// capitalised words the catalog does not know: "Molotov–Ribbentrop Pact"
// is one name. An em dash joins clauses, and a pair of known states is
// left to pairedStates.
// statesJoined reports a hyphen or an en dash at token i joining two
// states written right against it: "Israel–Jordan", "Egypt-Israel".
func (s *scan) statesJoined(i int) bool {
	if i <= 0 || i+1 >= len(s.toks) || s.toks[i].key != "-" || s.text(i) == "—" {
		return false
	}
	return s.toks[i-1].end == s.toks[i].start && s.toks[i].end == s.toks[i+1].start &&
		s.catTyp[i-1] == "Country" && s.catTyp[i+1] == "Country"
}

func (s *scan) enDashJoined(i int) bool {
	if i <= 0 || i+1 >= len(s.toks) || s.toks[i].key != "-" || s.text(i) != "–" {
		return false
	}
	return s.toks[i-1].end == s.toks[i].start && s.toks[i].end == s.toks[i+1].start &&
		s.capWord(i-1) && s.capWord(i+1) && s.catTyp[i-1] == "" && s.catTyp[i+1] == ""
}

// dateWordInName reports a word of a date or a title inside a body's name
// before its head: a month after a capitalised word ("Black September
// Organization") or a day ("6 April Movement"), and "General" right
// before the head ("General Union of Palestinian Students"). "In
// September Hamas …" and "General Soleimani" are no such names.
func (s *scan) dateWordInName(k, h int) bool {
	if s.class(k)&wcStop != 0 {
		return false
	}
	if s.toks[k].key == "general" && k == h-1 && s.class(h)&wcOrgHead != 0 {
		return true
	}
	if s.class(k)&wcCalendar == 0 || k == 0 {
		return false
	}
	p := k - 1
	return s.capWord(p) && s.class(p)&(wcStop|wcCalendar|wcTitle) == 0 || s.dayInName(p)
}

// dayInName reports a day's number of one or two digits that opens a
// name after "the": "the 6 April Youth Movement", "the 15 Khordad
// Movement".
func (s *scan) dayInName(k int) bool {
	if k < 1 || k+1 >= len(s.toks) || !s.toks[k].digit || len(s.toks[k].key) > 2 || s.toks[k-1].key != "the" {
		return false
	}
	for _, r := range s.toks[k].key {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s.capWord(k+1) && s.sameSent(k, k+1)
}

// capitalisedListEnd returns the end of ", B and C" after an agreement's
// tail at the comma k, or k: every item capitalised words no catalog entry
// covers, the last after "and". A body's tail takes no list: "the Office
// of Foreign Assets Control, Treasury and State" are three.
func (s *scan) capitalisedListEnd(k int) int {
	i := k
	for n := 0; n < 4 && i < len(s.toks) && (s.toks[i].key == "," || s.toks[i].key == "and"); n++ {
		last := s.toks[i].key == "and"
		j := i + 1
		for j < len(s.toks) && s.capWord(j) && s.catTyp[j] == "" && s.class(j)&(wcTitle|wcCalendar|wcGiven|wcStop) == 0 && s.sameSent(k, j) {
			j++
		}
		if j == i+1 {
			return k
		}
		if last {
			return j
		}
		i = j
	}
	return k
}

// documentKinds open the titles of documents, which a body's head word
// may end ("Announcement of Cooperation", "Statement of the Council"):
// such a title names no organisation.
var documentKinds = map[string]bool{
	"announcement": true, "statement": true, "readout": true, "report": true, "communique": true,
	"communiqué": true, "letter": true, "notice": true, "remarks": true, "transcript": true,
}

// formalStateAt reads a state written by its formal name from token i,
// "the Republic of Armenia", "the Hashemite Kingdom of Jordan", and gives
// the token after it.
func (s *scan) formalStateAt(i int) (int, bool) {
	if s.tokKey(i) == "the" {
		i++
	}
	k := i
	for k < len(s.toks) && k-i < maxFormWords && s.capWord(k) && !formalStateHeads[s.toks[k].key] {
		k++
	}
	if k >= len(s.toks) || !s.capWord(k) || !formalStateHeads[s.toks[k].key] || s.tokKey(k+1) != "of" {
		return 0, false
	}
	k += 2
	if s.tokKey(k) == "the" {
		k++
	}
	from := k
	for k < len(s.toks) && s.catTyp[k] == "Country" && s.sameSent(from, k) {
		k++
	}
	return k, k > from
}

// creationVerbs set up a body named after them: "formed a Committee of
// Public Safety", "created a Joint Control Commission".
var creationVerbs = map[string]bool{"formed": true, "created": true, "established": true, "founded": true, "convened": true}

// chairedByAfter reports ", chaired by", "headed by", "led by" right at
// token k, after a body's name.
func (s *scan) chairedByAfter(k int) bool {
	if s.tokKey(k) == "," {
		k++
	}
	switch s.tokKey(k) {
	case "chaired", "headed", "led", "presided":
		return s.tokKey(k+1) == "by" || s.tokKey(k+1) == "over" && s.tokKey(k+2) == "by"
	}
	return false
}
