package extract

import (
	"regexp"
	"strings"
)

// rePossessiveOffice reads an office off a possessive: "X's presidency",
// "X's presidential term", "X's premiership".
var rePossessiveOffice = regexp.MustCompile(`^['’]s` + sp + `+(?:(?:first|second|third|last|final|new|own)` + sp + `+)?(presidency|presidential` + sp + `+term|premiership)\b`)

// possessiveOffice is the title of the office a possessive right after a
// person's name speaks of, and the end of that phrase.
func possessiveOffice(after string) (string, int, bool) {
	loc := rePossessiveOffice.FindStringSubmatchIndex(after)
	if loc == nil {
		return "", 0, false
	}
	if after[loc[2]:loc[3]] == "premiership" {
		return "Prime Minister", loc[1], true
	}
	return "President", loc[1], true
}

// principalCountry is the state a document is about: the country it names
// most often, at least three times and at least twice as often as any
// other. An encyclopedia passage about one state names its offices with
// no state after them ("became president").
func (b *relBuilder) principalCountry() string {
	counts := map[string]int{}
	for _, m := range b.ents.Mentions {
		switch m.Type {
		case "Country":
			counts[m.EntityID]++
		case "Event":
			// "the Lebanese Civil War" names the state too, though the
			// catalog reads the whole name as one mention.
			for _, w := range strings.Fields(m.Text) {
				if state := stateOfAdjective(strings.Trim(w, ",.;:'’")); state != "" {
					if id := b.countryNamed(state); id != "" {
						counts[id]++
					}
				}
			}
		}
	}
	best, first, second := "", 0, 0
	for id, n := range counts {
		if n > first {
			best, first, second = id, n, first
		} else if n > second {
			second = n
		}
	}
	if first < 3 || first < 2*second {
		return "" // a tie or near tie names no one state
	}
	return best
}
