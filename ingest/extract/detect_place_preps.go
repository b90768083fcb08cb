package extract

import "strings"

// Places the catalog lacks, named after words that take only a place:
// spatial prepositions ("near X", "outside X"), nouns of a place's people
// and officers ("residents of X", "the mayor of X") and deeds done to
// places ("the shelling of X", "besieged X").

// placePreps take a place right after them.
var placePreps = map[string]bool{"near": true, "outside": true}

// placeOfNouns take a place after "of".
var placeOfNouns = map[string]bool{
	"residents": true, "inhabitants": true, "mayor": true, "governor": true, "streets": true,
	"municipality": true, "townspeople": true, "villagers": true,
}

// placeDeeds are done to places only; a single name after them (after
// "of" for the nouns) is a place. After the prepositions too only a
// single name is taken: two name words may be a person's.
var placeDeeds = map[string]bool{
	"shelling": true, "bombardment": true, "siege": true, "encirclement": true,
	"shelled": true, "bombarded": true, "besieged": true, "encircled": true,
	"raided": true, "stormed": true, "overran": true, "invaded": true,
}

// assaultNouns take their target after "on"; a single unknown name there
// is a place: people and groups are named otherwise or known already.
var assaultNouns = map[string]bool{"attack": true, "attacks": true, "assault": true, "airstrike": true, "airstrikes": true, "raid": true, "raids": true, "offensive": true}

// placeDeedNouns follow a place's single name between "the" and the noun:
// "the Entebbe raid", "the Qana massacre". Only a place names such a deed
// with one word; a group or a person that did it is written with "'s"
// or is a name the catalog or the other rules know first.
var placeDeedNouns = map[string]bool{"massacre": true, "raid": true, "bombing": true, "bombings": true, "shelling": true}

// detectPlacePreps proposes the places of this file's phrases.
func (s *scan) detectPlacePreps() {
	s.detectDeedPlaces()
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tkWord || t.cap && !(placeOfNouns[t.key] && s.sentenceStart(i)) || s.notEnt[i] {
			continue // "Residents of X" opening a sentence still take a place
		}
		k, single := -1, false
		switch {
		case placePreps[t.key]:
			k, single = i+1, true // "near Zorbo Quxley" may be a person
		case placeOfNouns[t.key] && s.tokKey(i+1) == "of":
			k = i + 2
		case placeDeeds[t.key] && s.tokKey(i+1) == "of":
			k, single = i+2, true
		case assaultNouns[t.key] && s.tokKey(i+1) == "on":
			k, single = i+2, true // "a chemical attack on Ghouta"
		case placeDeeds[t.key] && strings.HasSuffix(t.key, "ed") || t.key == "overran":
			k, single = i+1, true
		}
		if k < 0 || k >= len(s.toks) || !s.sameSent(i, k) || holyMonths[s.tokKey(k)] || feasts[s.tokKey(k)] {
			continue
		}
		j := s.placeRunEnd(k)
		if j == k || single && j > k+1 || s.sentenceStart(k) || s.class(k)&wcGiven != 0 || s.apposition(j) ||
			j < len(s.toks) && (s.capWord(j) && s.sameSent(k, j) || s.toks[j].kind == tkPoss) {
			continue // a run going on into a head word is left to the head rules; a person's is no place
		}
		if (t.key == "mayor" || t.key == "governor") && s.tokKey(j) == "," {
			continue // "the mayor of X, Zorbo Quxley, said": the list rules would take the officer for a place
		}
		s.placeAt(k)
	}
}

// feasts name times, not places, after "near".
var feasts = map[string]bool{"christmas": true, "easter": true, "thanksgiving": true, "yom": true}

// detectDeedPlaces proposes "Entebbe" in "the Entebbe raid" and "Deir
// Yassin" in "the Deir Yassin massacre": one or two unknown name words
// between "the" and a deed done to a place; and "Latrun" in "the Battle of
// Latrun": one unknown name word after a capitalised battle or siege.
func (s *scan) detectDeedPlaces() {
	for i := 1; i+1 < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind != tkWord || !t.cap || s.notEnt[i] {
			continue
		}
		if battleHeads[t.key] && s.tokKey(i+1) == "of" && i+2 < len(s.toks) && s.sameSent(i, i+2) {
			if k := i + 2; s.placeRunEnd(k) == k+1 && s.deedPlaceWords(k, k+1) && !s.sentenceStart(k) {
				s.placeAt(k)
			}
			continue
		}
		if s.tokKey(i-1) != "the" || !s.sameSent(i-1, i) {
			continue
		}
		j := s.placeRunEnd(i)
		if j == i || j-i > 2 || j >= len(s.toks) || !placeDeedNouns[s.tokKey(j)] || s.toks[j].cap || !s.sameSent(i, j) || !s.deedPlaceWords(i, j) {
			continue
		}
		s.placeAt(i)
	}
}

// battleHeads name a deed of war after the place it was done at.
var battleHeads = map[string]bool{"battle": true, "siege": true}

// deedPlaceWords reports name words [i, j) that may name a place: no day,
// month or feast ("the Friday bombing"), no given name, no group word.
func (s *scan) deedPlaceWords(i, j int) bool {
	for k := i; k < j; k++ {
		if s.class(k)&(wcCalendar|wcGiven|wcStop|wcNoName) != 0 || holyMonths[s.tokKey(k)] || feasts[s.tokKey(k)] {
			return false
		}
	}
	return true
}
