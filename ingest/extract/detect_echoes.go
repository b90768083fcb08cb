package extract

// A place or an organisation the detectors found once, with evidence ("the
// Jordanian village of Karameh", "the militant group Jaish al-Zorba"),
// keeps its name through the document: later the text writes it bare
// ("the IDF attacked Karameh"), and the rules that read those sentences
// need the mention. echoDetected adds a candidate at every other place the
// same words are written with the same capitals, as a bare name: not
// inside a longer capitalised run, not in a heading or a caption. A name
// detected with two types is left alone; the candidates' own order still
// lets a longer or catalog name win.

// echoTypes are the detected types whose names are echoed. People have
// their own resolution (bare surnames, given names).
var echoTypes = map[string]bool{"Place": true, "Organization": true}

// echoDetected adds the echoes of the detected place and organisation
// names.
func (s *scan) echoDetected() {
	type found struct {
		c     candidate
		typed map[string]bool
	}
	byText := map[string]*found{}
	var order []string
	at := map[[2]int]bool{}
	for _, c := range s.cands {
		at[[2]int{c.from, c.to}] = true
		if c.entry >= 0 || c.single || !echoTypes[c.typ] {
			continue
		}
		k := s.echoKey(c.from, c.to)
		f, ok := byText[k]
		if !ok {
			f = &found{c: c, typed: map[string]bool{}}
			byText[k] = f
			order = append(order, k)
		}
		f.typed[c.typ] = true
	}
	if len(order) == 0 {
		return
	}
	// Candidates keyed by their first word, to look each token up once.
	byFirst := map[string][]*found{}
	for _, k := range order {
		f := byText[k]
		if len(f.typed) > 1 {
			continue
		}
		first := s.toks[f.c.from].key
		byFirst[first] = append(byFirst[first], f)
	}
	for i := range s.toks {
		fs := byFirst[s.toks[i].key]
		if fs == nil || !s.toks[i].cap || s.notEnt[i] {
			continue
		}
		for _, f := range fs {
			n := f.c.to - f.c.from
			j := i + n
			if j > len(s.toks) || at[[2]int{i, j}] || !s.sameSent(i, j-1) || s.echoKey(i, j) != s.echoKey(f.c.from, f.c.to) {
				continue
			}
			if s.capitalisedNeighbour(i-1, i) || s.capitalisedNeighbour(j, j-1) {
				continue
			}
			e := f.c
			e.from, e.to, e.prio = i, j, prioDetected
			s.cands = append(s.cands, e)
			at[[2]int{i, j}] = true
		}
	}
}

// echoKey is the written form of tokens [from, to): their keys and
// capitals.
func (s *scan) echoKey(from, to int) string {
	b := make([]byte, 0, 32)
	for k := from; k < to; k++ {
		if s.toks[k].cap {
			b = append(b, '^')
		}
		b = append(b, s.toks[k].key...)
		b = append(b, ' ')
	}
	return string(b)
}

// capitalisedNeighbour reports a capitalised word at token n, next to the
// name's token at, in the same sentence, that would make the name part of
// a longer one ("Karameh Road"). Words capitalised only because they open
// a sentence or a phrase ("In", "The") do not count.
func (s *scan) capitalisedNeighbour(n, at int) bool {
	if n < 0 || n >= len(s.toks) || !s.sameSent(n, at) {
		return false
	}
	t := s.toks[n]
	return t.kind == tkWord && t.cap && s.class(n)&wcStop == 0
}
