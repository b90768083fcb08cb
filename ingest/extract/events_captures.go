package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// The taking of a town is an event of its own: "M23 rebels seized the town
// of Sake on Wednesday", "the fall of Yabroud to the Syrian Army and
// Hezbollah", "the capture of Goma by M23". Its takers take part in it,
// it is held in the town, and the takers attacked the town. Told by a
// verb, it needs a day, as other deeds do; told by its noun, the name says
// which taking it is. Its id is the town and the day, so two sentences
// telling the same taking name one event.

var (
	// The verbs of a taking, in a gap that ends right before the town, in
	// the past or, as chronologies write, the present: "Ethiopian forces
	// capture Badme", "Ethiopian troops take the town of Barentu".
	reCaptureVerb = regexp.MustCompile(`\b(?:captured|seized|overran|stormed|retook|recaptured|captures?|seizes?|overruns?|storms?|retakes?|recaptures?|(?:took|takes?)` + sp + `+the` + sp + `+(?:town|city|village|port)` + sp + `+of)\b`)
	// "the fall of", "the capture of", right before the town.
	reCaptureNoun = regexp.MustCompile(`(?i)\b(fall|capture|seizure|recapture)` + sp + `+of` + sp + `+(?:the` + sp + `+(?:town|city|village|port)` + sp + `+of` + sp + `+)?$`)
	// What may follow a town taken: the end of its noun phrase. "the
	// Greater and Lesser Tunb islands" is no town named "Greater".
	reTownTaken = regexp.MustCompile(`^(?:` + sp + `*[,.;:)]|` + sp + `*$|` + sp + `+(?:on|in|at|from|after|before|during|with|near|without|by|last|this|early|late|overnight|yesterday|today|and` + sp + `+(?:the` + sp + `+)?(?:town|city|village|port)s?` + sp + `+of)\b)`)
	// Right before a town of which only a part was taken: "seized western
	// Beirut", "the outskirts of Arsal".
	reTownPart = regexp.MustCompile(`(?i)\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?|parts?` + sp + `+of|outskirts` + sp + `+of|suburbs?` + sp + `+of|edge` + sp + `+of|districts?` + sp + `+of|neighbou?rhoods?` + sp + `+of)` + sp + `+(?:the` + sp + `+)?$`)
	// After the town, before its takers: " to the", " by".
	reCaptureBy = regexp.MustCompile(`^` + sp + `+(?:to|by)` + sp + `+(?:the` + sp + `+)?$`)
)

// captureByVerb builds the taking of the towns among targets that the verb
// between the takers and the targets, [gapStart, gapEnd), tells, when the
// sentence dates it.
func (b *relBuilder) captureByVerb(v *sentView, takers, targets []arg, gapStart, gapEnd, start, end int) {
	if !reCaptureVerb.MatchString(v.between(gapStart, gapEnd)) {
		return
	}
	b.captureEvents(v, takers, targets, start, end)
}

// captureEvents builds the takings of the towns among targets by takers,
// told by a verb over [start, end), when the sentence dates them to a day.
func (b *relBuilder) captureEvents(v *sentView, takers, targets []arg, start, end int) {
	if b.irrealisClause(v, start, end) {
		return
	}
	for _, t := range targets {
		if t.typ != "Place" || t.m.Demonym || !reTownTaken.MatchString(v.between(t.end, v.end)) ||
			reTownPart.MatchString(v.between(max(v.start, t.start-30), t.start)) || b.eventAt(v, start, end) {
			continue
		}
		_, local, _ := strings.Cut(t.id, ":")
		spec := eventSpec{kind: "capture", parts: takers, trigStart: start, trigEnd: end, start: start, end: end,
			needDate: true, slug: local, name: "Capture of " + b.nameOf(t.id)}
		if d, ok := pickDate(v, start, end, true); !ok || !d.Resolved() || d.Precision != timex.Day {
			continue // a taking over a season or a year is told in summary
		}
		if id := b.makeEvent(v, spec); id != "" {
			b.add("HELD_IN", id, t.id, 0.8, nil, v, t.start, t.end)
		}
	}
}

// captureByNoun builds the takings v names by their noun: "the fall of
// Yabroud to the Syrian Army and Hezbollah".
func (b *relBuilder) captureByNoun(v *sentView) {
	if !v.has("fall of", "capture of", "seizure of", "recapture of") {
		return
	}
	for i, t := range v.args {
		if t.typ != "Place" || t.m.Demonym {
			continue
		}
		lo := max(v.start, t.start-40)
		loc := reCaptureNoun.FindStringSubmatchIndex(v.between(lo, t.start))
		if loc == nil || i+1 >= len(v.args) {
			continue
		}
		by := v.args[i+1]
		if !by.actor() || by.typ == "Person" || !reCaptureBy.MatchString(v.between(t.end, by.start)) {
			continue
		}
		takers := doersFrom(v, i+1)
		start, end := lo+loc[0], takers[len(takers)-1].end
		if b.irrealisClause(v, start, end) {
			continue
		}
		noun := strings.ToLower(v.between(lo+loc[2], lo+loc[3]))
		_, local, _ := strings.Cut(t.id, ":")
		spec := eventSpec{kind: "capture", parts: takers, trigStart: start, trigEnd: t.end, start: start, end: end,
			slug: local, name: strings.ToUpper(noun[:1]) + noun[1:] + " of " + b.nameOf(t.id)}
		if d, ok := pickDate(v, start, end, true); !ok || !d.Resolved() || d.Precision != timex.Day {
			spec.dateless = true
		}
		id := b.makeEvent(v, spec)
		if id == "" {
			continue
		}
		b.add("HELD_IN", id, t.id, 0.8, nil, v, t.start, t.end)
		for _, s := range b.subjectIDs(takers, true) {
			b.add("ATTACKED", s, t.id, 0.8, nil, v, start, end)
		}
	}
}
