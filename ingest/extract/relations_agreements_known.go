package extract

import (
	"regexp"
	"strings"
)

// An agreement of the catalog is often told without its name: "In 1979,
// Egypt signed a peace treaty with Israel", "Jordan concluded a peace
// treaty with Israel in 1994". When the catalog holds exactly one
// agreement between the two sides whose name has the same head word
// ("treaty") and, where the sentence gives a year, whose name or
// description gives that year, the phrase names it: both sides are
// PARTY_TO it, and the phrase is a mention of it.

// reSignedWith joins the two sides: " signed a peace treaty with ".
var reSignedWith = regexp.MustCompile(`^` + sp + `+(?:(?:has|had|have|finally|formally|also|then|later)` + sp + `+)*(?:signed|initialled|initialed|inked|concluded|reached|struck)` + sp + `+(?:an?|the|its|their)` + sp + `+((?:(?:historic|formal|final|peace|armistice|border|security|defen[cs]e|friendship|normalization|non-aggression|ceasefire|cease-fire|free|trade)` + sp + `+){0,2}(treaty|agreement|accord|pact))` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)

// knownAgreementsSigned finds the catalog agreements of reSignedWith.
func (b *relBuilder) knownAgreementsSigned(v *sentView) {
	if len(b.ents.pairAgreements) == 0 || !v.has("with") {
		return
	}
	for i, a := range v.args {
		if i+1 >= len(v.args) || (a.typ != "Country" && a.typ != "Organization") || a.m.Demonym {
			continue
		}
		o := v.args[i+1]
		if (o.typ != "Country" && o.typ != "Organization") || o.m.Demonym {
			continue
		}
		loc := reSignedWith.FindStringSubmatchIndex(v.between(a.end, o.start))
		if loc == nil || b.irrealisClause(v, a.start, o.end) {
			continue
		}
		head := strings.ToLower(v.between(a.end+loc[4], a.end+loc[5]))
		year := ""
		if d, ok := pickDate(v, a.start, o.end, true); ok && d.Resolved() {
			year = d.Value[:4]
		}
		agr := b.pairAgreement(a.id, o.id, head, year)
		if agr == nil {
			continue
		}
		if _, named := b.ents.Entities[agr.ID]; !named {
			if _, built := b.events[agr.ID]; !built {
				b.events[agr.ID] = catalogEntity(*agr)
			}
		}
		ps, pe := a.end+loc[2], a.end+loc[3]
		b.evMent = append(b.evMent, mention{EntityID: agr.ID, Type: "Agreement", Start: ps, End: pe, Sentence: v.idx, Text: v.between(ps, pe)})
		b.add("PARTY_TO", a.id, agr.ID, 0.8, nil, v, a.start, o.end)
		b.add("PARTY_TO", o.id, agr.ID, 0.8, nil, v, a.start, o.end)
	}
}

// pairAgreement is the one catalog agreement between x and y whose name
// holds head and, when year is given, whose name or description holds
// it; nil when none or several fit.
func (b *relBuilder) pairAgreement(x, y, head, year string) *catalogEntry {
	var found *catalogEntry
	for i := range b.ents.pairAgreements {
		e := &b.ents.pairAgreements[i]
		if !betweenSides(*e, x, y) {
			continue
		}
		if !strings.Contains(strings.ToLower(e.Name), head) {
			continue
		}
		if year != "" && !strings.Contains(e.Name+" "+e.Description, year) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// betweenSides reports a catalog agreement between x and y, in either
// order.
func betweenSides(e catalogEntry, x, y string) bool {
	return len(e.Sides) == 2 && (e.Sides[0] == x && e.Sides[1] == y || e.Sides[0] == y && e.Sides[1] == x)
}
