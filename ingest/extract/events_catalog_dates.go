package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/kg-project/kg/ingest/timex"
)

// An event of the catalog that the document names without dating it ("the
// Lebanese Civil War", "after the Battle of Karameh") still has a date a
// reader knows: the catalog's (catalogEntry.Date). So has an agreement: the
// day it was signed or adopted ("the JCPOA": 2015-07-14). The date a sentence
// gives always comes first: the catalog only fills what the document
// leaves empty, once every sentence has been read. Its dateText says where
// the date came from, so a reader can tell it from the text's.

// CatalogDateText is the dateText of a date taken from the catalog, not
// from the document (docs/extract-json.md).
const CatalogDateText = "from the catalog"

// catalogDates dates the document's catalog events and agreements that no
// sentence dated. Each is dated on its own, so the order of the map does
// not matter.
func (b *relBuilder) catalogDates() {
	for _, e := range b.ents.Entities {
		if e.Type != "Event" && e.Type != "Agreement" || e.CatalogDate == "" {
			continue
		}
		if e.Props == nil {
			e.Props = map[string]any{}
		}
		if _, dated := e.Props["date"]; dated {
			continue
		}
		_, prec, _ := timex.ParseValue(e.CatalogDate) // checked when the catalog loaded
		e.Props["date"], e.Props["datePrecision"], e.Props["dateText"] = e.CatalogDate, string(prec), CatalogDateText
	}
	b.daysOfNames()
}

// An event the document names after its day ("the 14 July Revolution",
// "the 17 July Revolution") and dates by its year ("in 1958") happened on
// that day of that year: the text gives both.
func (b *relBuilder) daysOfNames() {
	named := func(e *entity, name string) {
		if e == nil || e.Type != "Event" || e.Props["datePrecision"] != string(timex.Year) {
			return
		}
		year, _ := e.Props["date"].(string)
		// A year the catalog contradicts is the date of something else
		// the sentence told; no day of it is more right.
		if e.CatalogDate != "" && !strings.HasPrefix(e.CatalogDate, year) {
			return
		}
		if day, ok := dayOfName(name, year); ok {
			e.Props["date"], e.Props["datePrecision"] = day, string(timex.Day)
		}
	}
	for _, e := range b.events {
		named(e, e.Name) // the events the rules named
	}
	for _, m := range b.ents.Mentions {
		named(b.ents.Entities[m.EntityID], m.Text) // a catalog event by one of its names
	}
}

var reDayInName = regexp.MustCompile(`^(?:the )?([0-3]?[0-9]) (January|February|March|April|May|June|July|August|September|October|November|December) `)

// dayOfName is the day a catalog event's name gives, in the catalog's year.
func dayOfName(name, year string) (string, bool) {
	if len(year) != 4 {
		return "", false
	}
	m := reDayInName.FindStringSubmatch(name)
	if m == nil {
		return "", false
	}
	t, err := time.Parse("2 January 2006", m[1]+" "+m[2]+" "+year)
	if err != nil {
		return "", false // "31 February"
	}
	return t.Format("2006-01-02"), true
}

// A war the catalog dates by its year begins with a deed a history often
// dates by its day: "Iraq invaded Iran ... on 22 September 1980" is the
// start of the Iran–Iraq War, "On 12 July 2006, Hezbollah launched a
// series of rocket attacks ... into Israeli territory" the start of the
// 2006 Lebanon War. When no sentence dates the war itself more closely
// than its year, the first attack of the document dated by a day of the
// war's first year, by one of its sides on another, dates it.

// warsFirstDays dates the document's catalog wars as above; it runs before
// catalogDates, which fills what is left.
func (b *relBuilder) warsFirstDays() {
	for _, e := range b.ents.Entities {
		if e.Type != "Event" || len(e.CatalogDate) != 4 || len(e.Sides) < 2 || !reWarWord.MatchString(e.Name) {
			continue
		}
		// A year the text gave is made a day of that year; a month or a
		// day the text gave stays.
		if d, dated := e.Props["date"].(string); dated && (e.Props["datePrecision"] != string(timex.Year) || d != e.CatalogDate) {
			continue
		}
		sides := map[string]bool{}
		for _, s := range e.Sides {
			sides[s] = true
		}
		first := ""
		text := ""
		for _, r := range b.rels {
			if r.Type != "ATTACKED" || !sides[r.From] || !sides[r.To] || r.Props["datePrecision"] != string(timex.Day) {
				continue
			}
			d, _ := r.Props["date"].(string)
			if strings.HasPrefix(d, e.CatalogDate) && (first == "" || d < first) {
				first = d
				text, _ = r.Props["dateText"].(string)
			}
		}
		if first == "" {
			continue
		}
		if e.Props == nil {
			e.Props = map[string]any{}
		}
		e.Props["date"], e.Props["datePrecision"], e.Props["dateText"] = first, string(timex.Day), text
	}
}
