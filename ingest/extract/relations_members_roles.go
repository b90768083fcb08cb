package extract

// A person who holds an office in an armed group, a party or a movement
// ("al-Qaeda's deputy Ayman al-Zawahiri", "Hezbollah commander Imad
// Mughniyeh") belongs to it: the office implies AFFILIATED_WITH, on the
// same evidence. Offices of governments and international bodies imply
// nothing more: a minister or a spokesperson serves the body without
// being said to be "affiliated" with it.

// roleMemberships adds AFFILIATED_WITH for every HOLDS_ROLE found so far
// whose body is a force, an armed group or a party.
func (b *relBuilder) roleMemberships() {
	n := len(b.rels)
	for i := 0; i < n; i++ {
		r := b.rels[i]
		if r.Type != "HOLDS_ROLE" || b.typeOf(r.To) != "Organization" || b.typeOf(r.From) != "Person" || !b.armedOrParty(r.To) {
			continue
		}
		b.rels = append(b.rels, relation{Type: "AFFILIATED_WITH", From: r.From, To: r.To, Confidence: r.Confidence, Props: carryDate(r.Props), Evidence: r.Evidence})
	}
}
