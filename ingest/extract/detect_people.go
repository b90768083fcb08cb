package extract

import (
	"strings"
	"unicode/utf8"
)

// People the catalog lacks: runs of name words, taken only with evidence.

// titleGivenNames are titles that are also given names, as a father's name
// after "bin" shows.
var titleGivenNames = map[string]bool{"sultan": true, "amir": true, "emir": true, "sheikh": true}

// sunArticles are the Arabic article written as the letter it takes
// before a sun letter: "Nuri as-Said", "Yusuf az-Zubayr". Glued to a
// capitalised word after a name word they are part of the name; alone they
// are English words.
var sunArticles = map[string]bool{"as": true, "ash": true, "ad": true, "adh": true, "an": true, "ar": true,
	"at": true, "ath": true, "az": true, "ul": true, "ud": true, "un": true, "ur": true, "us": true}

// gluedArticles are the small articles written between hyphens inside a
// name ("Zia-ul-Haq").
var gluedArticles = map[string]bool{"ul": true, "ud": true, "ur": true, "un": true, "us": true, "ut": true}

// nameRunEnd returns the end of the person-name run starting at i.
func (s *scan) nameRunEnd(i int) int {
	j := i + 1
	for j < len(s.toks) && s.sameSent(i, j) {
		// "Secretary Powell Meets With ...": in a title-case headline a
		// verb ends the name before it ("Bill Speaks, a spokesman" in
		// running text is a name).
		if s.toks[j].cap && headlineVerbs[s.toks[j].key] && s.headlineGoesOn(j) {
			break
		}
		if s.nameWord(j) {
			j++
			continue
		}
		if (s.class(j)&wcParticle != 0 || s.glued(j)) && s.nameWord(j+1) && s.sameSent(i, j+1) {
			j += 2
			continue
		}
		// "Hans van den Broek", "Ursula von der Leyen": two particles in
		// lower case before the family name.
		if s.class(j)&wcParticle != 0 && !s.toks[j].cap && s.class(j+1)&wcParticle != 0 && j+1 < len(s.toks) && !s.toks[j+1].cap && s.nameWord(j+2) && s.sameSent(i, j+2) {
			j += 3
			continue
		}
		// "Zia-ul-Haq", "Nasir-ud-Din": a small Arabic article glued
		// between two name words.
		if s.glued(j) && gluedArticles[s.tokKey(j+1)] && !s.toks[j+1].cap && s.glued(j+2) && s.nameWord(j+3) && s.sameSent(i, j+3) {
			j += 4
			continue
		}
		// "Abd al-Wahhab Muhammad 'Abd al-Rahman": an ayn written as an
		// apostrophe opens the next name word; a word quoted whole
		// ('Butcher') is a nickname, not this.
		if s.aynOpens(j) && s.nameWord(j+1) && s.sameSent(i, j+1) {
			j += 2
			continue
		}
		// "Reza Shah Pahlavi", "Ahmad Shah Massoud", "Nader Shah": after a
		// name word "Shah" is part of the name, not a title.
		if s.tokKey(j) == "shah" && s.toks[j].cap && s.toks[j-1].kind == tkWord && s.toks[j-1].cap {
			j++
			continue
		}
		// "Khalid Sheikh Mohammed": between a given name and another name
		// word "Sheikh" is a name, not a title.
		if s.tokKey(j) == "sheikh" && s.toks[j].cap && s.class(j-1)&wcGiven != 0 && s.nameWord(j+1) && s.sameSent(i, j+1) {
			j += 2
			continue
		}
		// "Zayed bin Sultan Al Nahyan": after "bin" a title word is the
		// father's given name.
		if patronymicParticles[s.tokKey(j)] && j+1 < len(s.toks) && s.toks[j+1].cap && titleGivenNames[s.toks[j+1].key] && s.sameSent(i, j+1) {
			j += 2
			continue
		}
		// "Cho Tae-yul", "Yoo Myung-hwan": a Korean given name's second
		// syllable is glued in lower case to its first, after the surname.
		if s.syllableGlued(i, j) {
			j += 2
			continue
		}
		// Thomas "Tommy" Pigott: a quoted nickname between two name words.
		if s.tokKey(j) == "\"" && s.nameWord(j+1) && s.tokKey(j+2) == "\"" && s.nameWord(j+3) && s.sameSent(i, j+3) {
			j += 4
			continue
		}
		// "al-Ansari", "as-Said": a lower-case particle glued to the next
		// name word.
		if (s.class(j)&wcParticle != 0 || sunArticles[s.tokKey(j)] && !s.toks[j].cap && s.toks[j-1].end < s.toks[j].start) &&
			s.glued(j+1) && s.nameWord(j+2) && s.sameSent(i, j+2) {
			j += 3
			continue
		}
		// "Henry White, the American ambassador": a given name, then a
		// word that elsewhere qualifies a title ("White House Press
		// Secretary") and nothing capitalised after it, is a surname.
		if j == i+1 && s.class(i)&wcGiven != 0 && s.surnameLikeTitleMod(j) {
			j++
		}
		break
	}
	return j
}

// surnameLikeTitleMod reports a capitalised title modifier at j that can
// close a name: it is no title, head or stop word itself, and no
// capitalised word follows it in its sentence ("Henry White House" is a
// man at the White House).
func (s *scan) surnameLikeTitleMod(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tkWord || !s.toks[j].cap || s.toks[j].upper || s.class(j)&wcTitleMod == 0 ||
		s.class(j)&(wcStop|wcNoName|wcCalendar|wcTitle|wcOrgHead|wcPlaceHead|wcPlacePrefix|wcAgreementHead) != 0 {
		return false
	}
	return !(s.capWord(j+1) && s.sameSent(j, j+1))
}

// detectPeople proposes person names found in runs of name words.
func (s *scan) detectPeople() {
	for i := 0; i < len(s.toks); {
		if (!s.nameWord(i) && !s.titledArticleName(i)) || (i > 0 && s.glued(i-1)) {
			i++
			continue
		}
		j := s.nameRunEnd(i)
		if s.givenAfterTitleObject(i) {
			i-- // "Ambassador to the UAE Amir Hayek": Amir is his given name
		}
		if s.titledArticleName(i) && titleGivenNames[s.toks[i-1].key] && s.toks[i-1].key != "sheikh" {
			// "Sultan al-Atrash": a title that is also a given name, before
			// a family name alone, is the given name.
			s.cands = append(s.cands, candidate{from: i - 1, to: j, entry: -1, typ: "Person", name: s.personName(i-1, j), prio: prioDetected})
			i = j
			continue
		}
		s.personRun(i, j)
		i = j
	}
}

// givenAfterTitleObject reports "Amir" right before the name run at i and
// right after a title's object, a state or place ("Israeli Ambassador to
// the UAE Amir Hayek"): there the title is complete, and the word that
// is also a title ("emir") is the person's given name.
func (s *scan) givenAfterTitleObject(i int) bool {
	if i < 3 || s.toks[i-1].key != "amir" || !s.toks[i-1].cap || !s.sameSent(i-2, i) {
		return false
	}
	t := s.catTyp[i-2]
	return (t == "Country" || t == "Place") && (s.tokKey(i-3) == "to" || s.tokKey(i-4) == "to" && s.tokKey(i-3) == "the")
}

// titledArticleName reports a name that opens with its lower-case Arabic
// article right after a capitalised title: "Sultan al-Atrash", "Sheikh
// al-Sabah". Without the title "al-Atrash" alone is no evidence of a person.
func (s *scan) titledArticleName(i int) bool {
	if i < 1 || i+2 >= len(s.toks) || s.toks[i].cap || !s.toks[i-1].cap || s.toks[i-1].kind != tkWord || s.class(i-1)&wcTitle == 0 {
		return false
	}
	article := s.class(i)&wcParticle != 0 || sunArticles[s.toks[i].key]
	return article && s.glued(i+1) && s.nameWord(i+2) && s.sameSent(i-1, i+2)
}

// personRun decides whether tokens [i, j) are a person's name.
func (s *scan) personRun(i, j int) {
	if last := s.toks[j-1].key; j-i > 1 && len(last) == 2 && last[1] == '.' {
		j-- // "Robert A." before a line break: the initial is no surname
	}
	if j-i == 1 && s.class(i)&wcParticle != 0 {
		return // "Abu" alone is half a name
	}
	// "Similarly Ali Qleibo, a Palestinian anthropologist, argues": an
	// adverb opening the sentence is no part of the name after it.
	if j-i >= 3 && s.sentenceStart(i) && strings.HasSuffix(s.toks[i].key, "ly") && s.class(i)&wcGiven == 0 && s.catTyp[i] == "" {
		i++
	}
	if j-i == 1 && len(s.toks[i].key) < 2 {
		return // "Gen Z": one letter is no name
	}
	if eventKinds[s.toks[j-1].key] != "" {
		return // "Sharm El-Sheikh Summit": an event's head is no one's name
	}
	if i > 0 && vesselNouns[s.toks[i-1].key] && !s.toks[i-1].cap {
		return // "the British gunboat Hugh Rose" is a ship
	}
	if i > 0 && s.toks[i-1].key == "operation" && s.toks[i-1].cap && s.sameSent(i-1, i) {
		return // "Operation Linda Nchi" is a military operation's name
	}
	// "Shah Abbas I", "Pope Leo XIV": a monarch's regnal number is part of
	// the name, and the name is not the catalog's surname.
	if j-i == 2 && royalTitles[s.toks[i].key] && j < len(s.toks) && s.sameSent(i, j) && isRegnal(s.text(j)) {
		i++ // "Shah Abbas I": shah is a title only before a regnal name
	}
	// "Wrestler Navid Afkari was executed": an occupation opening the
	// sentence is no part of the name; it is evidence of one.
	if j-i > 2 && occupationNouns[s.toks[i].key] && s.sentenceStart(i) {
		for k := i + 1; k < j; k++ {
			if s.catTyp[k] != "" && s.catTyp[k] != "Person" {
				return
			}
		}
		if s.catTyp[i+1] == "Person" {
			return // the catalog names the person
		}
		s.cands = append(s.cands, candidate{from: i + 1, to: j, entry: -1, typ: "Person", name: s.personName(i+1, j), prio: prioDetected})
		return
	}
	// "the Safavid shah Abbas I": a royal title in lower case, before a
	// name and its regnal number, is a title too.
	regnal := i > 0 && royalTitles[s.toks[i-1].key] && s.toks[i-1].kind == tkWord && j < len(s.toks) && s.sameSent(i, j) && isRegnal(s.text(j))
	if regnal {
		j++
	}
	// "Ambassador to Oman Ana Escrogima": the run opens with the state
	// of the title's brief; the name is what follows it.
	// "Health Minister Dr. Riyadh Ibrahim": after a title, a city's name
	// followed by a name word the catalog lacks is a given name.
	if s.catTyp[i] == "Place" && j-i >= 2 && s.catTyp[i+1] == "" && !s.catFull[i+1] && i > 0 &&
		s.toks[i-1].kind == tkWord && s.class(i-1)&(wcTitle|wcHonorific) != 0 && s.sameSent(i-1, i) && s.toks[i-1].cap {
		rest := true
		for k := i + 1; k < j; k++ {
			if s.catTyp[k] != "" {
				rest = false
			}
		}
		if rest {
			s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Person",
				name: s.personName(i, j), prio: prioDetected})
			return
		}
	}
	// "Sirri Sakik": a one-word place of the catalog that is also a given
	// name, then name words the catalog lacks, is a person's name; the
	// place (Sirri Island) is not meant.
	if s.catTyp[i] == "Place" && s.class(i)&wcGiven != 0 && j-i >= 2 && (i+1 >= len(s.toks) || s.catTyp[i+1] == "") && !s.catFull[i+1] {
		rest := true
		for k := i + 1; k < j; k++ {
			rest = rest && s.catTyp[k] == ""
		}
		if rest {
			s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Person",
				name: s.personName(i, j), prio: prioDetected})
			return
		}
	}
	if t := s.catTyp[i]; t == "Country" || t == "Place" {
		k := i
		for k < j && s.catTyp[k] == t {
			k++
		}
		if k > i && k < j && s.titledForState(k) {
			s.personRun(k, j)
		}
		return
	}
	words := 0
	covered := false
	for k := i; k < j; k++ {
		// "Abdul Wakil": a capitalised "servant of" opening the name is a
		// name word of its own, not a particle.
		if s.toks[k].kind == tkWord && (s.class(k)&wcParticle == 0 || k == i && s.toks[k].cap && servantOf[s.toks[k].key]) {
			words++
		}
		// A nisba ("al-Kuwaiti") is part of the name, not a country.
		if t := s.catTyp[k]; t != "" && t != "Person" && !(k > 1 && s.glued(k-1) && s.class(k-2)&wcParticle != 0) && !s.middleName(k, i, j) {
			covered = true // "Carlos Washington Pastor" is no town inside a name
		}
		if s.catFull[k] && (!s.catFull[i] || !s.catFull[j-1]) && !s.oneWordAlias(k, i, j) && !s.middleName(k, i, j) {
			return // the catalog already knows where this name ends
		}
	}
	if words > 6 || (s.catTyp[i] != "" && s.catTyp[i] != "Person") || s.afterShipPrefix(i) {
		return
	}
	if s.catTyp[i] == "Person" && !s.catFull[i] && !regnal && !s.firstNameOfAnother(i, j) && !s.describedOther(i, j) {
		return // "President Trump Delivers": the catalog knows Trump
	}

	if j < len(s.toks) && s.capWord(j) && s.class(j)&(wcOrgHead|wcPlaceHead|wcAgreementHead) != 0 {
		return // "Carnegie Endowment" is an organisation
	}
	if j < len(s.toks) && s.capWord(j) && s.class(j)&wcTitle != 0 && s.sameSent(i, j) && words == 1 {
		return // "Chief International Correspondent X": the word opens a title
	}
	if words == 1 && addressedNouns[s.toks[i].key] {
		return // "the Honourable Member for Sydney": the seat, no name
	}
	if regnal || s.whoseOfficeBefore(i, j) || i > 0 && s.toks[i-1].kind == tkWord && s.class(i-1)&wcTitle != 0 && !strings.Contains(s.doc.Text[s.toks[i-1].end:s.toks[i].start], "\n") && (!s.toks[i-1].upper || len(s.toks[i-1].key) <= 3 || s.class(i-1)&wcHonorific != 0) || words >= 2 && s.titledForState(i) || words >= 2 && s.titleComplementBefore(i) {
		s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Person",
			name: s.personName(i, j), single: words == 1, prio: prioDetected})
		return
	}
	if words == 1 && s.kunyaName(i, j) && !covered && !s.notEnt[i] {
		s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Person",
			name: s.personName(i, j), prio: prioDetected})
		return
	}
	if words < 2 || covered || s.notEnt[i] || s.tokKey(j) == ":" {
		return // a label ("Polarization:") is no name
	}
	// "Abu Musab al-Zarqawi": a kunya opens only a person's name.
	kunya := s.toks[i].key == "abu" || s.toks[i].key == "umm" || s.toks[i].key == "abd" || s.toks[i].key == "abdel"
	given := s.class(i)&wcGiven != 0 && !placeBefore[s.tokKey(i-1)]
	if kunya || given || ottomanHonorifics[s.toks[j-1].key] || s.initialled(i, j) || s.sayingAround(i, j) || s.apposition(j) ||
		s.surnameReused(i, j) || s.personContext(i, j) || s.patronymic(i, j) || s.kinAfter(j) || s.ageAfter(j) || s.kinBefore(i) || s.lifeAround(i, j) || s.becameRole(j) || s.roleBeforeComma(i) ||
		s.roleNounBefore(i) || s.isRole(j) || s.kinOfKnown(i, j) || deedsOnPersons[s.tokKey(i-1)] || s.ledByForce(i) || s.succeededAs(i, j) ||
		pluralOfficeNouns[s.tokKey(i-1)] || s.personalAgent(i) {
		s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Person",
			name: s.personName(i, j), prio: prioDetected})
	}
}

// personalDeeds are done by people, whose name "by" then gives: "the
// party was led by Nicos Anastasiades", "a dialogue conducted by Borko
// Stefanović", "signed by Agostino Casaroli". Not the deeds a state or a
// town may do ("hosted", "received").
var personalDeeds = map[string]bool{
	"led": true, "headed": true, "chaired": true, "co-chaired": true, "presided": true, "conducted": true,
	"signed": true, "initialled": true, "initialed": true, "mediated": true, "brokered": true, "negotiated": true,
	"replaced": true, "succeeded": true, "appointed": true, "nominated": true, "elected": true, "accompanied": true,
	"assassinated": true, "founded": true, "commanded": true, "countersigned": true,
}

// personalAgent reports a name run at i right after "<deed> by", the deed
// one only people do.
func (s *scan) personalAgent(i int) bool {
	if s.tokKey(i-1) != "by" || !s.sameSent(i-2, i) {
		return false
	}
	k := i - 2
	if s.tokKey(k) == "over" { // "presided over by"
		k--
	}
	return personalDeeds[s.tokKey(k)]
}

// servantOf are the particles that open a theophoric name ("Abdul
// Wakil", "Abdel Fattah").
var servantOf = map[string]bool{"abdul": true, "abd": true, "abdel": true}

// ottomanHonorifics close the names of the Ottoman world's officials and
// notables ("Midhat Pasha", "Jezzar Ahmad Pasha", "Enver Bey"): a name
// run ending in one is a person's.
var ottomanHonorifics = map[string]bool{"pasha": true, "bey": true, "agha": true, "effendi": true, "efendi": true}

// deedsOnPersons are verbs only a person is the object of: "executed Nimr
// al-Nimr", "assassinated Rafik Hariri".
var deedsOnPersons = map[string]bool{
	"executed": true, "executes": true, "hanged": true, "hangs": true, "beheaded": true, "beheads": true,
	"assassinated": true, "assassinates": true,
}

// titleComplementBefore reports a title whose complement ends right before
// token i: "Vice Minister of Foreign Affairs Waleed Elkhereiji", "Minister
// of State for Foreign Affairs X". The words back to the title are
// capitalised title words joined by "of", "for" or "the", on one line.
func (s *scan) titleComplementBefore(i int) bool {
	joined, complement := false, 0
	for k := i - 1; k >= 0 && k >= i-8 && s.sameSent(k, i) && s.toks[k].kind == tkWord; k-- {
		if strings.Contains(s.doc.Text[s.toks[k].end:s.toks[k+1].start], "\n") {
			return false
		}
		switch key := s.toks[k].key; {
		case key == "of" || key == "for" || key == "the":
			// "Advisor for International Economics Daleep Singh": the
			// complement must be title words, not the name's run.
			if complement == 0 {
				return false
			}
			joined = true
		case !s.toks[k].cap:
			return false
		case s.class(k)&wcTitle != 0 && joined && k < i-2:
			return true
		case s.class(k)&(wcTitle|wcTitleMod) == 0:
			return false
		case !joined:
			complement++
		}
	}
	return false
}

// kinOfKnown reports a name run ending in a known person's surname after
// name words the catalog does not know: "Bafel Talabani" is a Talabani, not
// Jalal Talabani, whom the surname alone would name.
func (s *scan) kinOfKnown(i, j int) bool {
	if j-i < 2 || s.catTyp[j-1] != "Person" || s.catFull[j-1] || s.commonOpener(i) {
		return false
	}
	for k := i; k < j-1; k++ {
		if s.catTyp[k] != "" || !s.capWord(k) {
			return false
		}
	}
	return true
}

// vesselNouns name a ship whose name follows them.
var vesselNouns = map[string]bool{
	"gunboat": true, "ship": true, "frigate": true, "destroyer": true, "corvette": true, "cruiser": true,
	"tanker": true, "vessel": true, "warship": true, "steamer": true, "sloop": true, "carrier": true,
	"submarine": true, "yacht": true, "freighter": true, "battleship": true, "dhow": true,
}

// kunyaName reports a kunya and one given name, a person's name by
// itself: "Abu Nidal", "Abu Jihad", "Umm Nidal". After "in", "at" or
// "near" the same words name a town ("in Abu Kamal").
func (s *scan) kunyaName(i, j int) bool {
	if j-i != 2 || !s.toks[i].cap || (s.toks[i].key != "abu" && s.toks[i].key != "umm") || !s.nameWord(i+1) {
		return false
	}
	if prev := s.tokKey(i - 1); placeBefore[prev] || prev == "in" || prev == "of" || prev == "from" || prev == "to" {
		return false
	}
	return s.class(i+1)&wcGiven != 0 || kunyaNames[s.toks[i+1].key]
}

// kunyaNames follow "Abu" in noms de guerre without being given names.
var kunyaNames = map[string]bool{"jihad": true, "bakr": true, "ubaidah": true, "obeida": true, "hafs": true, "mazen": true, "ammar": true}

// titledForState reports a title with its brief or its state right
// before token i: "Ambassador to Oman Ana Escrogima", "Special Envoy for
// Yemen Tim Lenderking", "National Security Advisor of India Ajit Doval",
// "Minister of Foreign Affairs of Oman Badr Albusaidi".
func (s *scan) titledForState(i int) bool {
	k := i - 1
	for k >= 0 && (s.catTyp[k] == "Country" || s.catTyp[k] == "Place") && s.sameSent(k, i) {
		k--
	}
	if k == i-1 || k < 1 || !s.sameSent(k-1, i) {
		return false
	}
	switch s.toks[k].key {
	case "to", "for":
		return s.toks[k-1].kind == tkWord && s.class(k-1)&wcTitle != 0
	case "of":
		return s.toks[k-1].kind == tkWord && s.toks[k-1].cap && s.class(k-1)&(wcTitle|wcTitleMod) != 0
	}
	return false
}

// shipPrefixes name a vessel, not a person or organisation, after them.
var shipPrefixes = map[string]bool{"uss": true, "hms": true, "ins": true, "mv": true, "mt": true, "rfs": true, "usns": true}

// afterShipPrefix reports "USS Samuel B. Roberts".
func (s *scan) afterShipPrefix(i int) bool {
	return i > 0 && shipPrefixes[s.toks[i-1].key] && s.toks[i-1].upper
}

// sayingAround reports a verb of saying right after the name ("X Y said")
// or right before it ("said X Y", "according to X Y").
func (s *scan) sayingAround(i, j int) bool {
	if j < len(s.toks) && s.toks[j].kind == tkWord && !s.toks[j].cap && s.class(j)&wcSaying != 0 {
		return true
	}
	// "Georgia's Ambassador, Irakli Alasania, said": a name set off by
	// commas after an office, then the verb.
	if i > 1 && s.tokKey(i-1) == "," && s.class(i-2)&(wcTitle|wcTitleMod) != 0 && s.tokKey(j) == "," && j+1 < len(s.toks) && s.sameSent(i, j+1) &&
		s.toks[j+1].kind == tkWord && !s.toks[j+1].cap && s.class(j+1)&wcSaying != 0 {
		return true
	}
	if i > 1 && s.tokKey(i-1) == "to" && s.tokKey(i-2) == "according" {
		return !s.hasCommonWord(i, j) // "according to Internet World Stats"
	}
	// "Nana Effah-Apenteng of Ghana, said": a delegate named with the
	// state he speaks for, then the verb; a name holding a body's head
	// word ("Central Bank of Ghana said") is the body's.
	if s.tokKey(j) == "of" && j+1 < len(s.toks) && s.catTyp[j+1] == "Country" {
		for k := i; k < j; k++ {
			if s.class(k)&(wcOrgHead|wcPlaceHead|wcCountryHead|wcAgreementHead) != 0 {
				return false
			}
		}
		k := j + 1
		for k < len(s.toks) && s.catTyp[k] == "Country" {
			k++
		}
		if s.tokKey(k) == "," {
			k++
		}
		return k < len(s.toks) && s.sameSent(i, k) && s.toks[k].kind == tkWord && !s.toks[k].cap && s.class(k)&wcSaying != 0
	}
	return i > 0 && s.toks[i-1].kind == tkWord && !s.toks[i-1].cap && s.class(i-1)&wcSaying != 0
}

// placeBefore are prepositions that put a place, not a person, after
// them: "at Rustam Relief" is a rock relief whatever "Rustam" is.
var placeBefore = map[string]bool{"at": true, "near": true, "inside": true, "outside": true}

// hasCommonWord reports a word of [i, j) that the document also writes in
// lower case: an ordinary word, seldom part of a person's name.
func (s *scan) hasCommonWord(i, j int) bool {
	for k := i; k < j; k++ {
		if s.lower[s.toks[k].key] {
			return true
		}
	}
	return false
}

// initialled reports a name opening with initials, "A. Q. Khan", "H.R.
// McMaster", or with a middle initial between two name words, "Geir O.
// Pedersen". The last word must not be an initial itself.
func (s *scan) initialled(i, j int) bool {
	k := i
	for k < j && isInitial(s.text(k)) {
		k++
	}
	if k > i && k < j && !isInitial(s.text(j-1)) && s.catTyp[j-1] == "" {
		return true
	}
	for k := i + 1; k < j-1; k++ {
		if len(s.text(k)) == 2 && isInitial(s.text(k)) && !isInitial(s.text(k-1)) && !isInitial(s.text(j-1)) {
			return true
		}
	}
	return false
}

// isInitial is "A." or "H.R.": one or two letters, each with its period.
func isInitial(w string) bool {
	n := len(w)
	return (n == 2 || n == 4) && w[n-1] == '.' && isASCIILetter(w[0]) && w[0] >= 'A' && w[0] <= 'Z' &&
		(n == 2 || w[1] == '.' && isASCIILetter(w[2]) && w[2] >= 'A' && w[2] <= 'Z')
}

// personAfter are words after a name that take a person: ", who",
// "from CBS News", "of the IAEA" is left out (titles use it).
var personAfter = map[string]bool{"from": true, "at": true, "with": true}

// personContext reports what only a person's name is followed or preceded
// by: a relative "who" ("Nour Khalil, who heads …"), an affiliation to a
// named organisation ("Pamala Falk from CBS News"), an apposition naming a
// role with a country or organisation in it (", the Iranian deputy foreign
// minister,").
func (s *scan) personContext(i, j int) bool {
	if s.tokKey(j) == "," && (s.tokKey(j+1) == "who" || s.tokKey(j+1) == "whose") {
		return true
	}
	// "the foreign ministers Tevfik Rüştü Aras of Turkey, …": an office
	// in the plural before the name and the state after it.
	if i > 0 && pluralOfficeNouns[s.toks[i-1].key] && s.tokKey(j) == "of" {
		k := j + 1
		if s.tokKey(k) == "the" {
			k++
		}
		if k < len(s.toks) && s.catTyp[k] == "Country" && s.sameSent(i, k) {
			return true
		}
	}
	if personAfter[s.tokKey(j)] && j+1 < len(s.toks) {
		k := j + 1
		if s.toks[k].key == "the" {
			k++
		}
		if k < len(s.toks) && s.catTyp[k] == "Organization" && s.sameSent(i, k) && !s.hasCommonWord(i, j) {
			return true
		}
	}
	if s.tokKey(j) != "," {
		return false
	}
	k := j + 1
	for k < len(s.toks) && (s.toks[k].key == "a" || s.toks[k].key == "an" || s.toks[k].key == "the" || s.toks[k].key == "former") {
		k++
	}
	for n := 0; n < 6 && k < len(s.toks) && s.toks[k].kind == tkWord; n, k = n+1, k+1 {
		t := &s.toks[k]
		switch {
		case !t.cap && s.class(k)&wcRole != 0:
			return true
		case !t.cap, s.catTyp[k] == "Country", s.catTyp[k] == "Organization", s.class(k)&wcTitleMod != 0:
			continue
		}
		return false
	}
	return false
}

// apposition reports ", a senior fellow at …" after a name: a comma, then a
// lower-case role noun within a few words.
func (s *scan) apposition(j int) bool {
	_, _, ok := s.roleAfter(j)
	return ok || s.capitalOfficeAfter(j)
}

// roleAfter finds the role phrase of an apposition starting at the comma at
// j: it returns the phrase's token range.
func (s *scan) roleAfter(j int) (from, to int, ok bool) {
	if j >= len(s.toks) || s.toks[j].key != "," {
		return 0, 0, false
	}
	k := j + 1
	// ", who served as secretary of": the office after the clause's verb.
	if s.tokKey(k) == "who" {
		n := k + 1
		for n < len(s.toks) && n-k <= 3 && relativeOfficeWords[s.tokKey(n)] {
			n++
		}
		if n > k+1 && (s.tokKey(n-1) == "as" || s.tokKey(n-1) == "was" || s.tokKey(n-1) == "is" || s.tokKey(n-1) == "became" || s.tokKey(n-1) == "been") {
			k = n
		}
	}
	// ", both members of Hamas": a role the names before share.
	for k < len(s.toks) && (s.toks[k].key == "a" || s.toks[k].key == "an" || s.toks[k].key == "the" || s.toks[k].key == "former" || s.toks[k].key == "then" ||
		s.toks[k].key == "both" || s.toks[k].key == "all") {
		k++
	}
	from = k
	// ", and the speaker of parliament": a list goes on, no apposition.
	if s.tokKey(j+1) == "and" || s.tokKey(j+1) == "or" {
		return 0, 0, false
	}
	for n := 0; n < 4 && k < len(s.toks) && s.toks[k].kind == tkWord && !s.toks[k].cap; n, k = n+1, k+1 {
		if s.class(k)&wcRole != 0 {
			// "the chief of staff of the IDF": "of staff" is part of the
			// office, the holder comes after it.
			if s.tokKey(k+1) == "of" && s.tokKey(k+2) == "staff" {
				k += 2
			}
			return from, k + 1, true
		}
	}
	return 0, 0, false
}

// capitalOfficeAfter reports an apposition at the comma at j that is a
// capitalised office after "the", a possessive allowed inside it: ", the
// Secretary-General's Special Representative for Afghanistan,". It is
// evidence of a person's name before it, not a role phrase the relation
// rules read (whose office it is they read themselves).
func (s *scan) capitalOfficeAfter(j int) bool {
	if j >= len(s.toks) || s.toks[j].key != "," || s.tokKey(j+1) != "the" {
		return false
	}
	// A lower-case word of a title may come first: ", the acting District
	// Commissioner for Galilee,".
	k := j + 2
	if k < len(s.toks) && s.toks[k].kind == tkWord && !s.toks[k].cap && s.class(k)&wcTitleMod != 0 {
		k++
	}
	for n := 0; n < 6 && k < len(s.toks) && s.sameSent(j, k) && (s.toks[k].cap || s.toks[k].kind == tkPoss); n, k = n+1, k+1 {
		if s.toks[k].kind == tkWord && s.class(k)&wcTitle != 0 && s.catTyp[k] == "" && k+1 < len(s.toks) && !s.toks[k+1].cap {
			return true
		}
	}
	return false
}

// surnameReused reports whether the last word of the name also stands alone
// elsewhere in the document, the way a person is referred to after the
// first full mention.
// modifiesNext reports a name at k that qualifies what follows it, as a
// surname does after "the": a noun ("the Karamanli dynasty", "the Trump
// Administration's") or another name after a dash ("the Sykes–Picot
// Agreement").
func (s *scan) modifiesNext(k int) bool {
	if k+1 >= len(s.toks) || !s.sameSent(k, k+1) {
		return false
	}
	n := &s.toks[k+1]
	switch {
	case n.kind == tkPunct:
		return n.key == "-"
	case n.kind == tkWord:
		// A verb after it makes it the subject ("The Games continued"), a
		// function word ends its phrase ("the Games against them").
		return n.cap || !strings.HasSuffix(n.key, "ed") && !phraseEnders[n.key]
	}
	return false
}

func (s *scan) surnameReused(i, j int) bool {
	if s.standalone == nil {
		s.standalone = map[string]bool{}
		for k := range s.toks {
			t := &s.toks[k]
			if t.kind != tkWord || !t.cap || s.notEnt[k] || s.nameWord(k-1) || s.nameWord(k+1) || s.commonOpener(k) ||
				(k > 0 && s.glued(k-1)) || s.tokKey(k+1) == ":" || (k > 0 && s.toks[k-1].sent != t.sent) {
				continue
			}
			if s.tokKey(k-1) == "the" && !s.modifiesNext(k) {
				continue // "guarding the Games against": a thing's short name, not a surname
			}
			s.standalone[t.key] = true
		}
	}
	if !s.standalone[s.toks[j-1].key] {
		return false
	}
	// Surnames are not ordinary words, adjectives of peoples or halves of
	// compounds ("Indo-European", "Near Eastern", "Khuzi Arabic").
	for k := i; k < j; k++ {
		if s.lower[s.toks[k].key] || s.glued(k) {
			return false
		}
	}
	last := s.toks[j-1].key
	for _, suffix := range []string{"ic", "ish", "ese", "ism", "ist", "ern", "ians", "ics", "ans"} {
		if strings.HasSuffix(last, suffix) {
			return false
		}
	}
	return true
}

// commonOpener reports a capitalised word that opens its sentence and is
// written in lower case elsewhere in the document ("Strong and surgical"):
// an ordinary word, not a name.
func (s *scan) commonOpener(i int) bool {
	return s.lower[s.toks[i].key] && s.sentenceStart(i)
}

// oneWordAlias reports a catalog name of one word at k ("Saddam") opening
// a longer run of name words [i, j) whose next word is no part of that
// catalog name: "Saddam Haftar" is someone else.
func (s *scan) oneWordAlias(k, i, j int) bool {
	if k != i || j-i < 2 || s.class(i)&wcGiven == 0 {
		return false
	}
	return !s.sameCand(i, i+1)
}

// middleName reports a one-word catalog name at k inside the run [i, j)
// between a given name and another name word: "President Jose Napoleon
// Duarte" is no Napoleon, "Carlos Washington Pastor" no Washington.
func (s *scan) middleName(k, i, j int) bool {
	return k > i && k+1 < j && s.class(i)&wcGiven != 0 && s.catTyp[i] == "" && s.catTyp[j-1] == "" &&
		!s.sameCand(k-1, k) && !s.sameCand(k, k+1)
}

// firstNameOfAnother reports a known surname written as someone else's
// given name: "Rep. Abe Hamadeh" is not Shinzo Abe. The word must be a
// given name, followed by a name word the catalog does not know, with a
// title before it or a verb of saying around the run.
func (s *scan) firstNameOfAnother(i, j int) bool {
	if j-i < 2 || s.class(i)&wcGiven == 0 || s.catTyp[i+1] != "" {
		return false
	}
	titled := i > 0 && s.toks[i-1].kind == tkWord && s.class(i-1)&wcTitle != 0
	return titled || s.sayingAround(i, j)
}

// personName is the name of the person written at [i, j) without a quoted
// nickname ("Thomas Pigott" for Thomas "Tommy" Pigott) and with spaced
// initials closed up ("A.Q. Khan" for "A. Q. Khan"), so both spellings
// are one person.
func (s *scan) personName(i, j int) string {
	var words []string
	for k := i; k < j; k++ {
		if s.toks[k].key == "\"" && k+2 < j && s.toks[k+2].key == "\"" {
			k += 2
			continue
		}
		w := s.text(k)
		if n := len(words); n > 0 && isInitial(w) && len(w) == 2 && isInitial(words[n-1]) && s.toks[k-1].end < s.toks[k].start {
			words[n-1] += w
			continue
		}
		if len(words) > 0 && s.toks[k].start == s.toks[k-1].end {
			words[len(words)-1] += w
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// syllableGlued reports a glued hyphen at j joining a short given-name
// syllable (not the run's first word) to a short lower-case one: "Tae-yul",
// not "Xandor-led" or "Iran-backed".
func (s *scan) syllableGlued(i, j int) bool {
	if j-1 <= i || !s.glued(j) || !s.sameSent(i, j+1) {
		return false
	}
	next := &s.toks[j+1]
	if next.kind != tkWord || next.cap || next.digit || len(next.key) > 5 || len(s.toks[j-1].key) > 5 || hyphenSuffixes[next.key] {
		return false
	}
	return j+2 >= len(s.toks) || !s.glued(j+2)
}

// hyphenSuffixes are English words glued after a name ("Xandor-led").
var hyphenSuffixes = map[string]bool{
	"led": true, "based": true, "born": true, "era": true, "style": true, "run": true, "owned": true,
	"made": true, "like": true, "type": true, "bound": true, "held": true, "wide": true, "free": true,
	"class": true, "level": true, "scale": true, "area": true, "zone": true, "state": true,
}

// royalTitles take a regnal number after the name.
var royalTitles = map[string]bool{
	"king": true, "queen": true, "shah": true, "sultan": true, "emir": true, "amir": true, "pope": true,
	"emperor": true, "empress": true, "tsar": true, "czar": true, "caliph": true, "prince": true,
}

// isRegnal reports a Roman numeral from I to XXIX written in capitals.
func isRegnal(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	switch {
	case strings.Contains(w, "IIII"), strings.Contains(w, "VV"), strings.Contains(w, "XXX"):
		return false
	}
	return true
}

// occupationNouns open a sentence before a person's name ("Wrestler Navid
// Afkari was executed") and are no part of it.
var occupationNouns = map[string]bool{
	"wrestler": true, "boxer": true, "footballer": true, "singer": true, "actor": true, "actress": true,
	"journalist": true, "blogger": true, "activist": true, "poet": true, "writer": true, "author": true,
	"lawyer": true, "businessman": true, "businesswoman": true, "cleric": true, "rapper": true,
	"athlete": true, "filmmaker": true, "photographer": true, "dissident": true, "student": true,
	"teacher": true, "scientist": true, "researcher": true, "novelist": true, "billionaire": true,
	"philanthropist": true, "militant": true, "protester": true, "protestor": true, "reporter": true,
	"technician": true, "engineer": true, "doctor": true, "diplomat": true, "historian": true, "economist": true,
	"analyst": true, "businessperson": true, "pilot": true, "soldier": true, "officer": true, "aide": true,
}

// aynOpens reports an apostrophe at token j written against the word after
// it, a word that opens with a vowel, apart from the word before, and not
// closed after that word: the ayn of a transliterated name ("'Abd",
// "'Ali").
func (s *scan) aynOpens(j int) bool {
	if j <= 0 || j+1 >= len(s.toks) || s.toks[j].kind == tkWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text(j))
	if !isApostrophe(r) && r != 'ʿ' || s.toks[j].end != s.toks[j+1].start || s.toks[j-1].end == s.toks[j].start {
		return false
	}
	// An ayn comes before a vowel: "'Abd", "'Ali", "'Umar"; an opening
	// quote before any word ("‘Providing for ...").
	if !strings.ContainsRune("AEIOU", rune(s.text(j + 1)[0])) {
		return false
	}
	if k := j + 2; k < len(s.toks) && s.toks[k].start == s.toks[j+1].end && s.toks[k].kind != tkWord {
		r, _ := utf8.DecodeRuneInString(s.text(k))
		return !isApostrophe(r)
	}
	return true
}

// relativeOfficeWords are the words of "who served as", "who was", "who
// had been", "who later became" before an office.
var relativeOfficeWords = map[string]bool{"served": true, "serves": true, "as": true, "was": true, "is": true, "became": true,
	"had": true, "has": true, "been": true, "later": true, "also": true, "then": true, "previously": true, "once": true}

// headlineGoesOn reports title case going on after token j: a capitalised
// word, or a headline's small word and then one ("Rice Travels to
// Beirut").
func (s *scan) headlineGoesOn(j int) bool {
	capAt := func(k int) bool {
		return k < len(s.toks) && s.toks[k].kind == tkWord && s.toks[k].cap && s.sameSent(j, k)
	}
	if capAt(j + 1) {
		return true
	}
	return j+1 < len(s.toks) && s.toks[j+1].kind == tkWord && headlineSmallWords[s.toks[j+1].key] && capAt(j+2)
}

// pluralOfficeNouns are offices written in the plural before a list of
// their holders.
var pluralOfficeNouns = map[string]bool{"ministers": true, "presidents": true, "envoys": true, "commanders": true, "generals": true, "senators": true, "secretaries": true,
	"ambassadors": true, "kings": true, "emirs": true, "advisers": true, "advisors": true}

// addressedNouns are the nouns a style of address is used with in a
// house of parliament or a court ("the Honourable Member", "His Excellency
// the Ambassador"): no names.
var addressedNouns = map[string]bool{"member": true, "members": true, "gentleman": true, "friend": true, "house": true, "court": true}

// whoseOfficeBefore reports a capitalised span [i, j) set off after a
// relative clause's office: "Russia, whose emperor, Alexander III, had
// fallen out with the prince", "the Office of the Iraq Programme, whose
// executive director, Benon Sevan, reported". The office names its holder
// next.
func (s *scan) whoseOfficeBefore(i, j int) bool {
	if i < 3 || s.tokKey(i-1) != "," || s.tokKey(j) != "," {
		return false
	}
	role := false
	for k := i - 2; k >= max(0, i-6); k-- {
		switch {
		case s.tokKey(k) == "whose":
			return role
		case s.toks[k].kind != tkWord || s.toks[k].cap:
			return false
		case s.class(k)&(wcRole|wcTitle) != 0:
			role = true
		}
	}
	return false
}
