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
		where := b.truceWhere(v, s, e)
		if len(where) > 0 && b.irrealisClause(v, s, e) {
			continue // "we urge a ceasefire in Gaza": none yet
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
				b.events[id] = &entity{ID: id, Name: strings.Join(dedupe(names), "–") + " truce", Type: "Event", Props: map[string]any{"kind": "truce"}}
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
		b.evMent = append(b.evMent, mention{EntityID: id, Type: "Event", Start: s, End: e, Sentence: v.idx, Text: v.between(s, e)})
		b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], id)
	}
}

// truceWhere is where or between whom the truce at [s, e) holds: the
// places, countries or armed groups right after "in"/"between", or the one
// written right before the word.
func (b *relBuilder) truceWhere(v *sentView, s, e int) []mention {
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
		return out
	}
	for i := len(v.ments) - 1; i >= 0; i-- {
		m := v.ments[i]
		if m.End > s {
			continue
		}
		if (m.Type == "Country" || m.Type == "Place") && reTruceBefore.MatchString(v.between(m.End, s)) &&
			!strings.Contains(v.between(m.End, s), "-") {
			return []mention{m}
		}
		break
	}
	return b.onlyPlaceOf(v)
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
		if (m.Type != "Country" && m.Type != "Place") || m.EntityID == us || m.MetonymFor != "" {
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
