package extract

import (
	"regexp"
	"strings"
)

// A journey is often told with the people met on it as a participle:
// "Albright makes her first trip to the region as secretary of state,
// meeting Netanyahu in Jerusalem and Arafat in Ramallah", "Lavrov flew to
// Damascus, meeting with President Assad". The clause's subject met each
// of them.

var (
	// reMeetingParticiple: the participle after a comma.
	reMeetingParticiple = regexp.MustCompile(`,` + sp + `+(?:also` + sp + `+|again` + sp + `+|then` + sp + `+)?meeting` + sp + `+(?:with` + sp + `+)?$`)
	// reMetNext: between two people met: a place each was met in, a comma
	// or "and".
	reMetNext = regexp.MustCompile(`^(?:` + sp + `+(?:in|at)` + sp + `+[^,;()]{1,40}?)?` + sp + `*(?:,` + sp + `*(?:and` + sp + `+)?|` + sp + `+and` + sp + `+)(?:with` + sp + `+)?(?:(?:the|his|her|their)` + sp + `+)?(?:[\p{Ll}-]+` + sp + `+){0,3}?$`)
)

// participleMeetings finds MET_WITH for the people a participle after the
// clause says its subject met.
func (b *relBuilder) participleMeetings(v *sentView) {
	if len(v.args) < 2 || !v.has("meeting") {
		return
	}
	s := v.args[0]
	if s.typ != "Person" || !reClauseOpening.MatchString(v.between(v.start, s.start)) {
		return
	}
	var met []arg
	for _, a := range v.args[1:] {
		if a.typ != "Person" {
			continue
		}
		if len(met) == 0 {
			before := v.between(s.end, a.start)
			loc := reMeetingParticiple.FindStringIndex(before)
			if loc == nil || len(before) > 200 || strings.ContainsAny(before, ";:") {
				continue
			}
		} else if !reMetNext.MatchString(v.between(met[len(met)-1].end, a.start)) {
			break
		}
		met = append(met, a)
	}
	if len(met) == 0 || b.irrealisClause(v, s.start, met[len(met)-1].end) {
		return
	}
	for _, a := range met {
		if a.id != s.id {
			b.add("MET_WITH", s.id, a.id, 0.75, nil, v, s.start, a.end)
		}
	}
}
