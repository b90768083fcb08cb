package extract

// An unnamed deal that a document is about: "reaching a deal for the
// release of hostages … to ensure the deal is fully implemented". The deal
// is named by what it is for, and only when the text comes back to it as
// "the deal": a deal mentioned once in passing is no subject.

// dealVerbs make a deal: "reached a deal", "brokered an agreement".
var dealVerbs = map[string]bool{
	"reach": true, "reached": true, "reaches": true, "reaching": true, "struck": true, "strike": true,
	"strikes": true, "striking": true, "secured": true, "secure": true, "securing": true,
	"brokered": true, "broker": true, "brokering": true, "clinched": true, "clinch": true,
	"sealed": true, "seal": true, "finalized": true, "finalised": true, "concluded": true,
}

// dealHeads are the lower-case nouns of an unnamed deal.
var dealHeads = map[string]bool{"deal": true, "agreement": true, "truce": true, "accord": true}

// dealPreps open what the deal is for: "a deal for the release of
// hostages", "an agreement on a ceasefire".
var dealPreps = map[string]bool{"for": true, "on": true}

// detectSubjectDeals proposes the unnamed deal of this file's pattern.
func (s *scan) detectSubjectDeals() {
	for v := range s.toks {
		if s.toks[v].kind != tkWord || s.toks[v].cap || !dealVerbs[s.toks[v].key] {
			continue
		}
		if s.dealHoped(v) {
			continue // "failed to reach a deal", "efforts to reach a deal"
		}
		a := v + 1
		if k := s.tokKey(a); k != "a" && k != "an" {
			continue
		}
		h := a + 1
		if h >= len(s.toks) || s.toks[h].cap || !dealHeads[s.toks[h].key] || !dealPreps[s.tokKey(h+1)] {
			continue
		}
		to := s.dealObjectEnd(h + 2)
		if to <= h+2 || !s.dealRecurs(h) {
			continue
		}
		s.cands = append(s.cands, candidate{from: h, to: to, entry: -1, typ: "Agreement",
			name: s.spanText(h, to), prio: prioDetected})
		return // one subject deal per document
	}
}

// dealObjectEnd reads what a deal is for from token i: "the release of
// hostages", "a ceasefire": an article, one lower-case noun, and an "of"
// with its noun. It returns i when the phrase is not of that shape.
func (s *scan) dealObjectEnd(i int) int {
	k := i
	if key := s.tokKey(k); key == "the" || key == "a" || key == "an" {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != tkWord || s.toks[k].cap || s.class(k)&wcStop != 0 {
		return i
	}
	k++
	if s.tokKey(k) == "of" {
		n := k + 1
		if s.tokKey(n) == "the" {
			n++
		}
		if n < len(s.toks) && s.toks[n].kind == tkWord && !s.toks[n].cap && s.class(n)&wcStop == 0 {
			return n + 1
		}
	}
	return k
}

// dealRecurs reports "the deal" (the same head) later in the document.
func (s *scan) dealRecurs(h int) bool {
	for k := h + 2; k+1 < len(s.toks); k++ {
		if s.toks[k].key == "the" && s.toks[k+1].key == s.toks[h].key && !s.toks[k+1].cap {
			return true
		}
	}
	return false
}

// dealUnreal are words before a deal verb that make the deal hoped for,
// denied or conditional rather than made.
var dealUnreal = map[string]bool{
	"not": true, "no": true, "never": true, "failed": true, "fail": true, "fails": true, "without": true,
	"hope": true, "hopes": true, "hoped": true, "hoping": true, "seek": true, "seeks": true, "sought": true,
	"seeking": true, "try": true, "tries": true, "tried": true, "trying": true, "aim": true, "aims": true,
	"aimed": true, "effort": true, "efforts": true, "bid": true, "would": true, "could": true,
	"might": true, "may": true, "if": true, "unless": true, "attempt": true, "attempts": true,
	"push": true, "pushing": true, "urged": true, "urge": true, "urges": true, "want": true, "wants": true,
	"whether": true, "cannot": true, "can't": true, "didn't": true, "won't": true, "able": true, "unable": true,
}

// dealHoped reports a word of dealUnreal among the three before token v.
func (s *scan) dealHoped(v int) bool {
	for k := v - 1; k >= 0 && v-k <= 3 && s.sameSent(k, v); k-- {
		if dealUnreal[s.toks[k].key] {
			return true
		}
	}
	return false
}
