package extract

// States named by their form of government and the land they ruled: "the
// Republic of Mahabad", "the People's Government of Azerbaijan", "the
// Kingdom of Iraq". A historic state named after a land the catalog knows
// only as a place or a region is a state of its own; one named after a
// catalog country is that country under a longer name.

// stateForms open a state's name before "of".
var stateForms = map[string]bool{"republic": true, "government": true}

// detectStateForms proposes "Republic of X" and "People's Government of X"
// as states. "Government of X" alone is the state's government, which
// is the state itself and left to the catalog.
func (s *scan) detectStateForms() {
	for h := range s.toks {
		if !stateForms[s.toks[h].key] || !s.capWord(h) || s.tokKey(h+1) != "of" || s.notEnt[h] {
			continue
		}
		people := h >= 2 && s.toks[h-1].kind == tkPoss && s.toks[h-2].key == "people" && s.capWord(h-2)
		if s.toks[h].key == "government" && !people {
			continue
		}
		to := s.extendOf(h + 1)
		if to <= h+2 || s.tokKey(h-1) == "a" || s.tokKey(h-1) == "an" {
			continue // "a Republic of Fear" is a description
		}
		if s.catalogCountryOnly(h+2, to) && s.toks[h].key != "government" {
			continue // "the Republic of Turkey" is Turkey
		}
		if !s.plainStateTail(h+2, to) {
			continue // "Republic of Yemen Government", "Republic of Turkey Ministry of …" name a body
		}
		from := h
		if people {
			from = h - 2
		} else {
			from = s.extendLeft(h, false, false)
		}
		if people && from >= 1 && s.capWord(from-1) && s.catTyp[from-1] == "" && s.class(from-1)&wcStop == 0 {
			from-- // "the Chinese People's Republic of X" keeps its adjective
		}
		s.cands = append(s.cands, candidate{from: from, to: to, entry: -1, typ: "Country", name: s.spanText(from, to), prio: prioTyped})
	}
}

// catalogCountryOnly reports whether tokens [i, j) are one catalog
// country, with "the" before it at most.
func (s *scan) catalogCountryOnly(i, j int) bool {
	if i < j && s.toks[i].key == "the" {
		i++
	}
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if s.catTyp[k] != "Country" || !s.sameCand(i, k) {
			return false
		}
	}
	return true
}

// plainStateTail reports whether tokens [i, j) after a state's "of" name
// a land only: no head word of a body, an agreement or an office, and no
// catalog country unless the country is all the tail is.
func (s *scan) plainStateTail(i, j int) bool {
	if s.catalogCountryOnly(i, j) {
		return true
	}
	for k := i; k < j; k++ {
		if s.catTyp[k] == "Country" || s.class(k)&(wcOrgHead|wcAgreementHead|wcTitle|wcCountryHead) != 0 {
			return false
		}
	}
	return true
}
