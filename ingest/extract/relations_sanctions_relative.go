package extract

import (
	"regexp"
	"strings"
)

// A sanction told in a relative clause about a person after a description
// of him that names other things: "al-Humayqani, a Yemeni politician and founding
// member of Alkarama, who was listed as a Specially Designated Global
// Terrorist (SDGT) by the US Treasury in 2013". The names inside the
// description are not the target; the one before it is.

var (
	// reApposThenWho is the description between the target and the
	// relative pronoun: one comma-bounded phrase, no clause end in it.
	reApposThenWho = regexp.MustCompile(`^` + sp + `*,[^,;:.()"“”]{1,100}?(?:(?:,|` + sp + `+and)[^,;:.()"“”]{1,60}?)?(,` + sp + `*who` + sp + `)`)
	// reWhoStart opens a relative clause about a person.
	reWhoStart = regexp.MustCompile(`^` + sp + `*,` + sp + `*who\b`)
)

// sanctionsAfterAppositive finds SANCTIONED for the relative clause of this
// file.
func (b *relBuilder) sanctionsAfterAppositive(v *sentView) {
	if !v.has("who", "which") {
		return
	}
	gs := groups(v)
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		after := v.between(a.end, min(v.end, a.end+200))
		loc := reApposThenWho.FindStringSubmatchIndex(after)
		if loc == nil || strings.Count(after[:loc[2]], ",") > 2 {
			continue
		}
		comma := a.end + loc[2]
		// The sanctioner is the first group after the relative pronoun.
		for _, g := range gs {
			by := v.args[g[0]]
			if by.start <= comma {
				continue
			}
			gap := v.between(comma, by.start)
			if reSanctionPassive.MatchString(gap) && (!strings.Contains(gap, "list") || reSanctionListCue.MatchString(gap)) && !reSanctionUndo.MatchString(gap) {
				for _, s := range argsOf(v, g) {
					if (s.typ == "Country" || s.typ == "Organization") && s.id != a.id {
						b.add("SANCTIONED", s.id, a.id, 0.8, nil, v, a.start, v.args[g[len(g)-1]].end)
					}
				}
			}
			break
		}
	}
}

// whoOfOther reports a relative clause about a person ("..., who was
// sanctioned by") that follows a group of states or organisations: "who"
// speaks of a person named before them, not of them.
func whoOfOther(gap string, targets []arg) bool {
	if !reWhoStart.MatchString(gap) {
		return false
	}
	for _, t := range targets {
		if t.typ == "Person" {
			return false
		}
	}
	return true
}
