package extract

import "regexp"

// A state's forces told with who commanded them: "The Tanzanian forces
// were commanded by General David Musuguri", "Iraq's army, led by
// General X". The commander holds an office of that state: the rank
// written before the name ("General", as readers write it), else
// Commander.

// reForcesCommandedBy: from the state to the commander, over its forces
// and the verb.
var reForcesCommandedBy = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:armed|ground|land|regular|expeditionary)` + sp + `+)?(?:forces|army|troops|military|units|contingent|expeditionary` + sp + `+force)` + sp + `*,?` + sp + `+(?:(?:was|were)` + sp + `+)?(?:commanded|led)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)

// forcesCommanders finds HOLDS_ROLE for the wording of this file.
func (b *relBuilder) forcesCommanders(v *sentView) {
	if !v.has("commanded by", "led by") {
		return
	}
	for i, q := range v.ments {
		if q.Type != "Country" || i+1 >= len(v.ments) {
			continue
		}
		p := v.ments[i+1]
		if p.Type != "Person" || p.Anaphor || p.Pronoun {
			continue
		}
		start, title := p.Start, "Commander"
		if p.Title != "" && p.TitleStart >= q.End && p.TitleStart < start {
			if !reRankTitle.MatchString(p.Title) {
				continue // "led by Prime Minister X": an office of its own
			}
			start, title = p.TitleStart, canonTitle(p.Title)
		}
		if !reForcesCommandedBy.MatchString(v.between(q.End, start)) || b.irrealisOffice(v, q.Start, p.End) {
			continue
		}
		b.addRole(p.EntityID, q.EntityID, title, 0.75, v, q.Start, p.End)
	}
}
