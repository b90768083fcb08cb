package extract

// A place the catalog lacks is not taken from a sentence about antiquity or
// myth, nor from a naming phrase: "the ancient Greeks called it the
// Erythraean Sea" names an old name of a known place, or a place of a past
// the graph does not model. The catalog's own historical places still count.

// antiquityWords mark a sentence about antiquity or myth.
var antiquityWords = map[string]bool{
	"ancient": true, "antiquity": true, "classical": true, "mythology": true, "mythological": true,
	"myth": true, "legend": true, "legendary": true, "greeks": true, "romans": true, "herodotus": true,
	"bc": true, "bce": true, "b.c.": true, "b.c.e.": true, "millennium": true, "prehistoric": true,
	"medieval": true, "ptolemy": true, "strabo": true, "pliny": true, "arrian": true,
}

// namingWords put an alternative name after them ("known as X", "called X").
var namingWords = map[string]bool{
	"called": true, "named": true, "renamed": true, "dubbed": true, "formerly": true, "termed": true,
	"as": true, // "known as", "referred to as"
}

// dropHistoricalPlaces removes detected places of antiquity sentences and
// naming phrases.
func (s *scan) dropHistoricalPlaces() {
	old := map[int]bool{}
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tkWord && antiquityWords[t.key] {
			old[t.sent] = true
		}
	}
	out := s.cands[:0]
	for _, c := range s.cands {
		if c.entry < 0 && c.typ == "Place" && (old[s.toks[c.from].sent] || s.afterNaming(c.from)) {
			continue
		}
		out = append(out, c)
	}
	s.cands = out
}

// afterNaming reports a naming word before token i, across "the" and an
// adjective or two in lower case.
func (s *scan) afterNaming(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && s.sameSent(k, i); k-- {
		t := &s.toks[k]
		if t.kind != tkWord || t.cap {
			return false
		}
		if namingWords[t.key] {
			return t.key != "as" || s.tokKey(k-1) == "known" || s.tokKey(k-1) == "to"
		}
	}
	return false
}
