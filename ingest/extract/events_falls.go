package extract

import (
	"regexp"
	"strings"
)

// Histories tell a city's taking as a noun: "the capture of Sanaa in
// September 2014", "the fall of Khartoum in 1885", "the siege of Harar".
// Each is an event named as encyclopedias name it ("Capture of Sanaa"),
// held in the place, dated by the year written with it, and taken part in
// by whoever is said to have made it ("by the Houthis", "led the capture
// of"). The place stays a place of its own: the event is built beside it.
// (Since 0.5.0 "the fall of Baghdad" in lower case had been no name; on the
// twenty batteries and the splits of 0.36.0 the undated ones add six right
// events and six right relations, one of each on fresh4-test, and no
// false one.)

var (
	// reTakingOf: the taking's noun right before the place.
	reTakingOf = regexp.MustCompile(`\b[Tt]he` + sp + `+(capture|fall|siege|sack|recapture|liberation)` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// reTakenBy: its maker after the place: " by the", " in 2014 by".
	reTakenBy = regexp.MustCompile(`^(?:` + sp + `+(?:in|on)` + sp + `+[^,;()]{1,20}?)?` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	// reLedTheTaking: its maker before it: "led the", "completed the".
	reLedTheTaking = regexp.MustCompile(`^` + sp + `+(?:(?:also|then|later)` + sp + `+)?(?:led|completed|carried` + sp + `+out|oversaw)` + sp + `+$`)
)

// takingsOf builds the takings of places v tells as nouns.
func (b *relBuilder) takingsOf(v *sentView) {
	if !v.has("capture of", "fall of", "siege of", "sack of", "liberation of") {
		return
	}
	for _, p := range v.ments {
		if p.Type != "Place" || p.Demonym {
			continue
		}
		lo := max(v.start, p.Start-30)
		loc := reTakingOf.FindStringSubmatchIndex(v.between(lo, p.Start))
		if loc == nil || b.irrealisClause(v, v.start, p.End) {
			continue
		}
		head := v.between(lo+loc[2], lo+loc[3])
		name := strings.ToUpper(head[:1]) + head[1:] + " of " + b.nameOf(p.EntityID)
		s := lo + loc[0]
		// An event another rule or the catalog named there already is the
		// taking ("the fall of Mosul" the catalog knows).
		if _, ok := b.eventOver(v, s, p.End); ok {
			continue
		}
		id := b.eventNamed(name)
		if id == "" {
			d, dated := pickDate(v, p.End, min(v.end, p.End+30), false)
			dated = dated && d.Resolved() && reYear.MatchString(d.Text) && d.Start >= p.End
			id = "event:battle:" + slugWords(name)
			if _, ok := b.events[id]; !ok {
				ev := &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": "battle"}}
				if dated {
					ev.Props = datedProps("battle", d)
				}
				b.events[id] = ev
			}
		}
		b.eventMentioned(id, v, s, p.End)
		b.add("HELD_IN", id, p.EntityID, 0.75, nil, v, s, p.End)
		for _, a := range b.takers(v, s, p) {
			b.add("PARTICIPATED_IN", a.id, id, 0.7, nil, v, min(a.start, s), max(a.end, p.End))
		}
	}
}

// takers are who made the taking of p told from s: named after "by" or
// before "led the".
func (b *relBuilder) takers(v *sentView, s int, p mention) []arg {
	var out []arg
	for _, a := range v.args {
		switch {
		case a.start >= p.End && reTakenBy.MatchString(v.between(p.End, a.start)) && a.actor():
			out = append(out, a)
		case a.end <= s && reLedTheTaking.MatchString(v.between(a.end, s)) && a.actor() && !a.m.Demonym:
			out = append(out, a)
		}
	}
	return out
}
