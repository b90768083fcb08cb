package extract

import "regexp"

// A signed agreement named only after its description, in encyclopedia
// prose: "Egypt and Israel signed a peace framework, known as the Camp
// David Accords"; "Iran, the five permanent members of the UN Security
// Council (Britain, China, France, Russia and the US) and Germany signed
// the 2015 treaty on Iran's nuclear program, known as the JCPOA". The
// signers may form a list broken by a parenthesis that spells out a body's
// members; the body itself is not a signer, its members are. The name
// may also follow in parentheses ("Jordan signed a non-aggression pact
// with Israel (the Washington Declaration)", "reached a framework
// agreement (the Lausanne Framework)"), and a side the description names
// after "with" signed too: both are parties, and they negotiated.

var (
	// reSignedDescribed runs from the last signer to the agreement's name.
	reSignedDescribed = regexp.MustCompile(preVerbWhen + `(?:signed|signs|ratified|ratifies|concluded|concludes)` + sp + `+(?:an?|the)` + sp + `+[^,;:.()"“”]{1,80}?,` + sp + `*(?:(?:which` + sp + `+(?:is|was|became|came` + sp + `+to` + sp + `+be)` + sp + `+)?(?:known|referred` + sp + `+to)` + sp + `+as|called|dubbed|named|formally|officially)` + sp + `+(?:the` + sp + `+)?$`)
	// reSignerLink joins two signers of one list: a comma or "and",
	// perhaps across a parenthesis.
	reSignerLink = regexp.MustCompile(`^` + sp + `*\)?` + sp + `*(?:,` + sp + `*)?(?:and` + sp + `+)?\(?` + sp + `*(?:the` + sp + `+)?$`)
	// reMembersOf comes before a body whose members the list goes on to
	// name ("Iran, the five permanent members of the UN Security Council
	// (...)"): it links the signer before to the members, skipping the
	// body.
	reMembersOf   = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:the` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?members` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	reParenNextTo = regexp.MustCompile(`^` + sp + `*\(` + sp + `*(?:the` + sp + `+)?$`)
	// reSignedParens runs from the last signer to a name in parentheses
	// right after the agreement's head.
	reSignedParens = regexp.MustCompile(preVerbWhen + `(?:signed|signs|concluded|concludes|reached|reaches)` + sp + `+(?:an?|the)` + sp + `+[^,;:.()"“”]{0,80}?\b(?:agreement|treaty|pact|accord|accords|deal|declaration|memorandum|protocol|convention)(?:` + sp + `+with` + sp + `+[^,;:.()"“”]{1,60}?)?` + sp + `*\(` + sp + `*(?:the` + sp + `+)?$`)
	// reParenClosed: the parenthesis holds the name alone.
	reParenClosed = regexp.MustCompile(`^` + sp + `*\)`)
	// reWithSide comes right before a side the description names.
	reWithSide = regexp.MustCompile(`\bwith` + sp + `+(?:the` + sp + `+)?$`)
)

// partiesDescribed finds PARTY_TO for agreements signed under a description
// and named after it.
func (b *relBuilder) partiesDescribed(v *sentView) {
	if !v.has("known", "called", "dubbed", "named", "formally", "officially", "referred", "(") {
		return
	}
	for i, last := range v.args {
		if !last.actor() || last.typ == "Person" {
			continue
		}
		// The description may name a state ("the treaty on Iran's nuclear
		// program"), so the agreement is the next one, not the next name.
		agr, ok := nextAgreement(v, last.end)
		gap := v.between(last.end, agr.Start)
		if !ok || !reSignedDescribed.MatchString(gap) && !(reSignedParens.MatchString(gap) && reParenClosed.MatchString(v.between(agr.End, v.end))) {
			continue
		}
		signers := b.signersBefore(v, i)
		if b.irrealisClause(v, signers[0].start, agr.End) {
			continue
		}
		sides := b.sidesWith(v, last.end, agr.Start)
		for _, p := range append(append([]arg{}, signers...), sides...) {
			b.add("PARTY_TO", p.id, agr.EntityID, 0.8, nil, v, signers[0].start, agr.End)
		}
		for _, s := range signers {
			for _, o := range sides {
				b.add("NEGOTIATED_WITH", s.id, o.id, 0.8, nil, v, signers[0].start, agr.End)
			}
		}
		if len(sides) > 0 {
			b.signingEvent(v, append(append([]arg{}, signers...), sides...), agr, gap, signers[0].start, agr.End)
		}
	}
}

// sidesWith are the states and bodies the description between from and
// to names right after "with": "signed a pact with Israel (the …".
func (b *relBuilder) sidesWith(v *sentView, from, to int) []arg {
	var out []arg
	for _, a := range v.args {
		if a.start < from || a.end > to || (a.typ != "Country" && a.typ != "Organization") || a.m.Demonym {
			continue
		}
		if reWithSide.MatchString(v.between(from, a.start)) || len(out) > 0 && reCoord.MatchString(v.between(out[len(out)-1].end, a.start)) {
			out = append(out, a)
		}
	}
	return out
}

// signersBefore walks back from the last signer of a list to its first.
func (b *relBuilder) signersBefore(v *sentView, i int) []arg {
	out := []arg{v.args[i]}
	for j := i - 1; j >= 0; j-- {
		a, next := v.args[j], v.args[j+1]
		if !a.actor() || a.typ == "Person" {
			break
		}
		gap := v.between(a.end, next.start)
		// "..., the five permanent members of the UN Security Council
		// (Britain, ...": drop the body, keep its members and go on.
		if reMembersOf.MatchString(gap) && len(out) > 0 && out[0].id == next.id && j+2 <= i &&
			reParenNextTo.MatchString(v.between(next.end, v.args[j+2].start)) {
			out = append([]arg{a}, out[1:]...)
			continue
		}
		if !reSignerLink.MatchString(gap) {
			break
		}
		out = append([]arg{a}, out...)
	}
	return out
}

// nextAgreement is the first agreement named after pos in the sentence.
func nextAgreement(v *sentView, pos int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start >= pos && m.Type == "Agreement" {
			return m, true
		}
	}
	return mention{}, false
}
