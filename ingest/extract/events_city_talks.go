package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// Talks are often named by the city that holds them: "the Vienna talks
// collapsed", "the Muscat talks resumed", "the Doha negotiations
// stalled". The phrase names one process, whatever the sentence says of
// it: the event is named after the city and the kind ("Vienna talks"),
// carries no date of its own (a sentence dates what happened to the
// talks, not the talks), and was held in the city. A city before talks
// that a rule has already built ("talks between Iran and the United
// States in Vienna") or a state before them ("the Iran talks") names none.

// reCityTalks follows the city: " talks", " nuclear talks", " negotiations".
var reCityTalks = regexp.MustCompile(`^` + sp + `+(?:(?:nuclear|peace|ceasefire|cease-fire|indirect|direct|proximity)` + sp + `+)?(talks|negotiations)\b`)

// cityTalks builds the talks named after the city that holds them.
func (b *relBuilder) cityTalks(v *sentView) {
	if !v.has("talks", "negotiations") {
		return
	}
	for _, p := range v.ments {
		if p.Type != "Place" && p.Type != "Country" || p.Demonym {
			continue
		}
		// "the UN-led Yemen peace talks": who led them stands between
		// "the" and the name (talksLedBy).
		led := reLedTalksBefore.MatchString(v.between(max(v.start, p.Start-40), p.Start))
		if !strings.EqualFold(v.between(max(v.start, p.Start-4), p.Start), "the ") && !led {
			continue
		}
		loc := reCityTalks.FindStringSubmatchIndex(v.between(p.End, v.end))
		if loc == nil {
			continue
		}
		peace := reTruceOrPeace.MatchString(v.between(p.End, p.End+loc[1]))
		// "the Iran talks" name no talks; "the Yemen peace talks" do.
		if p.Type == "Country" && !peace {
			continue
		}
		s, e := p.Start, p.End+loc[1]
		if b.namedEventAt(v, s, e) || coveredByEvent(v, s, e) {
			continue
		}
		place := b.nameOf(p.EntityID)
		kind := v.between(p.End+loc[2], p.End+loc[3])
		name := place + " " + kind
		// "the Gaza ceasefire negotiations": talks on a territory's (or a
		// state's) truce or peace are about it, not held in it (they were
		// held in Cairo and Doha); the event keeps its whole name and no
		// venue.
		about := (p.Type == "Country" || b.territory(p.EntityID)) && peace
		if about {
			name = place + " " + strings.Join(strings.Fields(v.between(p.End, p.End+loc[1])), " ")
		}
		id := "event:talks:" + slugWords(place)
		if about {
			id = "event:talks:" + slugWords(name)
		}
		if _, seen := b.events[id]; !seen {
			b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": "talks"}}
		}
		b.eventMentioned(id, v, s, e)
		if !about {
			b.add("HELD_IN", id, p.EntityID, 0.8, nil, v, s, e)
		}
		b.talksLedBy(v, s, e, id)
	}
	b.talksIn(v)
}

// talksLedBy: whoever "led" or "brokered" the talks named from s to e
// ("the UN-led Yemen peace talks", "the AU-led peace talks that opened
// in Pretoria") mediated them.
func (b *relBuilder) talksLedBy(v *sentView, s, e int, id string) {
	lo := max(v.start, s-40)
	led := reLedTalksBefore.FindStringIndex(v.between(lo, s))
	if led == nil {
		return
	}
	for _, m := range v.ments {
		if m.Start >= lo+led[0] && m.End <= s && (m.Type == "Organization" || m.Type == "Country") && !m.Demonym {
			b.add("MEDIATED", m.EntityID, id, 0.75, nil, v, m.Start, e)
		}
	}
}

// reLedTalksBefore: "the UN-led ", "the Qatari-brokered " right before the
// name of talks.
var reLedTalksBefore = regexp.MustCompile(`\bthe` + sp + `+[\p{L}.]+-(?:led|brokered|mediated|sponsored|backed)` + sp + `+$`)

// reTalksIn ends right before the place that holds the talks: "talks in
// Muscat", "negotiations in the Egyptian resort of Sharm el-Sheikh",
// "Talks in Istanbul ended" opening a sentence.
// "The formal talks opened at Ouchy in August", "The armistice talks
// opened on July 10, 1951, at Kaesong", "talks began in Addis
// Ababa on 3 January", "the peace talks that opened in Pretoria": a verb
// of their start (captured) between, and "at".
// (Talks that "took place" or "were held" there are mostly talks told
// before; the anaphora rules give them their place.)
var reTalksIn = regexp.MustCompile(`\b(?:(?:[Nn]uclear|[Pp]eace|[Cc]easefire|[Cc]ease-fire|[Ii]ndirect|[Dd]irect|[Pp]roximity|[Ff]ormal|[Bb]ilateral|[Mm]ultilateral)` + sp + `+)?([Tt]alks|[Nn]egotiations)` + sp + `+(?:(?:(?:that|which)` + sp + `+)?(opened|began|started|convened)` + sp + `+(?:on` + sp + `+(?:\w+,?` + sp + `+){1,3})?)?(?:in|at)` + sp + `+(?:the` + sp + `+(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*` + sp + `+)?(?:resort|city|capital|town|port)` + sp + `+(?:city` + sp + `+)?of` + sp + `+)?$`)

// talksOpened are the verbs of reTalksIn that tell the talks' first day.
var talksOpened = map[string]bool{"opened": true, "began": true, "started": true, "convened": true}

// reTalksStartDate: right after the place of talks that opened there, the
// date they opened: " in August 1912", " on 28 January 1992".
var reTalksStartDate = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:on|in)` + sp + `+$`)

// reTalksRefused: talks asked for or refused are not held ("rejected
// talks in Vienna", "called for new talks in Doha").
var reTalksRefused = regexp.MustCompile(`\b(?:rejected|rejects|refused|refuses|proposed|proposes|called` + sp + `+for|calls` + sp + `+for|offered|offers|urged|urges|demanded|demands|sought|seeks|ruled` + sp + `+out|rules` + sp + `+out|invited|invites|plans|planned|agreed` + sp + `+to|for)` + sp + `+(?:(?:a|an|the|new|more|further|direct|indirect|fresh)` + sp + `+)*$`)

// reTalksHabit: talks held as a habit or in a plan, "regularly hold
// talks in Muscat", "will hold talks in Doha".
var reTalksHabit = regexp.MustCompile(`\b(?:will|would|may|might|could|should|shall|must|can|cannot|never|often|usually|regularly|routinely|every|each|expected)\b`)

// reJoinedThe: between those who took part and the talks, "joined the",
// "took part in the new".
var reJoinedThe = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|then|have|has|had)` + sp + `+)*(?:joined|attended|took` + sp + `+part` + sp + `+in|participated` + sp + `+in)` + sp + `+(?:(?:the|a|new|fresh|direct|indirect|latest)` + sp + `+)*$`)

// notHeld reports talks refused, asked for, planned or held as a habit,
// told in the words before their noun at pos.
func notHeld(v *sentView, pos int) bool {
	before := v.between(max(v.start, pos-40), pos)
	return reTalksRefused.MatchString(before) || reTalksHabit.MatchString(before)
}

// talksIn builds the talks a sentence says were held in a city, "after
// talks in the Egyptian resort of Sharm el-Sheikh", when no rule has built
// an event of the sentence: they are the talks named after that city.
func (b *relBuilder) talksIn(v *sentView) {
	if len(b.sentenceEvents[v.idx]) > 0 {
		return
	}
	for _, p := range v.ments {
		if p.Type != "Place" || p.Demonym || p.MetonymFor != "" || b.territory(p.EntityID) {
			continue
		}
		lo := max(v.start, p.Start-80)
		loc := reTalksIn.FindStringSubmatchIndex(v.between(lo, p.Start))
		if loc == nil || coveredByEvent(v, lo+loc[0], p.End) || b.irrealisClause(v, v.start, p.End) || notHeld(v, lo+loc[0]) {
			continue
		}
		place := b.nameOf(p.EntityID)
		id := "event:talks:" + slugWords(place)
		if _, seen := b.events[id]; !seen {
			// Named as told ("Talks in Muscat"), with the form a text
			// naming them by their city would give ("Muscat talks").
			kind := strings.ToLower(v.between(lo+loc[2], lo+loc[3]))
			props := map[string]any{"kind": "talks"}
			// Talks that opened there are dated by the day they opened.
			if loc[4] >= 0 && talksOpened[v.between(lo+loc[4], lo+loc[5])] {
				if d, ok := b.dateRightAfter(v, p.End); ok {
					props = datedProps("talks", d)
				} else if d, ok := dateWithin(v, lo+loc[5], p.Start); ok {
					// "opened on July 10, 1951, at Kaesong".
					props = datedProps("talks", d)
				}
			}
			b.events[id] = &entity{ID: id, Name: upperFirst(kind) + " in " + place, Aliases: []string{place + " " + kind}, Type: "Event", Props: props}
		}
		b.eventMentioned(id, v, lo+loc[0], p.End)
		b.add("HELD_IN", id, p.EntityID, 0.75, nil, v, lo+loc[0], p.End)
		b.talksLedBy(v, lo+loc[0], p.End, id)
		// "Witkoff and Kushner joined the negotiations in Sharm
		// el-Sheikh": those who joined took part.
		for _, g := range groups(v) {
			last := v.args[g[len(g)-1]]
			if last.end > lo+loc[0] || !reJoinedThe.MatchString(v.between(last.end, lo+loc[0])) {
				continue
			}
			for _, a := range argsOf(v, g) {
				b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, v.args[g[0]].start, p.End)
			}
		}
		b.agreedAfterTalks(v, id, lo+loc[0], p.End)
		return
	}
}

// reTruceOrPeace: talks on a truce or on peace.
var reTruceOrPeace = regexp.MustCompile(`\b(?:peace|ceasefire|cease-fire)\b`)

// territory reports a place the catalog or the document describes as a
// territory, region or province rather than a city.
func (b *relBuilder) territory(id string) bool {
	return b.namedOrDescribed(id, reTerritory)
}

// reAgreedAfter: between the sides of an agreement and the talks that led
// to it, "agreed to restore relations ... after four days of talks in".
var reAgreedAfter = regexp.MustCompile(`^` + sp + `+(?:(?:have|has|had|finally|formally)` + sp + `+)*(?:agreed|agree|agrees|reached|reach|reaches|signed|sign|signs|struck|strike|strikes)\b[^;:]{0,160}?\b(?:after|following|during|at` + sp + `+the` + sp + `+end` + sp + `+of)` + sp + `+(?:[\w-]+` + sp + `+){0,5}$`)

// agreedAfterTalks reads "Iran and Saudi Arabia agree to restore relations
// ... after talks in Beijing": the two states (or groups) who agreed,
// named together as the sentence's subject, took part in the talks and
// negotiated with each other.
func (b *relBuilder) agreedAfterTalks(v *sentView, id string, talksStart, end int) {
	for _, g := range groups(v) {
		if len(g) != 2 {
			continue
		}
		sides := argsOf(v, g)
		first, last := sides[0], sides[1]
		if last.end > talksStart || first.typ == "Person" || last.typ == "Person" || first.m.Demonym || last.m.Demonym {
			continue
		}
		// The sentence's subject, after at most an opening phrase ("On
		// Friday, "), not the object of another verb.
		if pre := strings.TrimSpace(v.between(v.start, first.start)); pre != "" && !strings.HasSuffix(pre, ",") {
			continue
		}
		if !reAgreedAfter.MatchString(v.between(last.end, talksStart)) || b.irrealisClause(v, first.start, end) {
			continue
		}
		for _, a := range sides {
			b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, first.start, end)
		}
		b.add("NEGOTIATED_WITH", first.id, last.id, 0.75, nil, v, first.start, end)
		return
	}
}

// dateRightAfter is the resolved date told right after pos ("in August
// 1912", "on 28 January 1992").
func (b *relBuilder) dateRightAfter(v *sentView, pos int) (timex.Expr, bool) {
	for _, d := range v.dates {
		if d.Start >= pos && d.Resolved() && reTalksStartDate.MatchString(v.between(pos, d.Start)) {
			return d, true
		}
	}
	return timex.Expr{}, false
}

// dateWithin is the one resolved date of v written between from and to.
func dateWithin(v *sentView, from, to int) (timex.Expr, bool) {
	var found []timex.Expr
	for _, d := range v.dates {
		if d.Start >= from && d.End <= to && d.Resolved() {
			found = append(found, d)
		}
	}
	if len(found) != 1 {
		return timex.Expr{}, false
	}
	return found[0], true
}
