package extract

// Agreements named in lower case after the states that made them, joined
// by a dash: "the Israel–Lebanon ceasefire agreement", "the Israel-UAE
// agreement", "the Iran–Iraq border treaty". The dash pair names the
// sides as surely as "Treaty of X" names a city; a single state's ("the
// Iran agreement") is a description, and a name the catalog knows ("the
// US–Iran nuclear deal" is the JCPOA) stays the catalog's.

// pairAgreementHeads end such a name, with the capitalised head of the
// name given to the entity.
var pairAgreementHeads = map[string]string{
	"agreement": "agreement", "accord": "accord", "accords": "accords", "treaty": "treaty", "pact": "pact", "deal": "deal",
}

// pairAgreementKinds may stand between the pair and the head.
var pairAgreementKinds = map[string]bool{
	"ceasefire": true, "cease-fire": true, "peace": true, "normalization": true, "normalisation": true,
	"security": true, "border": true, "maritime": true, "trade": true, "defense": true, "defence": true,
	"nuclear": true, "prisoner": true, "truce": true, "armistice": true, "water": true, "gas": true,
	"disengagement": true, "framework": true,
}

// detectPairAgreements proposes "the A–B … agreement" as an agreement.
func (s *scan) detectPairAgreements() {
	for h := 2; h < len(s.toks); h++ {
		t := &s.toks[h]
		if _, ok := pairAgreementHeads[t.key]; !ok || t.cap || s.notEnt[h] || s.catTyp[h] != "" {
			continue
		}
		k := h - 1
		for k > 0 && h-k <= 2 && pairAgreementKinds[s.toks[k].key] && !s.toks[k].cap && s.catTyp[k] == "" {
			k--
		}
		if s.catTyp[k] != "Country" {
			continue
		}
		from := s.pairedStates(s.countryStart(k))
		if from == s.countryStart(k) || from == 0 || s.tokKey(from-1) != "the" || !s.sameSent(from-1, h) {
			continue // no dash pair, or no article: "Israel-UAE agreement talks" is a description
		}
		s.cands = append(s.cands, candidate{from: from, to: h + 1, entry: -1, typ: "Agreement", name: s.spanText(from, h+1), prio: prioTyped})
	}
}

// countryStart is the first token of the catalog country match that
// covers token k.
func (s *scan) countryStart(k int) int {
	for k > 0 && s.catTyp[k-1] == "Country" && s.sameCand(k-1, k) {
		k--
	}
	return k
}

// detectSignedPairs proposes the unnamed treaty two states are told to
// sign: "Egypt and Israel signed a peace treaty" is the Egypt–Israel peace
// treaty, named after its sides in the text's order. Only a verb of
// signing in the past makes it a fact; a treaty the sides may sign is
// none.
func (s *scan) detectSignedPairs() {
	for v := 3; v+2 < len(s.toks); v++ {
		if s.toks[v].key != "signed" || s.toks[v].cap || (s.tokKey(v+1) != "a" && s.tokKey(v+1) != "an") {
			continue
		}
		// "signed a historic peace treaty": words that praise the treaty
		// are no part of its name.
		start := v + 2
		for start < len(s.toks) && start-v <= 3 && signedPraise[s.toks[start].key] && !s.toks[start].cap {
			start++
		}
		h := start
		for h < len(s.toks) && h-start <= 2 && pairAgreementKinds[s.toks[h].key] && !s.toks[h].cap {
			h++
		}
		if _, ok := pairAgreementHeads[s.tokKey(h)]; !ok || s.toks[h].cap || s.notEnt[h] || h == start || !s.sameSent(v, h) {
			continue // "signed an agreement": a kind says what is signed
		}
		second, ok := s.countryNameBefore(v)
		if !ok || s.tokKey(second.from-1) != "and" {
			continue
		}
		first, ok := s.countryNameBefore(second.from - 1)
		if !ok || first.entry == second.entry {
			continue
		}
		a, b := s.x.cat.entries[first.entry].Name, s.x.cat.entries[second.entry].Name
		s.cands = append(s.cands, candidate{from: start, to: h + 1, entry: -1, typ: "Agreement",
			name: a + "–" + b + " " + s.spanText(start, h+1), prio: prioTyped})
	}
}

// signedPraise are the words that may praise a signed treaty before its
// kind.
var signedPraise = map[string]bool{"historic": true, "landmark": true, "formal": true, "final": true, "bilateral": true, "comprehensive": true}

// countryNameBefore is the catalog country candidate that ends right
// before token end.
func (s *scan) countryNameBefore(end int) (candidate, bool) {
	for _, c := range s.cands {
		if c.entry >= 0 && c.to == end && s.x.cat.entries[c.entry].Type == "Country" && c.kind != formDemonym {
			return c, true
		}
	}
	return candidate{}, false
}
