package extract

import "regexp"

// A party told by the person it belongs to: "Nouri al-Maliki's State of
// Law Coalition", "the Sadrist Movement of Shi'ite cleric Moqtada
// al-Sadr". The person is the party's (AFFILIATED_WITH); which office he
// holds in it the phrase does not say.

var (
	// rePossessiveParty: right between the person and the party.
	rePossessiveParty = regexp.MustCompile(`^['’]s` + sp + `+(?:(?:own|new|ruling)` + sp + `+)?$`)
	// reOfPartyPerson: between the party and its person, what he is.
	reOfPartyPerson = regexp.MustCompile(`^` + sp + `+of` + sp + `+(?:(?:the` + sp + `+)?(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)` + sp + `+){0,3}$`)
	// reGroupingWord: a word naming a party or electoral list.
	reGroupingWord = regexp.MustCompile(`(?i)\b(?:party|movement|coalition|alliance|bloc|list)\b`)
)

// partyPeople finds the people parties of v are told by. Mentions, not
// args, are read: "the Sadrist Movement of Shi'ite cleric Moqtada
// al-Sadr" is one arg, the cleric with all that describes him.
func (b *relBuilder) partyPeople(v *sentView) {
	for i, m := range v.ments {
		if i+1 >= len(v.ments) {
			break
		}
		next := v.ments[i+1]
		if m.Demonym || next.Demonym || m.Anaphor || next.Anaphor {
			continue
		}
		gap := v.between(m.End, next.Start)
		switch {
		case m.Type == "Person" && next.Type == "Organization" && b.groupingName(v, next) && rePossessiveParty.MatchString(gap):
			b.add("AFFILIATED_WITH", m.EntityID, next.EntityID, 0.7, nil, v, m.Start, next.End)
		case m.Type == "Organization" && next.Type == "Person" && b.groupingName(v, m) &&
			reOfPartyPerson.MatchString(gap) && !reStateWords.MatchString(gap):
			b.add("AFFILIATED_WITH", next.EntityID, m.EntityID, 0.7, nil, v, m.Start, next.End)
		}
	}
}

// reStateWords: a state's office between a body and a person may make
// the body the state's, not the person's party ("the coalition of
// President X", "the Islamic Military Coalition of Crown Prince X"): it
// gives nothing.
var reStateWords = regexp.MustCompile(`\b(?:President|Prime|King|Emir|Amir|Sultan|Crown|Minister)\b`)

// groupingName reports a party or electoral list: its name says so, or
// the catalog describes it as a party.
func (b *relBuilder) groupingName(v *sentView, m mention) bool {
	return reGroupingWord.MatchString(m.Text) || reGroupingWord.MatchString(b.nameOf(m.EntityID)) || b.isParty(v, m)
}
