package extract

import "regexp"

// A gathering named after its city ("the Helsinki summit", "the Geneva
// talks", "the Madrid Conference") was held in that city. Only a city or
// other place names the site this way: "the Iran talks" are about Iran,
// not held there. And people who met "at the Helsinki summit" took part
// in it as well as in their own meeting.

var (
	// The head noun of a gathering's name.
	reGatheringHead = regexp.MustCompile(`(?i)\b(?:summit|conference|talks|negotiations|forum|meeting|meetings|congress)$`)
	// Right before the gathering: "at the", "during the", "on the
	// margins of the" is read elsewhere (events_meetings.go).
	reAtNamedGathering = regexp.MustCompile(`\b(?:at|during)` + sp + `+the` + sp + `+$`)
)

// gatheringSites finds HELD_IN for gatherings named after their place,
// and the participants of the sentence's meeting who met at one.
func (b *relBuilder) gatheringSites(v *sentView) {
	for _, e := range b.eventMentsOf(v) {
		if !reGatheringHead.MatchString(e.Text) {
			continue
		}
		for _, p := range v.ments {
			if p.Type == "Place" && !p.Demonym && p.Start == e.Start && p.End < e.End {
				b.add("HELD_IN", e.EntityID, p.EntityID, 0.8, nil, v, e.Start, e.End)
				break
			}
		}
		if !reAtNamedGathering.MatchString(v.between(max(v.start, e.Start-16), e.Start)) {
			continue
		}
		met := b.soleEvent(v.idx, "meeting", "talks")
		if met == "" {
			continue
		}
		for _, r := range b.rels {
			if r.Type == "PARTICIPATED_IN" && r.To == met && b.typeOf(r.From) == "Person" {
				b.add("PARTICIPATED_IN", r.From, e.EntityID, 0.75, nil, v, r.Evidence[0].Start, e.End)
			}
		}
	}
}
