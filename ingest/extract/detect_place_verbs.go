package extract

import "strings"

// Places the catalog lacks, named after verbs and nouns of going, being and
// living somewhere ("arrived in X", "was born in X", "fled to X", "a visit
// to X"), and in lists after a plural kind of place ("the towns of X, Y
// and Z", "the port city of X").

// placeVerbs take a place after "in" or "to".
var placeVerbs = map[string]bool{
	"arrived": true, "arrives": true, "arriving": true, "arrive": true, "landed": true, "lands": true,
	"born": true, "based": true, "headquartered": true, "located": true, "situated": true,
	"stationed": true, "died": true, "buried": true, "fled": true, "flee": true, "flees": true,
	"fleeing": true, "travelled": true, "traveled": true, "travels": true, "travel": true,
	"traveling": true, "travelling": true, "flew": true, "returned": true, "returning": true,
	"relocated": true, "exiled": true, "deployed": true, "trip": true, "visit": true, "journey": true,
	"raised": true, "grew": true, "lived": true, "lives": true, "settled": true, "imprisoned": true,
	"jailed": true,
}

// happenedIn are deeds and gatherings that take the place they happened
// at after "in": "killed in X", "clashes in X", "talks held in X".
var happenedIn = map[string]bool{
	"killed": true, "wounded": true, "injured": true, "clashes": true, "fighting": true, "protests": true,
	"demonstrations": true, "rallies": true, "held": true, "occurred": true, "erupted": true,
	"exploded": true, "detonated": true, "gathered": true, "convened": true, "airstrike": true,
	"airstrikes": true, "strike": true, "strikes": true, "attack": true, "attacks": true, "bombing": true,
	"explosion": true, "raid": true, "raids": true, "shelling": true, "massacre": true, "arrested": true,
	"detained": true, "displaced": true, "headquarters": true, "embassy": true, "consulate": true,
	// Dwellings and sites are where they stand: "a compound in X", "his
	// residence in X", "a hideout in X".
	"compound": true, "residence": true, "hideout": true, "villa": true, "apartment": true,
	"farm": true, "safehouse": true, "safe-house": true, "mansion": true, "home": true,
}

// comeFrom are people and kin groups that take their origin after "from":
// "a family from X", "tribesmen from X", "refugees from X".
var comeFrom = map[string]bool{
	"family": true, "families": true, "tribe": true, "tribes": true, "tribesmen": true, "clan": true,
	"refugees": true, "migrants": true, "villagers": true, "natives": true, "native": true,
}

// holyMonths and feasts name times, not places, after "in".
var holyMonths = map[string]bool{
	"ramadan": true, "muharram": true, "shaban": true, "shawwal": true, "rajab": true, "safar": true,
	"eid": true, "nowruz": true, "hajj": true, "ashura": true, "advent": true, "lent": true, "passover": true,
}

// placeNounAdjectives may stand between "the" and a kind of place: "the
// port city of X", "the northern town of X".
var placeNounAdjectives = map[string]bool{
	"port": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "coastal": true, "border": true, "ancient": true, "holy": true, "besieged": true,
	"strategic": true, "nearby": true, "neighbouring": true, "neighboring": true, "northwestern": true,
	"northeastern": true, "southwestern": true, "southeastern": true, "capital": true, "oil": true,
	"southern-most": true, "mountain": true, "desert": true, "frontier": true, "shrine": true,
}

// detectPlaceVerbs proposes the places of this file's phrases.
func (s *scan) detectPlaceVerbs() {
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tkWord || t.cap && !(happenedIn[t.key] && s.sentenceStart(i)) || s.notEnt[i] {
			continue // "Clashes in X" opening a sentence is still a deed
		}
		if happenedIn[t.key] && s.tokKey(i+1) == "in" && holyMonths[s.tokKey(i+2)] {
			continue // "talks held in Ramadan": a time
		}
		switch {
		case placeVerbs[t.key] && (s.tokKey(i+1) == "in" || s.tokKey(i+1) == "to") || happenedIn[t.key] && s.tokKey(i+1) == "in" ||
			comeFrom[t.key] && s.tokKey(i+1) == "from":
			// "the Grand Hotel" or a person after "to" is no place; a run
			// that goes on into a head word is left to the head rules.
			k := i + 2
			j := s.placeRunEnd(k)
			if j > k && !(j < len(s.toks) && s.capWord(j) && s.sameSent(k, j)) && !s.sentenceStart(k) &&
				s.class(k)&wcGiven == 0 && !s.apposition(j) && !(j < len(s.toks) && s.toks[j].kind == tkPoss) {
				s.placeAt(k)
			}
		case s.class(i)&wcPlaceNoun != 0 && s.tokKey(i+1) == "of" && s.theBefore(i):
			s.placeListAt(i+2, pluralPlaceNoun(t.key))
		}
	}
}

// pluralPlaceNoun reports a kind of place in the plural ("towns",
// "cities"), which may head a list of names.
func pluralPlaceNoun(key string) bool {
	return strings.HasSuffix(key, "s") && key != "oasis"
}

// theBefore reports "the" right before token i or before lower-case
// adjectives of a place and a people's adjective before it ("the port
// city", "the northern Iraqi city", "the Kurdish-majority city").
func (s *scan) theBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		switch {
		case s.toks[k].key == "the":
			return k < i-1 || s.toks[i].key != "capital"
		case placeNounAdjectives[s.toks[k].key] && !s.toks[k].cap:
			continue
		case s.demonymAt(k), s.glued(k) && s.toks[k-1].kind == tkWord, s.class(k)&wcNoName != 0 && s.toks[k].cap,
			s.toks[k].key == "majority" && s.glued(k-1):
			// "the northern Iraqi city of", "the Kurdish-majority city of"
			continue
		}
		return false
	}
	return false
}

// placeListAt proposes every unknown name of the list at i ("Quornabad,
// Zorbaville and Isfahan") as a place: the plural noun before it types
// them all. After a singular one ("the Dagestani town of Khasavyurt,
// Lebed and Maskhadov signed") the names after a comma are the
// sentence's own, not more towns. A list with a known entity of another
// kind is left alone.
func (s *scan) placeListAt(i int, plural bool) {
	items, _ := s.listAt(i)
	if len(items) == 0 || s.anyCommonName(items) {
		return
	}
	if !plural {
		// "the state of Jammu and Kashmir" is one name; a comma ends it.
		for k := 1; k < len(items); k++ {
			if s.tokKey(items[k][0]-1) == "," || s.tokKey(items[k][0]-2) == "," {
				items = items[:k]
				break
			}
		}
	}
	for _, it := range items {
		if t := s.catTyp[it[0]]; t != "" && t != "Place" {
			return
		}
	}
	for _, it := range items {
		s.placeAt(it[0])
	}
}
