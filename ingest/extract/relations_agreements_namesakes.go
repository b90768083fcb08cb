package extract

import (
	"slices"
	"strings"
)

// Two agreements may share a name: the catalog's "Algiers Agreement" is
// the 1975 border treaty of Iran and Iraq, while "Meles and Isaias signed
// the Algiers Agreement in December 2000" tells of the treaty that ended
// the Eritrean–Ethiopian War. When the catalog names an agreement's two
// parties, the document names neither, and its sentences make two other
// states or bodies parties to it or sign it in another year than the
// catalog's, the document's agreement is a namesake: it keeps its name
// and its relations, but not the catalog's identity (id, other names,
// description, date), and its id adds the year of its signing, else its
// parties ("agreement:algiers-agreement:2000") so it is never merged
// with the catalog's across documents. A treaty of many parties is left
// alone: a state may sign it decades after it was made.

// namesakeAgreements finds the namesakes above and gives each its own id.
func (b *relBuilder) namesakeAgreements() {
	for _, id := range b.sortedEntityIDs() {
		e := b.ents.Entities[id]
		if e.Type != "Agreement" || !e.Catalog || len(e.Sides) != 2 || b.namesAnyOf(e.Sides) {
			continue
		}
		var parties []string
		for _, r := range b.rels {
			if t := b.typeOf(r.From); r.Type == "PARTY_TO" && r.To == id && (t == "Country" || t == "Organization") && !slices.Contains(parties, r.From) {
				parties = append(parties, r.From)
			}
		}
		year := b.otherSigningYear(id, e.CatalogDate)
		if len(parties) < 2 && year == "" {
			continue
		}
		// The year names the agreement the same way in every document
		// that dates its signing; the parties a document lists may vary.
		suffix := year
		if year == "" {
			slices.Sort(parties)
			slugs := make([]string, len(parties))
			for i, p := range parties {
				_, slugs[i], _ = strings.Cut(p, ":")
			}
			suffix = strings.Join(slugs, "-")
		}
		b.renameAgreement(id, id+":"+suffix)
	}
}

// otherSigningYear is the year of a signing of agreement id the document
// tells, when it is not the year of the catalog's date; else "".
func (b *relBuilder) otherSigningYear(id, catalogDate string) string {
	prefix := "event:" + id + ":"
	year := ""
	for eid, ev := range b.events {
		d, _ := ev.Props["date"].(string)
		if strings.HasPrefix(eid, prefix) && len(d) >= 4 && len(catalogDate) >= 4 && d[:4] != catalogDate[:4] && (year == "" || d[:4] < year) {
			year = d[:4] // the earliest, whatever the map's order
		}
	}
	return year
}

// namesAnyOf reports an entity of the document among ids.
func (b *relBuilder) namesAnyOf(ids []string) bool {
	for _, id := range ids {
		if _, ok := b.ents.Entities[id]; ok {
			return true
		}
	}
	return false
}

// renameAgreement makes the catalog agreement id a document agreement of
// the same name under id to: its mentions and relations follow.
func (b *relBuilder) renameAgreement(id, to string) {
	old := b.ents.Entities[id]
	delete(b.ents.Entities, id)
	b.ents.Entities[to] = &entity{ID: to, Name: old.Name, Type: old.Type, Props: map[string]any{}}
	for i := range b.ents.Mentions {
		if b.ents.Mentions[i].EntityID == id {
			b.ents.Mentions[i].EntityID = to
		}
	}
	b.retargetRelations(id, to)
	b.entityIDs = nil // the sorted ids changed
}
