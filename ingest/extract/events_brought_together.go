package extract

import "regexp"

// The people a gathering "brought together" took part in it: "The final
// round of negotiations in Doha brought together Israeli negotiators led
// by Mossad chief David Barnea, senior Hamas official Khalil al-Hayya, U.S.
// envoy Brett McGurk and … Steve Witkoff". Each person named in the rest
// of the clause, whatever describes them, is one of those it gathered,
// but for one named as another's ("Donald Trump's … envoy").

// reBroughtTogether: right after a gathering (and where it met), the verb
// that lists who came.
var reBroughtTogether = regexp.MustCompile(`^(?:` + sp + `+(?:in|at)` + sp + `+[^,;:()]{1,30}?)?` + sp + `+(?:brought` + sp + `+together|gathered|assembled|drew` + sp + `+together)` + sp + `+`)

// reOfficeOfBefore: right before a state or body that only qualifies an
// office or a group: "Special Envoy for", "Contact Group on".
var reOfficeOfBefore = regexp.MustCompile(`(?:\b(?:Envoy|Representative|Coordinator|Commissioner|Group|Committee|Council|Office|Mission)` + sp + `+(?:for|on|of|to)` + sp + `+(?:the` + sp + `+)?|['’]s` + sp + `+)$`)

// reOfficeAfterBody: right after a body, the office it qualifies: "UN
// Special Envoy", "EU High Representative".
var reOfficeAfterBody = regexp.MustCompile(`^` + sp + `+(?:\p{Lu}[\w-]*` + sp + `+){0,2}?(?:Envoy|Representative|Secretary|Minister|Ambassador|Coordinator|Commissioner|Chief|Head|Spokesperson|Spokesman|Adviser|Advisor)\b`)

// broughtTogether adds PARTICIPATED_IN for the people a gathering of v
// brought together.
func (b *relBuilder) broughtTogether(v *sentView) {
	if !v.has("brought together", "gathered", "assembled", "drew together") {
		return
	}
	for _, m := range b.eventMentsOf(v) {
		if !b.eventKindIn(m.EntityID, gatheringKinds) {
			continue
		}
		loc := reBroughtTogether.FindStringIndex(v.between(m.End, v.end))
		if loc == nil || b.irrealisClause(v, m.Start, m.End+loc[1]) {
			continue
		}
		from, to := m.End+loc[1], v.end
		if end := reListEnd.FindStringIndex(v.between(from, v.end)); end != nil {
			to = from + end[0]
		}
		for _, a := range v.args {
			// "President-elect Donald Trump's incoming Middle East envoy
			// Steve Witkoff": the possessor describes the one who came.
			if a.start < from || a.end > to || a.m.Pronoun || a.m.Demonym || rePossessiveAfter.MatchString(v.between(a.m.End, v.end)) {
				continue
			}
			// "the Arab Ministerial Contact Group on Syria — Jordan, …":
			// a state or body brought together came; one a person or a
			// body is of ("the UN Special Envoy for Syria", "the Contact
			// Group on Syria") is only named.
			if a.typ != "Person" && (a.typ != "Country" && a.typ != "Organization" || reOfficeOfBefore.MatchString(v.between(max(from, a.start-30), a.start)) ||
				reOfficeAfterBody.MatchString(v.between(a.m.End, v.end))) {
				continue
			}
			b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, m.Start, a.end)
		}
	}
}
