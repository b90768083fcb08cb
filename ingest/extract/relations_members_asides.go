package extract

import (
	"regexp"
	"strings"
)

// Membership told in passing, beside a person's name: the party in
// brackets after it ("David Amsalem (Likud)"), a clause of belonging
// ("X, who belongs to the Kataeb Party") and an organisation's possessive
// right before it ("Hezbollah's Ahmed Quxley"). A state's possessive is
// not membership ("Iran's Araghchi" is an office, the role rules').

var (
	// Between a person and the organisation in brackets after them.
	reBracketOrg = regexp.MustCompile(`^` + sp + `*\(` + sp + `*(?:the` + sp + `+)?$`)
	// Between a person and the organisation they belong to.
	reBelongsTo = regexp.MustCompile(`^` + sp + `*,` + sp + `+who` + sp + `+(?:belongs|belonged|belong)` + sp + `+to` + sp + `+(?:the` + sp + `+)?$`)
)

// memberAsides reads the three forms above for the people of v.
func (b *relBuilder) memberAsides(v *sentView) {
	for i, m := range v.ments {
		if m.Type != "Person" {
			continue
		}
		if next, ok := nextMention(v, m.End); ok && next.Type == "Organization" && !b.irrealisClause(v, m.Start, next.End) {
			after := v.between(next.End, min(v.end, next.End+3))
			switch {
			case reBracketOrg.MatchString(v.between(m.End, next.Start)) && len(after) > 0 && after[0] == ')':
				b.add("AFFILIATED_WITH", m.EntityID, next.EntityID, 0.7, nil, v, m.Start, next.End+1)
			case reBelongsTo.MatchString(v.between(m.End, next.Start)):
				b.add("AFFILIATED_WITH", m.EntityID, next.EntityID, 0.75, nil, v, m.Start, next.End)
			}
		}
		if i > 0 {
			org := v.ments[i-1]
			gap := v.between(org.End, m.Start)
			possessive := strings.HasSuffix(org.Text, "'s") || strings.HasSuffix(org.Text, "’s") || strings.HasPrefix(gap, "'s") || strings.HasPrefix(gap, "’s")
			if org.Type == "Organization" && possessive && reOwnerGap.MatchString(gap) {
				b.add("AFFILIATED_WITH", m.EntityID, org.EntityID, 0.65, nil, v, org.Start, m.End)
			}
		}
	}
}
