package extract

import (
	"regexp"
	"strings"
)

// The people a gathering "brought together" took part in it: "The final
// round of negotiations in Doha brought together Israeli negotiators led
// by Mossad chief David Barnea, senior Hamas official Khalil al-Hayya, U.S.
// envoy Brett McGurk and … Steve Witkoff". Each person named in the rest
// of the clause, whatever describes them, is one of those it gathered,
// but for one named as another's ("Donald Trump's … envoy").

// reBroughtTogether: right after a gathering (and where it met), the verb
// that lists who came.
// An aside may come first: "The meeting, hosted by the Republic of
// Kazakhstan, brought together".
var reBroughtTogether = regexp.MustCompile(`^(?:` + sp + `+(?:in|at)` + sp + `+[^,;:()]{1,30}?|` + sp + `*,[^,;:()]{1,60},)?` + sp + `+(?:brought` + sp + `+together|gathered|assembled|drew` + sp + `+together)` + sp + `+`)

// "The meeting at the Palais des Nations brought together …" in a story
// of the day that told the meeting before only as "world powers meeting
// in Geneva": the sentence names a gathering of its own, placed, and of
// the story's day.

// reGatheringAt: a sentence's opening gathering and the preposition of its
// place.
var reGatheringAt = regexp.MustCompile(`^(?:The|This|Saturday['’]s|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s)` + sp + `+(?:[\w-]+` + sp + `+)?(meeting|summit|conference|talks)` + sp + `+(?:at|in)` + sp + `+(?:the` + sp + `+)?$`)

// placedGathering builds the gathering an opening "The meeting at X"
// names, when the document is a story of its day, and returns its
// mention.
func (b *relBuilder) placedGathering(v *sentView) (mention, bool) {
	for _, p := range v.ments {
		if p.Type != "Place" && p.Type != "Country" && !siteBodies[p.EntityID] || p.Demonym {
			continue
		}
		loc := reGatheringAt.FindStringSubmatchIndex(v.between(v.start, p.Start))
		if loc == nil || !reBroughtTogether.MatchString(v.between(p.End, v.end)) || !b.storyOfTheDay(v) {
			return mention{}, false
		}
		day, _ := b.publicationDate()
		kind := v.between(v.start+loc[2], v.start+loc[3])
		_, where, _ := strings.Cut(p.EntityID, ":")
		id := "event:" + kind + ":" + where + ":" + day.Value
		if _, seen := b.events[id]; !seen {
			b.events[id] = &entity{ID: id, Name: b.nameOf(p.EntityID) + " " + kind + " (" + day.Value + ")", Type: "Event", Props: datedProps(kind, day)}
		}
		m := mention{EntityID: id, Type: "Event", Start: v.start, End: p.End, Sentence: v.idx, Text: v.between(v.start, p.End)}
		b.evMent = append(b.evMent, m)
		b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], id)
		b.add("HELD_IN", id, p.EntityID, 0.75, nil, v, v.start, p.End)
		return m, true
	}
	return mention{}, false
}

// reOfficeOfBefore: right before a state or body that only qualifies an
// office or a group: "Special Envoy for", "Contact Group on", "the
// permanent members of the", a posting's "to the".
var reOfficeOfBefore = regexp.MustCompile(`(?:\b(?:Envoy|Representative|Coordinator|Commissioner|Group|Committee|Council|Office|Mission|members)` + sp + `+(?:for|on|of|to)` + sp + `+(?:the` + sp + `+)?|\bto` + sp + `+(?:the` + sp + `+)?|['’]s` + sp + `+)$`)

// reOfficeAfterBody: right after a body, the office it qualifies: "UN
// Special Envoy", "EU High Representative".
var reOfficeAfterBody = regexp.MustCompile(`^` + sp + `+(?:\p{Lu}[\w-]*` + sp + `+){0,2}?(?:Envoy|Representative|Secretary|Minister|Ambassador|Coordinator|Commissioner|Chief|Head|Spokesperson|Spokesman|Adviser|Advisor)\b`)

// broughtTogether adds PARTICIPATED_IN for the people a gathering of v
// brought together.
func (b *relBuilder) broughtTogether(v *sentView) {
	if !v.has("brought together", "gathered", "assembled", "drew together") {
		return
	}
	ms := b.eventMentsOf(v)
	if len(ms) == 0 {
		if m, ok := b.placedGathering(v); ok {
			ms = append(ms, m)
		}
	}
	for _, m := range ms {
		if !b.eventKindIn(m.EntityID, gatheringKinds) {
			continue
		}
		loc := reBroughtTogether.FindStringIndex(v.between(m.End, v.end))
		if loc == nil || b.irrealisClause(v, m.Start, m.End+loc[1]) {
			continue
		}
		from, to := m.End+loc[1], v.end
		if end := reListEnd.FindStringIndex(v.between(from, v.end)); end != nil {
			to = from + end[0]
		}
		for _, a := range v.args {
			// "President-elect Donald Trump's incoming Middle East envoy
			// Steve Witkoff": the possessor describes the one who came.
			if a.start < from || a.end > to || a.m.Pronoun || a.m.Demonym || rePossessiveAfter.MatchString(v.between(a.m.End, v.end)) {
				continue
			}
			// "the Arab Ministerial Contact Group on Syria — Jordan, …":
			// a state or body brought together came; one a person or a
			// body is of ("the UN Special Envoy for Syria", "the Contact
			// Group on Syria") is only named.
			if a.typ != "Person" && (a.typ != "Country" && a.typ != "Organization" || reOfficeOfBefore.MatchString(v.between(max(from, a.start-30), a.start)) ||
				reOfficeAfterBody.MatchString(v.between(a.m.End, v.end))) {
				continue
			}
			b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, m.Start, a.end)
		}
	}
}
