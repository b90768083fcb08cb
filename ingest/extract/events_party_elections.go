package extract

import (
	"regexp"
	"strings"
)

// A party chooses its leader in an election of its own, which texts tell
// by the party's name and a verb: "On 17 September 2008, he lost the
// Kadima party election, losing to Tzipi Livni", "Shaul Mofaz won the
// Kadima party leadership primaries, defeating party chairwoman Tzipi
// Livni". That is the 2008 Kadima leadership election; the candidate
// who won or lost it took part, and so did the rival the sentence names
// after "losing to" or "defeating"; both are the party's members. The
// event is dated by the day the sentence gives, the day the vote was won
// or lost. Without a year in the sentence the election is not told from
// the party's others and gives nothing.

var (
	// The candidate's verb before the party: "lost the", "won the".
	rePartyVoteVerb = regexp.MustCompile(`^` + sp + `+(?:(?:narrowly|easily|decisively|also)` + sp + `+)?(?:won|lost|contested|entered|ran` + sp + `+in|competed` + sp + `+in)` + sp + `+the` + sp + `+$`)
	// The vote after the party: "party election", "leadership primaries".
	rePartyVote = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:party` + sp + `+)?(?:leadership` + sp + `+)?(?:election|elections|primary|primaries|race|contest|ballot)\b`)
	// The rival after the vote: ", losing to", ", defeating party chairwoman".
	rePartyRival = regexp.MustCompile(`^(?:` + sp + `+by` + sp + `+[^,;]{1,30})?` + sp + `*,` + sp + `+(?:losing` + sp + `+to|defeating|beating)` + sp + `+(?:(?:the` + sp + `+)?(?:[a-z][\w-]*` + sp + `+){0,3})?$`)
)

// partyElections builds the leadership elections of parties in v.
func (b *relBuilder) partyElections(v *sentView) {
	if !v.has("election", "primar", "race", "contest", "ballot") {
		return
	}
	for i, a := range v.args {
		if a.typ != "Person" || i+1 >= len(v.args) {
			continue
		}
		party := v.args[i+1]
		if party.typ != "Organization" || !rePartyVoteVerb.MatchString(v.between(a.end, party.start)) {
			continue
		}
		vote := rePartyVote.FindStringIndex(v.between(party.end, v.end))
		if vote == nil {
			continue
		}
		end := party.end + vote[1]
		if b.irrealisClause(v, a.start, end) {
			continue
		}
		d, ok := pickDate(v, a.start, end, true)
		if !ok || !d.Resolved() || len(d.Value) < 4 {
			continue
		}
		name := d.Value[:4] + " " + b.nameOf(party.id) + " leadership election"
		id := "event:election:" + slugWords(name)
		if _, seen := b.events[id]; !seen {
			b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: datedProps("election", d)}
		}
		start := party.start
		if strings.HasPrefix(v.between(max(v.start, party.start-4), party.start), "the ") {
			start -= 4
		}
		w := mention{EntityID: id, Type: "Event", Start: start, End: end, Sentence: v.idx, Text: v.between(start, end)}
		b.evMent = append(b.evMent, w)
		b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], id)
		b.add("PARTICIPATED_IN", a.id, id, 0.8, nil, v, a.start, end)
		b.add("AFFILIATED_WITH", a.id, party.id, 0.7, nil, v, a.start, end)
		if i+2 < len(v.args) {
			rival := v.args[i+2]
			if rival.typ == "Person" && rival.start >= end && rePartyRival.MatchString(v.between(end, rival.start)) {
				b.add("PARTICIPATED_IN", rival.id, id, 0.8, nil, v, a.start, rival.end)
				b.add("AFFILIATED_WITH", rival.id, party.id, 0.7, nil, v, a.start, rival.end)
			}
		}
	}
}

// A state's election is also told by whom it made president: "Mahmoud
// Ahmadinejad is reelected as the President of Iran", "In 2005, X was
// elected President of Lebanon". That is the state's presidential
// election of the date the sentence gives (or, for "is elected" in a
// dated report, the report's day); the person took part in it and the
// state held it.

// reElectedPresident follows a person and precedes the state.
var reElectedPresident = regexp.MustCompile(`^` + sp + `+(?:(?:is|was|has` + sp + `+been|had` + sp + `+been)` + sp + `+)?(?:(?:narrowly|easily|overwhelmingly)` + sp + `+)?((?:re-?)?elected)` + sp + `+(?:as` + sp + `+)?(?:the` + sp + `+)?(?:new` + sp + `+)?[Pp]resident` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)

// presidentialElections builds the presidential elections told by their
// winner in v.
func (b *relBuilder) presidentialElections(v *sentView) {
	if !v.has("elected") {
		return
	}
	for i, a := range v.args {
		if a.typ != "Person" || i+1 >= len(v.args) {
			continue
		}
		state := v.args[i+1]
		gap := v.between(a.end, state.start)
		loc := reElectedPresident.FindStringSubmatchIndex(gap)
		if state.typ != "Country" || state.m.Demonym || loc == nil || b.irrealisClause(v, a.start, state.end) {
			continue
		}
		year, date, precision := "", "", "year"
		if d, ok := pickDate(v, a.start, state.end, true); ok && d.Resolved() && len(d.Value) >= 4 {
			year, date, precision = d.Value[:4], d.Value, string(d.Precision)
		} else if strings.HasPrefix(strings.TrimSpace(gap), "is ") && !b.doc.Published.IsZero() {
			// A report in the present tense: the news of its day.
			year, date, precision = b.doc.Published.Format("2006"), b.doc.Published.Format("2006-01-02"), "day"
		}
		if year == "" {
			continue
		}
		adj := b.stateAdjective(state.id)
		name := year + " " + adj + " presidential election"
		id := "event:election:" + slugWords(name)
		if _, seen := b.events[id]; !seen {
			b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{
				"kind": "election", "date": date, "datePrecision": precision}}
		}
		s, e := a.end+loc[2], a.end+loc[3]
		w := mention{EntityID: id, Type: "Event", Start: s, End: e, Sentence: v.idx, Text: v.between(s, e)}
		b.evMent = append(b.evMent, w)
		b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], id)
		b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, a.start, state.end)
		b.add("HELD_IN", id, state.id, 0.75, nil, v, a.start, state.end)
	}
	b.pagePresidentialElections(v)
}

// reElectedPresidentWhen: "was elected president in April 1999", of no
// state named: the page's.
var reElectedPresidentWhen = regexp.MustCompile(`^` + sp + `+(?:was|had` + sp + `+been|has` + sp + `+been)` + sp + `+(?:re-?)?elected` + sp + `+(?:as` + sp + `+)?(?:the` + sp + `+)?[Pp]resident` + sp + `+(?:in|on)` + sp + `+$`)

// pagePresidentialElections: "Abdelaziz Bouteflika was elected president
// in April 1999" in a page about Algeria is the 1999 Algerian presidential
// election, dated by the date right after, in which he took part. The
// sentence names no state, so no HELD_IN.
func (b *relBuilder) pagePresidentialElections(v *sentView) {
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		for _, d := range v.dates {
			if d.Start < a.end || d.Start-a.end > 60 || !d.Resolved() || !reElectedPresidentWhen.MatchString(v.between(a.end, d.Start)) {
				continue
			}
			state := b.principalCountry()
			if state == "" || b.irrealisClause(v, a.start, d.End) {
				break
			}
			name := d.Value[:4] + " " + b.stateAdjective(state) + " presidential election"
			id := "event:election:" + slugWords(name)
			if _, seen := b.events[id]; !seen {
				b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: datedProps("election", d)}
			}
			b.eventMentioned(id, v, a.end, d.End)
			b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, a.start, d.End)
			break
		}
	}
}
