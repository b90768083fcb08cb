package extract

import "regexp"

// An office of the body a sentence is about, told with "its": "The ANO is
// named after its founder Abu Nidal", "Hamas was led by its founder Ahmed
// Yassin". "its" is the organisation the sentence opens with, when no
// other state or body is named between the two.

// reItsRole is the office right before the person: "its founder", "its
// late leader".
var reItsRole = regexp.MustCompile(`\bits` + sp + `+(?:(?:first|late|former|current|longtime|long-time|new|then|own)` + sp + `+)?(founder|co-founder|leader|chairman|chairwoman|president|commander|head|chief|secretary-general|spokesman|spokesperson)` + sp + `*,?` + sp + `*$`)

// reOpener: what may stand before the organisation a sentence opens with.
var reOpener = regexp.MustCompile(`^(?:(?:The|the)` + sp + `+)?$`)

// itsRoles reads reItsRole for the people of v.
func (b *relBuilder) itsRoles(v *sentView) {
	if !v.has(" its ") || len(v.ments) < 2 {
		return
	}
	org := v.ments[0]
	if org.Type != "Organization" || !reOpener.MatchString(v.between(v.start, org.Start)) {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" || a.m.Start <= org.End {
			continue
		}
		lo := max(org.End, a.m.Start-60)
		loc := reItsRole.FindStringSubmatchIndex(v.between(lo, a.m.Start))
		if loc == nil {
			continue
		}
		if other, ok := nextMention(v, org.End); !ok || other.Start < a.m.Start && other.EntityID != a.id && (other.Type == "Organization" || other.Type == "Country") {
			continue // another body between: "its" may be that one's
		}
		if !b.irrealisClause(v, org.Start, a.m.End) {
			b.addRole(a.id, org.EntityID, canonTitle(v.between(lo+loc[2], lo+loc[3])), 0.75, v, org.Start, a.m.End)
		}
	}
}
