package extract

import (
	"regexp"
	"strings"
)

// actions finds ATTACKED, SANCTIONED, WITHDREW_FROM and PARTY_TO.
func (b *relBuilder) actions(v *sentView) {
	// An attack told as a noun phrase names its own event before the verb
	// rules date one by the sentence (events_attack_nouns.go).
	b.attackNouns(v)
	b.attacks(v)
	b.antiAttacks(v)
	b.tookPlaces(v)
	if v.has("the city", "the town", "the capital", "the port") {
		b.tookTheTown(v)
	}
	b.elidedTakings(v)
	b.unclaimedAttacks(v)
	b.unclaimedDeeds(v)
	b.sanctions(v)
	b.withdrawals(v)
	b.parties(v)
}

// subjectIDs are the ids a group of args acts for; a person acts for the
// state or organisation they hold a role in when asState is set.
func (b *relBuilder) subjectIDs(parts []arg, asState bool) []string {
	var ids []string
	for _, a := range parts {
		id := a.id
		if asState && a.typ == "Person" {
			r, ok := b.roleOf[a.id]
			if !ok {
				continue
			}
			id = r.of
		}
		ids = append(ids, id)
	}
	return ids
}

// argAt is the arg whose head mention starts at pos.
func argAt(v *sentView, pos int) (arg, bool) {
	for _, a := range v.args {
		if a.m.Start == pos {
			return a, true
		}
	}
	return arg{}, false
}

// possessedAll replaces an object written as a possessor of another
// entity by that entity: "designated Iran's IRGC" designates the IRGC.
func possessedAll(v *sentView, objs []arg) []arg {
	out := make([]arg, len(objs))
	for i, o := range objs {
		out[i] = o
		// A person's arg may run on over an apposition ("Maher al-Assad,
		// commander of the Syrian Arab Army"): a possessive after it is
		// the apposition's, so only one right after the name counts.
		end := o.end
		if o.typ == "Person" && o.m.End < end {
			end = o.m.End
		}
		for _, a := range v.args {
			if a.start > end && rePossessiveGap.MatchString(v.between(end, a.start)) {
				out[i] = a
				break
			}
		}
	}
	return out
}

// argEndingBefore is the arg that ends last at or before pos.
func argEndingBefore(v *sentView, pos int) (arg, bool) {
	var best arg
	found := false
	for _, a := range v.args {
		if a.end <= pos && (!found || a.end > best.end) {
			best, found = a, true
		}
	}
	return best, found
}

// pronounSubject resolves "he" or "she" before pos to the sentence's only
// person mentioned before the pronoun.
func (b *relBuilder) pronounSubject(v *sentView, pos int) (arg, bool) {
	locs := rePronoun.FindAllStringIndex(v.between(v.start, pos), -1)
	if len(locs) == 0 {
		return arg{}, false
	}
	at := v.start + locs[len(locs)-1][0]
	var people []arg
	for _, a := range v.args {
		if a.typ == "Person" && a.end <= at {
			people = append(people, a)
		}
	}
	if len(people) != 1 {
		return arg{}, false
	}
	return people[0], true
}

var rePossessiveGap = regexp.MustCompile(`^['’]s` + sp + `+$`)

var rePronoun = regexp.MustCompile(`\b(?:he|she)\b`)

// objectsAfter is the first arg starting at or after pos, of any type,
// with the args coordinated with it ("Natanz and Fordow").
func objectsAfter(v *sentView, pos int) []arg {
	var out []arg
	for _, a := range v.args {
		if a.start < pos {
			continue
		}
		// "Tripoli and the western city of Misrata": two places.
		if len(out) > 0 && !reCoord.MatchString(v.between(out[len(out)-1].end, a.start)) &&
			!(a.typ == "Place" && out[len(out)-1].typ == "Place" && reCoordPlaceKind.MatchString(v.between(out[len(out)-1].end, a.start))) {
			break
		}
		// "…, and Iranian gunboats attacked Kuwaiti tankers": an actor
		// after ", and" that a verb follows opens a clause of its own
		// ("an attack on Israel and Egypt killed 30" lists two targets).
		if len(out) > 0 && reNextClauseVerb.MatchString(v.between(a.end, v.end)) && strings.Contains(v.between(out[len(out)-1].end, a.start), ", and") {
			break
		}
		out = append(out, a)
	}
	return out
}
