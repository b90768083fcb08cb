package extract

import "regexp"

// A state's delegation told with its members: "The Russian delegation was
// led by Vladimir Medinsky ... and included Alexander Fomin, a deputy
// defence minister"; "Ukraine's team was headed by David Arakhamia and
// included the defence minister, Oleksii Reznikov". The office of a member,
// written without a state, is held for the delegation's state: a deputy
// defence minister in Russia's delegation is Russia's.

var (
	// reDelegationOpens: a sentence about a state's delegation opens with
	// it: "The Russian delegation", "Ukraine's team".
	reDelegationOpens = regexp.MustCompile(`^(?:The` + sp + `+)?$`)
	// memberOffice is an office a delegation's member holds for its state.
	memberOffice = `((?:(?:first|deputy|vice|chief|senior)` + sp + `+)*(?:(?:foreign|defen[cs]e|interior|finance|justice|economy|trade|energy|culture)` + sp + `+minister|prime` + sp + `+minister|minister` + sp + `+of` + sp + `+[a-z]+(?:` + sp + `+affairs)?|ambassador|chief` + sp + `+negotiator|negotiator|chief` + sp + `+of` + sp + `+(?:the` + sp + `+)?general` + sp + `+staff|national` + sp + `+security` + sp + `+advis[eo]r|presidential` + sp + `+advis[eo]r|spokes(?:man|woman|person)))`
	// reMemberOfficeBefore ends right before the member's name: "included
	// the defence minister, ".
	reMemberOfficeBefore = regexp.MustCompile(`\b(?:the|a|an)` + sp + `+` + memberOffice + sp + `*,?` + sp + `*$`)
	// reMemberOfficeAfter follows the name: ", a deputy defence minister".
	reMemberOfficeAfter = regexp.MustCompile(`^` + sp + `*,` + sp + `*(?:the|a|an)` + sp + `+` + memberOffice + `\b`)
)

// delegationMembers reads the offices of the members of the delegation v
// opens with.
func (b *relBuilder) delegationMembers(v *sentView) {
	if len(v.ments) == 0 {
		return
	}
	q := v.ments[0]
	if q.Type != "Country" || !reDelegationOpens.MatchString(v.between(v.start, q.Start)) {
		return
	}
	rest := v.between(q.End, v.end)
	if !q.Demonym {
		// "Ukraine's team": the state's own.
		l := rePossessiveStart.FindStringIndex(rest)
		if l == nil {
			return
		}
		rest = rest[l[1]:]
	}
	if !reDelegationAfter.MatchString(rest) {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" || a.start <= q.End || a.qual != nil {
			continue
		}
		title := ""
		start, end := a.start, a.end
		if l := matchBefore(v, a.m.Start, 60, reMemberOfficeBefore); l != nil {
			title, start = v.between(l[2], l[3]), l[0]
		} else if l := reMemberOfficeAfter.FindStringSubmatchIndex(v.between(a.m.End, v.end)); l != nil {
			title, end = v.between(a.m.End+l[2], a.m.End+l[3]), a.m.End+l[1]
		}
		if title == "" || b.irrealisClause(v, start, end) {
			continue
		}
		b.addRole(a.id, q.EntityID, canonTitle(title), 0.6, v, start, end)
	}
}
