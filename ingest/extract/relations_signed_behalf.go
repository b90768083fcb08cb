package extract

import (
	"regexp"
	"strings"
)

// "The Agreement was signed on behalf of the Government of Ethiopia by
// Redwan Hussien and on behalf of the TPLF by Getachew Reda": each state
// or body an agreement was signed on behalf of is a party to it. The
// agreement is the one named (or referred back to, "The Agreement")
// before the verb.

// reBehalfParty: right before the party, "on behalf of the Government of".
var reBehalfParty = regexp.MustCompile(`\bon` + sp + `+behalf` + sp + `+of` + sp + `+(?:the` + sp + `+)?(?:(?:Government|Republic|State|Kingdom)` + sp + `+of` + sp + `+(?:the` + sp + `+)?)?$`)

// rePassiveSignedVerb: the verb of signing between the agreement and the first
// party, in the passive.
var rePassiveSignedVerb = regexp.MustCompile(`\b(?:was|were|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been)` + sp + `+(?:(?:formally|jointly|also)` + sp + `+)?signed\b`)

// signedOnBehalf finds PARTY_TO told as above.
func (b *relBuilder) signedOnBehalf(v *sentView) {
	if !v.has("on behalf of") || !strings.Contains(v.lower, "signed") {
		return
	}
	loc := rePassiveSignedVerb.FindStringIndex(v.between(v.start, v.end))
	if loc == nil {
		return
	}
	verb := v.start + loc[0]
	var agr *mention
	for i, m := range v.ments {
		if m.Type == "Agreement" && m.End <= verb {
			agr = &v.ments[i]
		}
	}
	if agr == nil || b.irrealisClause(v, agr.Start, v.end) {
		return
	}
	for _, a := range v.args {
		if a.start < verb || a.m.Demonym || a.typ != "Country" && a.typ != "Organization" {
			continue
		}
		if reBehalfParty.MatchString(v.between(max(v.start, a.m.Start-48), a.m.Start)) {
			b.add("PARTY_TO", a.id, agr.EntityID, 0.8, nil, v, agr.Start, a.m.End)
		}
	}
}

// "the Protocol on the Establishment of Diplomatic Relations between the
// Republic of Turkey and the Republic of Armenia": a treaty's title that
// closes with two states by their formal names names its parties.
var reTitleParties = regexp.MustCompile(`\bbetween` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w'’-]*` + sp + `+){0,3}?` + stateFormHead + sp + `+of` + sp + `+(?:the` + sp + `+)?(.+?)` + sp + `+and` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w'’-]*` + sp + `+){0,3}?` + stateFormHead + sp + `+of` + sp + `+(?:the` + sp + `+)?(.+)$`)

// stateFormHead is the head of a state's formal name, capitalised
// (formalStateHeads).
const stateFormHead = `(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Federation|Confederation)`

// titleParties finds PARTY_TO told by an agreement's title, for the states
// the document names.
func (b *relBuilder) titleParties(v *sentView) {
	for _, m := range v.ments {
		if m.Type != "Agreement" {
			continue
		}
		sub := reTitleParties.FindStringSubmatch(v.between(m.Start, m.End))
		if sub == nil {
			continue
		}
		for _, name := range sub[1:] {
			if id := b.countryNamed(name); id != "" {
				b.add("PARTY_TO", id, m.EntityID, 0.8, nil, v, m.Start, m.End)
			}
		}
	}
}
