package extract

import "strings"

// The catalog holds many events of a kind that began in one year: the
// coups of 1980 in Turkey, Liberia and Suriname. "The 1980 coup" of a
// text is the one of the states the text speaks of: those it names, and
// those the catalog says its people served ("Mosaddegh", prime minister of
// Iran, in "the coup that overthrew Mosaddegh in 1953"). The rules that
// take a kind and a year for a catalog event keep, among several, the
// ones about those states (aboutStates) before asking for exactly one.

// docStates are the states a document speaks of, by id and by the
// lower-case names and demonyms that say them.
type docStates struct {
	ids   map[string]bool
	words []string
}

// newDocStates gathers the states of the countries named and of the
// descriptions of the people named, given as catalog entries.
func newDocStates(c *catalog, countries, people []catalogEntry) docStates {
	d := docStates{ids: map[string]bool{}}
	addState := func(e catalogEntry) {
		if d.ids[e.ID] {
			return
		}
		d.ids[e.ID] = true
		for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Demonyms...) {
			d.words = append(d.words, strings.ToLower(n))
		}
	}
	for _, e := range countries {
		addState(e)
	}
	if len(people) == 0 {
		return d
	}
	var states []catalogEntry
	for _, e := range c.entries {
		if e.Type == "Country" {
			states = append(states, e)
		}
	}
	for _, p := range people {
		desc := strings.ToLower(p.Description)
		for _, e := range states {
			if !d.ids[e.ID] && containsWord(desc, strings.ToLower(e.Name)) {
				addState(e)
			}
		}
	}
	return d
}

// about reports whether entry e speaks of one of the states: as a side,
// or by name or demonym in its name, aliases or description.
func (d docStates) about(e catalogEntry) bool {
	for _, s := range e.Sides {
		if d.ids[s] {
			return true
		}
	}
	text := strings.ToLower(e.Name + " " + strings.Join(e.Aliases, " ") + " " + e.Description)
	for _, w := range d.words {
		if containsWord(text, w) {
			return true
		}
	}
	return false
}

// aboutStates keeps the entries of es about the states, when more than
// one is left to choose from; one entry alone is kept as it is, and the
// states are only gathered (states) when there is a choice.
func aboutStates[E any](es []E, entry func(E) catalogEntry, states func() docStates) []E {
	if len(es) < 2 {
		return es
	}
	d := states()
	var out []E
	for _, e := range es {
		if d.about(entry(e)) {
			out = append(out, e)
		}
	}
	return out
}

// containsWord reports whether w occurs in text as whole words.
func containsWord(text, w string) bool {
	for i := 0; w != "" && i <= len(text)-len(w); {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || !isWordByte(text, k-1)) && (k+len(w) == len(text) || !isWordByte(text, k+len(w))) {
			return true
		}
		i = k + 1
	}
	return false
}
