package extract

import "regexp"

// The catalog knows who fought its wars and carried out its operations,
// and who the parties to its agreements are (catalogEntry.Sides): the Suez
// Crisis was fought by Israel, the United Kingdom and France against
// Egypt; Israel and Jordan made their peace treaty. A sentence that names
// such an event and one of its sides is read as that side's part in it
// (PARTICIPATED_IN): "Israel occupied the Sinai in the Suez Crisis", "the
// Six-Day War, in which Jordan lost the West Bank". One that names such an
// agreement and a party is read as the party's (PARTY_TO): "Iran kept to
// the JCPOA", "the United States left the JCPOA" (it was a party still).
// The sentence is the evidence; the catalog only says which of the states
// and groups it names take part.
//
// The relation is weaker than one a rule reads from wording
// (knownSideConfidence), and it is not read:
//
//   - from a demonym used as an adjective, which is no argument;
//   - from a possessive of something else ("tearing up the Obama Iran
//     deal ... obliterated Iran's nuclear sites");
//   - where the event or agreement only dates the sentence ("In the aftermath of the
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

// rePossessiveAfter follows a possessive.
var rePossessiveAfter = regexp.MustCompile(`^['’]s\b`)

// knownSides adds PARTICIPATED_IN for every side of a catalog event, and
// PARTY_TO for every party of a catalog agreement, named in the same
// sentence as the event or agreement.
func (b *relBuilder) knownSides(v *sentView) {
	for _, ev := range v.ments {
		e, ok := b.ents.Entities[ev.EntityID]
		if !ok || len(e.Sides) == 0 || reEventAsTime.MatchString(v.between(max(v.start, ev.Start-40), ev.Start)) {
			continue
		}
		typ := "PARTICIPATED_IN"
		switch e.Type {
		case "Event":
		case "Agreement":
			typ = "PARTY_TO"
		default:
			continue
		}
		for _, a := range v.args {
			if !hasString(e.Sides, a.id) {
				continue
			}
			if rePossessiveAfter.MatchString(v.between(a.end, v.end)) && !(ev.Start >= a.end && ev.Start-a.end <= 30) {
				continue // "Iran's nuclear sites": the state owns something else
			}
			start, end := min(a.start, ev.Start), max(a.end, ev.End)
			if b.irrealisClause(v, start, end) {
				continue
			}
			b.add(typ, a.id, ev.EntityID, knownSideConfidence, nil, v, start, end)
		}
	}
}
