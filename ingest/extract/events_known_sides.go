package extract

import "regexp"

// The catalog knows who fought its wars and carried out its operations
// (catalogEntry.Sides): the Suez Crisis was fought by Israel, the United
// Kingdom and France against Egypt. A sentence that names such an event
// and one of its sides is read as that side's part in it: "Israel
// occupied the Sinai in the Suez Crisis", "the Six-Day War, in which
// Jordan lost the West Bank". The sentence is the evidence; the catalog
// only says which of the states and groups it names took part.
//
// The relation is weaker than one a rule reads from wording
// (knownSideConfidence), and it is not read:
//
//   - from a demonym used as an adjective, which is no argument;
//   - where the event only dates the sentence ("In the aftermath of the
//     1948 Arab–Israeli War, Lebanon became home to refugees", "after",
//     "since", "before");
//   - where the sentence denies it or speaks of what might be
//     (irrealisClause: "Jordan did not join the war", "could enter").

// knownSideConfidence marks a side the catalog named and a sentence
// mentioned with the event.
const knownSideConfidence = 0.6

// reEventAsTime is what makes an event the time of a sentence rather
// than its subject: "after the war", "in the aftermath of the war".
var reEventAsTime = regexp.MustCompile(`(?i)\b(?:after|following|since|before|prior` + sp + `+to|until|aftermath` + sp + `+of|wake` + sp + `+of|end` + sp + `+of|eve` + sp + `+of|years` + sp + `+of|outbreak` + sp + `+of)` + sp + `+(?:the` + sp + `+)?(?:\d{4}` + sp + `+)?$`)

// knownSides adds PARTICIPATED_IN for every side of a catalog event named
// in the same sentence as the event.
func (b *relBuilder) knownSides(v *sentView) {
	for _, ev := range v.ments {
		e, ok := b.ents.Entities[ev.EntityID]
		if !ok || e.Type != "Event" || len(e.Sides) == 0 || reEventAsTime.MatchString(v.between(max(v.start, ev.Start-40), ev.Start)) {
			continue
		}
		for _, a := range v.args {
			if !hasString(e.Sides, a.id) {
				continue
			}
			start, end := min(a.start, ev.Start), max(a.end, ev.End)
			if b.irrealisClause(v, start, end) {
				continue
			}
			b.add("PARTICIPATED_IN", a.id, ev.EntityID, knownSideConfidence, nil, v, start, end)
		}
	}
}
