package extract

import (
	"regexp"
	"strings"
)

// Truces and ceasefires are events of the place or parties they hold in:
// "the UN-brokered truce in Yemen", "the Yemen truce", "a ceasefire
// between Israel and Hamas". One is built only when the text names where
// or between whom it holds; afterwards "the truce" in a later sentence of
// the same document is that truce, when the document has only one. Its
// mediators come from the mediation rules ("UN-brokered", "mediated by
// the United Nations"); its date only from what dates its start ("took
// effect on April 2"), not from the sentence's news date (an extension
// announced today is not the truce's start).

var (
	reTruceWord = regexp.MustCompile(`(?i)\b(?:truce|ceasefire|cease-fire|armistice)s?\b`)
	// "truce in Yemen", "truce between Israel and Hamas".
	reTruceIn = regexp.MustCompile(`^` + sp + `+(?:in|for|across|between|with)` + sp + `+(?:the` + sp + `+)?$`)
	// "the Yemen truce", "Yemen's truce", "the Israel–Hamas ceasefire".
	reTruceBefore = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:[\w-]+` + sp + `+){0,2}?$`)
	// "Israel and Hamas agreed to a ceasefire", "Morocco and Algeria
	// accepted a ceasefire": the sides before a verb of agreeing and the
	// article of the truce word.
	reTruceAgreed = regexp.MustCompile(`(?i)^` + sp + `+(?:(?:have|has|had|jointly|finally|formally|not|never|(?:failed|fail|fails|refused|refuse|refuses)` + sp + `+to)` + sp + `+)*(?:agreed|agree|agrees|reached|reach|reaches|accepted|accept|accepts)` + sp + `+(?:to` + sp + `+|on` + sp + `+|upon` + sp + `+)?(?:a|an|the)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?$`)
	// A state or group that brokered the truce is not where it holds:
	// "Egypt brokered the truce", "a truce mediated by Qatar".
	reBrokerAfter = regexp.MustCompile(`(?i)^` + sp + `+(?:(?:has|have|had|also|successfully)` + sp + `+)*(?:brokered|brokers|mediated|mediates|facilitated|helped` + sp + `+(?:to` + sp + `+)?broker)\b`)
	// "brokered by Egypt and", "mediated by the UN, Egypt and": every
	// member of the group after "by".
	reBrokerBefore = regexp.MustCompile(`(?i)\b(?:brokered|mediated|facilitated|negotiated)` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:[\w.'’-]+(?:` + sp + `*,` + sp + `*|` + sp + `+and` + sp + `+|` + sp + `+)(?:the` + sp + `+)?){0,8}$`)
	// The truce word as the modifier of talks or a plan about one.
	reTruceCompound = regexp.MustCompile(`(?i)^` + sp + `+(?:talks|negotiations|proposals?|plans?|efforts?|calls?|bids?|initiatives?|framework|terms|deal|agreement|accord)\b`)
	// A truce asked for is none yet: "the need for a ceasefire", "pressed
	// for an immediate ceasefire".
	// So is one called for some words after the verb ("called in Istanbul
	// on 8 January 2020 for a ceasefire"), hindered ("obstructing a
	// ceasefire") or still to reach ("focus on reaching an effective
	// short-term ceasefire").
	reTruceWanted = regexp.MustCompile(`(?i)(?:\b(?:need|needs|needed|necessity|push|pushed|pushing|pressed|pressing|appeal(?:ed|s)?|demand(?:ed|s)?|seek|seeking|sought|hope|hopes|hoped|call|calls|called|calling|urged?|urging|work(?:ing)?` + sp + `+towards?|efforts?` + sp + `+(?:for|towards?|to` + sp + `+reach|to` + sp + `+secure))` + sp + `+(?:for` + sp + `+)?|\b(?:call(?:ed|s|ing)?|press(?:ed|ing|ure)|push(?:ed|ing)?|appeal(?:ed|s|ing)?)\b[^.;:]{1,60}?\bfor` + sp + `+|\b(?:obstruct(?:ed|ing|s)?|block(?:ed|ing|s)?|reach(?:ing)?|on)` + sp + `+)(?:an?|the)` + sp + `+(?:(?:immediate|lasting|permanent|durable|new|full|complete|humanitarian|sustainable|sustained|effective|short-term|nationwide|and)` + sp + `+)*$`)
	// What dates a truce: its start.
	reTruceStart = regexp.MustCompile(`(?i)\b(?:took` + sp + `+effect|went` + sp + `+into` + sp + `+effect|began|started|came` + sp + `+into` + sp + `+force|was` + sp + `+agreed|was` + sp + `+reached|was` + sp + `+signed)` + sp + `+(?:on|in)?` + sp + `*$`)
)

// truces builds the truce events of a sentence.
func (b *relBuilder) truces(v *sentView) {
	if !v.has("truce", "ceasefire", "cease-fire", "armistice") {
		return
	}
	text := v.between(v.start, v.end)
	for _, loc := range reTruceWord.FindAllStringIndex(text, -1) {
		s, e := v.start+loc[0], v.start+loc[1]
		// "ceasefire talks", "a ceasefire proposal": no truce yet; "a
		// ceasefire deal" is the agreement's to read, as is a truce one
		// side reached with another (truceAgreement).
		if reTruceCompound.MatchString(v.between(e, v.end)) || b.ruleMentionAt(v, "Agreement", s, e, false) {
			continue
		}
		where, sides := b.truceWhere(v, s, e)
		// "Israel and Hezbollah agreed to a ceasefire": two sides, which
		// annotators read as parties to an agreement; not a truce of the
		// one state the sentence happens to name.
		if len(sides) == 0 && b.truceAgreedSides(v, s) {
			continue
		}
		if len(where) > 0 && (b.irrealisClause(v, s, e) || reTruceWanted.MatchString(v.between(max(v.start, s-50), s))) {
			continue // "we urge a ceasefire in Gaza", "the need for a ceasefire": none yet
		}
		id := ""
		if len(where) > 0 {
			var names, locals []string
			for _, m := range where {
				_, local, _ := strings.Cut(m.EntityID, ":")
				locals = append(locals, local)
				names = append(names, b.nameOf(m.EntityID))
			}
			id = "event:truce:" + strings.Join(dedupe(locals), "-")
			if _, ok := b.events[id]; !ok {
				b.events[id] = &entity{ID: id, Name: strings.Join(dedupe(names), "–") + " " + truceNoun(v.between(s, e)), Type: "Event", Props: map[string]any{"kind": "truce"}}
			}
		} else {
			id = b.onlyTruce()
		}
		if id == "" {
			continue
		}
		ev := b.events[id]
		if _, dated := ev.Props["date"]; !dated {
			for _, d := range v.dates {
				if d.Start > e && d.Resolved() && reTruceStart.MatchString(v.between(e, d.Start)) && d.Start-e < 80 {
					ev.Props["date"], ev.Props["datePrecision"], ev.Props["dateText"] = d.Value, string(d.Precision), d.Text
					break
				}
			}
		}
		b.eventMentioned(id, v, s, e)
		// The sides of a truce between states or armed groups take part
		// in it; a place it holds in does not.
		for _, m := range sides {
			if m.Type != "Country" && m.Type != "Organization" {
				continue
			}
			from, to := min(m.Start, s), max(m.End, e)
			b.add("PARTICIPATED_IN", m.EntityID, id, 0.8, nil, v, from, to)
		}
	}
}

// truceNoun is the word a truce is named by: the text's own "ceasefire"
// or "armistice", else "truce".
func truceNoun(word string) string {
	w := strings.TrimSuffix(strings.ToLower(word), "s")
	if w == "cease-fire" {
		return "ceasefire"
	}
	return w
}

// truceAgreedSides reports two or more states or armed groups that agreed
// to the truce whose word starts at s.
func (b *relBuilder) truceAgreedSides(v *sentView, s int) bool {
	for _, g := range groups(v) {
		last := v.args[g[len(g)-1]]
		if len(g) >= 2 && last.end <= s && reTruceAgreed.MatchString(v.between(last.end, s)) {
			return true
		}
	}
	return false
}

// brokerOfTruce reports a mention that brokered or mediated a truce
// rather than being where it holds.
func brokerOfTruce(v *sentView, m mention) bool {
	return reBrokerAfter.MatchString(v.between(m.End, v.end)) || reBrokerBefore.MatchString(v.between(v.start, m.Start))
}

// truceWhere is where or between whom the truce at [s, e) holds: the
// places, countries or armed groups right after "in"/"between", or the one
// written right before the word. sides are those after "between".
func (b *relBuilder) truceWhere(v *sentView, s, e int) (where, sides []mention) {
	var out []mention
	for i, m := range v.ments {
		if m.Start < e || m.Type == "Person" || m.Type == "Agreement" || m.Type == "Event" {
			continue
		}
		if reTruceIn.MatchString(v.between(e, m.Start)) {
			out = append(out, m)
			// "between Israel and Hamas".
			for _, n := range v.ments[i+1:] {
				if n.Type == "Person" || !reCoord.MatchString(v.between(out[len(out)-1].End, n.Start)) {
					break
				}
				out = append(out, n)
			}
		}
		break
	}
	if len(out) > 0 {
		if len(out) >= 2 && strings.Contains(strings.ToLower(v.between(e, out[0].Start)), "between") {
			return out, out
		}
		return out, nil
	}
	for i := len(v.ments) - 1; i >= 0; i-- {
		m := v.ments[i]
		if m.End > s {
			continue
		}
		// "… of Algeria accepted a ceasefire": the state before a verb of
		// agreeing is a side, not where the truce holds.
		if (m.Type == "Country" || m.Type == "Place") && reTruceBefore.MatchString(v.between(m.End, s)) &&
			!reTruceAgreed.MatchString(v.between(m.End, s)) &&
			!strings.Contains(v.between(m.End, s), "-") && !brokerOfTruce(v, m) {
			return []mention{m}, nil
		}
		break
	}
	return b.onlyPlaceOf(v), nil
}

// onlyPlaceOf is the one state or place a sentence about a truce names,
// leaving out the publishing government's own state ("The United States
// welcomes the parties in Yemen extending the UN-brokered truce").
func (b *relBuilder) onlyPlaceOf(v *sentView) []mention {
	var found []mention
	us := ""
	if b.usGovText() {
		us = b.unitedStates()
	}
	for _, m := range v.ments {
		// A demonym elsewhere in the sentence qualifies someone else ("the
		// Jordanian army", "Saudi Foreign Minister X"), not the truce.
		if (m.Type != "Country" && m.Type != "Place") || m.Demonym || m.EntityID == us || m.MetonymFor != "" || brokerOfTruce(v, m) {
			continue
		}
		if len(found) > 0 && found[0].EntityID != m.EntityID {
			return nil
		}
		found = []mention{m}
	}
	if b.onlyTruce() != "" {
		return nil // "the truce" again: the one already built
	}
	return found
}

// onlyTruce is the document's one truce built so far, or "".
func (b *relBuilder) onlyTruce() string {
	found := ""
	for id := range b.events {
		if strings.HasPrefix(id, "event:truce:") {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// otherYears reports a sentence dated only by years the event was not told
// with, the years of its date and of the sentences that mention it:
// "Relations were restored in May 1988 through the mediation of King Fahd",
// pages after a ceasefire of 1963, is of something else.
func (b *relBuilder) otherYears(v *sentView, id string) bool {
	years := map[string]bool{}
	if e, ok := b.events[id]; ok {
		if d, _ := e.Props["date"].(string); len(d) >= 4 {
			years[d[:4]] = true
		}
	}
	for _, m := range b.evMent {
		if m.EntityID != id || m.Sentence < 0 || m.Sentence >= len(b.views) {
			continue
		}
		for _, d := range b.views[m.Sentence].dates {
			if d.Resolved() {
				years[d.Value[:4]] = true
			}
		}
	}
	if len(years) == 0 {
		return false
	}
	told := false
	for _, d := range v.dates {
		if !d.Resolved() {
			continue
		}
		if years[d.Value[:4]] {
			return false
		}
		told = true
	}
	return told
}
