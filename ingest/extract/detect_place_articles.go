package extract

// A name opening with the Arabic article after a preposition of place is a
// town: "sent it to Al Wakrah", "moved to Al Wajbah", "a landing at Al
// Bidda". Families and tribes are written with "the" ("the Al Thani", "the
// Al Nuaim tribe"), people with a given name first ("Abdullah Al-Salim"),
// so neither comes right after the preposition.

// articlePlacePreps take a place right after them.
var articlePlacePreps = map[string]bool{"to": true, "in": true, "at": true, "near": true, "from": true, "towards": true, "toward": true, "into": true}

// kinNouns after the name make it a family's: "in Al Saud hands" is rare,
// "to Al Nuaim tribesmen" is not a place.
var familyNouns = map[string]bool{"family": true, "tribe": true, "tribesmen": true, "clan": true, "dynasty": true, "house": true, "family's": true}

// detectArticlePlaces proposes the places of this file's pattern.
func (s *scan) detectArticlePlaces() {
	for i := 0; i+2 < len(s.toks); i++ {
		if !articlePlacePreps[s.toks[i].key] || s.toks[i].cap || s.notEnt[i] {
			continue
		}
		a := i + 1
		if s.toks[a].key != "al" || !s.toks[a].cap || s.catTyp[a] != "" || !s.sameSent(i, a) {
			continue
		}
		n := a + 1
		if s.glued(n) { // "Al-Wakrah"
			n++
		}
		if n >= len(s.toks) || !s.nameWord(n) || s.catTyp[n] != "" || s.class(n)&wcGiven != 0 || !s.sameSent(a, n) {
			continue
		}
		end := n + 1
		if end < len(s.toks) && s.sameSent(n, end) && (s.toks[end].cap && s.toks[end].kind == tkWord || familyNouns[s.toks[end].key]) {
			continue // a longer name, or a family's
		}
		s.cands = append(s.cands, candidate{from: a, to: end, entry: -1, typ: "Place", name: s.spanText(a, end), prio: prioDetected})
	}
}
