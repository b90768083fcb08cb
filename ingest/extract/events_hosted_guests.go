package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// A state or its leader hosting a group's people is the group's visit:
// "Qatar's Emir hosted Hamas leaders in Doha on Tuesday", "Egypt received
// a Hamas delegation in Cairo on Monday". The visit is the group's, to the
// place, on the day; the group takes part, the place holds it, a hosting
// state hosts it and a hosting person takes part. A person hosted is a
// meeting, which the contact rules read; an undated hosting is a habit as
// often as an event and gives nothing.

var (
	// Between the host and the guests.
	reHostedGuests = regexp.MustCompile(`^,?` + sp + `+(?:(?:has|had|also|then)` + sp + `+)*(?:hosted|hosts|received|receives|welcomed|welcomes)` + sp + `+(?:(?:a|an|the)` + sp + `+)?(?:(?:high-level|senior|top|visiting)` + sp + `+)?(?:delegation` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?)?$`)
	// "since" before the date: a lasting stay.
	reSinceBefore = regexp.MustCompile(`\bsince` + sp + `*$`)
	// Between the guests and the place: "leaders in", "delegation in".
	reGuestsIn = regexp.MustCompile(`^` + sp + `+(?:(?:political|senior|top|military)` + sp + `+)?(?:leaders|leadership|officials|delegation|delegates|negotiators|envoys|representatives|members)` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)
)

// hostedGuests builds the dated visits of a group hosted somewhere.
func (b *relBuilder) hostedGuests(v *sentView) {
	if !v.has("host", "receiv", "welcom") {
		return
	}
	for k, h := range v.args {
		if h.typ != "Country" && h.typ != "Person" || h.m.Demonym {
			continue
		}
		for _, g := range v.args[k+1:] {
			if g.typ != "Organization" && g.typ != "Country" {
				break
			}
			if !reHostedGuests.MatchString(v.between(h.end, g.start)) {
				break
			}
			p, ok := b.placeAfterGuests(v, g)
			if !ok || b.irrealisClause(v, h.start, p.End) {
				break
			}
			// "has hosted Hamas leaders in Doha since 2012": a stay, not one
			// visit; a year alone does not tell which visit either.
			d, dated := pickDate(v, h.start, p.End, true)
			if !dated || !d.Resolved() || d.Precision == timex.Year || reSinceBefore.MatchString(v.between(h.start, d.Start)) {
				break
			}
			_, local, _ := strings.Cut(g.id, ":")
			_, where, _ := strings.Cut(p.EntityID, ":")
			id := "event:visit:" + local + "-to-" + where + ":" + d.Value
			if _, seen := b.events[id]; !seen {
				b.events[id] = &entity{ID: id, Name: b.nameOf(g.id) + " visit to " + b.nameOf(p.EntityID) + " (" + d.Value + ")", Type: "Event", Props: datedProps("visit", d)}
			}
			b.eventMentioned(id, v, h.start, p.End)
			b.add("PARTICIPATED_IN", g.id, id, 0.75, nil, v, g.start, p.End)
			b.add("HELD_IN", id, p.EntityID, 0.75, nil, v, g.start, p.End)
			if h.typ == "Country" {
				b.add("HOSTED", h.id, id, 0.75, nil, v, h.start, g.end)
			} else {
				// A leader hosts for the state they hold a role of.
				b.add("PARTICIPATED_IN", h.id, id, 0.75, nil, v, h.start, g.end)
				if r, ok := b.roleOf[h.id]; ok && b.typeOf(r.of) == "Country" {
					b.add("HOSTED", r.of, id, 0.7, nil, v, h.start, g.end)
				}
			}
			break
		}
	}
}

// placeAfterGuests is the place right after the guests' phrase ("Hamas
// leaders in Doha").
func (b *relBuilder) placeAfterGuests(v *sentView, g arg) (mention, bool) {
	ms := append([]mention{}, v.ments...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	for _, p := range ms {
		if p.Start < g.end || (p.Type != "Place" && p.Type != "Country") || p.Demonym {
			continue
		}
		gap := v.between(g.end, p.Start)
		return p, reGuestsIn.MatchString(gap) || reMissionIn.MatchString(gap)
	}
	return mention{}, false
}
