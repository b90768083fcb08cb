package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// A war is often told by where it is fought rather than by its name: "the
// war in Syria", "Russia's war in Chechnya", "the conflict in Tigray". The
// catalog says where its wars were fought (catalogEntry.FoughtIn); the war
// meant is the last one begun there by the time the text speaks of: the
// sentence's own date, else the last date of the sentences before it in
// its paragraph, else the day the document was published. "The war in
// Lebanon" of a sentence of 1983 is the 1982 Lebanon War, of one of 2006
// the war of that summer. The mention is the war's, held in the place it
// names, with the sides the catalog gives and the sentence names.
//
// A war the text sets apart from the known one ("a new war in Lebanon",
// "another conflict in Gaza") or speaks of as what might be is not read.

// reWarInBefore: the words before a state or place that make it the
// place of a war, "the war in", "the civil war in", "the conflict in".
var reWarInBefore = regexp.MustCompile(`(?i)\b((?:civil` + sp + `+)?(?:war|conflict))` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)

// reNotTheWar: words that make the war another than the known one: "a
// new war in", "another war in", "any future conflict in".
var reNotTheWar = regexp.MustCompile(`(?i)\b(?:a|an|another|new|any|next|future|possible|potential|wider|second|third|renewed)` + sp + `+(?:[\w-]+` + sp + `+)?$`)

// reWarLikeName: the name of a war or of a conflict like one, not of a
// battle or an operation fought in it.
var reWarLikeName = regexp.MustCompile(`(?i)\b(?:wars?|conflict|invasion|intervention|insurgency|uprising|rebellion|revolution|intifada|crisis|emergency|campaign)\b`)

// indexFoughtIn maps each state or place the catalog's wars were fought in
// to those wars, oldest first (ties by id, so the order never varies).
func indexFoughtIn(c *catalog) map[string][]catalogEntry {
	idx := map[string][]catalogEntry{}
	for _, e := range c.entries {
		// "The war in Ukraine" is a war, not one of its battles or
		// operations (the Battle of Bakhmut was fought there too).
		if e.Type != "Event" || e.Date == "" || !reWarLikeName.MatchString(e.Name) {
			continue
		}
		for _, p := range e.FoughtIn {
			idx[p] = append(idx[p], e)
		}
	}
	for _, wars := range idx {
		sort.Slice(wars, func(i, j int) bool {
			if wars[i].Date != wars[j].Date {
				return wars[i].Date < wars[j].Date
			}
			return wars[i].ID < wars[j].ID
		})
	}
	return idx
}

// warsIn reads the wars v tells by where they were fought.
func (b *relBuilder) warsIn(v *sentView) {
	if len(b.facts.foughtIn) == 0 || !v.has("war", "conflict") {
		return
	}
	for _, m := range v.ments {
		wars := b.facts.foughtIn[m.EntityID]
		if len(wars) == 0 || m.Demonym || m.MetonymFor != "" {
			continue
		}
		before := v.between(max(v.start, m.Start-40), m.Start)
		loc := reWarInBefore.FindStringSubmatchIndex(before)
		if loc == nil {
			continue
		}
		s := m.Start - len(before) + loc[2]
		if reNotTheWar.MatchString(v.between(max(v.start, s-24), s)) || coveredByEvent(v, s, m.End) || b.irrealisClause(v, s, m.End) {
			continue
		}
		ref, ok := b.warReference(v)
		if !ok {
			continue
		}
		war, ok := lastBegun(wars, ref.Value)
		if !ok {
			continue
		}
		if _, named := b.ents.Entities[war.ID]; !named {
			if _, built := b.events[war.ID]; !built {
				b.events[war.ID] = catalogEntity(war)
			}
		}
		b.evMent = append(b.evMent, mention{EntityID: war.ID, Type: "Event", Start: s, End: m.End, Sentence: v.idx, Text: v.between(s, m.End)})
		b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], war.ID)
		// Where a war was fought holds for all of it, not for the day the
		// sentence speaks of.
		b.undated = true
		b.add("HELD_IN", war.ID, m.EntityID, 0.7, nil, v, s, m.End)
		b.undated = false
		if reEventAsTime.MatchString(v.between(max(v.start, s-40), s)) {
			continue // "after the war in Syria": the war only dates the sentence
		}
		for _, a := range v.args {
			if hasString(war.Sides, a.id) && a.id != m.EntityID {
				b.add("PARTICIPATED_IN", a.id, war.ID, knownSideConfidence, nil, v, min(a.start, s), max(a.end, m.End))
			}
		}
	}
}

// warReference is the time a sentence speaks of: its own first date,
// else the last date of the nearest sentence before it in its paragraph
// that has one, else the day the document was published.
func (b *relBuilder) warReference(v *sentView) (timex.Expr, bool) {
	if d, ok := firstResolved(v); ok {
		return d, true
	}
	for i := v.idx - 1; i >= 0 && i >= v.idx-6; i-- {
		p := b.views[i]
		if strings.Contains(v.text[p.end:b.views[i+1].start], "\n\n") {
			break
		}
		var last timex.Expr
		found := false
		for _, d := range p.dates {
			if d.Start >= p.start && d.End <= p.end && d.Resolved() {
				last, found = d, true
			}
		}
		if found {
			return last, true
		}
	}
	return b.publicationDate()
}

// firstResolved is the first resolved date inside sentence v.
func firstResolved(v *sentView) (timex.Expr, bool) {
	for _, d := range v.dates {
		if d.Start >= v.start && d.End <= v.end && d.Resolved() {
			return d, true
		}
	}
	return timex.Expr{}, false
}

// lastBegun is the last of the wars, oldest first, begun by the time ref
// ("2014", "2014-07", "2014-07-08"), comparing the two at the coarser of
// their precisions: a war of "1982-06" has not begun by "1982-03", and
// has by "1982".
func lastBegun(wars []catalogEntry, ref string) (catalogEntry, bool) {
	var found catalogEntry
	ok := false
	for _, w := range wars {
		n := min(len(w.Date), len(ref))
		if w.Date[:n] <= ref[:n] {
			found, ok = w, true
		}
	}
	return found, ok
}
