package extract

import "strings"

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
	"memorandum": "memorandum", "protocol": "protocol", "protocols": "protocols", "convention": "convention",
}

// pairAgreementKinds may stand between the pair and the head.
var pairAgreementKinds = map[string]bool{
	"ceasefire": true, "cease-fire": true, "peace": true, "normalization": true, "normalisation": true,
	"security": true, "border": true, "maritime": true, "trade": true, "defense": true, "defence": true,
	"nuclear": true, "prisoner": true, "truce": true, "armistice": true, "water": true, "gas": true,
	"disengagement": true, "framework": true, "free-trade": true, "non-aggression": true, "friendship": true,
	"cooperation": true, "association": true, "partnership": true, "strategic": true, "economic": true,
	"investment": true, "extradition": true,
}

// detectPairAgreements proposes "the A–B … agreement" as an agreement.
func (s *scan) detectPairAgreements() {
	for h := 2; h < len(s.toks); h++ {
		t := &s.toks[h]
		if _, ok := pairAgreementHeads[t.key]; !ok || t.cap || s.notEnt[h] || s.catTyp[h] != "" {
			continue
		}
		k := h - 1
		for k > 0 && h-k <= 2 && s.agreementKind(k) {
			k--
		}
		if s.catTyp[k] != "Country" {
			s.detectPeoplePairAgreement(k, h)
			continue
		}
		from := s.pairedStates(s.countryStart(k))
		if from == s.countryStart(k) || from == 0 || s.tokKey(from-1) != "the" || !s.sameSent(from-1, h) {
			continue // no dash pair, or no article: "Israel-UAE agreement talks" is a description
		}
		s.cands = append(s.cands, candidate{from: from, to: h + 1, entry: -1, typ: "Agreement",
			name: s.statesNamed(from, k+1) + " " + s.spanText(k+1, h+1), prio: prioTyped})
	}
}

// An agreement named after the two men who made it, their names joined
// by a dash: "the Qavam–Sadchikov agreement", "the Nasser–Faisal
// agreement on Yemen". Two single capitalised words, neither a state,
// place or body the catalog knows, after "the".

// detectPeoplePairAgreement proposes "the A–B agreement" ending with the
// kind words before head h, the pair's last word at k.
func (s *scan) detectPeoplePairAgreement(k, h int) {
	if k < 3 {
		return
	}
	dash := s.toks[k-1].key == "-" && s.toks[k-2].end == s.toks[k-1].start && s.toks[k-1].end == s.toks[k].start
	// "the Ben-Gurion agreement" is one man's name.
	if !dash || s.tokKey(k-3) != "the" || !s.sameSent(k-3, h) || s.class(k-2)&wcParticle != 0 {
		return
	}
	for _, w := range []int{k - 2, k} {
		if !s.capWord(w) || s.catTyp[w] == "Country" || s.catTyp[w] == "Place" || s.catTyp[w] == "Organization" || s.class(w)&(wcStop|wcTitle|wcCalendar) != 0 {
			return
		}
	}
	s.cands = append(s.cands, candidate{from: k - 2, to: h + 1, entry: -1, typ: "Agreement",
		name: s.spanText(k-2, h+1), prio: prioTyped})
}

// statesNamed joins with en dashes the catalog names of the states of a
// dash pair written at [from, to): "Jordan-US" is "Jordan–United States",
// so that the treaty has one name (and id) however its states are
// written, the one "Jordan has signed … with the United States" gives it.
func (s *scan) statesNamed(from, to int) string {
	byStart := map[int]string{}
	for _, c := range s.cands {
		if c.entry >= 0 && c.from >= from && c.to <= to && s.x.cat.entries[c.entry].Type == "Country" && c.kind != formDemonym {
			byStart[c.from] = s.x.cat.entries[c.entry].Name
		}
	}
	var names []string
	for k := from; k < to; k++ {
		if n, ok := byStart[k]; ok {
			names = append(names, n)
		}
	}
	if len(names) < 2 {
		return s.spanText(from, to)
	}
	return strings.Join(names, "–")
}

// countryStart is the first token of the catalog country match that
// covers token k.
func (s *scan) countryStart(k int) int {
	return s.matchStart(k, "Country")
}

// matchStart is the first token of the catalog match of type typ that
// covers token k ("Harry S. Truman" from "Truman").
func (s *scan) matchStart(k int, typ string) int {
	for k > 0 && s.catTyp[k-1] == typ && s.sameCand(k-1, k) {
		k--
	}
	return k
}

// detectSignedPairs proposes the unnamed treaty two states are told to
// sign: "Egypt and Israel signed a peace treaty" and "Jordan has signed a
// free trade agreement with the United States" name the Egypt–Israel peace
// treaty and the Jordan–United States free trade agreement, the sides in
// the text's order. Only a verb of signing in the past makes it a fact; a
// treaty the sides may sign is none. A name in parentheses after the
// description ("a non-aggression pact with Israel (the Washington
// Declaration)") is the treaty's own, and the relations read it.
func (s *scan) detectSignedPairs() {
	for v := 1; v+2 < len(s.toks); v++ {
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
		for h < len(s.toks) && h-start <= 2 && s.agreementKind(h) {
			h++
		}
		if _, ok := pairAgreementHeads[s.tokKey(h)]; !ok || s.toks[h].cap || s.notEnt[h] || h == start || !s.sameSent(v, h) {
			continue // "signed an agreement": a kind says what is signed
		}
		first, second, after, with, ok := s.signedSides(v, h)
		if !ok || first.entry == second.entry || s.namedInParens(after) {
			continue
		}
		if with && s.catalogPair(first.entry, second.entry) {
			continue // which of the sides' treaties it is, knownAgreementsSigned reads from its year
		}
		a, b := s.x.cat.entries[first.entry].Name, s.x.cat.entries[second.entry].Name
		s.cands = append(s.cands, candidate{from: start, to: h + 1, entry: -1, typ: "Agreement",
			name: a + "–" + b + " " + s.spanText(start, h+1), prio: prioTyped})
	}
}

// signedSides finds the two states of a signing whose verb is token v and
// whose treaty's head is token h: "A and [the] B [has] signed a … treaty"
// or "A [has] signed a … treaty with [the] B" (with set). after is the
// first token after the whole phrase.
func (s *scan) signedSides(v, h int) (first, second candidate, after int, with, ok bool) {
	end := v
	for end > 0 && signedAux[s.toks[end-1].key] && !s.toks[end-1].cap {
		end--
	}
	if second, ok := s.countryNameBefore(end); ok {
		and := second.from - 1
		if s.tokKey(and) == "the" {
			and--
		}
		if s.tokKey(and) == "and" {
			if first, ok := s.countryNameBefore(and); ok {
				return first, second, h + 1, false, true
			}
		}
		first = second
		w := h + 1
		if s.tokKey(w) != "with" || !s.sameSent(v, w) {
			return first, second, 0, false, false
		}
		w++
		if s.tokKey(w) == "the" {
			w++
		}
		if second, ok := s.countryNameAt(w); ok {
			return first, second, second.to, true, true
		}
	}
	return first, second, 0, false, false
}

// catalogPair reports an agreement of the catalog between the states of
// entries a and b.
func (s *scan) catalogPair(a, b int) bool {
	x, y := s.x.cat.entries[a].ID, s.x.cat.entries[b].ID
	for _, e := range s.x.pairAgreements {
		if betweenSides(e, x, y) {
			return true
		}
	}
	return false
}

// signedAux may stand between a signer and "signed": "Jordan has signed",
// "the two states formally signed".
var signedAux = map[string]bool{"has": true, "have": true, "had": true, "also": true, "formally": true, "finally": true, "later": true, "then": true, "jointly": true, "eventually": true}

// agreementKind reports a word that may tell a treaty's kind before its
// head: "peace", "trade", "non-aggression"; "free" only before "trade".
func (s *scan) agreementKind(i int) bool {
	t := s.toks[i]
	if t.cap || s.catTyp[i] != "" {
		return false
	}
	if t.key == "free" {
		return s.tokKey(i+1) == "trade"
	}
	return pairAgreementKinds[t.key]
}

// namedInParens reports a parenthesis at token i that opens with a
// capitalised word: the name the text gives the thing just described.
func (s *scan) namedInParens(i int) bool {
	if s.tokKey(i) != "(" {
		return false
	}
	if s.tokKey(i+1) == "the" {
		i++
	}
	return i+1 < len(s.toks) && s.toks[i+1].cap
}

// signedPraise are the words that may praise a signed treaty before its
// kind.
var signedPraise = map[string]bool{"historic": true, "landmark": true, "formal": true, "final": true, "bilateral": true, "comprehensive": true}

// countryNameAt is the catalog country candidate that starts at token
// from.
func (s *scan) countryNameAt(from int) (candidate, bool) {
	return s.countryName(func(c candidate) bool { return c.from == from })
}

// countryNameBefore is the catalog country candidate that ends right
// before token end.
func (s *scan) countryNameBefore(end int) (candidate, bool) {
	return s.countryName(func(c candidate) bool { return c.to == end })
}

// countryName is the first catalog country candidate, named and not by its
// demonym, for which at holds.
func (s *scan) countryName(at func(candidate) bool) (candidate, bool) {
	for _, c := range s.cands {
		if c.entry >= 0 && at(c) && s.x.cat.entries[c.entry].Type == "Country" && c.kind != formDemonym {
			return c, true
		}
	}
	return candidate{}, false
}
