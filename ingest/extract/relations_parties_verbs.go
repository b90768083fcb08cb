package extract

import "regexp"

// More verbs that make a state a party to a named agreement: agreeing to
// carry it out ("Israel and Lebanon agreed to implement the framework")
// and accepting it ("Iran accepted the JCPOA"). Urging, welcoming or
// endorsing someone else's agreement does not.

var rePartyAgreedTo = regexp.MustCompile(preVerbWhen + `(?:(?:agreed|agrees|agree|committed|commits|commit|pledged|pledges|pledge)` + sp + `+to` + sp + `+(?:(?:fully|jointly|faithfully|swiftly)` + sp + `+)?(?:implement|implementing|abide` + sp + `+by|abiding` + sp + `+by|uphold|upholding|honou?r|honou?ring|respect|respecting|adhere` + sp + `+to|comply` + sp + `+with)|(?:accepted|accepts|formally` + sp + `+accepted|ratified|ratifies))` + sp + `+(?:the` + sp + `+)?$`)

// rePartyImplements: a state carrying an agreement out is bound by it:
// "Israel implemented the framework", "Lebanon continues to implement
// the framework", "support for Lebanon as it implements the framework".
var (
	rePartyImplements = regexp.MustCompile(preVerbWhen + `(?:(?:is|are|was|were)` + sp + `+)?` + implementsVerb)
	// "as it implements": a clause of its own, whatever the words before
	// the state ("support for Lebanon as it implements") say of it.
	reAsItImplements = regexp.MustCompile(`^,?` + sp + `+as` + sp + `+(?:it|they)` + sp + `+` + implementsVerb)
)

const implementsVerb = `(?:implements|implemented|implementing|(?:continues|continue|continued|began|begins|begin|started|starts)` + sp + `+(?:to` + sp + `+implement|implementing))` + sp + `+(?:(?:fully|faithfully)` + sp + `+)?(?:the` + sp + `+)?$`

var (
	// "efforts by the United States to implement the MOU", "Iran's steps to
	// implement the JCPOA": working to carry an agreement out is a party's.
	reEffortsByBefore = regexp.MustCompile(`(?i)\b(?:efforts|steps|measures|work|actions)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	reToImplement     = regexp.MustCompile(`^` + sp + `+to` + sp + `+(?:(?:fully|faithfully)` + sp + `+)?(?:implement|uphold|honou?r|comply` + sp + `+with)` + sp + `+(?:the` + sp + `+)?$`)
	reOwnEffortsTo    = regexp.MustCompile(`^['’]s` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:efforts|steps|measures|work|actions)` + sp + `+to` + sp + `+(?:(?:fully|faithfully)` + sp + `+)?(?:implement|uphold|honou?r|comply` + sp + `+with)` + sp + `+(?:the` + sp + `+)?$`)
)

// partiesAgreedTo finds PARTY_TO for the verbs of this file.
func (b *relBuilder) partiesAgreedTo(v *sentView) {
	if !v.has("agree", "commit", "pledg", "accept", "ratif", "implement", "uphold", "honor", "honour", "comply") {
		return
	}
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		agr, ok := nextMention(v, last.end)
		if !ok || agr.Type != "Agreement" {
			continue
		}
		gap := v.between(last.end, agr.Start)
		efforts := reOwnEffortsTo.MatchString(gap) && len(g) == 1 ||
			reToImplement.MatchString(gap) && reEffortsByBefore.MatchString(v.between(max(v.start, first.start-30), first.start))
		asIt := reAsItImplements.MatchString(gap) && !irrealis.MatchString(gap)
		if !efforts && !asIt && (!rePartyAgreedTo.MatchString(gap) && !rePartyImplements.MatchString(gap) || b.irrealisClause(v, first.start, agr.End)) {
			continue
		}
		for _, p := range argsOf(v, g) {
			if p.typ == "Country" || p.typ == "Organization" {
				b.add("PARTY_TO", p.id, agr.EntityID, 0.8, nil, v, first.start, agr.End)
			}
		}
	}
}
