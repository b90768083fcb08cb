package extract

import "regexp"

// A named agreement told with its parties right after it: "the Pamir
// Agreement of 1895 between Britain and Russia", "the Treaty of Kars,
// signed in 1921 between Turkey and the Soviet republics". Every state or
// body of the list is party to it.

// reNamedBetween runs from the agreement's name to its first party: its
// year, a participle of its making and its place or day, then "between".
var reNamedBetween = regexp.MustCompile(`^(?:` + sp + `+of` + sp + `+\d{4})?(?:` + sp + `*,?` + sp + `+(?:signed|concluded|reached|agreed)(?:` + sp + `+(?:in|on|at)` + sp + `+[^,;:()]{1,40}?)?)?` + sp + `*,?` + sp + `+between` + sp + `+(?:the` + sp + `+)?$`)

// namedAgreementBetween reads the form above for one list of parties of
// v (agreementsBetween finds the lists).
func (b *relBuilder) namedAgreementBetween(v *sentView, parties []arg) {
	first, last := parties[0], parties[len(parties)-1]
	var agr *mention
	for k := range v.ments {
		m := &v.ments[k]
		if m.Type == "Agreement" && m.End <= first.start && reNamedBetween.MatchString(v.between(m.End, first.start)) {
			agr = m
		}
	}
	if agr == nil || b.irrealisClause(v, agr.Start, last.end) {
		return
	}
	for _, p := range parties {
		if (p.typ == "Country" || p.typ == "Organization") && !p.m.Demonym {
			b.add("PARTY_TO", p.id, agr.EntityID, 0.8, nil, v, agr.Start, last.end)
		}
	}
}
