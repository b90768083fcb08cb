package extract

import "strings"

// Agreements named after the city they were made in, written with a
// lower-case head ("the Beijing agreement", "the Doha accord"), and peace
// plans and initiatives with a proper name ("the Arab Peace Initiative",
// "the Saudi Peace Plan"). A city's agreement is a name as surely as the
// "Treaty of" a city is; a country's ("the Iran agreement") is a
// description, left to the catalog's aliases.

// lowerAgreementHeads follow a city's name in a lower-case agreement name.
var lowerAgreementHeads = map[string]string{
	"agreement": "Agreement", "accord": "Accord", "accords": "Accords", "declaration": "Declaration",
}

// peacePlanHeads follow "Peace" in the name of a plan put to the sides.
var peacePlanHeads = map[string]bool{"plan": true, "initiative": true}

// detectLowerAgreements proposes city agreements and peace plans.
func (s *scan) detectLowerAgreements() {
	for h := 1; h < len(s.toks); h++ {
		t := &s.toks[h]
		if t.kind != tkWord || s.notEnt[h] {
			continue
		}
		if head, ok := lowerAgreementHeads[t.key]; ok && !t.cap && s.catTyp[h-1] == "Place" {
			from := h - 1
			for from > 0 && s.catTyp[from-1] == "Place" && s.sameCand(from-1, h-1) {
				from--
			}
			if from == 0 || s.tokKey(from-1) != "the" || !s.sameSent(from-1, h) || s.notEnt[from] {
				continue
			}
			s.cands = append(s.cands, candidate{from: from, to: h + 1, entry: -1, typ: "Agreement",
				name: s.spanText(from, h) + " " + head, prio: prioTyped})
			continue
		}
		if peacePlanHeads[t.key] && t.cap && s.tokKey(h-1) == "peace" && s.toks[h-1].cap && h >= 2 && s.capWord(h-2) && s.sameSent(h-2, h) {
			from := h - 1
			for from > 0 && h-from < 4 && s.capWord(from-1) && s.sameSent(from-1, h) && s.class(from-1)&(wcStop|wcTitle|wcCalendar) == 0 {
				from--
			}
			if from == h-1 || strings.EqualFold(s.text(from), "new") {
				continue // "Peace Plan" alone, "a New Peace Plan": no name
			}
			s.cands = append(s.cands, candidate{from: from, to: h + 1, entry: -1, typ: "Agreement",
				name: s.spanText(from, h+1), prio: prioTyped})
		}
	}
}
