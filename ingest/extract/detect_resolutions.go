package extract

import "regexp"

// Numbered United Nations resolutions the catalog lacks: "Resolution 242",
// "Security Council Resolution 2216", "UN General Assembly resolution
// 194", "UNSCR 1559". A resolution's number names it as surely as a
// treaty's place does; the body that adopted it is the Security Council
// unless the text says the General Assembly.

// reBodyResolution is a resolution's name that opens with the body that
// adopted it: "United Nations Security Council Resolution 425". The
// catalog matches such a resolution by "Resolution 425" alone, as the
// detection below does, so the Security Council written before it is
// named on its own too.
var reBodyResolution = regexp.MustCompile(`^(?:(?:the` + sp + `+)?(?:United` + sp + `+Nations|UN|U\.N\.)` + sp + `+)?(?:Security` + sp + `+Council|General` + sp + `+Assembly|UNSC|UNGA)` + sp + `+[Rr]esolution` + sp + `+\d+$`)

// unBodyWords may stand before "Resolution" as part of its name.
var unBodyWords = map[string]bool{
	"un": true, "u.n.": true, "united": true, "nations": true, "security": true, "council": true,
	"general": true, "assembly": true, "unsc": true, "unga": true,
}

// domesticResolution words before "Resolution" make it a parliament's own:
// "House Resolution 123", "Senate Joint Resolution 2".
var domesticResolution = map[string]bool{
	"house": true, "senate": true, "joint": true, "concurrent": true, "simple": true, "congressional": true,
}

// detectResolutions proposes numbered UN resolutions.
func (s *scan) detectResolutions() {
	for i := range s.toks {
		key := s.toks[i].key
		if key != "resolution" && key != "unscr" || s.notEnt[i] || !s.resolutionNumber(i+1) {
			continue
		}
		if s.catTyp[i+1] == "Agreement" {
			continue // the catalog knows it
		}
		from := i
		if key == "resolution" {
			if !s.toks[i].cap && !unBodyWords[s.tokKey(i-1)] {
				continue // "the resolution 15 members backed": no name
			}
			for from > 0 && unBodyWords[s.toks[from-1].key] && s.sameSent(from-1, i) && i-from < 4 {
				from--
			}
			if from > 0 && domesticResolution[s.toks[from-1].key] && s.sameSent(from-1, i) {
				continue
			}
		}
		body := "Security Council"
		for k := from; k < i; k++ {
			if s.toks[k].key == "assembly" {
				body = "General Assembly"
			}
		}
		num := s.text(i + 1)
		// The body before the number is named on its own too: "the
		// Security Council" of "Security Council Resolution 2216" is an
		// actor of the sentence.
		s.cands = append(s.cands, candidate{from: i, to: i + 2, entry: -1, typ: "Agreement",
			name: "United Nations " + body + " Resolution " + num, prio: prioTyped})
	}
}

// resolutionNumber reports a resolution's number at token i: two to four
// digits, no more words of a list after it ("Resolutions 1737, 1747").
func (s *scan) resolutionNumber(i int) bool {
	if i >= len(s.toks) || !s.sameSent(i-1, i) {
		return false
	}
	k := s.toks[i].key
	if len(k) < 2 || len(k) > 4 {
		return false
	}
	for _, r := range k {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
