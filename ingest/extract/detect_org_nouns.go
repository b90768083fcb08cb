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
}

// detectOrgNouns proposes the organisations of this file's pattern.
func (s *scan) detectOrgNouns() {
	for i := 1; i+1 < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind != tkWord || t.cap || !orgTypeNouns[t.key] || s.catTyp[i-1] != "Country" || !s.sameSent(i-1, i+1) {
			continue
		}
		from := i + 1
		to := from
		for to < len(s.toks) && to-from < 4 && s.capWord(to) && s.catTyp[to] == "" && s.sameSent(from, to) &&
			s.class(to)&(wcTitle|wcHonorific|wcCalendar|wcStop) == 0 {
			to++
		}
		// "al-Quorn Shipping": a particle glued in front.
		if to == from || s.sentenceStart(from) || to < len(s.toks) && s.catTyp[to] != "" && s.sameSent(from, to) {
			continue
		}
		if to-from == 1 && s.lower[s.toks[from].key] {
			continue // "Iranian company Tuesday" is no name
		}
		s.cands = append(s.cands, candidate{from: from, to: to, entry: -1, typ: "Organization",
			name: s.spanText(from, to), prio: prioDetected})
	}
}
