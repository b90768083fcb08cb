package extract

import (
	"regexp"
	"strings"
)

// The United Nations covers each meeting of its Security Council and
// General Assembly in a press release that opens with the body and the
// meeting's number ("Security Council / 5511th Meeting (Night)") and
// then reports, speaker by speaker, what was said there. The meeting is an
// event of the release's day, the body took part in it, and so did every
// person whose words the release reports.

// reCoverageHead: the body's line and the meeting's line at the head of
// the release ("Security Council / 5511th Meeting (Night)"), which the
// reader may have joined into one.
var reCoverageHead = regexp.MustCompile(`(?m)^[ \t]*(Security Council|General Assembly)\s+(\d{1,5}(?:st|nd|rd|th))[ \t]+[Mm]eeting(?:[ \t]*\((?:AM|PM|Night|Resumed)\))?[ \t]*$`)

// coverageHead is how far into a release its head lines may stand.
const coverageHead = 600

// meetingCoverage builds the meeting a body's meetings-coverage release
// reports, with the body and the speakers as its participants.
func (b *relBuilder) meetingCoverage() {
	head := b.doc.Text[:min(len(b.doc.Text), coverageHead)]
	m := reCoverageHead.FindStringSubmatchIndex(head)
	if m == nil {
		return
	}
	day, ok := b.publicationDate()
	if !ok {
		return
	}
	body := b.coverageBody(head[m[2]:m[3]])
	v := b.viewAt(m[4])
	if body == "" || v == nil {
		return
	}
	number := head[m[4]:m[5]]
	_, local, _ := strings.Cut(body, ":")
	id := "event:meeting:" + local + "-" + number + "-meeting:" + day.Value
	if _, seen := b.events[id]; !seen {
		b.events[id] = &entity{ID: id, Name: b.nameOf(body) + " " + number + " meeting", Type: "Event", Props: datedProps("meeting", day)}
	}
	b.eventMentioned(id, v, m[4], m[1])
	b.add("PARTICIPATED_IN", body, id, 0.8, nil, v, m[2], m[1])
	var spoke []relation
	for _, r := range b.rels {
		if r.Type == "STATED" && b.typeOf(r.From) == "Person" && len(r.Evidence) > 0 && r.Evidence[0].Start > m[1] {
			spoke = append(spoke, r)
		}
	}
	for _, r := range spoke {
		if w := b.viewAt(r.Evidence[0].Start); w != nil {
			b.add("PARTICIPATED_IN", r.From, id, 0.75, nil, w, r.Evidence[0].Start, r.Evidence[0].End)
		}
	}
}

// coverageBody is the organisation of the document whose name ends with the
// body's ("United Nations Security Council" for "Security Council"), or "".
func (b *relBuilder) coverageBody(name string) string {
	found := ""
	for id, e := range b.ents.Entities {
		if e.Type != "Organization" || !strings.HasSuffix(e.Name, name) {
			continue
		}
		if found != "" && found != id {
			return "" // two such bodies: which is not said
		}
		found = id
	}
	return found
}
