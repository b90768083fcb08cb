package extract

import "regexp"

// "Nuri al-Said led Iraq as prime minister fourteen times", "Nasser ruled
// Egypt as president", "Heydar Aliyev led Soviet Azerbaijan as First
// Secretary of the Communist Party of Azerbaijan": a person who led a
// state as an office held it, for the state, or for the body named after
// the office.

// reLedStateVerb: from the person to the state, the verb of leading.
var reLedStateVerb = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|then|briefly|once|twice|effectively)` + sp + `+)?(?:led|ruled|governed|headed)` + sp + `+(?:\p{Lu}[\w'’-]*` + sp + `+)?$`)

// reAsOffice: after the state, "as prime minister", "as its president",
// "as First Secretary of the"; the office is captured, and the "of" that
// names the body the office was held in.
var reAsOffice = regexp.MustCompile(`^` + sp + `+as` + sp + `+(?:(?:its|the|a)` + sp + `+)?` + roleNoun + `(` + sp + `+of` + sp + `+(?:the` + sp + `+)?)?`)

// ledAsRoles finds HOLDS_ROLE told as above.
func (b *relBuilder) ledAsRoles(v *sentView) {
	if !v.has(" as ") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" || a.m.Anaphor {
			continue
		}
		q, ok := nextMention(v, a.m.End)
		if !ok || q.Type != "Country" || !reLedStateVerb.MatchString(v.between(a.m.End, q.Start)) {
			continue
		}
		// "led Soviet Azerbaijan": the adjective of the union before the
		// republic's name; the republic is the state led.
		if q.Demonym {
			if q2, ok2 := nextMention(v, q.End); ok2 && q2.Type == "Country" && !q2.Demonym && q2.Start-q.End <= 1 {
				q = q2
			}
		}
		after := v.between(q.End, v.end)
		loc := reAsOffice.FindStringSubmatchIndex(after)
		if loc == nil || q.Demonym || b.irrealisClause(v, a.m.Start, q.End+loc[1]) {
			continue
		}
		title := canonTitle(after[loc[2]:loc[3]])
		holder, end := q.EntityID, q.End+loc[1]
		if loc[4] >= 0 {
			// The office is of the body named after "of".
			body, ok := nextMention(v, q.End+loc[5])
			if !ok || body.Start != q.End+loc[5] || body.Type != "Organization" {
				continue
			}
			holder, end = body.EntityID, body.End
		}
		b.addRole(a.id, holder, title, 0.8, v, a.m.Start, end)
	}
}
