package extract

import (
	"regexp"
	"strings"
)

// A kidnapping or a hijacking told by its verb: "Islamic Jihad terrorists
// kidnapped CIA station chief William Buckley in Beirut", "Hezbollah
// terrorists hijacked Kuwait Airways Flight 221". It is the incident the
// noun would name ("the hijacking of Kuwait Airways Flight 221" has the
// same id), dated by the sentence, held in the town named after "in"; its
// doer takes part in it. An undated deed (a habit, a charge) or one only planned gives
// nothing. Killings told by their verb are events_killings.go's.

var (
	// From the doer to the verb: its men may come between ("Hezbollah
	// terrorists").
	reIncidentVerb = regexp.MustCompile(`^(?:['’]s)?(?:` + sp + `+(?:` + sideForces + `|terrorists|agents|operatives|gunm[ae]n|assassins?))?` + sp + `+(?:(?:later|then|also|allegedly|reportedly)` + sp + `+)?(kidnapped|abducted|hijacked)` + sp + `+`)
	// Between the verb and the victim: the victim's description, in
	// capitals or lower case ("CIA station chief", "the former prime minister").
	reVictimTitle = regexp.MustCompile(`^(?:(?:the|a|an)` + sp + `+)?(?:[\w.'’-]+` + sp + `+){0,4}?$`)
)

// incidentVerbNouns maps a deed's verb to the noun its incident is named by.
var incidentVerbNouns = map[string]string{
	"kidnapped": "kidnapping", "abducted": "kidnapping", "hijacked": "hijacking",
}

// incidentVerbs builds the incidents told as above.
func (b *relBuilder) incidentVerbs(v *sentView) {
	if !v.has("kidnapped", "abducted", "hijacked") {
		return
	}
	for _, a := range v.args {
		if !a.actor() || a.m.Demonym && !reForcesAfter.MatchString(v.between(a.m.End, v.end)) {
			continue
		}
		loc := reIncidentVerb.FindStringSubmatchIndex(v.between(a.end, v.end))
		if loc == nil {
			continue
		}
		verbEnd := a.end + loc[1]
		victim, end, ok := b.incidentVictim(v, verbEnd)
		if !ok || b.irrealisClause(v, a.start, end) {
			continue
		}
		d, dated := pickDate(v, a.start, end, true)
		if !dated || !d.Resolved() {
			continue
		}
		noun := incidentVerbNouns[v.between(a.end+loc[2], a.end+loc[3])]
		name := strings.ToUpper(noun[:1]) + noun[1:] + " of " + v.between(victim.Start, end)
		deed := incidentDeeds[noun]
		if deed == "" {
			deed = noun
		}
		id := "event:incident:" + deed + "-of-" + slugWords(v.between(victim.Start, end))
		ev, ok := b.events[id]
		if !ok {
			ev = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": "incident"}}
			b.events[id] = ev
		}
		if _, has := ev.Props["date"]; !has {
			ev.Props["date"], ev.Props["datePrecision"], ev.Props["dateText"] = d.Value, string(d.Precision), d.Text
		}
		b.eventMentioned(id, v, a.start, end)
		b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, a.start, end)
		if town, ok := soleTownIn(v); ok && town.Start >= end {
			b.add("HELD_IN", id, town.EntityID, 0.75, nil, v, a.start, town.End)
		}
	}
}

// incidentVictim is the person, or the airline's numbered flight, a deed's
// verb ending at pos was done to, and where its name ends.
func (b *relBuilder) incidentVictim(v *sentView, pos int) (mention, int, bool) {
	for _, m := range v.ments {
		if m.Start < pos {
			continue
		}
		if m.Start-pos > 60 || !reVictimTitle.MatchString(v.between(pos, m.Start)) {
			return mention{}, 0, false
		}
		switch {
		case m.Type == "Person" && !m.Pronoun:
			return m, m.End, true
		case m.Type == "Organization":
			// "Kuwait Airways Flight 221": an airline and its flight.
			if loc := reFlightNumber.FindStringIndex(v.between(m.End, v.end)); loc != nil {
				return m, m.End + loc[1], true
			}
		}
	}
	return mention{}, 0, false
}
