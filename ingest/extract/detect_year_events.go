package extract

import (
	"regexp"
	"strings"
)

// Texts name many events of the catalog by their kind and year alone: "the
// military coup of 1980", "the 1958 revolution", "the Kurdish uprising of
// 1991". When the catalog holds exactly one event of that kind that began
// that year, the phrase names it. A state's adjective in the phrase must
// fit the event ("the 1980 Turkish coup", not "the 1980 Syrian coup"); a
// year that began two events of the kind ("the 1967 war": the Six-Day War
// and the War of Attrition) names neither.

// yearEventKinds maps the head words of such phrases to the word the event's
// catalog name holds.
var yearEventKinds = map[string]string{
	"coup": "coup", "war": "war", "revolution": "revolution", "uprising": "uprising", "uprisings": "uprising",
	"crisis": "crisis", "invasion": "invasion", "intifada": "intifada", "massacre": "massacre",
	"revolt": "revolt", "rebellion": "rebellion", "insurgency": "insurgency",
}

// reYear is a year of the modern era.
var reYear = regexp.MustCompile(`\b(1[5-9]\d\d|20\d\d)\b`)

// indexYearEvents maps "kind|year" to the catalog events of that kind
// that began in that year: the first year of the name, else of the
// description.
func indexYearEvents(c *catalog) map[string][]int {
	idx := map[string][]int{}
	for i, e := range c.entries {
		if e.Type != "Event" || foiledPlot(e) {
			continue
		}
		year := reYear.FindString(e.Name)
		if year == "" {
			year = reYear.FindString(e.Description)
		}
		if year == "" {
			continue
		}
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == '(' || r == ')' }) {
				if k, ok := yearEventKinds[w]; ok && !seen[k] {
					seen[k] = true
					idx[k+"|"+year] = append(idx[k+"|"+year], i)
				}
			}
		}
	}
	return idx
}

// detectYearEvents proposes the catalog events named by kind and year.
func (s *scan) detectYearEvents() {
	for h := 1; h < len(s.toks); h++ {
		t := &s.toks[h]
		kind, ok := yearEventKinds[t.key]
		if !ok || t.kind != tkWord || t.cap || s.notEnt[h] {
			continue
		}
		// "the 1980 military coup" or "the military coup of 1980".
		year, from, to := "", h, h+1
		if h+2 < len(s.toks) && s.tokKey(h+1) == "of" && isYearTok(s.toks[h+2]) && s.sameSent(h, h+2) {
			year, to = s.toks[h+2].key, h+3
		}
		for from > 0 && h-from < 3 && s.sameSent(from-1, h) {
			p := s.toks[from-1]
			if year == "" && isYearTok(p) {
				year = p.key
				from--
				break
			}
			if p.kind != tkWord || p.digit || s.tokKey(from-1) == "the" {
				break
			}
			from--
		}
		if year == "" {
			continue
		}
		for from < h && !isYearTok(s.toks[from]) && s.tokKey(from-1) != "the" {
			from++ // drop words before the year that "the" does not open
		}
		if s.tokKey(from-1) != "the" {
			continue
		}
		entries := aboutStates(s.x.yearEvents[kind+"|"+year], func(i int) catalogEntry { return s.x.cat.entries[i] }, s.statesSpoken)
		if len(entries) != 1 || !s.fitsAdjectives(entries[0], from, h) || s.namesAnotherOfYear(entries[0], kind, year) {
			continue
		}
		s.cands = append(s.cands, candidate{from: from, to: to, entry: entries[0], kind: formName, prio: prioCatalog})
	}
}

// namesAnotherOfYear reports whether the document names an event of the
// kind and year that is not the catalog's entry: after "the 1970 Zorbian
// coup d'état", "the 1970 coup" is that one, whatever the catalog holds.
func (s *scan) namesAnotherOfYear(entry int, kind, year string) bool {
	if s.yearAt == nil {
		s.yearAt = map[string][]int{}
		for i := range s.toks {
			if isYearTok(s.toks[i]) {
				s.yearAt[s.toks[i].key] = append(s.yearAt[s.toks[i].key], i)
			}
		}
	}
	for _, i := range s.yearAt[year] {
		for j := i + 2; j < len(s.toks) && j <= i+4 && s.sameSent(i, j); j++ {
			if yearEventKinds[s.toks[j].key] == kind {
				if !s.fitsAdjectives(entry, i+1, j) {
					return true
				}
				break
			}
		}
	}
	return false
}

func isYearTok(t token) bool { return t.digit && isYear(t.key) }

// fitsAdjectives reports whether every capitalised word in tokens
// [from, to) is a state's adjective the event's name or description
// speaks of, and every other word is lower case.
func (s *scan) fitsAdjectives(entry, from, to int) bool {
	e := s.x.cat.entries[entry]
	about := strings.ToLower(e.Name + " " + strings.Join(e.Aliases, " ") + " " + e.Description)
	for i := from; i < to; i++ {
		t := s.toks[i]
		if !t.cap || isYearTok(t) {
			continue
		}
		state := stateOfAdjective(s.text(i))
		if state == "" {
			return false
		}
		if !strings.Contains(about, strings.ToLower(s.text(i))) && !strings.Contains(about, strings.ToLower(state)) {
			return false
		}
	}
	return true
}

// statesSpoken are the states the document speaks of (catalog_about.go):
// those of its catalog countries and of its catalog people.
func (s *scan) statesSpoken() docStates {
	if s.states == nil {
		var countries, people []catalogEntry
		for _, c := range s.cands {
			if c.entry < 0 {
				continue
			}
			switch e := s.x.cat.entries[c.entry]; e.Type {
			case "Country":
				countries = append(countries, e)
			case "Person":
				people = append(people, e)
			}
		}
		d := newDocStates(s.x.cat, countries, people)
		s.states = &d
	}
	return *s.states
}
