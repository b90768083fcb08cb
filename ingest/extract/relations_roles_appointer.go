package extract

import "regexp"

// An office is often told by who gave it: "Prime Minister Ariel Sharon
// appointed Shaul Mofaz as Minister of Defense", "the Shah named Mohammad
// Mosaddegh prime minister". The appointee holds an office of state for
// the state the appointer serves, or, when the appointer holds no known
// office, for the state the document is about (principalCountry).

var (
	// Between the appointer and the appointee.
	reAppointerVerb = regexp.MustCompile(`^` + sp + `+(?:(?:had|has|then|later|also|formally|soon)` + sp + `+)*(?:appointed|reappointed|named|nominated)` + sp + `+$`)
	// After the appointee: the office.
	reAppointedOffice = regexp.MustCompile(`(?i)^` + sp + `*,?` + sp + `+(?:as` + sp + `+)?(?:the` + sp + `+|his` + sp + `+|her` + sp + `+)?(?:new` + sp + `+)?((?:(?:deputy|vice)` + sp + `+)?prime` + sp + `+minister|premier|` + ministerTitle + `|chief` + sp + `+of` + sp + `+(?:the` + sp + `+)?(?:general` + sp + `+)?staff|ambassador)\b`)
	// What must not follow the office: its own state or body ("minister of
	// X" is read elsewhere).
	reOfficeOfAfter = regexp.MustCompile(`^` + sp + `+(?:of|to|for|at)\b`)
)

// appointedOffices finds HOLDS_ROLE for appointees in v.
func (b *relBuilder) appointedOffices(v *sentView) {
	if !v.has("appointed", "named", "nominated") {
		return
	}
	for i := 0; i+1 < len(v.args); i++ {
		a, p := v.args[i], v.args[i+1]
		if a.typ != "Person" || p.typ != "Person" || a.id == p.id || !reAppointerVerb.MatchString(v.between(a.end, p.start)) {
			continue
		}
		after := v.between(p.end, v.end)
		loc := reAppointedOffice.FindStringSubmatchIndex(after)
		if loc == nil || reOfficeOfAfter.MatchString(after[loc[1]:]) || b.irrealisClause(v, a.start, p.end+loc[1]) {
			continue
		}
		state := ""
		if r, ok := b.roleOf[a.id]; ok && b.typeOf(r.of) == "Country" {
			state = r.of
		} else if _, ok := b.roleOf[a.id]; !ok {
			state = b.principalCountry()
		}
		if state == "" {
			continue
		}
		b.addRole(p.id, state, canonTitle(after[loc[2]:loc[3]]), 0.7, v, a.start, p.end+loc[1])
	}
}
