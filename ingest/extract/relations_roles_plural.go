package extract

import (
	"regexp"
	"strings"
)

// Offices told once, in the plural, for a list of people each written with
// their state: "the foreign ministers, Fuad Hussein of Iraq, Ayman Safadi
// of Jordan and Sameh Shoukry of Egypt", "Foreign Ministers Fuad Hussein of
// Iraq and Ayman Safadi of Jordan". Each holds the office, in the
// singular, for the state written after their name.

var (
	// The plural office right before the list; the office is captured.
	rePluralOffice = regexp.MustCompile(`(?i)\b((?:(?:foreign|defen[cs]e|interior|finance|oil|energy|economy|trade|deputy` + sp + `+foreign|prime)` + sp + `+ministers|presidents|kings|emirs|national` + sp + `+security` + sp + `+advis[eo]rs|chiefs` + sp + `+of` + sp + `+staff|ambassadors|envoys))` + sp + `*(?:,` + sp + `*)?$`)
	// "of" between a name and its state.
	reOfState = regexp.MustCompile(`^` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// Between one "name of state" and the next.
	reListJoin = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `*(?:and` + sp + `+)?|` + sp + `+and` + sp + `+)$`)
)

// singularOffice is the office of one holder: "foreign ministers" is
// "Foreign Minister".
func singularOffice(plural string) string {
	words := strings.Fields(strings.ToLower(plural))
	last := words[len(words)-1]
	switch {
	case strings.HasSuffix(last, "ies"):
		last = strings.TrimSuffix(last, "ies") + "y"
	case last == "chiefs":
		last = "chief"
	default:
		last = strings.TrimSuffix(last, "s")
	}
	if len(words) >= 3 && words[0] == "chiefs" {
		words[0] = "chief"
	} else {
		words[len(words)-1] = last
	}
	for i, w := range words {
		if w != "of" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// pluralOffices finds HOLDS_ROLE for the wording of this file.
func (b *relBuilder) pluralOffices(v *sentView) {
	ms := v.ments
	for i := 0; i < len(ms); i++ {
		p := ms[i]
		if p.Type != "Person" {
			continue
		}
		lo := max(v.start, p.Start-60)
		loc := rePluralOffice.FindStringSubmatchIndex(v.between(lo, p.Start))
		if loc == nil {
			continue
		}
		office := singularOffice(v.between(lo+loc[2], lo+loc[3]))
		// Each "name of state" of the list, joined by commas and "and".
		k := i
		for k+1 < len(ms) {
			person, state := ms[k], ms[k+1]
			if person.Type != "Person" || state.Type != "Country" || state.Demonym || !reOfState.MatchString(v.between(person.End, state.Start)) {
				break
			}
			if !b.irrealisOffice(v, lo+loc[0], state.End) {
				b.addRole(person.EntityID, state.EntityID, office, 0.8, v, lo+loc[0], state.End)
			}
			if k+2 >= len(ms) || !reListJoin.MatchString(v.between(state.End, ms[k+2].Start)) {
				break
			}
			k += 2
		}
		i = k
	}
}
