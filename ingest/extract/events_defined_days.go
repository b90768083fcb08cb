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
		m, from, ok := b.definedEvent(v)
		if !ok {
			continue
		}
		props := b.eventProps(m.EntityID)
		for _, d := range v.dates {
			if d.Start < from || !d.Resolved() || d.Relative {
				continue
			}
			if reDefinedDayBefore.MatchString(v.between(from, d.Start)) {
				setDefinedDay(props, d)
			}
			break // only the first date after the copula
		}
	}
}

// setDefinedDay gives the event of props the date d unless it has a date
// d does not refine.
func setDefinedDay(props map[string]any, d timex.Expr) {
	if _, dated := props["date"]; dated && (props["datePrecision"] != string(timex.Year) || d.Precision == timex.Year) {
		return
	}
	props["date"], props["datePrecision"], props["dateText"] = d.Value, string(d.Precision), d.Text
}

// definedEvent is the event whose name opens v (after "The" if any) when v
// goes on to define it, and where the definition's words begin after the
// copula.
func (b *relBuilder) definedEvent(v *sentView) (mention, int, bool) {
	for _, m := range b.eventMentsOf(v) {
		if lead := v.between(v.start, m.Start); lead != "" && lead != "The " && lead != "the " {
			continue
		}
		if loc := reDefinedAs.FindStringIndex(v.between(m.End, v.end)); loc != nil {
			return m, m.End + loc[1], true
		}
	}
	return mention{}, 0, false
}
