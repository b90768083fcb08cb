package extract

import "regexp"

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

// reCatalogDate is a catalog date: a year, a month or a day.
var reCatalogDate = regexp.MustCompile(`^(?:1[0-9]|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$`)

// validCatalogDate reports whether s is a date the catalog may hold.
func validCatalogDate(s string) bool { return reCatalogDate.MatchString(s) }

// catalogDatePrecision is the precision of a valid catalog date.
func catalogDatePrecision(s string) string {
	switch len(s) {
	case len("2006"):
		return "year"
	case len("2006-07"):
		return "month"
	}
	return "day"
}

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
		e.Props["date"], e.Props["datePrecision"], e.Props["dateText"] = e.CatalogDate, catalogDatePrecision(e.CatalogDate), CatalogDateText
	}
}
