package extract

import "strings"

// Places the catalog lacks are taken only from phrases that say the name
// is a place: "Strait of X", "Fort X", "north of X", "the village of X",
// "in X, Syria", "X province", "X is a village in …".

// detectPlacePrefixes proposes "Strait of X", "Gulf of X", "Mount X",
// "Fort X", and states written "Kingdom of X".
func (s *scan) detectPlacePrefixes() {
	for i := range s.toks {
		c := s.class(i)
		if c&(wcPlacePrefix|wcCountryHead) == 0 || !s.capWord(i) || s.notEnt[i] {
			continue
		}
		typ := "Place"
		if c&wcCountryHead != 0 {
			typ = "Country"
		}
		to := i + 1
		switch key := s.toks[i].key; {
		case key == "mount" || key == "fort" || key == "camp" || key == "wadi" || key == "jebel" || key == "jabal" || key == "lake":
			for to < len(s.toks) && s.nameWord(to) && s.sameSent(i, to) && to-i < 3 {
				to++
			}
		case to < len(s.toks) && s.toks[to].key == "of":
			// A word before a colon labels what follows ("Gulf of Oman
			// Category:Landforms"): no part of the name.
			for k := to + 1; k < len(s.toks) && s.capWord(k) && s.sameSent(i, k) && k-i < 5 && s.tokKey(k+1) != ":"; k++ {
				to = k + 1
			}
		}
		if typ == "Country" && s.catalogCountryOnly(i+2, to) {
			continue // "the Kingdom of Iraq" is Iraq under a longer name
		}
		if typ == "Country" && i > 0 && s.capWord(i-1) && s.sameSent(i-1, i) && !s.opensSentence(i-1) {
			continue // "the Russian Empire of Catherine the Great": its ruler after "of"
		}
		if to-i >= 2 && s.capWord(to-1) {
			s.cands = append(s.cands, candidate{from: i, to: to, entry: -1, typ: typ, name: s.spanText(i, to), prio: prioDetected})
		}
	}
}

// compass words say the name after "of" is a place: "north of Baghdad".
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "outskirts": true, "suburbs": true,
}

// theOrPlaceBefore reports "the" right before token i, or "the" and a
// known place or state: "the suburb of X", "the Damascus suburb of X",
// "the West Bank town of X".
func (s *scan) theOrPlaceBefore(i int) bool {
	k := i - 1
	for k > 0 && i-k <= 3 && (s.catTyp[k] == "Place" || s.catTyp[k] == "Country") && s.sameSent(k, i) {
		k--
	}
	return s.tokKey(k) == "the"
}

// siteInNouns are sites a text places "in" a town: "a market in X".
var siteInNouns = map[string]bool{
	"market": true, "hospital": true, "school": true, "mosque": true, "church": true, "camp": true,
	"hotel": true, "prison": true, "checkpoint": true, "bakery": true, "clinic": true, "shelter": true,
	"neighborhood": true, "neighbourhood": true, "village": true, "town": true,
}

// detectPlacePhrases proposes places named in phrases that type them.
func (s *scan) detectPlacePhrases() {
	for i := range s.toks {
		if s.notEnt[i] || s.toks[i].kind != tkWord {
			continue
		}
		key := s.toks[i].key
		switch {
		case compass[key] && !s.toks[i].cap && s.tokKey(i+1) == "of":
			s.placeAt(i + 2)
		case s.class(i)&wcPlaceNoun != 0 && !s.toks[i].cap && s.theOrPlaceBefore(i) && s.tokKey(i+1) == "of":
			// "the village of Qaryat Zorba": the noun types the name, even
			// one that reads like a person's.
			s.placeAtPrio(i+2, prioTyped)
		case locativeWords[key] && !s.toks[i].cap:
			// "in Cibolo, Texas": a name, a comma, a known place.
			j := s.placeRunEnd(i + 1)
			if j > i+1 && s.tokKey(j) == "," && j+1 < len(s.toks) && (s.catTyp[j+1] == "Country" || s.catTyp[j+1] == "Place") && !dynastyPlural(s.toks[i+1].key, j-i-1) {
				s.placeAt(i + 1)
			}
		case (key == "province" || key == "governorate" || key == "district") && !s.toks[i].cap:
			// "Ninewa province": the head word is part of the name.
			from := i
			for from > 0 && s.nameWord(from-1) && (s.catTyp[from-1] == "" || s.catTyp[from-1] == "Place") && i-from < 3 {
				if s.catTyp[from-1] == "" && s.sentenceStart(from-1) {
					break // "Declaring Mosul district": an opener, not a name
				}
				from--
			}
			if from >= 2 && from < i && s.glued(from-1) && s.class(from-2)&wcParticle != 0 {
				from -= 2 // "Al-Raqqa province"
			}
			if from < i && s.sameSent(from, i) {
				s.cands = append(s.cands, candidate{from: from, to: i + 1, entry: -1, typ: "Place", name: s.spanText(from, i+1), prio: prioDetected})
			}
		case key == "is" && s.tokKey(i+1) == "a" || key == "is" && s.tokKey(i+1) == "an":
			s.definedPlace(i)
		case siteInNouns[key] && !s.toks[i].cap && (s.tokKey(i+1) == "in" || s.tokKey(i+1) == "near"):
			// "a market in Maarat Quxan": a site stands in a place.
			s.placeAt(i + 2)
		}
	}
}

// dynastyPlural reports a one-word name that reads as a dynasty or a
// people ("the control of Abbasids, Cyrenaica", "the Hashemites"), not a
// place.
func dynastyPlural(key string, words int) bool {
	return words == 1 && (strings.HasSuffix(key, "ids") || strings.HasSuffix(key, "yads") || strings.HasSuffix(key, "ites"))
}

// tokKey is the key of token i, or "" out of range.
func (s *scan) tokKey(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].key
}

// placeRunEnd returns the end of up to three name words starting at i that
// the catalog does not know.
func (s *scan) placeRunEnd(i int) int {
	j := i
	for j < len(s.toks) && j-i < 3 && s.nameWord(j) && s.catTyp[j] == "" && s.sameSent(i, j) {
		j++
		// "Kök-Tash": two capitalised words glued by a hyphen are one.
		for j+1 < len(s.toks) && s.glued(j) && s.nameWord(j+1) && s.catTyp[j+1] == "" {
			j += 2
		}
		// "Ras al-Ain": an article glued to the next word inside the name.
		if j+2 < len(s.toks) && s.class(j)&wcParticle != 0 && !s.toks[j].cap && s.glued(j+1) && s.nameWord(j+2) && s.catTyp[j+2] == "" {
			j += 3
			break
		}
	}
	if j > i && s.class(i)&wcGiven != 0 {
		return i // "in Jason Rezaian, Iran" is a person
	}
	return j
}

// placeAt proposes the name words starting at i as a place.
func (s *scan) placeAt(i int) {
	s.placeAtPrio(i, prioDetected)
}

// placeAtPrio is placeAt with the candidate's priority.
func (s *scan) placeAtPrio(i int, prio int) {
	if i >= len(s.toks) || s.catTyp[i] != "" {
		return
	}
	if j := s.placeRunEnd(i); j > i && !(j == i+1 && s.lower[s.toks[i].key]) {
		s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Place", name: s.spanText(i, j), prio: prio})
	}
}

// definedPlace handles an encyclopedia's opening: "Hibhib … is a village
// in …" makes the subject of the sentence a place.
func (s *scan) definedPlace(is int) {
	sent := s.toks[is].sent
	first := is
	for first > 0 && s.toks[first-1].sent == sent {
		first--
	}
	j := s.placeRunEnd(first)
	if j == first || s.notEnt[first] {
		return
	}
	for k := is + 2; k < len(s.toks) && k <= is+5 && s.toks[k].sent == sent; k++ {
		if s.class(k)&wcPlaceNoun != 0 && !s.toks[k].cap {
			s.cands = append(s.cands, candidate{from: first, to: j, entry: -1, typ: "Place", name: s.spanText(first, j), prio: prioDetected})
			return
		}
		if s.toks[k].kind != tkWord {
			return
		}
	}
}

// sentenceStart reports whether token i opens its sentence or line, where
// any word is capitalised.
func (s *scan) sentenceStart(i int) bool {
	if i == 0 || s.toks[i].newline || s.toks[i-1].sent != s.toks[i].sent {
		return true
	}
	switch s.toks[i-1].key {
	case "\"", "'", "(", "[", ":", "-", "*", "•":
		return s.sentenceStart(i - 1)
	}
	return false
}

// detectPlaceLists proposes the unknown names listed with a known place:
// "the main centres in Oman, including Nizwa, Ibri and Rustaq" makes Ibri
// and Rustaq places, as Nizwa is. Every item of the list must be one to
// three capitalised words; one of them must already be a place, and none
// may be another kind of entity.
func (s *scan) detectPlaceLists() {
	isPlace, isOther := s.candidateStarts("Place")
	guessedPerson := map[int]bool{}
	for _, c := range s.cands {
		if c.typ == "Person" && c.entry < 0 && s.class(c.from)&wcGiven == 0 && (c.from == 0 || s.class(c.from-1)&(wcTitle|wcHonorific) == 0) {
			guessedPerson[c.from] = true
		}
	}
	for i := 0; i < len(s.toks); {
		items, end := s.listAt(i)
		if len(items) < 2 || len(items) == 2 && s.tokKey(items[0][1]) == "," && s.tokKey(items[0][1]+1) != "and" {
			// Two names joined by a comma alone are no list: "arriving to
			// Al Wajbah, Effendi's troops came under fire".
			i++
			continue
		}
		if i0 := items[0][0]; i0 >= 2 && s.tokKey(i0-1) == "of" && s.class(i0-2)&wcPlaceNoun != 0 && !pluralPlaceNoun(s.tokKey(i0-2)) {
			// "In the northern town of Khasavyurt, Lebed and Maskhadov
			// signed": one town, then the sentence's own names.
			i = end
			continue
		}
		if s.ownerInList(items) {
			// "jointly with Genscher and Munich's police chief": a
			// possessive ends the list at an owner.
			i = end
			continue
		}
		known, other := 0, false
		guessed := map[int]bool{}
		for _, it := range items {
			switch t := s.catTyp[it[0]]; {
			case t == "Place" || isPlace[it[0]]:
				known++
			case t == "" && guessedPerson[it[0]]:
				guessed[it[0]] = true // "Umm Salal", "Minat al Bayda" among towns
			case t != "" || isOther[it[0]]:
				other = true
			}
		}
		if len(guessed) > 0 && known < 2 {
			other = true // a person's name guessed from its form holds against one town
		}
		if known > 0 && !other && !s.anyCommonName(items) && !s.nameTail(items[0][0]) {
			for _, it := range items {
				if s.catTyp[it[0]] == "" && !isPlace[it[0]] && !s.notEnt[it[0]] && !(it[1]-it[0] == 1 && s.lower[s.toks[it[0]].key]) {
					s.cands = append(s.cands, candidate{from: it[0], to: it[1], entry: -1, typ: "Place", name: s.spanText(it[0], it[1]), prio: prioDetected})
				}
			}
			s.dropPeopleAt(guessed)
		}
		i = end
	}
}

// dropPeopleAt removes the detected people starting at the given tokens:
// names a person's form suggested ("Umm Salal", "Minat al Bayda") that a
// list of two towns or more shows to be towns.
func (s *scan) dropPeopleAt(at map[int]bool) {
	if len(at) == 0 {
		return
	}
	out := s.cands[:0]
	for _, c := range s.cands {
		if !(c.typ == "Person" && c.entry < 0 && at[c.from]) {
			out = append(out, c)
		}
	}
	s.cands = out
}

// ownerInList reports a list item followed by a possessive: "Munich's
// police chief" is about what Munich owns.
func (s *scan) ownerInList(items [][2]int) bool {
	for _, it := range items {
		if it[1] < len(s.toks) && s.toks[it[1]].kind == tkPoss {
			return true
		}
	}
	return false
}

// candidateStarts marks the first tokens of the candidates found so far:
// those of type typ, and those of any other type.
func (s *scan) candidateStarts(typ string) (of, other map[int]bool) {
	of, other = map[int]bool{}, map[int]bool{}
	for _, c := range s.cands {
		if c.typ == typ {
			of[c.from] = true
		} else {
			other[c.from] = true
		}
	}
	return of, other
}

// listAt reads a list of capitalised names starting at token i ("Nizwa,
// Ibri and Rustaq"), each [from, to), and the token after it. A name
// opening its sentence is no item: its capital says nothing.
func (s *scan) listAt(i int) ([][2]int, int) {
	var items [][2]int
	k := i
	for k < len(s.toks) {
		if s.sentenceStart(k) || !s.capWord(k) || s.toks[k].kind != tkWord {
			break
		}
		j := k + 1
		for j < len(s.toks) && j-k < 3 && s.sameSent(k, j) {
			if s.glued(j) && s.capWord(j+1) {
				j += 2 // "Al-Shahaniya" is one item, not "Al"
				continue
			}
			if s.class(j)&wcParticle != 0 && !s.toks[j].cap && s.capWord(j+1) && s.sameSent(j, j+1) {
				j += 2 // "Minat al Bayda"
				continue
			}
			if !s.capWord(j) || s.toks[j].kind != tkWord {
				break
			}
			j++
		}
		items = append(items, [2]int{k, j})
		switch {
		case s.tokKey(j) == "," && s.tokKey(j+1) == "and":
			k = j + 2
		case s.tokKey(j) == "," || s.tokKey(j) == "and":
			k = j + 1
		default:
			return items, j
		}
		if k >= len(s.toks) || !s.sameSent(i, k) {
			return items, j
		}
	}
	return items, k
}

// calendarWords are capitalised words that name no place.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true}

// anyCommonName reports a list item made of words that name things other
// than places: titles ("Prime Minister Sheikh"), days and months.
func (s *scan) anyCommonName(items [][2]int) bool {
	for _, it := range items {
		for k := it[0]; k < it[1]; k++ {
			if s.class(k)&(wcTitle|wcTitleMod|wcHonorific|wcStop) != 0 || calendarWords[s.toks[k].key] {
				return true
			}
		}
	}
	return false
}

// nameTail reports a name at i that ends a longer name: "the Dome of the
// Rock and Al-Aqsa Mosque" lists the Dome, not a place called Rock.
func (s *scan) nameTail(i int) bool {
	k := i - 1
	if s.tokKey(k) == "the" {
		k--
	}
	return s.tokKey(k) == "of" && k > 0 && s.capWord(k-1) && s.sameSent(k-1, i)
}
