package extract

import "regexp"

// A sanction's target is often described before it is named: "the United
// States is imposing sanctions on the manager of the Dubai branch of Iran's
// Bank Melli, Reza Mohammad Taeedi". The person after the description's
// comma is the one sanctioned, not the bank or the state the description
// names on the way.

var (
	// From the sanctioning verb to the comma before the person.
	reSanctionsOnDescribed = regexp.MustCompile(`^` + sp + `+(?:(?:is|are|has|have|was|were|also|today|now)` + sp + `+)*(?:imposing|imposed|imposes|impose)` + sp + `+(?:new` + sp + `+|further` + sp + `+)?sanctions` + sp + `+on` + sp + `+the` + sp + `+[a-z][^,;:]{2,100}?,` + sp + `+$`)
)

// sanctionsOnDescribed reads the wording above.
func (b *relBuilder) sanctionsOnDescribed(v *sentView) {
	if !v.has("sanctions on the") {
		return
	}
	for i, s := range v.args {
		if s.typ != "Country" && s.typ != "Organization" || s.m.Demonym {
			continue
		}
		for _, p := range v.args[i+1:] {
			if p.typ != "Person" {
				continue
			}
			if reSanctionsOnDescribed.MatchString(v.between(s.end, p.start)) && !b.irrealisClause(v, s.start, p.end) {
				b.add("SANCTIONED", s.id, p.id, 0.75, nil, v, s.start, p.end)
			}
			break
		}
	}
}
