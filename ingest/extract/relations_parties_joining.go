package extract

import "regexp"

// Being party to an agreement told by a congratulation, a signer's
// principal or a founding: "congratulates the Republic of Türkiye on
// joining the Artemis Accords", "welcomes Türkiye's signing of the
// Artemis Accords", "signed the Accords on behalf of the Republic of
// Türkiye", "The United States and seven other countries established the
// Artemis Accords".

var (
	// " on joining the", " upon signing the": the deed a congratulation is for.
	reOnJoining = regexp.MustCompile(`^` + sp + `+(?:on|upon|for)` + sp + `+(?:(?:formally|officially)` + sp + `+)?(?:joining|signing|ratifying|acceding` + sp + `+to)` + sp + `+(?:the` + sp + `+)?$`)
	// "'s signing of the", "'s accession to the".
	reOwnSigning = regexp.MustCompile(`(?i)^['’]s` + sp + `+(?:(?:formal|official|historic)` + sp + `+)?(?:signing|ratification|accession|joining)` + sp + `+(?:of|to)` + sp + `+(?:the` + sp + `+)?$`)
	// What makes the deed told above done, not hoped for: a congratulation,
	// a welcome, a thanks, or a clause after it ("following Türkiye's
	// signing of").
	reDoneDeedBefore = regexp.MustCompile(`(?i)\b(?:congratulates?|congratulated|congratulating|welcomes?|welcomed|welcoming|thanks|thanked|thanking|commends?|commended|applauds?|applauded|praises?|praised|celebrates?|celebrated|following|after|since)` + sp + `+(?:the` + sp + `+)?$`)
	// "signed the": a signing just before the agreement...
	reSignedJustBefore = regexp.MustCompile(`\b(?:signed|signs|ratified|ratifies|initialed|initialled)` + sp + `+(?:the` + sp + `+)?$`)
	// ...and the principal after it: " on behalf of the".
	reOnBehalfOf = regexp.MustCompile(`^` + sp + `+on` + sp + `+behalf` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// " and seven other countries established the".
	reFoundedAgreement = regexp.MustCompile(`^(?:` + sp + `+and` + sp + `+(?:[\w-]+` + sp + `+){0,2}?other` + sp + `+(?:countries|states|nations|governments|partners))?` + sp + `+(?:(?:jointly|together|first)` + sp + `+)?(?:established|founded|created)` + sp + `+(?:the` + sp + `+)?$`)
)

// partiesJoining finds PARTY_TO for the wordings of this file.
func (b *relBuilder) partiesJoining(v *sentView) {
	if !v.has("join", "sign", "ratif", "acce", "behalf", "establish", "found", "creat") {
		return
	}
	party := partyMention
	eachNeighbourPair(v, func(i int, p, c mention, gap string) {
		switch {
		// "congratulates Türkiye on joining the Artemis Accords".
		case party(p) && c.Type == "Agreement" && (reOnJoining.MatchString(gap) || reOwnSigning.MatchString(gap)):
			if before := v.between(max(v.start, p.Start-40), p.Start); reDoneDeedBefore.MatchString(before) || v.start == p.Start && reOwnSigning.MatchString(gap) {
				b.add("PARTY_TO", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
			}
		// "X signed the Accords on behalf of Türkiye".
		case p.Type == "Agreement" && party(c) && reOnBehalfOf.MatchString(gap) &&
			reSignedJustBefore.MatchString(v.between(max(v.start, p.Start-30), p.Start)):
			if !b.irrealisClause(v, v.start, c.End) {
				b.add("PARTY_TO", c.EntityID, p.EntityID, 0.85, nil, v, p.Start, c.End)
			}
		// "The United States and seven other countries established the Artemis Accords".
		case party(p) && c.Type == "Agreement" && reFoundedAgreement.MatchString(gap):
			if b.irrealisClause(v, p.Start, c.End) {
				return
			}
			for _, q := range partiesListedBefore(v, i) {
				b.add("PARTY_TO", q.EntityID, c.EntityID, 0.8, nil, v, q.Start, c.End)
			}
		}
	})
}
