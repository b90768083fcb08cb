package extract

import "regexp"

// Joining a party or group told past another name: "Mofaz had joined
// Sharon's Likud" (both are of the Likud: the party is called Sharon's),
// "Mofaz left the Likud to join Kadima" (the subject joined the second).

var (
	// Between the subject and the possessor: "had joined", "joined".
	reJoinedOwner = regexp.MustCompile(`^` + sp + `+(?:(?:had|has|have|later|then|eventually|also|soon)` + sp + `+)*(?:joined|rejoined)` + sp + `+$`)
	// Between the subject and the party joined: "left the Likud to join".
	reLeftToJoin = regexp.MustCompile(`^` + sp + `+(?:(?:had|has|later|then|eventually|also|soon)` + sp + `+)*(?:left|quit|withdrew` + sp + `+from|resigned` + sp + `+from|broke` + sp + `+with|defected` + sp + `+from)` + sp + `+[^,;.]{1,80}?` + sp + `+(?:in` + sp + `+order` + sp + `+)?to` + sp + `+(?:join|found|form|establish)` + sp + `+(?:the` + sp + `+)?$`)
)

// joinedBodies reads the two forms above for the people of v.
func (b *relBuilder) joinedBodies(v *sentView) {
	if !v.has("join") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		// "joined Sharon's Likud".
		if owner, ok := nextMention(v, a.end); ok && owner.Type == "Person" && reJoinedOwner.MatchString(v.between(a.end, owner.Start)) {
			if org, ok := nextMention(v, owner.End); ok && org.Type == "Organization" && rePossessiveOnly.MatchString(v.between(owner.End, org.Start)) &&
				!b.irrealisClause(v, a.start, org.End) {
				b.add("AFFILIATED_WITH", a.id, org.EntityID, 0.75, nil, v, a.start, org.End)
				b.add("AFFILIATED_WITH", owner.EntityID, org.EntityID, 0.7, nil, v, owner.Start, org.End)
			}
		}
		// "left the Likud to join Kadima": the organisation right after
		// the verb of joining is the one joined.
		for _, m := range v.ments {
			if m.Start <= a.end || m.Type != "Organization" || !reLeftToJoin.MatchString(v.between(a.end, m.Start)) {
				continue
			}
			if !b.irrealisClause(v, a.start, m.End) {
				b.add("AFFILIATED_WITH", a.id, m.EntityID, 0.75, nil, v, a.start, m.End)
			}
			break
		}
	}
}

// rePossessiveOnly is a bare possessive between an owner and what it owns.
var rePossessiveOnly = regexp.MustCompile(`^['’]s` + sp + `+(?:the` + sp + `+)?$`)
