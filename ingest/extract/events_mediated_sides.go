package extract

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
	b.eachCoParticipants(func(r relation) bool {
		return mediated[r.To] && b.eventKind(r.To) == "talks"
	}, func(v *sentView, parts []relation) {
		if len(parts) == 2 && b.typeOf(parts[0].From) == b.typeOf(parts[1].From) {
			b.addBetweenParticipants("NEGOTIATED_WITH", v, parts[0], parts[1])
		}
	})
}
