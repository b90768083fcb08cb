package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/ingest/syntax"
)

// Names the parser's named-entity tagger finds that no catalog entry and
// no pattern took. The tagger was trained on news text and reads the
// context around a name, so it knows "Leyla Zana" is a person and "Osirak"
// a place where the patterns lack a title or a cue word. Its names are the
// weakest candidates: they never displace a catalog match or a pattern's,
// and a span touching either is dropped.

// nerTypes maps the tagger's classes to entity types. Its locations are
// places: the states are the catalog's, and a state it does not know is
// rarer than a town.
var nerTypes = map[string]string{
	"PERSON":       "Person",
	"ORGANIZATION": "Organization",
	"LOCATION":     "Place",
}

// detectNER proposes the tagger's name spans as candidates.
func (s *scan) detectNER(parse *syntax.Parse) {
	taken := make([]bool, len(s.toks))
	// Words of the names already found: a tagger span sharing one is
	// another form of a name found (a surname, a shortened organisation)
	// and is left to resolution.
	s.nerKnown = map[string]bool{}
	for _, c := range s.cands {
		for k := c.from; k < c.to && k < len(taken); k++ {
			taken[k] = true
			if s.toks[k].cap && !nerJoiners[s.toks[k].key] {
				s.nerKnown[s.toks[k].key] = true
			}
		}
	}
	for k, t := range s.catTyp {
		if t != "" {
			taken[k] = true
		}
	}
	for si := range parse.Sentences {
		toks := parse.Sentences[si].Tokens
		for i := 0; i < len(toks); {
			typ, ok := nerTypes[toks[i].NER]
			j := i + 1
			for j < len(toks) && toks[j].NER == toks[i].NER {
				j++
			}
			if ok {
				s.nerCandidate(typ, toks[i].Start, toks[j-1].End, j-i, taken)
			}
			i = j
		}
	}
}

// nerCandidate adds the span [start, end) of n parser tokens as a
// candidate of type typ when it covers whole tokens of ours that nothing
// else took.
func (s *scan) nerCandidate(typ string, start, end, n int, taken []bool) {
	if typ == "Person" && n < 2 {
		// A lone surname is resolution's business, and a lone capitalised
		// word tagged PERSON is often wrong.
		return
	}
	from := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].start >= start })
	to := from
	for to < len(s.toks) && s.toks[to].end <= end {
		to++
	}
	if from >= to || s.toks[from].start != start || s.toks[to-1].end != end {
		return
	}
	if taken[max(from-1, 0)] || to < len(taken) && taken[to] {
		// Next to a name found: a fragment of a longer name.
		return
	}
	for k := from; k < to; k++ {
		t := &s.toks[k]
		if taken[k] || s.notEnt[k] || t.kind != tkWord {
			return
		}
		if !t.cap && !(nerJoiners[t.key] && k > from && k < to-1) {
			return
		}
		if s.nerKnown[t.key] && !nerJoiners[t.key] {
			return
		}
		if s.cls[k]&(wcTitle|wcTitleMod|wcStop|wcCalendar|wcNoName|wcRole|wcHonorific|wcCountryHead) != 0 {
			// "Crown Prince", "Foreign Affairs", "Imperial Family": titles
			// and common words, not a name.
			return
		}
	}
	if n == 1 || to-from == 1 {
		// One word alone must look like nothing but a name.
		t := &s.toks[from]
		if t.upper || len(t.key) < 4 || s.cls[from] != 0 || s.lower[t.key] {
			return
		}
	}
	if typ == "Place" && nerStateWords[s.toks[to-1].key] {
		return
	}
	if !s.sameSent(from, to-1) || foreignGloss(s.doc.Text, start) {
		return
	}
	s.cands = append(s.cands, candidate{from: from, to: to, entry: -1, typ: typ, name: s.spanText(from, to), prio: prioDetected})
}

// nerJoiners are the small words inside names ("Ministry of Defence",
// "Osama bin Laden").
var nerJoiners = map[string]bool{"of": true, "al": true, "bin": true, "ibn": true, "el": true, "de": true, "and": true, "for": true, "the": true}

// nerStateWords end the name of a state, which the catalog knows; the
// tagger calls such a span a place.
var nerStateWords = map[string]bool{"kingdom": true, "republic": true, "emirates": true, "states": true, "of": true}

// foreignGloss reports a span that opens a gloss in another language,
// "(Kurdish: _Partiya Karkerên Kurdistanê_)": the name's native form, not
// another name.
func foreignGloss(text string, start int) bool {
	before := strings.TrimRight(text[max(0, start-3):start], " ")
	return strings.HasSuffix(before, "_") || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "*")
}
