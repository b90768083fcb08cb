package extract

import "strings"

// Detection finds entities the catalog lacks, precision first: a name is
// only taken with evidence — a title before it, a given name, a verb of
// saying, an apposition, a later bare surname, or the head word of an
// organisation, place or agreement.

// detect adds the candidates of every detection pattern.
func (s *scan) detect() {
	s.detectPeople()
	s.detectHeaded()
	s.detectPlacePrefixes()
	s.detectPlacePhrases()
	s.detectDatelines()
}

func (s *scan) class(i int) wordClass {
	if i < 0 || i >= len(s.cls) {
		return 0
	}
	return s.cls[i]
}

// sameSent reports whether tokens i and j (in either order) lie in one
// sentence with no line break between them.
func (s *scan) sameSent(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	if i < 0 || j >= len(s.toks) || s.toks[i].sent != s.toks[j].sent {
		return false
	}
	for k := i + 1; k <= j; k++ {
		if s.toks[k].newline {
			return false
		}
	}
	return true
}

// nameWord reports whether token i can be part of a person's name.
func (s *scan) nameWord(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if t.kind != tkWord || !t.cap || t.digit || t.upper && len(t.key) > 2 && !strings.Contains(t.key, ".") {
		return false
	}
	return s.cls[i]&(wcStop|wcNoName|wcCalendar|wcTitle|wcTitleMod|wcOrgHead|wcPlaceHead|wcAgreementHead) == 0
}

// capWord is a capitalised word that is not shouting (all capitals, more
// than three letters) — the material of organisation and place names.
func (s *scan) capWord(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	return t.kind == tkWord && t.cap && !(t.upper && len(t.key) > 4 && s.catTyp[i] == "")
}

// glued reports whether toks[i] is a hyphen written without spaces between
// two words ("Ki-moon", "al-Busaidi").
func (s *scan) glued(i int) bool {
	if i <= 0 || i+1 >= len(s.toks) || s.toks[i].key != "-" {
		return false
	}
	// En and em dashes join clauses ("Trump—Iran"), not name parts.
	if t := s.toks[i].text; t == "–" || t == "—" || t == "―" {
		return false
	}
	return s.toks[i-1].end == s.toks[i].start && s.toks[i].end == s.toks[i+1].start
}

// nameRunEnd returns the end of the person-name run starting at i.
func (s *scan) nameRunEnd(i int) int {
	j := i + 1
	for j < len(s.toks) && s.sameSent(i, j) {
		if s.nameWord(j) {
			j++
			continue
		}
		if (s.class(j)&wcParticle != 0 || s.glued(j)) && s.nameWord(j+1) && s.sameSent(i, j+1) {
			j += 2
			continue
		}
		// "al-Ansari": a lower-case particle glued to the next name word.
		if s.class(j)&wcParticle != 0 && s.glued(j+1) && s.nameWord(j+2) && s.sameSent(i, j+2) {
			j += 3
			continue
		}
		break
	}
	return j
}

// detectPeople proposes person names found in runs of name words.
func (s *scan) detectPeople() {
	for i := 0; i < len(s.toks); {
		if !s.nameWord(i) || (i > 0 && s.glued(i-1)) {
			i++
			continue
		}
		j := s.nameRunEnd(i)
		s.personRun(i, j)
		i = j
	}
}

// personRun decides whether tokens [i, j) are a person's name.
func (s *scan) personRun(i, j int) {
	if last := s.toks[j-1].key; j-i > 1 && len(last) == 2 && last[1] == '.' {
		j-- // "Robert A." before a line break: the initial is no surname
	}
	if j-i == 1 && s.class(i)&wcParticle != 0 {
		return // "Abu" alone is half a name
	}
	words := 0
	covered := false
	for k := i; k < j; k++ {
		if s.toks[k].kind == tkWord && s.class(k)&wcParticle == 0 {
			words++
		}
		// A nisba ("al-Kuwaiti") is part of the name, not a country.
		if t := s.catTyp[k]; t != "" && t != "Person" && !(k > 1 && s.glued(k-1) && s.class(k-2)&wcParticle != 0) {
			covered = true
		}
		if s.catFull[k] && (!s.catFull[i] || !s.catFull[j-1]) {
			return // the catalog already knows where this name ends
		}
	}
	if words > 6 || (s.catTyp[i] != "" && s.catTyp[i] != "Person") || s.afterShipPrefix(i) {
		return
	}
	if s.catTyp[i] == "Person" && !s.catFull[i] {
		return // "President Trump Delivers": the catalog knows Trump
	}

	if j < len(s.toks) && s.capWord(j) && s.class(j)&(wcOrgHead|wcPlaceHead|wcAgreementHead) != 0 {
		return // "Carnegie Endowment" is an organisation
	}
	if i > 0 && s.toks[i-1].kind == tkWord && s.class(i-1)&wcTitle != 0 && (!s.toks[i-1].upper || len(s.toks[i-1].key) <= 3) {
		s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Person",
			name: s.spanText(i, j), single: words == 1, prio: prioDetected})
		return
	}
	if words < 2 || covered || s.notEnt[i] || s.tokKey(j) == ":" {
		return // a label ("Polarization:") is no name
	}
	// "Abu Musab al-Zarqawi": a kunya opens only a person's name.
	kunya := s.toks[i].key == "abu" || s.toks[i].key == "umm"
	if kunya || s.class(i)&wcGiven != 0 || s.sayingAround(i, j) || s.apposition(j) || s.surnameReused(i, j) {
		s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Person",
			name: s.spanText(i, j), prio: prioDetected})
	}
}

// shipPrefixes name a vessel, not a person or organisation, after them.
var shipPrefixes = map[string]bool{"uss": true, "hms": true, "ins": true, "mv": true, "mt": true, "rfs": true, "usns": true}

// afterShipPrefix reports "USS Samuel B. Roberts".
func (s *scan) afterShipPrefix(i int) bool {
	return i > 0 && shipPrefixes[s.toks[i-1].key] && s.toks[i-1].upper
}

// sayingAround reports a verb of saying right after the name ("X Y said")
// or right before it ("said X Y").
func (s *scan) sayingAround(i, j int) bool {
	if j < len(s.toks) && s.toks[j].kind == tkWord && !s.toks[j].cap && s.class(j)&wcSaying != 0 {
		return true
	}
	return i > 0 && s.toks[i-1].kind == tkWord && !s.toks[i-1].cap && s.class(i-1)&wcSaying != 0
}

// apposition reports ", a senior fellow at …" after a name: a comma, then a
// lower-case role noun within a few words.
func (s *scan) apposition(j int) bool {
	_, _, ok := s.roleAfter(j)
	return ok
}

// roleAfter finds the role phrase of an apposition starting at the comma at
// j: it returns the phrase's token range.
func (s *scan) roleAfter(j int) (from, to int, ok bool) {
	if j >= len(s.toks) || s.toks[j].key != "," {
		return 0, 0, false
	}
	k := j + 1
	for k < len(s.toks) && (s.toks[k].key == "a" || s.toks[k].key == "an" || s.toks[k].key == "the" || s.toks[k].key == "former") {
		k++
	}
	from = k
	for n := 0; n < 4 && k < len(s.toks) && s.toks[k].kind == tkWord && !s.toks[k].cap; n, k = n+1, k+1 {
		if s.class(k)&wcRole != 0 {
			return from, k + 1, true
		}
	}
	return 0, 0, false
}

// surnameReused reports whether the last word of the name also stands alone
// elsewhere in the document, the way a person is referred to after the
// first full mention.
func (s *scan) surnameReused(i, j int) bool {
	if s.standalone == nil {
		s.standalone = map[string]bool{}
		for k := range s.toks {
			t := &s.toks[k]
			if t.kind != tkWord || !t.cap || s.notEnt[k] || s.nameWord(k-1) || s.nameWord(k+1) || s.commonOpener(k) ||
				(k > 0 && s.glued(k-1)) || s.tokKey(k+1) == ":" || (k > 0 && s.toks[k-1].sent != t.sent) {
				continue
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

// militaryBase words make "Base" a place: "Al Udeid Air Base".
var militaryBase = map[string]bool{"air": true, "naval": true, "military": true, "army": true, "marine": true}

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

// detectHeaded proposes organisations, places, agreements and countries
// ending in a head word ("Carnegie Endowment", "Homs Governorate", "Paris
// Agreement", "Ottoman Empire"), with an "of …" tail ("Ministry of Foreign
// Affairs").
func (s *scan) detectHeaded() {
	for h := range s.toks {
		c := s.class(h)
		if c&(wcOrgHead|wcPlaceHead|wcAgreementHead|wcCountryHead) == 0 || !s.capWord(h) || s.notEnt[h] {
			continue
		}
		if s.toks[h].key == "base" && !militaryBase[s.tokKey(h-1)] {
			continue // "Shipbuilding Industrial Base" is no place
		}
		typ := "Organization"
		switch {
		case c&wcAgreementHead != 0:
			typ = "Agreement"
		case c&wcCountryHead != 0:
			typ = "Country"
		case c&wcPlaceHead != 0 && c&wcOrgHead == 0:
			typ = "Place"
		}
		to := s.extendOf(h + 1)
		from := s.extendLeft(h, to > h+1)
		if from > 0 && (s.toks[from-1].key == "a" || s.toks[from-1].key == "an") || s.afterShipPrefix(from) {
			continue // "a Foreign Terrorist Organization" is a category
		}
		if typ == "Country" && to == h+1 && c&wcCountryHead != 0 && s.toks[h].key != "empire" && s.toks[h].key != "caliphate" {
			continue // "Kingdom" alone says nothing; "Kingdom of Ormus" does
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
		if to-from < 2 || (!proper && typ != "Organization") {
			continue
		}
		name := s.spanText(from, to)
		if !proper && to == h+1 {
			// A generic name takes the country written before it:
			// "Iran's Foreign Ministry" is the Iranian Foreign Ministry.
			if q := s.possessiveCountry(from); q >= 0 {
				name = s.adjectiveOf(q) + " " + name
			} else if militaryHeads[s.toks[h].key] {
				continue
			}
		}
		s.cands = append(s.cands, candidate{from: from, to: to, entry: -1, typ: typ, name: name, prio: prioDetected})
	}
}

// extendLeft walks back from a head word over the capitalised words of its
// name, and trims leading connectors and sentence openers. A name with an
// "of" tail ("Department of Foreign Affairs") does not take the country
// before it.
func (s *scan) extendLeft(h int, tail bool) int {
	from := h
	for k := h - 1; k >= 0 && s.sameSent(k, h); k-- {
		word := s.capWord(k) || s.ordinal(k)
		if word && !(shipPrefixes[s.toks[k].key] && s.toks[k].upper) && s.class(k)&(wcTitle|wcStop|wcCalendar) == 0 && s.catTyp[k] != "Person" {
			from = k
			continue
		}
		if (s.toks[k].key == "of" || s.toks[k].key == "for" || s.toks[k].key == "&" || s.glued(k)) && s.capWord(k-1) && h-k < 8 {
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
	for from < h && (s.toks[from].kind != tkWord || s.class(from)&(wcConnector|wcStop) != 0 && !s.glued(from+1)) {
		from++
	}
	for tail && from < h && (s.catTyp[from] == "Country" || s.toks[from].key == "'s") {
		from++
	}
	return from
}

// ordinal reports "5th", "2nd": numbered units keep their number.
func (s *scan) ordinal(i int) bool {
	if i < 0 || i >= len(s.toks) || !s.toks[i].digit {
		return false
	}
	k := s.toks[i].key
	return strings.HasSuffix(k, "st") || strings.HasSuffix(k, "nd") || strings.HasSuffix(k, "rd") || strings.HasSuffix(k, "th")
}

// extendOf takes an "of …" tail after a head word: "Ministry of Foreign
// Affairs", "Convention on the Law of the Sea".
func (s *scan) extendOf(to int) int {
	if to+1 >= len(s.toks) || (s.toks[to].key != "of" && s.toks[to].key != "on" && s.toks[to].key != "for") {
		return to
	}
	k := to + 1
	if s.toks[k].key == "the" {
		k++
	}
	end := to
	for k < len(s.toks) && s.sameSent(to, k) {
		if s.capWord(k) && s.class(k)&(wcTitle|wcCalendar|wcGiven) == 0 {
			k++
			end = k
			continue
		}
		if s.class(k)&wcConnector != 0 || s.glued(k) {
			n := k + 1
			if (s.toks[k].key == "of" || s.toks[k].key == "on" || s.toks[k].key == "for") && n < len(s.toks) && s.toks[n].key == "the" {
				n++
			}
			if s.capWord(n) && s.class(n)&wcTitle == 0 {
				k = n
				continue
			}
		}
		break
	}
	return end
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
	return s.toks[i].text
}

// detectDatelines proposes the place of a wire dateline: a line opening
// with a name in capitals and a dash ("MUSCAT —", "ARAK, Iran —").
func (s *scan) detectDatelines() {
	for i := range s.toks {
		if !(i == 0 || s.toks[i].newline) || !s.toks[i].upper || s.toks[i].kind != tkWord || s.catTyp[i] != "" {
			continue
		}
		j := i + 1
		for j < len(s.toks) && s.toks[j].upper && s.toks[j].kind == tkWord && j-i < 3 {
			j++
		}
		k := j
		if k < len(s.toks) && s.toks[k].key == "," && k+1 < len(s.toks) && s.catTyp[k+1] != "" {
			k += 2
			for k < len(s.toks) && s.catTyp[k] != "" && s.catTyp[k] == s.catTyp[k-1] {
				k++
			}
		}
		if k < len(s.toks) && s.toks[k].key == "-" && !s.glued(k) {
			s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Place", name: titleCase(s.spanText(i, j)), prio: prioDetected})
		}
	}
}

// spanText is the text of tokens [i, j) with white space collapsed and
// line breaks removed.
func (s *scan) spanText(i, j int) string {
	return strings.Join(strings.Fields(s.doc.Text[s.toks[i].start:s.toks[j-1].end]), " ")
}

// titleCase turns "ABU DHABI" into "Abu Dhabi".
func titleCase(upper string) string {
	words := strings.Fields(strings.ToLower(upper))
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}
