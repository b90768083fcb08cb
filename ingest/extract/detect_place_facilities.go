package extract

// Places named before a lower-case noun of a site: "the Nour Shams camp",
// "the Baiji refinery", "the Rumaila oil field", "the Kerem Shalom
// crossing", "the Ras Lanuf terminal", "the Zawiya neighborhood", "the
// Neve Shalom synagogue", "the Shifa hospital". The noun
// says the name is a place's, even when its first word is a common given
// name ("Nour"). The mention is the name; the entity is named with the
// noun ("Baiji refinery"), so that either way of naming it is found.
//
// "Sadr City", "Nasr City": a name before a capitalised "City" is a city,
// not the person whose name it bears.

// siteNouns follow a place's name in lower case.
var siteNouns = map[string]bool{
	"camp": true, "refinery": true, "crossing": true, "terminal": true, "neighborhood": true,
	"neighbourhood": true, "checkpoint": true, "prison": true, "airbase": true, "oilfield": true,
	"gasfield": true, "airfield": true, "airport": true, "quarter": true,
	"synagogue": true, "mosque": true, "church": true, "cathedral": true, "shrine": true, "hotel": true,
	"highway": true, "hospital": true, "palace": true, "square": true, "stadium": true, "bridge": true,
	"dam": true, "reactor": true, "cemetery": true, "fortress": true, "fort": true, "citadel": true,
	"ghetto": true, "port": true, "harbor": true, "harbour": true, "oasis": true, "valley": true,
}

// sitesAfterPrepositions may follow their name with no article after a
// preposition: "held at Sednaya prison", "flew to Mehrabad airport".
var sitesAfterPrepositions = map[string]bool{"prison": true, "airport": true, "hospital": true, "camp": true, "crossing": true, "checkpoint": true, "fortress": true, "ghetto": true}

// sitePrepositions stand before such a name.
var sitePrepositions = map[string]bool{"at": true, "in": true, "to": true, "from": true, "near": true, "into": true, "inside": true, "outside": true}

// siteCompounds are two-word site nouns: "oil field", "refugee camp".
var siteCompounds = map[[2]string]bool{
	{"oil", "field"}: true, {"gas", "field"}: true, {"refugee", "camp"}: true, {"air", "base"}: true,
	{"military", "base"}: true, {"naval", "base"}: true, {"border", "crossing"}: true, {"oil", "terminal"}: true,
	{"power", "plant"}: true, {"oil", "refinery"}: true, {"detention", "camp"}: true, {"displacement", "camp"}: true,
}

// detectPlaceFacilities proposes the places of siteNouns and "X City".
func (s *scan) detectPlaceFacilities() {
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tkWord || s.notEnt[i] {
			continue
		}
		switch {
		case t.key == "city" && t.cap:
			s.cityNamedAfter(i)
		case t.cap:
			continue
		case siteNouns[t.key]:
			s.siteBefore(i, i+1)
		case i+1 < len(s.toks) && siteCompounds[[2]string{t.key, s.toks[i+1].key}] && !s.toks[i+1].cap:
			s.siteBefore(i, i+2)
		}
	}
}

// siteBefore proposes the name right before a site noun at [h, end) after
// "the" (or, for a prison, an airport and the like, after a preposition):
// one to three capitalised words the catalog does not know as anything but
// a place.
func (s *scan) siteBefore(h, end int) {
	from := h
	for from > 0 && h-from < 3 && s.capWord(from-1) && s.sameSent(from-1, h) && s.toks[from-1].kind == tkWord &&
		s.class(from-1)&(wcTitle|wcStop|wcCalendar|wcNoName) == 0 {
		from--
	}
	// A glued particle: "the al-Hol camp".
	if from >= 2 && from < h && s.glued(from-1) && s.class(from-2)&wcParticle != 0 && !s.toks[from-2].cap {
		from -= 2
	}
	article := s.tokKey(from-1) == "the" || sitesAfterPrepositions[s.toks[end-1].key] && sitePrepositions[s.tokKey(from-1)]
	if from == h || from == 0 || !article || !s.sameSent(from-1, end-1) {
		return
	}
	for k := from; k < h; k++ {
		if t := s.catTyp[k]; t != "" && t != "Place" || s.demonymAt(k) {
			return // "the Trump camp", "the Iranian camp", "the Aramco refinery"
		}
	}
	if s.catTyp[from] == "Place" && s.catTyp[h-1] == "Place" {
		return // "the Rafah crossing": the catalog's place is named already
	}
	name := s.spanText(from, h) + " " + s.spanText(h, end)
	s.cands = append(s.cands, candidate{from: from, to: h, entry: -1, typ: "Place", name: name, prio: prioTyped})
}

// cityNamedAfter proposes "Sadr City" for a name before a capitalised
// "City" that the catalog knows as a person or not at all.
func (s *scan) cityNamedAfter(c int) {
	from := c
	for from > 0 && c-from < 2 && s.capWord(from-1) && s.sameSent(from-1, c) && s.toks[from-1].kind == tkWord &&
		s.class(from-1)&(wcTitle|wcStop|wcCalendar|wcNoName) == 0 {
		if t := s.catTyp[from-1]; t != "" && t != "Person" {
			break
		}
		from--
	}
	if from == c || s.sentenceStart(from) && s.catTyp[from] == "" {
		return
	}
	s.cands = append(s.cands, candidate{from: from, to: c + 1, entry: -1, typ: "Place", name: s.spanText(from, c+1), prio: prioTyped})
}

// Pipelines and railways are named after the places they join: "the
// Baku–Tbilisi–Ceyhan pipeline", "the Kirkuk–Ceyhan oil pipeline", "the
// Baku–Tbilisi–Kars railway", "the Maghreb–Europe Gas Pipeline", or named
// in capitals: "the South Caucasus Pipeline", "the Trans-Anatolian
// Pipeline". Read word by word such a name is its places; the route is a
// place of its own, named with its noun.

// routeNouns end the name of a route.
var routeNouns = map[string]bool{"pipeline": true, "railway": true, "railroad": true}

// routeMaterials may stand between the places and the noun.
var routeMaterials = map[string]bool{"gas": true, "oil": true}

// detectRoutes proposes the routes of routeNouns.
func (s *scan) detectRoutes() {
	for h := 1; h < len(s.toks); h++ {
		if s.toks[h].kind != tkWord || !routeNouns[s.toks[h].key] || s.notEnt[h] {
			continue
		}
		end := h
		if routeMaterials[s.toks[end-1].key] && s.toks[end-1].cap == s.toks[h].cap {
			end--
		}
		from, joined := end, false
		for from > 0 && end-from < 6 && s.sameSent(from-1, h) {
			k := from - 1
			if s.toks[k].kind == tkWord && s.toks[k].cap && s.class(k)&(wcStop|wcCalendar|wcTitle) == 0 {
				from = k
				continue
			}
			// "Baku–Tbilisi": a dash between two names, spaced or not.
			if k > 0 && (s.toks[k].key == "-" || s.text(k) == "–") && s.toks[k-1].kind == tkWord && s.toks[k-1].cap && from < end {
				from, joined = k, true
				continue
			}
			break
		}
		for from < end && s.toks[from].kind != tkWord {
			from++
		}
		if from == end || !joined && !s.toks[h].cap || s.sentenceStart(from) && !joined {
			continue
		}
		s.cands = append(s.cands, candidate{from: from, to: h + 1, entry: -1, typ: "Place", name: s.spanText(from, h+1), prio: prioTyped})
	}
}
