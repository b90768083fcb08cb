package extract

import (
	"regexp"
	"strings"
)

// Offices and memberships told with a copula and the organisation as a
// modifier or after "one of the": "Yahya Sinwar was a Hamas leader",
// "Imad Mughniyeh was a senior Hezbollah commander", "Khalil al-Wazir was
// one of the founders of Fatah". The appositive forms (", a Hamas
// leader,") are read with the arguments (relations_args.go).

var (
	// Between the person and the organisation: "was a", "is a senior".
	reCopulaOrgLead = regexp.MustCompile(`^` + sp + `+(?:was|is|became|remained|had` + sp + `+been|has` + sp + `+been)` + sp + `+(?:a|an)` + sp + `+(?:(?:senior|top|former|veteran|prominent|leading|longtime|long-time|high-ranking|key|founding)` + sp + `+)*$`)
	// The role after the organisation: "leader", "military commander".
	reCopulaOrgRole = regexp.MustCompile(`^` + sp + `+((?:(?:military|political|senior|field|regional|deputy)` + sp + `+)?(?:leader|commander|official|member|founder|co-founder|chief|spokesman|spokesperson|ideologue|financier))\b`)
	// "was one of the founders of", "was among the leaders of".
	reOneOfTheMembers = regexp.MustCompile(`^` + sp + `+(?:was|is|became|remained)` + sp + `+(?:one` + sp + `+of|among)` + sp + `+the` + sp + `+(?:(?:original|first|early|senior|main|principal|top)` + sp + `+)?(founders|co-founders|leaders|commanders|members|officials)` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
)

// copulaOrgRoles reads the two forms above for person a.
func (b *relBuilder) copulaOrgRoles(v *sentView, a arg) {
	q, ok := nextMention(v, a.m.End)
	if !ok || q.Type != "Organization" || continuesName(v.text, q.End) {
		return
	}
	gap := v.between(a.m.End, q.Start)
	if reCopulaOrgLead.MatchString(gap) {
		if loc := reCopulaOrgRole.FindStringSubmatchIndex(v.between(q.End, v.end)); loc != nil && !b.irrealisClause(v, a.start, q.End+loc[1]) {
			b.addRole(a.id, q.EntityID, canonTitle(v.text[q.End+loc[2]:q.End+loc[3]]), 0.8, v, a.m.Start, q.End+loc[1])
		}
		return
	}
	if loc := reOneOfTheMembers.FindStringSubmatchIndex(gap); loc != nil && !b.irrealisClause(v, a.start, q.End) {
		plural := gap[loc[2]:loc[3]]
		b.addRole(a.id, q.EntityID, canonTitle(strings.TrimSuffix(plural, "s")), 0.8, v, a.m.Start, q.End)
	}
}
