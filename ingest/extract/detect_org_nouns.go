package extract

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
