package extract

import "regexp"

// "Kazakhstan, China, Russia, Kyrgyzstan and Tajikistan formed the
// Shanghai Five when their leaders signed the Treaty on Deepening Military
// Trust in Border Regions at a summit in Shanghai": the states whose
// leaders signed are parties to what was signed, and took part in the
// summit it was signed at (signedAtSummitsIn). The states are the list
// that opens the clause "their" looks back to; one state alone, or a list
// of people, is left to the rules that read a subject before its verb.

// reTheirLeadersSigned: those who signed for the states, then the verb.
var reTheirLeadersSigned = regexp.MustCompile(`\btheir` + sp + `+(?:leaders|heads` + sp + `+of` + sp + `+state(?:` + sp + `+and` + sp + `+government)?|presidents|prime` + sp + `+ministers|foreign` + sp + `+ministers|representatives|envoys|delegates)` + sp + `+(?:(?:also|jointly|formally|then)` + sp + `+)?signed` + sp + `+(?:the` + sp + `+)?`)

// reStatesToTheir: between the list of states and "their": the rest of
// its clause, with no clause break.
var reStatesToTheir = regexp.MustCompile(`^[^;:()]{0,120}$`)

// theirSigners are the states "their leaders signed" speaks for, and where
// the words after "signed" begin; nil when the sentence has no such list.
func (b *relBuilder) theirSigners(v *sentView) ([]arg, int) {
	if !v.has("their") {
		return nil, 0
	}
	loc := reTheirLeadersSigned.FindStringIndex(v.between(v.start, v.end))
	if loc == nil {
		return nil, 0
	}
	their := v.start + loc[0]
	gs := groups(v)
	if len(gs) == 0 {
		return nil, 0
	}
	g := argsOf(v, gs[0])
	last := g[len(g)-1]
	if len(g) < 2 || last.end > their || !reStatesToTheir.MatchString(v.between(last.end, their)) {
		return nil, 0
	}
	for _, a := range g {
		if a.typ != "Country" || a.m.Demonym {
			return nil, 0
		}
	}
	return g, v.start + loc[1]
}

// theirLeadersSigned makes the states parties to the agreement their
// leaders signed, named right after "signed".
func (b *relBuilder) theirLeadersSigned(v *sentView) {
	states, from := b.theirSigners(v)
	if states == nil {
		return
	}
	agr, ok := nextAgreement(v, from)
	if !ok || agr.Start != from || b.irrealisClause(v, states[0].start, agr.End) {
		return
	}
	for _, s := range states {
		b.add("PARTY_TO", s.id, agr.EntityID, 0.8, nil, v, states[0].start, agr.End)
	}
}
