package extract

import "github.com/kg-project/kg/ingest/timex"

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
}
