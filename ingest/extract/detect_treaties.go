package extract

import "strings"

// Treaties written with a lower-case head in prose ("the 1920 treaty of
// Seeb", "under the treaty of Lausanne"): the place a treaty was signed in
// names it, whatever its head's case.

// lowerTreatyHeads are the heads that name a treaty by its place after
// "of". "agreement of" and "protocol of" are left out: "the agreement of
// Iran" is Iran's consent.
var lowerTreatyHeads = map[string]bool{"treaty": true, "pact": true}

// detectLowerTreaties proposes "Treaty of X" for "treaty of X".
func (s *scan) detectLowerTreaties() {
	for h := range s.toks {
		t := &s.toks[h]
		if t.kind != tkWord || t.cap || !lowerTreatyHeads[t.key] || s.tokKey(h+1) != "of" || s.notEnt[h] {
			continue
		}
		from := h + 2
		to := from
		for to < len(s.toks) && to-from < 3 && s.capWord(to) && s.sameSent(h, to) &&
			s.class(to)&(wcCalendar|wcTitle|wcStop|wcNoName) == 0 {
			if typ := s.catTyp[to]; typ == "Country" || typ == "Organization" || typ == "Person" {
				break // "the treaty of Iran and Oman" is no name
			}
			to++
		}
		if to == from || to < len(s.toks) && s.capWord(to) && s.sameSent(h, to) {
			continue // the name goes on past what was read: not sure where it ends
		}
		head := strings.ToUpper(t.key[:1]) + t.key[1:]
		s.cands = append(s.cands, candidate{from: h, to: to, entry: -1, typ: "Agreement",
			name: head + " of " + s.spanText(from, to), prio: prioDetected})
	}
}
