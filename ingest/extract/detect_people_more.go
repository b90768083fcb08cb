package extract

// More evidence for people named without a title before them: a role the
// person became ("X became the elected Imam"), a role set off before the
// name ("the group's leader, X,"), and the coordination of a name with a
// person already found ("X and Y, both senior officials").

// becameVerbs put a role after the subject: "X became the Imam", "X was
// appointed envoy".
var becameVerbs = map[string]bool{"became": true, "becomes": true, "appointed": true, "named": true,
	"elected": true, "sworn": true, "installed": true, "crowned": true, "proclaimed": true}

// becameRole reports a role after the name ending before j: "became the
// elected Imam", "was appointed envoy", "was sworn in as president".
func (s *scan) becameRole(j int) bool {
	k := j
	if key := s.tokKey(k); key == "was" || key == "is" || key == "has" || key == "had" || key == "been" {
		k++
		if s.tokKey(k) == "been" {
			k++
		}
	}
	if k >= len(s.toks) || s.toks[k].cap || !becameVerbs[s.toks[k].key] {
		return false
	}
	for n := k + 1; n < len(s.toks) && n <= k+5 && s.sameSent(j, n); n++ {
		t := &s.toks[n]
		if t.kind != tkWord {
			return false
		}
		if s.class(n)&(wcTitle|wcRole) != 0 && s.tokKey(n+1) != "of" || s.class(n)&(wcTitle|wcRole) != 0 && n > k+1 {
			return true
		}
		switch t.key {
		case "the", "a", "an", "as", "in", "new", "first", "elected", "acting", "interim", "deputy", "its", "their", "his", "her":
			continue
		}
		if s.class(n)&wcTitleMod != 0 || s.catTyp[n] == "Country" {
			continue
		}
		return false
	}
	return false
}

// roleBeforeComma reports "the group's leader, X", "its spokesman, X" or
// "The French Foreign Minister, X": a title or role noun after a
// determiner, and a comma right before token i.
func (s *scan) roleBeforeComma(i int) bool {
	if i < 3 || s.tokKey(i-1) != "," || !s.sameSent(i-2, i) {
		return false
	}
	at := s.roleOfComplement(i - 2)
	r := &s.toks[at]
	if r.kind != tkWord || s.class(at)&(wcTitle|wcRole) == 0 && !occupationNouns[r.key] {
		return false
	}
	i = at + 2 // the determiner is looked for before the role
	// "the leader" / "Hamas's leader" / "its spokesman": a determiner
	// before the role, so it is a noun phrase and not a list of roles.
	for k := i - 3; k >= 0 && i-k <= 5; k-- {
		switch {
		case s.toks[k].kind == tkPoss, s.toks[k].key == "the", s.toks[k].key == "its", s.toks[k].key == "their",
			s.toks[k].key == "his", s.toks[k].key == "her", s.toks[k].key == "another", s.toks[k].key == "a", s.toks[k].key == "an":
			return true
		case s.toks[k].kind == tkWord && (s.class(k)&wcTitleMod != 0 || s.catTyp[k] != "" || !s.toks[k].cap):
			continue
		}
		return false
	}
	return false
}

// roleOfComplement walks back from token k over the complement of a role,
// "of the Azerbaijani parliament", "of the Netherlands", to the role
// noun before "of"; it returns k when there is none.
func (s *scan) roleOfComplement(k int) int {
	for j := k; j > 0 && k-j < 6 && s.sameSent(j, k); j-- {
		t := &s.toks[j]
		switch {
		case t.key == "of" && j < k:
			if s.class(j-1)&(wcTitle|wcRole) != 0 && s.toks[j-1].kind == tkWord {
				return j - 1
			}
			return k
		case t.kind == tkWord && (t.cap || t.key == "the" || bodyNouns[t.key]):
		default:
			return k
		}
	}
	return k
}

// bodyNouns are the lower-case heads of a state's bodies in a role's
// complement ("the speaker of the Azerbaijani parliament").
var bodyNouns = map[string]bool{"parliament": true, "army": true, "government": true, "party": true, "assembly": true,
	"council": true, "senate": true, "navy": true, "ministry": true, "delegation": true, "committee": true}

// detectPersonPairs proposes the other name of "X and Y" when X or Y is a
// person already found and the other is two or three name words the
// catalog does not know, not opening its sentence; and so the name
// between two people of a list ("X, Y and Z").
func (s *scan) detectPersonPairs() {
	person := map[int]int{} // first token → end, of people found
	ends := map[int]int{}   // end → first token
	for _, c := range s.cands {
		if c.typ == "Person" || c.entry >= 0 && s.catTyp[c.from] == "Person" {
			person[c.from] = c.to
			ends[c.to] = c.from
		}
	}
	taken := func(i int) bool {
		for _, c := range s.cands {
			if c.from <= i && i < c.to {
				return true
			}
		}
		return false
	}
	try := func(i int) {
		if i >= len(s.toks) || taken(i) || !s.nameWord(i) || s.sentenceStart(i) || s.class(i)&wcParticle != 0 ||
			i > 0 && s.glued(i-1) || s.titleCased(i) {
			return
		}
		j := s.nameRunEnd(i)
		words := 0
		for k := i; k < j; k++ {
			if s.catTyp[k] != "" || s.notEnt[k] || s.lower[s.toks[k].key] {
				return
			}
			if s.class(k)&wcParticle == 0 && s.toks[k].kind == tkWord {
				words++
			}
		}
		if words < 2 || words > 4 || j < len(s.toks) && s.capWord(j) && s.sameSent(i, j) {
			return
		}
		s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Person", name: s.personName(i, j), prio: prioDetected})
	}
	// listed reports a person found right after the list item ending at j:
	// ", Raoul Salan", " and André Zeller", ", and X".
	listed := func(j int) bool {
		if s.tokKey(j) == "," {
			j++
		}
		if s.tokKey(j) == "and" {
			j++
		}
		_, ok := person[j]
		return ok && j > 0 && (s.tokKey(j-1) == "," || s.tokKey(j-1) == "and")
	}
	for from, to := range person {
		if s.tokKey(to) == "and" && s.sameSent(from, to+1) {
			try(to + 1)
		}
		// "Maurice Challe, Edmond Jouhaud, Raoul Salan and André Zeller":
		// a name between two people of a list is a person's.
		if s.tokKey(to) == "," && s.sameSent(from, to+1) && s.nameWord(to+1) && listed(s.nameRunEnd(to+1)) {
			try(to + 1)
		}
		if from >= 2 && s.tokKey(from-1) == "and" && s.sameSent(from-2, from) {
			// the name before "and": walk back over its name words.
			k := from - 2
			for k > 0 && (s.nameWord(k-1) || s.class(k-1)&wcParticle != 0) && s.sameSent(k-1, from) {
				k--
			}
			if _, ok := ends[from-1]; !ok {
				try(k)
			}
		}
	}
}

// titleCased reports a headline written in title case around token i:
// every word of its sentence but the short function words is
// capitalised, so capitals say nothing.
func (s *scan) titleCased(i int) bool {
	words := 0
	for k := range s.toks {
		if s.toks[k].sent != s.toks[i].sent || s.toks[k].kind != tkWord || s.toks[k].digit {
			continue
		}
		words++
		if !s.toks[k].cap && !headlineSmallWords[s.toks[k].key] {
			return false
		}
	}
	return words >= 3
}

// headlineSmallWords stay lower case in a title-case headline.
var headlineSmallWords = map[string]bool{"and": true, "of": true, "for": true, "the": true, "to": true,
	"in": true, "on": true, "a": true, "an": true, "with": true, "at": true, "by": true, "as": true, "or": true}
