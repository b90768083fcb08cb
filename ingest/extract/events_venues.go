package extract

import "regexp"

// reEventIn is what stands between a named event and the place it
// happened: "the Tanker War in the Persian Gulf", "Operation Praying
// Mantis in the Persian Gulf", "the incidents took place in the Gulf of
// Oman".
var reEventIn = regexp.MustCompile(`^` + sp + `+(?:(?:took` + sp + `+place|was` + sp + `+fought|were` + sp + `+fought|was` + sp + `+held|were` + sp + `+held|occurred|happened|unfolded|erupted)` + sp + `+)?(?:in|at)` + sp + `+(?:the` + sp + `+)?$`)

// namedEventVenues gives HELD_IN for an event mention followed by the place
// it happened in. The place must come right after the name (or its verb):
// further away, "in" usually locates something else of the sentence.
func (b *relBuilder) namedEventVenues(v *sentView) {
	for i, m := range v.ments {
		if m.Type != "Event" || i+1 >= len(v.ments) {
			continue
		}
		p := v.ments[i+1]
		if (p.Type != "Place" && p.Type != "Country") || p.Demonym || p.Start-m.End > 40 {
			continue
		}
		if !reEventIn.MatchString(v.between(m.End, p.Start)) || b.irrealisClause(v, m.Start, p.End) {
			continue
		}
		b.add("HELD_IN", m.EntityID, p.EntityID, 0.8, nil, v, m.Start, p.End)
	}
}
