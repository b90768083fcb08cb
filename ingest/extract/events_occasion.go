package extract

import (
	"regexp"
	"sort"
	"strings"
)

// A transcript's title names its speakers and, often, the occasion they
// spoke at: "Remarks by President Mubarak and President Clinton at the
// Close of the Sharm el-Sheikh Summit", "Press Conference by Kofi Annan
// … following the Meeting of the Action Group for Syria", "London Somalia
// Conference: Press Conference by the Foreign Secretary …". The line under
// it gives the place and the day ("Zurich, 10 October 2009"). The occasion
// is an event of that day, held in the places of that line, and the
// people the title names took part in it. A joint press conference of two
// or more people with no occasion named is their meeting.

var (
	// reTranscriptTitle: the kinds of spoken text a title announces.
	reTranscriptTitle = regexp.MustCompile(`(?i)\b(?:remarks|press` + sp + `+(?:conference|briefing|statements?|availability|encounter)|joint` + sp + `+statements?|address|speech|briefing|transcript)\b`)
	// reOccasionAfter: the occasion after the speakers, with its name in
	// capitals ("at the Signing of the Joint Declaration of Peace and
	// Friendship", "on the Results of the Meeting of the SCO Council of
	// Heads of State").
	reOccasionAfter = regexp.MustCompile(`\b(?:at|following|after|on` + sp + `+the` + sp + `+(?:Results|Outcome|Outcomes)` + sp + `+of|(?:Co-Chairs|Co-chairs|Hosts)` + sp + `+of)` + sp + `+(?:the` + sp + `+|a` + sp + `+)?(?:(?:Close|Opening|End|Conclusion|Margins|Sidelines)` + sp + `+of` + sp + `+(?:the` + sp + `+)?)?(` + occasionName + `)`)
	// reOccasionLead: the occasion opening the title before a colon.
	reOccasionLead = regexp.MustCompile(`^(` + occasionName + `)` + sp + `*:`)
	// reOccasionHead: the word that makes a name an occasion.
	reOccasionHead = regexp.MustCompile(`\b(?:Summit|Conference|Meeting|Talks|Signing|Debate|Session|Forum|Consultations|Dialogue|Negotiations|Ceremony|Round)\b`)
	// reJointTitle: a press conference or statements given together.
	reJointTitle = regexp.MustCompile(`(?i)^(?:joint` + sp + `+press` + sp + `+(?:conference|statements?|availability)|press` + sp + `+statements` + sp + `+and` + sp + `+answers)\b`)
)

// occasionName is a name in capitals: words with a capital or an ordinal,
// joined by the small words of names ("Sharm el-Sheikh", "General Debate of
// the 79th Session of the United Nations General Assembly").
const occasionName = `(?:\p{Lu}[\p{L}\p{N}'’.-]*|\d+(?:st|nd|rd|th))(?:` + sp + `+(?:\p{Lu}[\p{L}\p{N}'’.-]*|\d+(?:st|nd|rd|th)|(?:el|al|ad|as|ash)-\p{Lu}[\p{L}'’-]*|(?:of|the|on|and|for|in|between|to)(?:` + sp + `+(?:the` + sp + `+)?)?(?:\p{Lu}[\p{L}\p{N}'’.-]*|\d+(?:st|nd|rd|th))))*`

// reOccasionMet: an occasion whose speakers met at it.
var reOccasionMet = regexp.MustCompile(`(?i)\b(?:talks|meeting|negotiations|consultations)\b`)

// transcriptOccasion builds the occasion a transcript's title names, or
// the meeting of a joint press conference.
func (b *relBuilder) transcriptOccasion() {
	if len(b.views) < 2 {
		return
	}
	title, line := b.views[0], b.views[1]
	t := title.between(title.start, title.end)
	if !reTranscriptTitle.MatchString(t) || !b.datelineOf(line) {
		return
	}
	day, ok := b.publicationDate()
	if !ok {
		return
	}
	var speakers []arg
	for _, a := range title.args {
		if a.typ == "Person" {
			speakers = append(speakers, a)
		}
	}
	name, at, end := "", 0, 0
	for _, re := range []*regexp.Regexp{reOccasionLead, reOccasionAfter} {
		if m := re.FindStringSubmatchIndex(t); m != nil && reOccasionHead.MatchString(t[m[2]:m[3]]) {
			name, at, end = t[m[2]:m[3]], m[2], m[3]
			break
		}
	}
	var id string
	switch {
	case name != "":
		id = b.eventWithin(title, title.start+at, title.start+end)
		if id == "" {
			id = b.eventNamed(name)
		}
		if id == "" {
			id = "event:occasion:" + slug(name) + ":" + day.Value
			if _, seen := b.events[id]; !seen {
				b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": "gathering"}}
			}
		}
		if e, ok := b.events[id]; ok && e.Props["date"] == nil {
			// The occasion is of the transcript's day.
			for k, val := range dayProps(day) {
				e.Props[k] = val
			}
		}
		b.eventMentioned(id, title, title.start+at, title.start+end)
		for _, a := range speakers {
			b.add("PARTICIPATED_IN", a.id, id, 0.75, dayProps(day), title, a.start, a.end)
		}
		// "… following Russian-French Talks: Dmitry Medvedev and Nicolas
		// Sarkozy": the speakers of talks or a meeting met.
		if reOccasionMet.MatchString(name) {
			for i, a := range speakers {
				for _, o := range speakers[i+1:] {
					b.add("MET_WITH", a.id, o.id, 0.75, dayProps(day), title, a.start, o.end)
				}
			}
		}
	case len(speakers) >= 2 && reJointTitle.MatchString(t):
		for i, a := range speakers {
			for _, o := range speakers[i+1:] {
				b.add("MET_WITH", a.id, o.id, 0.75, dayProps(day), title, a.start, o.end)
			}
		}
		id = b.makeEvent(title, eventSpec{kind: "meeting", parts: speakers, trigStart: title.start, trigEnd: speakers[0].start,
			start: title.start, end: speakers[len(speakers)-1].end, needDate: true, fallbackDate: &day})
	}
	if id == "" {
		return
	}
	for _, m := range line.ments {
		if m.Type == "Place" {
			b.add("HELD_IN", id, m.EntityID, 0.75, nil, line, m.Start, m.End)
		}
	}
}

// datelineOf reports a short line that names a place or a year: "Zurich,
// 10 October 2009", "16.09.2022, Samarkand", not a sentence of the text.
func (b *relBuilder) datelineOf(v *sentView) bool {
	text := v.between(v.start, v.end)
	if len(text) > 90 || strings.Count(text, " ") > 10 {
		return false
	}
	for _, m := range v.ments {
		if m.Type == "Place" {
			return true
		}
	}
	return reYearIn.MatchString(text)
}

// reYearIn: a year of the calendar.
var reYearIn = regexp.MustCompile(`\b(?:1[89]|20)\d\d\b`)

// eventNamed is the event of the document already known by this name, or
// "": one built from the text, else one of the catalog or the detector
// (namedOfType, which reads aliases too). Ids are read in order, so the
// same text always names the same event.
func (b *relBuilder) eventNamed(name string) string {
	ids := make([]string, 0, len(b.events))
	for id := range b.events {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if strings.EqualFold(b.events[id].Name, name) {
			return id
		}
	}
	return b.namedOfType("Event", name)
}

// eventWithin is an event already read inside [start, end) of sentence v
// ("the Meeting of the Action Group for Syria" read as the Action Group
// meeting): the occasion is that event, not a second one.
func (b *relBuilder) eventWithin(v *sentView, start, end int) string {
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type == "Event" && m.Sentence == v.idx && m.Start < end && m.End > start {
			return m.EntityID
		}
	}
	return ""
}
