package extract

import (
	"regexp"
	"strings"
)

// The next round of talks the text announces is an event of its own,
// dated by the day it is set for: "The sides agreed to meet again next
// Saturday", "The next round of talks will be held in Rome on April 19".
// It is named after the talks just told ("Next round of Iran–United
// States talks") and held where the text says it will be; who will attend
// is a plan, so no one takes part in it yet.

var reNextRound = regexp.MustCompile(`(?i)\b(?:(?:the` + sp + `+)?next` + sp + `+round(?:` + sp + `+of` + sp + `+(?:the` + sp + `+)?(?:talks|negotiations))?` + sp + `+(?:will|is` + sp + `+(?:expected|scheduled|set|due)` + sp + `+to)` + sp + `+(?:be` + sp + `+held|take` + sp + `+place|convene)|agreed` + sp + `+to` + sp + `+(?:meet|reconvene)` + sp + `+again|agreed` + sp + `+to` + sp + `+hold` + sp + `+(?:another|a` + sp + `+(?:second|third|fourth|further|new))` + sp + `+round)\b`)

// reNotBefore: a denial before the announcement ("did not agree").
var reNotBefore = regexp.MustCompile(`(?i)\b(?:not|never|no)\b|n['’]t\b`)

// nextRound builds the announced next round of the talks just told.
func (b *relBuilder) nextRound(v *sentView) {
	if !v.has("round", "again") {
		return
	}
	text := v.between(v.start, v.end)
	loc := reNextRound.FindStringIndex(text)
	if loc == nil || reNotBefore.MatchString(text[:loc[0]]) {
		return
	}
	prev := b.recentEventOfKind(v.idx, "talks")
	if prev == "" {
		for _, id := range b.sentenceEvents[v.idx] {
			if e, ok := b.events[id]; ok && e.Props["kind"] == "talks" {
				prev = id
			}
		}
	}
	if prev == "" {
		return
	}
	s, e := v.start+loc[0], v.start+loc[1]
	d, ok := pickDate(v, s, min(v.end, e+60), true)
	if !ok || !d.Resolved() || d.Start < s {
		return
	}
	if pe, ok := b.events[prev]; ok {
		if pd, _ := pe.Props["date"].(string); pd == d.Value {
			return // the day of the talks told, not of the next round
		}
	}
	base := b.nameOf(prev)
	if i := strings.LastIndex(base, " ("); i > 0 {
		base = base[:i]
	}
	_, local, _ := strings.Cut(prev, ":talks:")
	if i := strings.LastIndex(local, ":"); i > 0 {
		local = local[:i]
	}
	id := "event:talks:" + local + ":next:" + d.Value
	if _, seen := b.events[id]; !seen {
		b.events[id] = &entity{ID: id, Name: "Next round of " + base, Type: "Event", Props: datedProps("talks", d)}
	}
	b.evMent = append(b.evMent, mention{EntityID: id, Type: "Event", Start: s, End: e, Sentence: v.idx, Text: v.between(s, e)})
	for _, p := range v.ments {
		if p.Start >= e && (p.Type == "Place" || p.Type == "Country") && !p.Demonym && reMissionIn.MatchString(v.between(e, p.Start)) {
			b.add("HELD_IN", id, p.EntityID, 0.7, nil, v, s, p.End)
			break
		}
	}
}
