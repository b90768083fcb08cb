package extract

import (
	"regexp"

	"github.com/kg-project/kg/ingest/timex"
)

// A sentence that opens with an event and defines it gives the event's day
// in the participle that describes it: "Operation Entebbe, code-named
// Operation Thunderbolt, was a hostage-rescue mission carried out by
// commandos … at Entebbe International Airport in Uganda on 4 July 1976",
// "The Battle of Adwa was the decisive engagement of the First
// Italo-Ethiopian War, fought on 1 March 1896", "The Madrid Conference of
// 1991 … was a peace conference held at the Royal Palace in Madrid, Spain,
// from 30 October to 1 November 1991". The war the battle was part of sits
// between the name and the day, yet the participle describes what the
// sentence defines. A year the event already has (from its name) becomes
// that day when the day falls in it; a date of another year, or a date the
// event already has more closely, is left alone.

// reDefinedAs: right after the event opening the sentence, an aside in
// parentheses or between commas, then the copula and an article.
var reDefinedAs = regexp.MustCompile(`^(?:` + sp + `*\([^()]{0,200}\))?(?:` + sp + `*,[^;]{0,160}?,)?` + sp + `+(?:was|were|is|are)` + sp + `+(?:a|an|the|one)` + sp + `+`)

// reDefinedDayBefore: the participle and the preposition that bring the
// day, with where or by whom in between.
var reDefinedDayBefore = regexp.MustCompile(`\b(?:held|fought|carried` + sp + `+out|conducted|launched|staged|waged|signed|concluded|convened|took` + sp + `+place|opened|mounted|attempted)\b[^;]{0,140}?` + sp + `+(?:on|from|between|in)` + sp + `+$`)

// definedDays dates the events the document's sentences define, as above.
func (b *relBuilder) definedDays() {
	for _, v := range b.views {
		m, ok := b.openingEvent(v)
		if !ok {
			continue
		}
		loc := reDefinedAs.FindStringIndex(v.between(m.End, v.end))
		if loc == nil {
			continue
		}
		e := b.eventEntity(m.EntityID)
		if e == nil {
			continue
		}
		from := m.End + loc[1]
		for _, d := range v.dates {
			if d.Start < from || !d.Resolved() || d.Relative {
				continue
			}
			if reDefinedDayBefore.MatchString(v.between(from, d.Start)) {
				setDefinedDay(e, d)
			}
			break // only the first date after the copula
		}
	}
}

// setDefinedDay gives e the date d unless e has a date d does not refine.
func setDefinedDay(e *entity, d timex.Expr) {
	if e.Props == nil {
		e.Props = map[string]any{}
	}
	if _, dated := e.Props["date"]; dated && (e.Props["datePrecision"] != string(timex.Year) || d.Precision == timex.Year) {
		return
	}
	e.Props["date"], e.Props["datePrecision"], e.Props["dateText"] = d.Value, string(d.Precision), d.Text
}

// openingEvent is the event whose name opens v, after "The" if any.
func (b *relBuilder) openingEvent(v *sentView) (mention, bool) {
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type != "Event" || m.Start < v.start || m.End > v.end {
			continue
		}
		if lead := v.between(v.start, m.Start); lead == "" || lead == "The " || lead == "the " {
			return m, true
		}
	}
	return mention{}, false
}

// eventEntity is the event id names, found by the entity stage or built by
// a rule, or nil.
func (b *relBuilder) eventEntity(id string) *entity {
	if e, ok := b.events[id]; ok {
		return e
	}
	if e, ok := b.ents.Entities[id]; ok && e.Type == "Event" {
		return e
	}
	return nil
}
