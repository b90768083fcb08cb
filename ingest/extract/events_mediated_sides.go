package extract

import "sort"

// The two sides of talks someone mediated negotiated with each other:
// "Kosygin mediated between the Indian prime minister, Lal Bahadur
// Shastri, and the president of Pakistan, Ayub Khan" tells of talks
// between Shastri and Ayub Khan, whatever the mediator did. Only talks
// with exactly two sides of one kind (two people, two states), both told
// in one sentence, say who faced whom.

// mediatedSidesNegotiated adds NEGOTIATED_WITH between the two sides of
// every mediated talks event.
func (b *relBuilder) mediatedSidesNegotiated() {
	mediated := map[string]bool{}
	for _, r := range b.rels {
		if r.Type == "MEDIATED" {
			mediated[r.To] = true
		}
	}
	sides := map[string][]relation{}
	for _, r := range b.rels {
		if r.Type != "PARTICIPATED_IN" || len(r.Evidence) == 0 || b.eventKind(r.To) != "talks" {
			continue
		}
		if !mediated[r.To] {
			continue
		}
		sides[r.To] = append(sides[r.To], r)
	}
	ids := make([]string, 0, len(sides))
	for id := range sides {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		var two []relation
		seen := map[string]bool{}
		for _, r := range sides[id] {
			if !seen[r.From] {
				seen[r.From] = true
				two = append(two, r)
			}
		}
		if len(two) != 2 {
			continue
		}
		a, c := two[0].Evidence[0], two[1].Evidence[0]
		v := b.viewAt(a.Start)
		if v == nil || b.viewAt(c.Start) != v {
			continue
		}
		if b.typeOf(two[0].From) != b.typeOf(two[1].From) {
			continue
		}
		b.add("NEGOTIATED_WITH", two[0].From, two[1].From, 0.7, nil, v, min(a.Start, c.Start), max(a.End, c.End))
	}
}
