package extract

import "regexp"

// A gathering held "at the invitation of" someone was his to host: "The
// Arab Ministerial Contact Group on Syria … met today in Aqaba at the
// invitation of Jordanian Deputy Prime Minister … Ayman Safadi", "Sadat
// visited Jerusalem at the invitation of Israeli Prime Minister Menachem
// Begin". The one who invited took part in the one event of the sentence,
// and the state whose office he holds hosted a meeting, summit, conference
// or talks (a visit is the visitor's; its host is told by the place).

// reInvitationOf ends right before the one who invited: "at the
// invitation of", "Upon the invitation of".
var reInvitationOf = regexp.MustCompile(`(?i)\b(?:at|upon|on)` + sp + `+the` + sp + `+(?:personal` + sp + `+|official` + sp + `+|joint` + sp + `+)?invitation` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)

// invitedBy records the inviter of the one event of v.
func (b *relBuilder) invitedBy(v *sentView) {
	if !v.has("invitation of") {
		return
	}
	id, ok := b.oneEventOf(v.idx)
	if !ok {
		return // none, or two: whose invitation it was is not told
	}
	for _, g := range groups(v) {
		first := v.args[g[0]]
		if !reInvitationOf.MatchString(v.between(max(v.start, first.start-90), first.start)) {
			continue
		}
		if b.irrealisClause(v, v.start, first.end) {
			return
		}
		for _, a := range argsOf(v, g) {
			if a.m.Demonym {
				continue
			}
			b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, first.start, a.end)
			state := a.id
			if a.typ == "Person" {
				state = b.roleOf[a.id].of
			}
			if b.typeOf(state) == "Country" && b.eventKindIn(id, gatheringKinds) {
				b.add("HOSTED", state, id, 0.7, nil, v, first.start, a.end)
			}
		}
		return
	}
}
