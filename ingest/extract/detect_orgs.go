package extract

// Organisations named without a head word the lexicon knows, taken from
// what the sentence says about them: an apposition that calls the name a
// company or a group ("Blue Sky Trading, a Hong Kong-based company"), or a
// ministry written in lower case after its country ("Iran's foreign
// ministry").

// orgNouns are the lower-case nouns of an apposition that types the name
// before it as an organisation.
var orgNouns = map[string]bool{
	"company": true, "companies": true, "firm": true, "corporation": true, "subsidiary": true,
	"conglomerate": true, "manufacturer": true, "producer": true, "exporter": true, "importer": true,
	"shipper": true, "broker": true, "supplier": true, "distributor": true, "operator": true,
	"airline": true, "bank": true, "militia": true, "faction": true, "organization": true, "group": true,
	"organisation": true, "agency": true, "ministry": true, "newspaper": true, "broadcaster": true,
	"outlet": true, "think": true, "nonprofit": true, "charity": true, "foundation": true,
	"institute": true, "party": true, "movement": true, "network": true, "entity": true,
	"entities": true, "trader": true, "refinery": true, "insurer": true, "lender": true,
	"weekly": true, "daily": true, "magazine": true, "journal": true, "tabloid": true, "channel": true,
}

// orgNounTails may follow an apposition's noun: "a company based in Dubai".
var orgNounTails = map[string]bool{"based": true, "that": true, "which": true, "owned": true, "controlled": true,
	"run": true, "operating": true, "registered": true, "in": true, "headquartered": true, "linked": true,
	"affiliated": true, "backed": true, "and": true}

// orgNounBlockers stop the search for an apposition's noun: past them the
// noun belongs to another phrase ("a member of the company").
var orgNounBlockers = map[string]bool{"of": true, "for": true, "with": true, "by": true, "to": true, "that": true, "which": true, "who": true}

// ministrySubjects are the lower-case words a ministry is named by in wire
// prose ("Iran's foreign ministry", "the Iraqi interior ministry").
var ministrySubjects = map[string]bool{
	"foreign": true, "defense": true, "defence": true, "interior": true, "oil": true, "petroleum": true,
	"intelligence": true, "finance": true, "economy": true, "justice": true, "health": true,
	"education": true, "energy": true, "trade": true, "culture": true, "information": true,
}

// firmWords end a firm's name rather than a person's: "Al Rabban
// Capital, a Qatari company".
var firmWords = map[string]bool{
	"capital": true, "investments": true, "investment": true, "partners": true, "ventures": true,
	"trading": true, "holdings": true, "holding": true, "group": true, "enterprises": true, "industries": true,
	"logistics": true, "shipping": true, "petroleum": true, "energy": true, "technologies": true,
	"solutions": true, "services": true, "exchange": true, "bank": true, "maritime": true, "marine": true,
	"studio": true, "technology": true, "petrochemical": true,
}

// firmNameEnd reports token k ending a name as a firm's does.
func (s *scan) firmNameEnd(k int) bool {
	return firmWords[s.toks[k].key] || companySuffixes[s.toks[k].key] || s.class(k)&wcOrgHead != 0
}

// detectOrganizations proposes the organisations of this file's patterns.
func (s *scan) detectOrganizations() {
	for i := range s.toks {
		switch s.toks[i].key {
		case ",":
			s.appositionOrg(i)
		case "ministry":
			s.lowerMinistry(i)
		case "partners", "sons", "brothers":
			s.partnersFirm(i)
		}
	}
}

// genericFellows are plural nouns written capitalised beside "Partners"
// in headings.
var genericFellows = map[string]bool{"allies": true, "friends": true, "partners": true, "members": true,
	"families": true, "colleagues": true, "investors": true, "customers": true, "suppliers": true}

// partnersFirm handles "Mohammad Darbani and Partners", "Lavasani & Sons":
// a name, "and" and "Partners" name a firm, not a person.
func (s *scan) partnersFirm(h int) {
	if !s.toks[h].cap || h < 2 || (s.toks[h-1].key != "and" && s.toks[h-1].key != "&") || !s.capWord(h-2) || !s.sameSent(h-2, h) {
		return
	}
	if genericFellows[s.toks[h-2].key] {
		return // "Allies and Partners" names no firm
	}
	from := h - 1
	for from > 0 && h-from < 5 && s.capWord(from-1) && s.sameSent(from-1, h) && s.class(from-1)&(wcStop|wcTitle) == 0 {
		from--
	}
	if from == h-1 {
		return
	}
	s.cands = append(s.cands, candidate{from: from, to: h + 1, entry: -1, typ: "Organization",
		name: s.spanText(from, h+1), prio: prioTyped})
}

// appositionOrg handles "Name, a Hong Kong-based company": the comma at c,
// then an article, a few modifiers and an organisation noun.
func (s *scan) appositionOrg(c int) {
	k := c + 1
	if k >= len(s.toks) || (s.toks[k].key != "a" && s.toks[k].key != "an" && s.toks[k].key != "the") {
		return
	}
	found := false
	for n := k + 1; n < len(s.toks) && n <= k+7 && s.sameSent(c, n); n++ {
		t := &s.toks[n]
		if t.kind == tkPunct && t.key != "-" {
			return
		}
		if orgNounBlockers[t.key] {
			return
		}
		if t.kind == tkPoss {
			return // "X, the ministry's spokesman" is about someone else
		}
		if t.kind == tkWord && !t.cap && orgNouns[t.key] {
			// "a think tank": the noun after "think".
			if t.key == "think" && s.tokKey(n+1) == "tank" {
				n++
			} else if t.key == "think" {
				return
			}
			// The noun heads the apposition: what follows ends it or
			// qualifies the noun.
			next := s.tokKey(n + 1)
			if n+1 < len(s.toks) && (s.toks[n+1].kind == tkWord && !orgNounTails[next] || s.toks[n+1].kind == tkPoss) {
				return // "X, the group's founder" is about a person
			}
			found = true
			break
		}
	}
	if !found {
		return
	}
	from := s.nameRunBefore(c)
	if from < 0 {
		return
	}
	for _, p := range s.cands {
		if p.typ == "Person" && p.from < c && p.to > from && !s.firmNameEnd(p.to-1) {
			return // "Jane Roe, a party member": the person is found already
		}
	}
	s.cands = append(s.cands, candidate{from: from, to: c, entry: -1, typ: "Organization",
		name: s.spanText(from, c), prio: prioTyped})
}

// nameRunBefore returns the start of the capitalised name that ends right
// before token end, or -1: capitalised words, connectors and glued hyphens
// inside, a company suffix with its period at the end. "and" joins two
// names as often as it is part of one, so it is not crossed.
func (s *scan) nameRunBefore(end int) int {
	// "Blue Cactus Shipping Co., Ltd.": the suffixes, their periods and
	// the comma between them end the name.
	to := end
	for n := 0; n < 6 && to > 1; n++ {
		switch k := s.toks[to-1].key; {
		case companySuffixes[k], k == "." && companySuffixes[s.toks[to-2].key], k == "," && companySuffixes[s.toks[to-2].key]:
			to--
			continue
		}
		break
	}
	from := to
	for k := to - 1; k >= 0 && end-k <= 10 && s.sameSent(k, end); k-- {
		if s.capWord(k) && s.class(k)&(wcStop|wcCalendar|wcTitle) == 0 && s.catTyp[k] != "Person" {
			from = k
			continue
		}
		conn := s.class(k)&wcConnector != 0 && s.toks[k].key != "the" && s.toks[k].key != "and"
		if (conn || s.glued(k)) && s.capWord(k-1) {
			continue
		}
		break
	}
	if from == to || s.notEnt[from] || s.afterShipPrefix(from) {
		return -1
	}
	// A lone word opening the sentence is as likely an ordinary word.
	if to-from == 1 && s.sentenceStart(from) && s.lower[s.toks[from].key] {
		return -1
	}
	return from
}

// lowerMinistry handles "Iran's foreign ministry", "the Iraqi interior
// ministry": a country, lower-case subject words, then "ministry". The
// name is written the way the catalog and the head-word rule write it,
// "Iranian Foreign Ministry".
func (s *scan) lowerMinistry(h int) {
	if s.toks[h].cap {
		return // capitalised: detectHeaded's case
	}
	k := h - 1
	for k >= 0 && h-k <= 2 && ministrySubjects[s.toks[k].key] && !s.toks[k].cap {
		k--
	}
	if k == h-1 || k < 0 || !s.sameSent(k, h) {
		return
	}
	q := s.possessiveCountry(k + 1)
	if q < 0 {
		return
	}
	words := s.adjectiveOf(q)
	for n := k + 1; n <= h; n++ {
		w := s.text(n)
		words += " " + upperFirst(w)
	}
	s.cands = append(s.cands, candidate{from: k + 1, to: h + 1, entry: -1, typ: "Organization", name: words, prio: prioTyped})
}

// upperFirst capitalises the first letter of an ASCII word.
func upperFirst(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
