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
	// "The foreign ministers of the three countries -- X of South
	// Africa, …": what the office is of, then a dash.
	rePluralOffice = regexp.MustCompile(`(?i)\b(` + pluralOffice + `)(?:` + sp + `+of` + sp + `+(?:the|both|all)` + sp + `+(?:[\w-]+` + sp + `+)?(?:countries|states|nations|sides|governments))?` + sp + `*(?:(?:,|--|[—–:])` + sp + `*)?$`)
	// The plural office with its states after it: "the foreign ministers of ".
	rePluralOfficeOf = regexp.MustCompile(`(?i)\b(` + pluralOffice + `)` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// Between the list of states and the list of their holders: a comma,
	// a dash or an opening bracket.
	reListsApart = regexp.MustCompile(`^` + sp + `*(?:,|[—–]|` + sp + `-|\(|:)` + sp + `*$`)
	// "of" between a name and its state.
	reOfState = regexp.MustCompile(`^` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// Between one "name of state" and the next.
	reListJoin = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `*(?:and` + sp + `+)?|` + sp + `+and` + sp + `+)$`)
)

// pluralOffice names an office in the plural.
const pluralOffice = `(?:(?:foreign|defen[cs]e|interior|finance|oil|energy|economy|trade|deputy` + sp + `+foreign|prime)` + sp + `+ministers|presidents|kings|emirs|national` + sp + `+security` + sp + `+advis[eo]rs|chiefs` + sp + `+of` + sp + `+staff|ambassadors|envoys)`

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
			// "Presidents Kabila, José Eduardo dos Santos of Angola, …":
			// a holder written without a state is passed over.
			if person.Type == "Person" && state.Type == "Person" && reListJoin.MatchString(v.between(person.End, state.Start)) {
				k++
				continue
			}
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

// respectiveOffices reads an office told in the plural for a list of
// states, then the list of their holders in the same order: "the foreign
// ministers of Iran, Russia and Turkey — Abbas Araghchi, Sergey Lavrov and
// Hakan Fidan —". The lists must be of the same length, two or more.
func (b *relBuilder) respectiveOffices(v *sentView) {
	ms := v.ments
	// list reads mentions of one type from i, joined by commas and "and".
	list := func(i int, typ string) []mention {
		var out []mention
		for k := i; k < len(ms) && ms[k].Type == typ && !ms[k].Demonym; k++ {
			if k > i && !reListJoin.MatchString(v.between(ms[k-1].End, ms[k].Start)) {
				break
			}
			out = append(out, ms[k])
		}
		return out
	}
	for i := 0; i < len(ms); i++ {
		if ms[i].Type != "Country" || ms[i].Demonym {
			continue
		}
		lo := max(v.start, ms[i].Start-60)
		loc := rePluralOfficeOf.FindStringSubmatchIndex(v.between(lo, ms[i].Start))
		if loc == nil {
			continue
		}
		states := list(i, "Country")
		j := i + len(states)
		if len(states) < 2 || j >= len(ms) || !reListsApart.MatchString(v.between(states[len(states)-1].End, ms[j].Start)) {
			continue
		}
		people := list(j, "Person")
		if len(people) != len(states) {
			continue
		}
		office := singularOffice(v.between(lo+loc[2], lo+loc[3]))
		for k, p := range people {
			if !b.irrealisOffice(v, lo+loc[0], p.End) {
				b.addRole(p.EntityID, states[k].EntityID, office, 0.8, v, lo+loc[0], p.End)
			}
		}
		i = j + len(people) - 1
	}
}

// knownPluralRoles reads an office told once, in the plural, for a list
// of people the catalog knows, with no state written after each:
// "inaugurated by Presidents Ilham Aliyev and Recep Tayyip Erdoğan". Each
// holds the office, in the singular, for the state or body the catalog's
// description gives it for, when the document names that body (as
// knownRoles reads a title written before one name).
func (b *relBuilder) knownPluralRoles() {
	for _, v := range b.views {
		ms := v.ments
		for i := 0; i < len(ms); i++ {
			if ms[i].Type != "Person" {
				continue
			}
			lo := max(v.start, ms[i].Start-60)
			loc := rePluralOffice.FindStringSubmatchIndex(v.between(lo, ms[i].Start))
			if loc == nil {
				continue
			}
			office := singularOffice(v.between(lo+loc[2], lo+loc[3]))
			k := i
			for ; k < len(ms) && ms[k].Type == "Person"; k++ {
				if k > i && !reListJoin.MatchString(v.between(ms[k-1].End, ms[k].Start)) {
					break
				}
				e := b.ents.Entities[ms[k].EntityID]
				if e == nil || !e.Catalog || ms[k].Anaphor || ms[k].Pronoun {
					continue
				}
				desc, _ := e.Props["description"].(string)
				if of := b.describedOffice(desc, office); of != "" && !b.hasRoleTitled(e.ID, of, office) && !b.irrealisOffice(v, lo+loc[0], ms[k].End) {
					b.addRole(e.ID, of, office, knownRoleConfidence, v, lo+loc[0], ms[k].End)
				}
			}
			i = k - 1
		}
	}
}

// rePluralOfficeListed: a plural office before a list of holders each
// written after their state's possessive, with what it is of: "The foreign
// ministers of the five states, " before "Russia's Sergei Lavrov, Iran's
// Mohammad Javad Zarif and …".
var rePluralOfficeListed = regexp.MustCompile(`(?i)\b(` + pluralOffice + `)(?:` + sp + `+of` + sp + `+(?:the|both|all)` + sp + `+(?:[\w-]+` + sp + `+)?(?:states|countries|nations|sides|governments|neighbours|neighbors))?` + sp + `*(?:,|:|[—–]|` + sp + `-)` + sp + `*$`)

// rePossessiveHolder: between a state and its holder, "'s".
var rePossessiveHolder = regexp.MustCompile(`^['’]s` + sp + `+$`)

// possessiveListOffices reads a plural office for a list of "state's
// holder" items: each holds the office, in the singular, for the state
// whose possessive it is written after.
func (b *relBuilder) possessiveListOffices(v *sentView) {
	if !v.has("'s", "’s") {
		return
	}
	ms := v.ments
	for i := 0; i+1 < len(ms); i++ {
		if ms[i].Type != "Country" || ms[i].Demonym {
			continue
		}
		lo := max(v.start, ms[i].Start-80)
		loc := rePluralOfficeListed.FindStringSubmatchIndex(v.between(lo, ms[i].Start))
		if loc == nil {
			continue
		}
		office := singularOffice(v.between(lo+loc[2], lo+loc[3]))
		k := i
		for k+1 < len(ms) {
			state, person := ms[k], ms[k+1]
			if state.Type != "Country" || state.Demonym || person.Type != "Person" || !rePossessiveHolder.MatchString(v.between(state.End, person.Start)) {
				break
			}
			if !b.irrealisOffice(v, lo+loc[0], person.End) {
				b.addRole(person.EntityID, state.EntityID, office, 0.8, v, state.Start, person.End)
			}
			if k+2 >= len(ms) || !reListJoin.MatchString(v.between(person.End, ms[k+2].Start)) {
				break
			}
			k += 2
		}
		i = k
	}
}
