package extract

import "strings"

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

// A body's name followed by its acronym spells the acronym by its
// capitalised words: "the Kenya Land and Freedom Army (KLFA)", "the
// Zanzibar and Pemba People's Party (ZPPP)", "the African Union High-Level
// Implementation Panel (AUHIP)". Read word by word such a name breaks at
// its "and" or is taken for the state it opens with; the acronym says
// where it begins. detectSpelledBodies proposes the whole name when its
// initials, read back from the parenthesis, spell the acronym (small words
// such as "and", "of", "the" between them; a hyphenated word counting
// once, by its first part) and its last or first word is a body's
// ("Alliance for the Re-liberation of Somalia (ARS)").

// spelledBodyHeads are the last words of the names of bodies.
var spelledBodyHeads = map[string]bool{
	"army": true, "front": true, "movement": true, "forces": true, "force": true, "party": true,
	"council": true, "organization": true, "organisation": true, "union": true, "alliance": true,
	"brigade": true, "brigades": true, "committee": true, "group": true, "authority": true,
	"commission": true, "agency": true, "corps": true, "guard": true, "league": true,
	"congress": true, "coalition": true, "association": true, "community": true, "panel": true,
	"team": true, "centre": true, "center": true, "mission": true,
}

// spelledSmallWords may stand between the spelling words of a name.
var spelledSmallWords = map[string]bool{"and": true, "of": true, "the": true, "for": true, "in": true, "on": true}

func (s *scan) detectSpelledBodies() {
	for p := 1; p+2 < len(s.toks); p++ {
		if s.toks[p].key != "(" || s.toks[p+2].key != ")" {
			continue
		}
		acr := s.toks[p+1]
		if acr.kind != tkWord || !acr.upper || len(acr.key) < 3 || len(acr.key) > 8 || !s.sameSent(p-1, p+2) {
			continue
		}
		from, ok := s.spelledFrom(p, strings.ToUpper(acr.key))
		// "designated as a Foreign Terrorist Organization (FTO)": a kind
		// of body, not one.
		if ok && from > 0 && (s.toks[from-1].key == "a" || s.toks[from-1].key == "an") {
			continue
		}
		if ok && (spelledBodyHeads[s.toks[p-1].key] || spelledBodyHeads[s.toks[from].key]) {
			s.cands = append(s.cands, candidate{from: from, to: p, entry: -1, typ: "Organization", name: s.spanText(from, p), prio: prioTyped})
		}
	}
}

// spelledFrom is the first token of the name ending before the
// parenthesis at p whose initials spell acr.
func (s *scan) spelledFrom(p int, acr string) (int, bool) {
	k, n := p-1, len(acr)
	for k >= 0 && n > 0 && s.sameSent(k, p) {
		t := &s.toks[k]
		switch {
		case t.kind == tkPoss:
			k--
		case t.kind == tkWord && !t.cap && spelledSmallWords[t.key] && n < len(acr):
			k--
		// A word in capitals is shouting ("the ZORBA QUXLEY FRONT (ZQF)"),
		// not a name's, and ends the spelling below.
		case t.kind == tkWord && t.cap && !(t.upper && len(t.key) > 2):
			// "High-Level", "Co-operation": the word counts by its first part.
			for k >= 2 && s.glued(k-1) && s.toks[k-2].kind == tkWord {
				k -= 2
			}
			if !s.toks[k].cap || strings.ToUpper(s.text(k)[:1]) != acr[n-1:n] {
				return 0, false
			}
			n--
			if n == 0 {
				return k, true
			}
			k--
		case t.kind == tkWord && k >= 2 && s.glued(k-1):
			k -= 2 // "Re-liberation": the lower-case part of a hyphenated word
			continue
		default:
			return 0, false
		}
	}
	return 0, false
}
