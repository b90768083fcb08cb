package extract

import (
	"regexp"
	"strings"
	"sync"
)

// A war or invasion named by its sides' adjectives joined with a dash
// ("the Anglo-Iraqi War", "the Anglo-Soviet invasion of Iran", "the
// Sino-Japanese War") was fought by those states: each adjective or
// combining form names a state, and the states the document names take
// part. Conflicts are left out: "the Kurdish–Turkish conflict" is fought
// by a people and the state's army rather than by two states.

var (
	// The dash-joined adjectives, then the head noun of a deed of war.
	reDemonymSides = regexp.MustCompile(`^(?:[Tt]he` + sp + `+)?(?:\d{4}` + sp + `+)?([A-Z][a-z]+(?:[-–][A-Z][a-z]+)+)` + sp + `+(?:[a-z]+` + sp + `+)?(?:[Ww]ar|[Ii]nvasion|[Ii]ntervention|[Oo]ccupation|[Oo]ffensive|[Cc]oup)\b`)

	// combiningForms are the first halves of English compounds of two
	// nations ("Anglo-", "Sino-"), which no catalog lists as demonyms.
	combiningForms = map[string]string{
		"anglo": "United Kingdom", "franco": "France", "sino": "China", "indo": "India", "russo": "Russia",
		"turco": "Turkey", "italo": "Italy", "greco": "Greece", "austro": "Austria", "luso": "Portugal",
		"hispano": "Spain", "nippo": "Japan", "german": "Germany", "irano": "Iran",
	}

	demonymOnce  sync.Once
	demonymState map[string]string // folded demonym → the state's catalog name
)

// stateOfAdjective is the catalog name of the state an adjective or
// combining form names ("Soviet" → "Soviet Union"), or "".
func stateOfAdjective(w string) string {
	demonymOnce.Do(func() {
		demonymState = map[string]string{}
		c, err := loadCatalog(nil)
		if err != nil {
			return
		}
		for _, e := range c.entries {
			if e.Type != "Country" {
				continue
			}
			for _, d := range e.Demonyms {
				demonymState[strings.ToLower(d)] = e.Name
			}
		}
	})
	w = strings.ToLower(w)
	if s, ok := combiningForms[w]; ok {
		return s
	}
	return demonymState[w]
}

// demonymSides adds the sides of the dash-named wars of v.
func (b *relBuilder) demonymSides(v *sentView) {
	for _, m := range b.eventMentsOf(v) {
		sm := reDemonymSides.FindStringSubmatch(b.eventNameOf(m.EntityID))
		if sm == nil {
			// The name as written: a catalog name may spell it otherwise.
			if sm = reDemonymSides.FindStringSubmatch(m.Text); sm == nil {
				continue
			}
		}
		var sides []string
		for _, part := range strings.FieldsFunc(sm[1], func(r rune) bool { return r == '-' || r == '–' }) {
			state := stateOfAdjective(part)
			if state == "" {
				// Every part must name a state: "Arab-Israeli" names a
				// people and a state, and its sides are not these.
				sides = nil
				break
			}
			if id := b.countryNamed(state); id != "" {
				sides = append(sides, id)
			}
		}
		for _, id := range sides {
			b.add("PARTICIPATED_IN", id, m.EntityID, 0.7, nil, v, m.Start, m.End)
		}
	}
}
