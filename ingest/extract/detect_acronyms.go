package extract

// Organisations known only by an acronym the document never expands ("the
// ODE office", "the IRGC-QF's report"): taken only when "the" comes before
// it and a word that only an organisation takes comes right after it.

// acronymEvidence are the words after an acronym that make it an
// organisation: its office, its report, its spokesperson.
var acronymEvidence = map[string]bool{
	"office": true, "offices": true, "report": true, "reports": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "director": true, "headquarters": true,
	"officials": true, "statement": true, "chief": true, "board": true, "secretariat": true,
	"staff": true, "commander": true, "website": true,
}

// notOrgAcronyms are capitals that stand for things, not organisations.
var notOrgAcronyms = map[string]bool{
	"gdp": true, "cpi": true, "pdf": true, "ceo": true, "cfo": true, "coo": true, "faq": true,
	"ai": true, "it": true, "hr": true, "pr": true, "tv": true, "dvd": true, "api": true, "url": true,
	"ii": true, "iii": true, "iv": true, "vi": true, "vii": true, "viii": true, "ix": true, "xi": true,
	"uav": true, "icbm": true, "ied": true, "lng": true, "gps": true, "sms": true, "vip": true,
	"covid": true, "hiv": true, "aids": true, "heu": true, "leu": true, "npt": true, "wmd": true,
	"bce": true, "bc": true, "ce": true, "ad": true, "bp": true, // eras: "9000 BCE"
}

// detectAcronymOrgs proposes "the ACR" followed by an evidence word, and an
// acronym that reports or publishes ("ODE has completed an evaluation"),
// with two acronyms glued by a hyphen read as one ("IRGC-QF").
func (s *scan) detectAcronymOrgs() {
	for i := 0; i < len(s.toks); i++ {
		if !s.bareAcronym(i) || i > 0 && s.glued(i-1) {
			continue
		}
		j := i + 1
		if s.glued(j) && s.bareAcronym(j+1) {
			j += 2
		}
		if !s.acronymNoun(i, j) && !s.acronymSubject(i, j) {
			continue
		}
		s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Organization", name: s.spanText(i, j), prio: prioDetected})
	}
}

// bareAcronym reports a token in capitals of two to six letters that the
// catalog does not know and that stands for no thing.
func (s *scan) bareAcronym(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if t.kind != tkWord || !t.upper || t.digit || len(t.key) < 2 || len(t.key) > 6 || s.catTyp[i] != "" || s.notEnt[i] {
		return false
	}
	for k := 0; k < len(t.key); k++ {
		if c := t.key[k]; c < 'a' || c > 'z' {
			return false
		}
	}
	return !notOrgAcronyms[t.key] && !commonUpper[t.key] && s.cls[i]&(wcTitle|wcCalendar) == 0
}

// acronymNoun reports "the ACR office", "the ACR's report" for the acronym
// at [i, j).
func (s *scan) acronymNoun(i, j int) bool {
	if i == 0 || s.toks[i-1].key != "the" {
		return false
	}
	k := j
	if k < len(s.toks) && s.toks[k].kind == tkPoss {
		k++
	}
	return k < len(s.toks) && acronymEvidence[s.toks[k].key] && !s.toks[k].cap && s.sameSent(i, k)
}

// acronymVerbs are what an organisation does as a subject: report,
// publish, evaluate.
var acronymVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "reported": true, "reports": true, "published": true,
	"released": true, "issued": true, "completed": true, "estimated": true, "estimates": true,
	"concluded": true, "warned": true, "stated": true, "confirmed": true, "found": true,
}

// acronymSubject reports an acronym at [i, j) that is the subject of an
// organisation's verb, with "has", "have" or "had" between.
func (s *scan) acronymSubject(i, j int) bool {
	k := j
	if key := s.tokKey(k); key == "has" || key == "have" || key == "had" {
		k++
	}
	return k < len(s.toks) && acronymVerbs[s.toks[k].key] && !s.toks[k].cap && s.sameSent(i, k)
}
