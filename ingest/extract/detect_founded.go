package extract

// A body someone founded is named right after the verb, or after the
// noun of its kind: "a human-rights activist who founded Alkarama in
// Geneva", "he co-founded Zorbax in 1987", "founded the Swiss-based
// non-governmental organization (NGO) Alkarama". People and places are
// founded rarely, and the catalog knows the cities whose founding
// histories tell ("al-Mansur founded Baghdad"), so an unknown name there
// is an organisation's.

// foundingVerbs take the body founded as their object.
var foundingVerbs = map[string]bool{"founded": true, "co-founded": true, "cofounded": true}

// foundedEnds may follow the body's name: where, when, and the end of
// the clause.
var foundedEnds = map[string]bool{"in": true, "on": true, "at": true, "with": true, "as": true, "and": true, ",": true, ".": true, ";": true, "(": true, ")": true, "during": true, "after": true}

// detectFounded proposes the organisations named right after a verb of
// founding.
func (s *scan) detectFounded() {
	for i := 0; i+1 < len(s.toks); i++ {
		if !foundingVerbs[s.toks[i].key] || s.toks[i].cap {
			continue
		}
		from := s.foundedNameStart(i + 1)
		to := from
		for to < len(s.toks) && to-from < 4 && s.sameSent(from, to) && s.nameWord(to) && s.catTyp[to] == "" && !s.notEnt[to] {
			to++
		}
		if to == from || s.class(from)&wcGiven != 0 || to < len(s.toks) && !foundedEnds[s.toks[to].key] {
			continue // "founded Ahmed ..." opens a person's name; "founded X Y's" goes on
		}
		if to == from+1 && s.lower[s.toks[from].key] {
			continue // a word the document writes in lower case
		}
		s.cands = append(s.cands, candidate{from: from, to: to, entry: -1, typ: "Organization", name: s.spanText(from, to), prio: prioDetected})
	}
}

// foundedKindNouns end a description of the body before its name.
var foundedKindNouns = map[string]bool{
	"organization": true, "organisation": true, "group": true, "charity": true, "party": true,
	"movement": true, "foundation": true, "company": true, "network": true, "association": true,
	"ngo": true, "firm": true, "newspaper": true, "militia": true,
}

// foundedNameStart skips, from token k, a description of the body that
// ends in a noun of its kind and an acronym in brackets ("the Swiss-based
// non-governmental organization (NGO) "), and returns where the name
// starts; k when there is no such description.
func (s *scan) foundedNameStart(k int) int {
	j := k
	if d := s.tokKey(j); d == "the" || d == "a" || d == "an" {
		j++
	}
	kind := -1
	for n := j; n < len(s.toks) && n-j < 10 && s.sameSent(k, n); n++ {
		t := &s.toks[n]
		if t.kind == tkWord && !t.cap {
			if foundedKindNouns[t.key] {
				kind = n
			}
			continue
		}
		if s.glued(n) || t.kind == tkWord && s.glued(n+1) {
			continue // "Swiss-based", "non-governmental"
		}
		break
	}
	if kind < 0 {
		return k
	}
	j = kind + 1
	if s.tokKey(j) == "(" && j+2 < len(s.toks) && s.toks[j+1].upper && s.tokKey(j+2) == ")" {
		j += 3
	}
	return j
}
