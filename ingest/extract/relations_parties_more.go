package extract

import "regexp"

// More wordings of being party to an agreement: a relative clause ("the
// JCPOA, which Iran signed with six world powers"), an apposition of its
// parties ("France, Germany and the United Kingdom, the European parties
// to the JCPOA"), the first state to sign ("The UAE became the first Gulf
// state to sign the Abraham Accords"), obligations taken under it ("Under
// the JCPOA, Iran agreed to limit enrichment") and a deal between a state
// and the world powers ("the 2015 nuclear deal between Iran and world
// powers").

var (
	reWhichAfterAgreement = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:which|that)` + sp + `+(?:the` + sp + `+)?$`)
	reSignedAfterState    = regexp.MustCompile(`^` + sp + `+(?:(?:had|has|have|later|also|formally|eventually|originally)` + sp + `+)*(?:signed|ratified|joined|concluded|negotiated|acceded` + sp + `+to|agreed` + sp + `+to)\b`)
	// ", the European parties to the", ", a signatory of the".
	rePartiesAppos = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:the|a|an|both|all)` + sp + `+(?:(?:[\w-]+|original|founding|remaining)` + sp + `+){0,2}?(?:parties|party|signatories|signatory|signers|members|participants)` + sp + `+(?:to|of|in)` + sp + `+(?:the` + sp + `+)?$`)
	// " became the first Gulf state to sign the".
	reFirstToSign = regexp.MustCompile(`^` + sp + `+(?:became|was|is|becomes)` + sp + `+the` + sp + `+(?:[\w-]+` + sp + `+){1,3}?(?:state|country|nation|government)` + sp + `+to` + sp + `+(?:(?:formally|officially)` + sp + `+)?(?:sign|join|ratify|accede` + sp + `+to)` + sp + `+(?:the` + sp + `+)?$`)
	// "Under the JCPOA, Iran agreed to", "Iran agreed under the JCPOA to".
	reUnderBefore = regexp.MustCompile(`(?:^|[.;]` + sp + `*|,` + sp + `*)(?:[Uu]nder|[Aa]s` + sp + `+part` + sp + `+of)` + sp + `+(?:the` + sp + `+)?(?:[\w-]+` + sp + `+)?$`)
	// An obligation taken, not one laid on a third party ("the IAEA was
	// required to verify").
	reUnderGap    = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:the` + sp + `+)?$`)
	reObligation  = regexp.MustCompile(`^` + sp + `+(?:(?:had|has|also)` + sp + `+)?(?:agreed|committed|pledged|undertook|promised)` + sp + `+to\b`)
	reAgreedUnder = regexp.MustCompile(`^` + sp + `+(?:(?:had|has|also)` + sp + `+)?(?:agreed|committed|pledged|undertook|promised)` + sp + `+under` + sp + `+(?:the` + sp + `+)?$`)
	// " between Iran and world powers": the other side unnamed.
	reBetweenState = regexp.MustCompile(`^` + sp + `+(?:signed` + sp + `+|reached` + sp + `+|concluded` + sp + `+)?between` + sp + `+(?:the` + sp + `+)?$`)
	reAndPowers    = regexp.MustCompile(`^` + sp + `+and` + sp + `+(?:the` + sp + `+)?(?:(?:six|five|major|great|other|leading|western|Western)` + sp + `+)*(?:world` + sp + `+)?powers\b`)
)

// partiesMore finds PARTY_TO for the wordings of this file.
func (b *relBuilder) partiesMore(v *sentView) {
	party := partyMention
	eachNeighbourPair(v, func(i int, p, c mention, gap string) {
		after := v.between(c.End, v.end)
		switch {
		// "the JCPOA, which Iran signed".
		case p.Type == "Agreement" && party(c) && reWhichAfterAgreement.MatchString(gap) && reSignedAfterState.MatchString(after):
			loc := reSignedAfterState.FindStringIndex(after)
			if !b.irrealisClause(v, p.Start, c.End+loc[1]) {
				b.add("PARTY_TO", c.EntityID, p.EntityID, 0.85, nil, v, p.Start, c.End+loc[1])
			}
		// "France, Germany and the United Kingdom, the European parties to the JCPOA".
		case party(p) && c.Type == "Agreement" && rePartiesAppos.MatchString(gap):
			for _, q := range partiesListedBefore(v, i) {
				b.add("PARTY_TO", q.EntityID, c.EntityID, 0.85, nil, v, q.Start, c.End)
			}
		// "The UAE became the first Gulf state to sign the Abraham Accords".
		case party(p) && c.Type == "Agreement" && reFirstToSign.MatchString(gap):
			if !b.irrealisClause(v, p.Start, c.End) {
				b.add("PARTY_TO", p.EntityID, c.EntityID, 0.85, nil, v, p.Start, c.End)
			}
		// "Under the JCPOA, Iran agreed to ...".
		case p.Type == "Agreement" && party(c) && reUnderGap.MatchString(gap) && reUnderBefore.MatchString(v.between(max(v.start, p.Start-30), p.Start)) &&
			reObligation.MatchString(after):
			loc := reObligation.FindStringIndex(after)
			if !b.irrealisClause(v, c.Start, c.End+loc[1]) {
				b.add("PARTY_TO", c.EntityID, p.EntityID, 0.8, nil, v, p.Start, c.End+loc[1])
			}
		// "Iran agreed under the JCPOA to ...".
		case party(p) && c.Type == "Agreement" && reAgreedUnder.MatchString(gap):
			if !b.irrealisClause(v, p.Start, c.End) {
				b.add("PARTY_TO", p.EntityID, c.EntityID, 0.8, nil, v, p.Start, c.End)
			}
		// "the 2015 nuclear deal between Iran and world powers".
		case p.Type == "Agreement" && party(c) && reBetweenState.MatchString(gap) && reAndPowers.MatchString(after):
			loc := reAndPowers.FindStringIndex(after)
			b.add("PARTY_TO", c.EntityID, p.EntityID, 0.8, nil, v, p.Start, c.End+loc[1])
		}
	})
}

// partyMention reports a state or body named, not written as a demonym:
// who may be party to an agreement.
func partyMention(m mention) bool {
	return (m.Type == "Country" || m.Type == "Organization") && !m.Demonym
}

// eachNeighbourPair calls f for every two mentions of v that follow each
// other without overlapping, i being the first's index, with the words
// between them.
func eachNeighbourPair(v *sentView, f func(i int, p, c mention, gap string)) {
	ms := v.ments
	for i := 0; i+1 < len(ms); i++ {
		p, c := ms[i], ms[i+1]
		if c.Start < p.End {
			continue
		}
		f(i, p, c, v.between(p.End, c.Start))
	}
}

// partiesListedBefore is the list of states or organisations ending with
// mention i ("France, Germany and the United Kingdom"), in order.
func partiesListedBefore(v *sentView, i int) []mention {
	list := []mention{v.ments[i]}
	for k := i - 1; k >= 0; k-- {
		q := v.ments[k]
		if (q.Type != "Country" && q.Type != "Organization") || q.Demonym || q.End > list[0].Start ||
			!reCoord.MatchString(v.between(q.End, list[0].Start)) {
			break
		}
		list = append([]mention{q}, list...)
	}
	return list
}
