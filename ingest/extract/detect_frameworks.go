package extract

// Agreements named with capitalised modifiers only ("the Strategic
// Framework Agreement") and frameworks a text says are implemented or
// signed ("implements the Trilateral Framework").

// modifiedAgreement reports an agreement's name of two or more capitalised
// modifiers before its head, one of them no generic word of agreements:
// "Strategic Framework Agreement" is a name, "New Framework Agreement" and
// "Final Nuclear Agreement" are descriptions.
func (s *scan) modifiedAgreement(from, h int) bool {
	specific := false
	for k := from; k < h; k++ {
		// "the Defence and Economic Cooperation Framework Agreement": the
		// fields it covers, joined.
		if s.toks[k].key == "and" && k > from && s.toks[k-1].cap && s.toks[k+1].cap {
			continue
		}
		if s.toks[k].kind != tkWord || !s.toks[k].cap || s.class(k)&(wcStop|wcCalendar) != 0 {
			return false
		}
		if !genericWords[s.toks[k].key] {
			specific = true
		}
	}
	return specific
}

// frameworkVerbs before "the X Framework" say the framework is an accord.
var frameworkVerbs = map[string]bool{
	"implement": true, "implements": true, "implemented": true, "implementing": true,
	"sign": true, "signs": true, "signed": true, "signing": true,
	"under": true, "adopt": true, "adopts": true, "adopted": true, "adopting": true,
	"ratify": true, "ratifies": true, "ratified": true, "ratifying": true,
	"negotiate": true, "negotiated": true, "negotiating": true,
	"uphold": true, "upholding": true, "upheld": true, "honor": true, "honour": true,
}

// detectFrameworks proposes "the X Framework" as an agreement when a verb
// of signing or implementing, or "under", stands before it.
func (s *scan) detectFrameworks() {
	for h := range s.toks {
		if s.toks[h].key != "framework" || !s.capWord(h) || s.notEnt[h] {
			continue
		}
		from := h
		for from > 0 && s.capWord(from-1) && s.sameSent(from-1, h) && s.class(from-1)&(wcStop|wcCalendar|wcTitle) == 0 && s.catTyp[from-1] != "Person" {
			from--
		}
		if from == h || from < 2 || !frameworkVerbs[s.tokKey(from-2)] {
			continue
		}
		// "signed the Critical Minerals Framework", and after a verb of
		// signing "signed a Critical Minerals Framework".
		if art := s.tokKey(from - 1); art != "the" && !((art == "a" || art == "an") && signingVerbs[s.tokKey(from-2)]) {
			continue
		}
		if s.capWord(h+1) || s.tokKey(h+1) == "for" || s.tokKey(h+1) == "of" || s.tokKey(h+1) == "on" && s.class(h+2)&wcCalendar == 0 {
			continue // "the Strategic Framework Agreement", "the Framework for …" are other shapes
		}
		s.cands = append(s.cands, candidate{from: from, to: h + 1, entry: -1, typ: "Agreement", name: s.spanText(from, h+1), prio: prioTyped})
	}
}
