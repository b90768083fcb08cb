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

// reDemonymApposition: "the 1953 Iranian coup d'état, an Anglo-American
// covert operation": an apposition after an event that names its doers.
var reDemonymApposition = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:an?|the)` + sp + `+([A-Z][a-z]+(?:[-–][A-Z][a-z]+)+)` + sp + `+(?:[a-z]+` + sp + `+){0,2}?(?:operation|coup|invasion|intervention|plot|campaign|offensive|attack|strike|raid)\b`)

// demonymSides adds the sides of the dash-named wars of v, and of events
// an apposition gives dash-joined doers.
func (b *relBuilder) demonymSides(v *sentView) {
	for _, m := range b.eventMentsOf(v) {
		if am := reDemonymApposition.FindStringSubmatch(v.between(m.End, v.end)); am != nil {
			for _, id := range b.adjectiveStates(am[1]) {
				b.add("PARTICIPATED_IN", id, m.EntityID, 0.7, nil, v, m.Start, m.End+len(am[0]))
			}
		}
		sm := reDemonymSides.FindStringSubmatch(b.eventNameOf(m.EntityID))
		if sm == nil {
			// The name as written: a catalog name may spell it otherwise.
			if sm = reDemonymSides.FindStringSubmatch(m.Text); sm == nil {
				continue
			}
		}
		for _, id := range b.adjectiveStates(sm[1]) {
			b.add("PARTICIPATED_IN", id, m.EntityID, 0.7, nil, v, m.Start, m.End)
		}
	}
}

// adjectiveStates are the document's states that dash-joined adjectives
// name ("Anglo-Soviet": the United Kingdom and the Soviet Union), or none
// when a part names no state: "Arab-Israeli" names a people and a state,
// and its sides are not these.
func (b *relBuilder) adjectiveStates(joined string) []string {
	var sides []string
	for _, part := range strings.FieldsFunc(joined, func(r rune) bool { return r == '-' || r == '–' }) {
		state := stateOfAdjective(part)
		if state == "" {
			return nil
		}
		if id := b.countryNamed(state); id != "" {
			sides = append(sides, id)
		}
	}
	return sides
}
