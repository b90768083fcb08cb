package extract

// Places the text types with an apposition or a located phrase:
// "Quxtown, a city near Mosul", "Zorbabad, the capital of Fars",
// "a strike on Quxbiyeh in southern Lebanon". The words after the name say
// what it is; a name the catalog knows as something else is left alone.

// regionAdjectives open a part of a known place: "in southern Lebanon".
var regionAdjectives = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north": true, "south": true, "east": true, "west": true, "coastal": true, "rural": true,
}

// locatedAfter are the words after an apposition's place noun that place
// it: "a town near", "a village in", "a port on", "a city north of".
var locatedAfter = map[string]bool{
	"in": true, "near": true, "on": true, "of": true, "outside": true, "north": true, "south": true,
	"east": true, "west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"located": true, "along": true, "close": true, "just": true, "some": true, "about": true, "within": true,
}

// detectPlaceAppositions proposes the places of "X, a town near Y", "X,
// the capital of Y" and "on X in southern Y".
func (s *scan) detectPlaceAppositions() {
	for c := 1; c+3 < len(s.toks); c++ {
		switch s.toks[c].key {
		case ",":
			if s.placeNounApposition(c + 1) {
				s.placeBefore(c, true)
			}
		case "from":
			s.fromTo(c)
		case "in":
			// "on Quxbiyeh in southern Lebanon": a name before a part of
			// a known place, after a preposition of place or target.
			if regionAdjectives[s.toks[c+1].key] && !s.toks[c+1].cap && (s.catTyp[c+2] == "Country" || s.catTyp[c+2] == "Place") {
				s.placeBefore(c, false)
			}
		}
	}
}

// placeNounApposition reports "a town near", "a small village in", "the
// capital of" starting at token i.
func (s *scan) placeNounApposition(i int) bool {
	switch s.tokKey(i) {
	case "a", "an":
		k := i + 1
		for n := 0; n < 2 && k < len(s.toks) && s.toks[k].kind == tkWord && !s.toks[k].cap && s.class(k)&wcPlaceNoun == 0; n++ {
			k++ // "a small coastal town"
		}
		return k+1 < len(s.toks) && s.class(k)&wcPlaceNoun != 0 && !s.toks[k].cap && s.toks[k].key != "country" &&
			s.toks[k].key != "state" && s.toks[k].key != "area" && locatedAfter[s.toks[k+1].key] && s.sameSent(i, k+1)
	case "the":
		return s.tokKey(i+1) == "capital" && s.tokKey(i+2) == "of"
	}
	// "Quxaria, south of Aleppo": a direction from a known place.
	if compass[s.tokKey(i)] && !s.toks[i].cap && s.tokKey(i+1) == "of" && i+2 < len(s.toks) && (s.catTyp[i+2] == "Place" || s.catTyp[i+2] == "Country") {
		return true
	}
	return false
}

// placeBefore proposes the one to three name words ending before token e
// as a place when the catalog does not know them. A given name opens a
// person's name, unless the apposition after it makes the name a place's
// (typed): "Dora, a district of Baghdad".
func (s *scan) placeBefore(e int, typed bool) {
	from := e
	for from > 0 && e-from < 3 && s.nameWord(from-1) && s.catTyp[from-1] == "" && s.sameSent(from-1, e) {
		from--
	}
	if from == e || s.notEnt[from] || s.class(from)&wcGiven != 0 && (!typed || e-from > 1) {
		return
	}
	// A name opening its sentence is taken only with an apposition after
	// it; a located phrase needs a preposition before the name.
	if s.toks[e].key == "in" && !(from > 0 && (locativeWords[s.toks[from-1].key] || s.toks[from-1].key == "on")) {
		return
	}
	s.cands = append(s.cands, candidate{from: from, to: e, entry: -1, typ: "Place", name: s.spanText(from, e), prio: prioTyped})
}

// fromTo proposes the unknown one-word end of "from X to Y" when the other
// end is a known place: "the convoy drove from Mosul to Quxtown". A state
// at the other end ("power passed from Zorbani to Iran") says less.
func (s *scan) fromTo(f int) {
	a := f + 1
	aEnd := s.nameEnd(a)
	if aEnd == a || s.tokKey(aEnd) != "to" {
		return
	}
	b := aEnd + 1
	bEnd := s.nameEnd(b)
	if bEnd == b || bEnd < len(s.toks) && s.capWord(bEnd) && s.sameSent(b, bEnd) || !s.sameSent(f, bEnd-1) {
		return
	}
	known := func(i, j int) bool {
		return s.catTyp[i] == "Place" && s.catTyp[j-1] == "Place"
	}
	// The unknown end is one word: two ("from Quxar Zorbani to Iran") are
	// as often a person's name.
	switch {
	case known(a, aEnd) && s.catTyp[b] == "" && bEnd == b+1:
		s.placeAt(b)
	case known(b, bEnd) && s.catTyp[a] == "" && aEnd == a+1:
		s.placeAt(a)
	}
}

// nameEnd returns the end of one to three capitalised words at i.
func (s *scan) nameEnd(i int) int {
	j := i
	for j < len(s.toks) && j-i < 3 && s.capWord(j) && s.toks[j].kind == tkWord && s.class(j)&(wcStop|wcCalendar|wcTitle) == 0 {
		j++
	}
	return j
}
