package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// An election told without a name but with its state and date is the
// election the name would give: "Iran held a presidential election on June
// 28, 2024", "Pezeshkian won Iran's presidential election on July 5,
// 2024" are the 2024 Iranian presidential election, held in Iran, in which
// whoever won, lost or ran took part. The state is the one holding it or
// named right before ("Iran's", "Iranian"); without a state or a date the
// election is not told from another and gives nothing.

// comingWord tells an election still to come.
const comingWord = `(?:upcoming|forthcoming|coming|next)`

var (
	// The election word and the kind before it.
	// A referendum is named as an election is ("the 2019 Egyptian
	// constitutional referendum"); a runoff is the second round of the
	// election its kind names ("a presidential runoff").
	reElectionWord = regexp.MustCompile(`(?i)\b((?:(?:presidential|parliamentary|legislative|general|local|municipal|provincial|governorate|snap|early|national|regional|runoff|run-off|constitutional|independence)` + sp + `+)*)(elections?|referendum|runoff|run-off)\b`)
	// The state right before: "Iran's", "the Iranian", "Iraq's upcoming".
	// The timex package reads "upcoming" as a future cue, so "Iraq's
	// upcoming elections in October" is the coming October's.
	reElectionOf = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:` + comingWord + sp + `+)?$`)
	reComing     = regexp.MustCompile(comingWord + sp + `+$`)
	// The state that held it: "Iran held a", "Iraq holds its".
	reElectionHeld = regexp.MustCompile(`^` + sp + `+(?:(?:has|had|then|finally)` + sp + `+)*(?:held|holds|conducted|staged)` + sp + `+(?:(?:a|an|its|their|the)` + sp + `+)?(?:(?:first|second|long-awaited|much-delayed|free|democratic|nationwide)` + sp + `+)*$`)
	// The state's people voting in it: "Iranians voted in a".
	reElectionVoted = regexp.MustCompile(`^` + sp + `+(?:(?:have|had|then)` + sp + `+)?(?:voted|votes?|went` + sp + `+to` + sp + `+the` + sp + `+polls|go(?:es)?` + sp + `+to` + sp + `+the` + sp + `+polls|cast` + sp + `+(?:their` + sp + `+)?ballots)` + sp + `+in` + sp + `+(?:(?:a|an|its|their|the)` + sp + `+)?$`)
	// A news item's present: "Iran holds", "Iranians vote in".
	reElectionToday = regexp.MustCompile(`^` + sp + `+(?:holds|hold|votes|vote|goes|go|casts|cast)\b`)
	// The state after it, where it was held: "A presidential election was
	// held in Syria", "elections took place in Iraq".
	// A day may come first: "were held on January 30, 2005 in Iraq".
	reElectionHeldIn = regexp.MustCompile(`^` + sp + `+(?:(?:was|were|had` + sp + `+been)` + sp + `+held|took` + sp + `+place)(?:` + sp + `+on` + sp + `+[\w ,]{3,30}?)?` + sp + `+in` + sp + `+$`)
)

// unnamedElections builds the dated elections of a named state in v.
func (b *relBuilder) unnamedElections(v *sentView) {
	if !v.has("election", "referendum", "runoff", "run-off") {
		return
	}
	text := v.between(v.start, v.end)
	for _, loc := range reElectionWord.FindAllStringSubmatchIndex(text, -1) {
		s, e := v.start+loc[0], v.start+loc[1]
		if coveredByEvent(v, s, e) || b.namedEventAt(v, s, e) {
			continue
		}
		state, from, ok := b.electionState(v, s)
		to := e
		if !ok {
			state, to, ok = b.electionStateAfter(v, e)
			from = s
		}
		var d timex.Expr
		dated, named := false, ok
		if ok && from < s && reComing.MatchString(v.between(b.argEndAt(v, from), s)) {
			// A coming election is dated only by what follows it ("Iraq's
			// upcoming elections in October"), never by another clause.
			d, dated = electionDateAfter(v, e)
		} else if ok {
			d, dated = pickDate(v, from, to, true)
		} else if d, dated = electionDateAfter(v, e); dated && !namesCountryBefore(v, v.end) && (strings.HasSuffix(v.between(max(v.start, s-4), s), "the ") || reByReferendum.MatchString(v.between(max(v.start, s-6), e))) {
			// "Following the elections in late March 2006", "approved by
			// referendum on 30 April 2023": the state the document is
			// about held them.
			state, from, ok = b.principalCountry(), s, true
		} else if d, dated = electionDateBefore(v, s); dated && !namesCountryBefore(v, v.end) && strings.HasSuffix(v.between(max(v.start, s-4), s), "the ") {
			// "In 2005, he ran in the presidential election": the state of
			// the one who ran, else the one the document is about.
			state, from, ok = b.runnerState(v, s), s, true
		}
		if !ok && !dated {
			// "has won Friday's presidential election": a day written as
			// the election's own dates it; the state is the one the
			// sentence names, else the runner's.
			if pd, pok := electionDatePossessive(v, s); pok {
				d, dated, from, ok = pd, true, pd.Start, true
				if only, one := onlyStateNamed(v); one {
					state, named = only, true
				} else {
					state = b.runnerState(v, s)
				}
			}
		}
		if !ok || state == "" || b.irrealisClause(v, from, e) {
			continue
		}
		// "Iran holds a presidential election": a dated news item's
		// present is its day.
		if (!dated || !d.Resolved()) && named && from < s && reElectionToday.MatchString(v.between(b.argEndAt(v, from), s)) {
			d, dated = b.newsDay(v, s)
		}
		if !dated || !d.Resolved() {
			continue
		}
		kind := strings.ToLower(strings.Join(strings.Fields(text[loc[2]:loc[3]]), " "))
		head := "election"
		if strings.EqualFold(text[loc[4]:loc[5]], "referendum") {
			head = "referendum"
		}
		adj := b.stateAdjective(state)
		name := strings.TrimSpace(d.Value[:4] + " " + adj + " " + kind + " " + head)
		name = strings.Join(strings.Fields(name), " ")
		id := "event:election:" + slugWords(name)
		if _, seen := b.events[id]; !seen {
			b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: datedProps("election", d)}
		}
		w := mention{EntityID: id, Type: "Event", Start: s, End: e, Sentence: v.idx, Text: v.between(s, e)}
		b.evMent = append(b.evMent, w)
		b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], id)
		if named {
			// A state the sentence does not name is no evidence of where.
			b.add("HELD_IN", id, state, 0.75, nil, v, from, to)
		}
		// "Pezeshkian won Iran's presidential election": who won, lost or
		// ran in it.
		for _, g := range groups(v) {
			last := v.args[g[len(g)-1]]
			if last.end > from {
				// "... but lost to Mahmoud Ahmadinejad": the winner; "won
				// the election of 29 December 1991 against Muhammad Salih":
				// the rival.
				if first := v.args[g[0]]; first.start >= e && first.typ == "Person" && (reLostTo.MatchString(v.between(e, first.start)) || reRanAgainst.MatchString(v.between(e, first.start))) {
					b.sides(v, w, g, s, last.end)
				}
				continue
			}
			if reWonIn.MatchString(v.between(last.end, from)) || reWonIn.MatchString(v.between(last.end, from)+"the ") {
				b.sides(v, w, g, v.args[g[0]].start, e)
			}
		}
	}
}

// reByReferendum: a referendum told by what it approved, "in a
// referendum", "by referendum": one vote of the state the text is about.
var reByReferendum = regexp.MustCompile(`(?:\bin` + sp + `+a|\bby)` + sp + `+referendum$`)

// reRanAgainst: between an election and a rival of the one who won it,
// past its day: " of 29 December 1991 against".
var reRanAgainst = regexp.MustCompile(`^(?:` + sp + `+(?:of|on|in)` + sp + `+[^,;.]{1,30}?)?` + sp + `+against` + sp + `+$`)

// reLostTo: between an election and the one who won it, "but lost to".
var reLostTo = regexp.MustCompile(`^[^,;.]{0,30}?` + sp + `*,?` + sp + `+(?:but` + sp + `+)?(?:lost|was` + sp + `+defeated)` + sp + `+(?:to|by)` + sp + `+$`)

// electionDateBefore is the year or day a sentence opens with before an
// election word at s: "In 2005, he ran in the presidential election".
func electionDateBefore(v *sentView, s int) (timex.Expr, bool) {
	for _, d := range v.dates {
		if d.End <= s && d.Resolved() && reOpensWithDate.MatchString(v.between(v.start, d.End)) {
			return d, true
		}
	}
	return timex.Expr{}, false
}

// electionDatePossessive is a day written as the election's own right
// before its word at s: "has won Friday's presidential election". A month
// ("November's election") is no day of one vote, and an election "ahead
// of" or "before" its day is still to come.
func electionDatePossessive(v *sentView, s int) (timex.Expr, bool) {
	for _, d := range v.dates {
		between := v.between(d.End, s)
		// "the 12 May parliamentary election": the day written before the
		// election it is the day of.
		dayBefore := strings.TrimSpace(between) == "" && strings.HasSuffix(v.between(max(v.start, d.Start-4), d.Start), "the ")
		if d.End <= s && d.Resolved() && d.Precision == timex.Day && (reDayPossessive.MatchString(between) || dayBefore) &&
			!reAheadOf.MatchString(v.between(max(v.start, d.Start-16), d.Start)) {
			return d, true
		}
	}
	return timex.Expr{}, false
}

// reAheadOf: an election still to come ("ahead of Sunday's election").
var reAheadOf = regexp.MustCompile(`(?i)\b(?:ahead` + sp + `+of|before|until|for|in|on)` + sp + `+$`)

// reDayPossessive: between a day and the election it is the day of.
var reDayPossessive = regexp.MustCompile(`^['’]s` + sp + `+(?:(?:presidential|parliamentary|legislative|general|runoff|run-off|snap|early)` + sp + `+)?$`)

// onlyStateNamed is the one state a sentence names (by name or
// adjective), if it names exactly one.
func onlyStateNamed(v *sentView) (string, bool) {
	found := ""
	for _, m := range v.ments {
		if m.Type != "Country" {
			continue
		}
		if found != "" && found != m.EntityID {
			return "", false
		}
		found = m.EntityID
	}
	return found, found != ""
}

// reOpensWithDate: a sentence opening with its date, "In 2005", "On
// October 21, 2023".
var reOpensWithDate = regexp.MustCompile(`^` + sp + `*(?:In|On|By)` + sp + `+[^;.:()]{1,30}$`)

// runnerState is the state of an election a sentence does not name: the
// one the text describes its first person by (relations_roles_own_state.go),
// else the one the document is about.
func (b *relBuilder) runnerState(v *sentView, s int) string {
	for _, a := range v.args {
		if a.start >= s {
			break
		}
		if a.typ == "Person" {
			if st, ok := b.ownStates()[a.id]; ok {
				return st
			}
		}
	}
	return b.principalCountry()
}

// reDateAfterElection joins an election word to its date: " in late",
// " held on", " of".
var reDateAfterElection = regexp.MustCompile(`^` + sp + `+(?:held` + sp + `+)?(?:in|on|of)` + sp + `+(?:(?:late|early|mid)` + sp + `*-?` + sp + `*)?$`)

// electionDateAfter is the date told right after an election word ending at
// e: "the elections in late March 2006".
func electionDateAfter(v *sentView, e int) (timex.Expr, bool) {
	for _, d := range v.dates {
		if d.Start >= e && d.Start-e <= 24 && d.Resolved() && reDateAfterElection.MatchString(v.between(e, d.Start)) {
			return d, true
		}
	}
	return timex.Expr{}, false
}

// stateAdjective is the adjective an election's name gives a state
// ("Iranian"): its first demonym, else its name.
func (b *relBuilder) stateAdjective(id string) string {
	if ds := b.ents.Entities[id]; ds != nil && len(ds.Demonyms) > 0 {
		return ds.Demonyms[0]
	}
	return b.nameOf(id)
}

// electionState is the state of the election word at s: named right
// before it ("Iran's presidential election", "the Iranian election") or
// holding it ("Iran held a presidential election"), and where the phrase
// starts.
func (b *relBuilder) electionState(v *sentView, s int) (string, int, bool) {
	for i := len(v.args) - 1; i >= 0; i-- {
		a := v.args[i]
		if a.end > s {
			continue
		}
		if a.typ != "Country" {
			return "", 0, false
		}
		gap := v.between(a.end, s)
		if reElectionOf.MatchString(gap) {
			return a.id, a.start, true
		}
		if reElectionHeld.MatchString(gap) && !a.m.Demonym {
			return a.id, a.start, true
		}
		if reElectionVoted.MatchString(gap) {
			return a.id, a.start, true
		}
		return "", 0, false
	}
	return "", 0, false
}

// electionStateAfter is the state an election word ending at e was held
// in, told after it ("A presidential election was held in Syria on 3 June
// 2014"), and where the phrase ends.
func (b *relBuilder) electionStateAfter(v *sentView, e int) (string, int, bool) {
	for _, a := range v.args {
		if a.start < e {
			continue
		}
		// "Elections for the National Assembly of Iraq were held ... in
		// Iraq": the body elected stands between.
		if a.typ == "Organization" && reElectionFor.MatchString(v.between(e, a.start)) {
			e = a.end
			continue
		}
		if a.typ != "Country" || a.m.Demonym || !reElectionHeldIn.MatchString(v.between(e, a.start)) {
			return "", 0, false
		}
		return a.id, a.end, true
	}
	return "", 0, false
}

// reElectionFor stands between an election and the body it elects.
var reElectionFor = regexp.MustCompile(`^` + sp + `+(?:for|to)` + sp + `+(?:the` + sp + `+)?$`)

var (
	// "X defeated Y": rivals in a vote.
	reDefeated = regexp.MustCompile(`^` + sp + `+(?:(?:narrowly|easily|soundly|decisively)` + sp + `+)?(?:defeated|beat|ousted)` + sp + `+$`)
	// "In the 2001 election, " before the rivals, or " in the 2001
	// election" after them.
	reInElectionBefore = regexp.MustCompile(`(?i)^(?:in|during)` + sp + `+(?:the` + sp + `+)?$`)
	reInElectionAfter  = regexp.MustCompile(`^` + sp + `+(?:in|during)` + sp + `+(?:the` + sp + `+)?$`)
	// "X was defeated in the 1999 election by Y": the passive, with the
	// election between the verb and its agent.
	reDefeatedIn = regexp.MustCompile(`^` + sp + `+(?:was|were|had` + sp + `+been)` + sp + `+(?:(?:narrowly|easily|soundly|decisively)` + sp + `+)?(?:defeated|beaten|ousted)` + sp + `+(?:in|during)` + sp + `+(?:the` + sp + `+)?$`)
	reElectionBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `+by` + sp + `+$`)
)

// electionRivals: "Sharon defeated Ehud Barak in the 2001 election", "In
// the 2001 Israeli prime ministerial election, Sharon defeated Ehud
// Barak": both rivals took part in the election.
func (b *relBuilder) electionRivals(v *sentView) {
	if !v.has("defeated", "beat", "ousted") || !v.has("election") {
		return
	}
	var elections []mention
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type == "Event" && (m.Sentence == v.idx || m.Start >= v.start && m.End <= v.end) && strings.Contains(strings.ToLower(b.nameOf(m.EntityID)), "election") {
			elections = append(elections, m)
		}
	}
	// The rivals are neighbours among the sentence's people and parties;
	// the election may stand between them.
	var rivals []arg
	for _, a := range v.args {
		if a.typ == "Person" || a.typ == "Organization" {
			rivals = append(rivals, a)
		}
	}
	for i := 0; i+1 < len(rivals); i++ {
		x, y := rivals[i], rivals[i+1]
		for _, e := range elections {
			// "X was defeated in the E by Y".
			if e.Start >= x.end && e.End <= y.start && reDefeatedIn.MatchString(v.between(x.end, e.Start)) &&
				reElectionBy.MatchString(v.between(e.End, y.start)) && !b.irrealisClause(v, x.start, y.end) {
				b.add("PARTICIPATED_IN", x.id, e.EntityID, 0.8, nil, v, x.start, y.end)
				b.add("PARTICIPATED_IN", y.id, e.EntityID, 0.8, nil, v, x.start, y.end)
			}
		}
		if !reDefeated.MatchString(v.between(x.end, y.start)) || b.irrealisClause(v, x.start, y.end) {
			continue
		}
		for _, e := range elections {
			before := e.End <= x.start && reInElectionBefore.MatchString(v.between(v.start, e.Start)) && strings.TrimSpace(v.between(e.End, x.start)) == ","
			after := e.Start >= y.end && reInElectionAfter.MatchString(v.between(y.end, e.Start))
			if before || after {
				b.add("PARTICIPATED_IN", x.id, e.EntityID, 0.8, nil, v, min(x.start, e.Start), max(y.end, e.End))
				b.add("PARTICIPATED_IN", y.id, e.EntityID, 0.8, nil, v, min(x.start, e.Start), max(y.end, e.End))
			}
		}
	}
}

// argEndAt is the end of the arg of v that starts at pos, or pos.
func (b *relBuilder) argEndAt(v *sentView, pos int) int {
	for _, a := range v.args {
		if a.start == pos {
			return a.end
		}
	}
	return pos
}
