package extract

import "regexp"

// A state "under" a titled ruler is the one the ruler held the office of:
// "the war fought between Uganda under President Idi Amin and Tanzania",
// "Egypt under King Farouk". The title must be a ruler's or a head of
// government's; a rank ("Iraq under General Qasim") says what the man was
// in the army, not what he held of the state.

var (
	// reStateUnder: between the state and the title, "under".
	reStateUnder = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:then|now|long|still)` + sp + `+)?under` + sp + `+(?:the` + sp + `+)?$`)
	// reRulerTitle: the titles of rulers and heads of government.
	reRulerTitle = regexp.MustCompile(`(?i)^(?:(?:acting|interim|late)` + sp + `+)?(?:president|prime` + sp + `+minister|premier|king|queen|emir|amir|shah|sultan|khedive|emperor|empress|tsar|czar|caliph|chancellor|supreme` + sp + `+leader)$`)
)

// statesUnderRulers finds HOLDS_ROLE for the wording of this file.
func (b *relBuilder) statesUnderRulers(v *sentView) {
	if !v.has("under") {
		return
	}
	for i, q := range v.ments {
		if q.Type != "Country" || q.Demonym || i+1 >= len(v.ments) {
			continue
		}
		p := v.ments[i+1]
		if p.Type != "Person" || p.Anaphor || p.Pronoun || p.Title == "" || p.TitleStart < q.End {
			continue
		}
		if !reStateUnder.MatchString(v.between(q.End, p.TitleStart)) || !reRulerTitle.MatchString(p.Title) {
			continue
		}
		b.addRole(p.EntityID, q.EntityID, canonTitle(p.Title), 0.8, v, q.Start, p.End)
	}
}
