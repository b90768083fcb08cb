package extract

import "regexp"

// Organisations named right after a lower-case noun that types them, with
// a country before it: "Israeli firm Quornex Systems", "the Iraqi militia
// Kata'ib Quorn", "Chinese company Zorbex Trading".

// orgTypeNouns type the name after them; "party", "movement" and "network"
// are left out: "the party Chairman X" and "the network's" read otherwise.
var orgTypeNouns = map[string]bool{
	"firm": true, "company": true, "companies": true, "conglomerate": true, "manufacturer": true,
	"airline": true, "bank": true, "militia": true, "group": true, "outlet": true, "broadcaster": true,
	"newspaper": true, "daily": true, "agency": true, "shipper": true, "exporter": true, "refiner": true,
	"contractor": true, "insurer": true, "startup": true, "charity": true, "nonprofit": true,
	"faction": true, "organization": true, "organisation": true, "movement": true,
}

// armedKinds before a noun of armed bodies type the name after it as an
// organisation without a country: "the militant group X".
var armedKinds = map[string]bool{
	"militant": true, "rebel": true, "armed": true, "jihadist": true, "extremist": true, "terrorist": true,
	"paramilitary": true, "insurgent": true, "islamist": true, "opposition": true, "separatist": true,
	"resistance": true,
}

// armedNouns are the bodies armedKinds qualify.
var armedNouns = map[string]bool{"group": true, "militia": true, "faction": true, "organization": true, "organisation": true, "movement": true}

// detectOrgNouns proposes the organisations of this file's pattern.
func (s *scan) detectOrgNouns() {
	for i := 1; i+1 < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind != tkWord || t.cap || !orgTypeNouns[t.key] || !s.sameSent(i-1, i+1) {
			continue
		}
		if s.catTyp[i-1] != "Country" && !(armedKinds[s.toks[i-1].key] && !s.toks[i-1].cap && armedNouns[t.key]) {
			continue // "the militant group X", "the rebel faction X" type it too
		}
		from := i + 1
		to := from
		for to < len(s.toks) && to-from < 5 && s.sameSent(from, to) {
			if s.capWord(to) && s.catTyp[to] == "" && s.class(to)&(wcTitle|wcHonorific|wcCalendar|wcStop) == 0 {
				to++
				continue
			}
			// "Ahrar al-Sham": a lower-case particle glued inside.
			if to > from && s.class(to)&wcParticle != 0 && !s.toks[to].cap && s.glued(to+1) && s.capWord(to+2) && s.catTyp[to+2] == "" {
				to += 3
				continue
			}
			break
		}
		// "al-Quorn Shipping": a particle glued in front.
		if to == from || s.sentenceStart(from) || to < len(s.toks) && s.catTyp[to] != "" && s.sameSent(from, to) {
			continue
		}
		if to-from == 1 && s.lower[s.toks[from].key] {
			continue // "Iranian company Tuesday" is no name
		}
		prio := prioDetected
		if s.catTyp[i-1] != "Country" {
			prio = prioTyped // "the militant group X claimed": no person's saying
		}
		s.cands = append(s.cands, candidate{from: from, to: to, entry: -1, typ: "Organization",
			name: s.spanText(from, to), prio: prio})
	}
}

// Organisations are also named right before the noun that types them:
// "the Hamas-run Civil Defence agency", "the Zorbani Quxla militia", "the
// Quxla Daily newspaper", "the Moledet party". namedBeforeNouns are the nouns that do it; a
// name is one to four capitalised words the catalog does not know, right
// after "the" or a lower-case word (so that it is whole), not opening the
// sentence, nor after "a" (which describes: "a Maronite militia").
var namedBeforeNouns = map[string]bool{
	"militia": true, "agency": true, "newspaper": true, "daily": true, "broadcaster": true,
	"airline": true, "faction": true, "conglomerate": true, "party": true, "movement": true,
}

// reAdjectiveOfPeople is a word shaped like a people's, a faith's or a
// creed's adjective: "Maronite", "Shiite", "Kurdish", "Alawite",
// "Islamist" ("the Islamist movement" names none).
var reAdjectiveOfPeople = regexp.MustCompile(`(?:ite|ian|ish|ese|ic|ist)$`)

// detectOrgsBeforeNouns proposes the organisations named before their noun.
func (s *scan) detectOrgsBeforeNouns() {
	for i := 2; i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind != tkWord || t.cap || !namedBeforeNouns[t.key] {
			continue
		}
		from := i
		for from > 0 && i-from < 4 && s.sameSent(from-1, i) && s.capWord(from-1) && s.catTyp[from-1] == "" &&
			s.class(from-1)&(wcTitle|wcHonorific|wcCalendar|wcStop) == 0 {
			from--
		}
		if from == i || from == 0 || s.sentenceStart(from) || s.capWord(from-1) || s.toks[from-1].kind == tkPoss {
			continue
		}
		if (t.key == "party" || t.key == "movement") && i+1 < len(s.toks) && s.sameSent(i, i+1) && s.capWord(i+1) {
			continue // "the Likud party Chairman X": the noun qualifies a title
		}
		if i-from == 1 && s.lower[s.toks[from].key] || reAdjectiveOfPeople.MatchString(s.toks[i-1].key) {
			continue // "the Defence agency" written "defence" elsewhere, "the Shiite militia", "the Revisionist Zionist movement": no names
		}
		if k := s.tokKey(from - 1); k == "a" || k == "an" || k == "another" {
			continue // "a Maronite militia" describes
		}
		s.cands = append(s.cands, candidate{from: from, to: i, entry: -1, typ: "Organization",
			name: s.spanText(from, i), prio: prioTyped})
	}
}
