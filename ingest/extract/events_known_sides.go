package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// The catalog knows who fought its wars and carried out its operations,
// and who the parties to its agreements are (catalogEntry.Sides): the Suez
// Crisis was fought by Israel, the United Kingdom and France against
// Egypt; Israel and Jordan made their peace treaty. A sentence that names
// such an event and one of its sides is read as that side's part in it
// (PARTICIPATED_IN): "Israel occupied the Sinai in the Suez Crisis", "the
// Six-Day War, in which Jordan lost the West Bank". One that names such an
// agreement and a party is read as the party's (PARTY_TO): "Iran kept to
// the JCPOA", "the United States left the JCPOA" (it was a party still).
// The sentence is the evidence; the catalog only says which of the states
// and groups it names take part.
//
// The relation is weaker than one a rule reads from wording
// (knownSideConfidence), and it is not read:
//
//   - from a demonym used as an adjective, which is no argument;
//   - from a possessive of something else ("tearing up the Obama Iran
//     deal ... obliterated Iran's nuclear sites");
//   - where the event or agreement only dates the sentence ("In the aftermath of the
//     1948 Arab–Israeli War, Lebanon became home to refugees", "after",
//     "since", "before");
//   - where the sentence denies it or speaks of what might be
//     (irrealisClause: "Jordan did not join the war", "could enter").

// knownSideConfidence marks a side the catalog named and a sentence
// mentioned with the event.
const knownSideConfidence = 0.6

// reEventAsTime is what makes an event the time of a sentence rather
// than its subject: "after the war", "in the aftermath of the war".
var reEventAsTime = regexp.MustCompile(`(?i)\b(?:after|following|since|before|prior` + sp + `+to|until|aftermath` + sp + `+of|wake` + sp + `+of|end` + sp + `+of|eve` + sp + `+of|years` + sp + `+of|outbreak` + sp + `+of)` + sp + `+(?:the` + sp + `+)?(?:\d{4}` + sp + `+)?$`)

// knownSides adds PARTICIPATED_IN for every side of a catalog event, and
// PARTY_TO for every party of a catalog agreement, named in the same
// sentence as the event or agreement.
func (b *relBuilder) knownSides(v *sentView) {
	for _, ev := range v.ments {
		e, ok := b.ents.Entities[ev.EntityID]
		if !ok || len(e.Sides) == 0 || reEventAsTime.MatchString(v.between(max(v.start, ev.Start-40), ev.Start)) {
			continue
		}
		typ := "PARTICIPATED_IN"
		switch e.Type {
		case "Event":
		case "Agreement":
			typ = "PARTY_TO"
		default:
			continue
		}
		for _, a := range v.args {
			if !hasString(e.Sides, a.id) {
				continue
			}
			if rePossessiveStart.MatchString(v.between(a.end, v.end)) && !(ev.Start >= a.end && ev.Start-a.end <= 30) {
				continue // "Iran's nuclear sites": the state owns something else
			}
			start, end := min(a.start, ev.Start), max(a.end, ev.End)
			if b.irrealisClause(v, start, end) {
				continue
			}
			b.add(typ, a.id, ev.EntityID, knownSideConfidence, nil, v, start, end)
		}
	}
}

// knownAttacks adds ATTACKED for every attack of a catalog event the
// sentence names, between the document's entities: "the Anglo-Soviet
// invasion of Iran" was the Soviet Union's and Britain's attack on Iran,
// whatever the sentence says of it. A sentence that denies the event or
// speaks of one that might be gives nothing.
func (b *relBuilder) knownAttacks(v *sentView) {
	for _, ev := range v.ments {
		e, ok := b.ents.Entities[ev.EntityID]
		// The words around the name: "Operation X would not begin".
		if !ok || len(e.Attacks) == 0 || b.irrealisClause(v, ev.Start, min(v.end, ev.End+30)) {
			continue
		}
		for _, a := range e.Attacks {
			if b.ents.Entities[a.By] != nil && b.ents.Entities[a.On] != nil {
				b.add("ATTACKED", a.By, a.On, knownSideConfidence, catalogDated(e), v, ev.Start, ev.End)
			}
		}
	}
}

// An agreement named after its sides joined by a dash names its parties
// as surely as a sentence would: "the Israel-UAE agreement", "the
// Egypt–Israel peace treaty", "the U.S.–Iraq Status of Forces Agreement".
// Each side that is a state of the document is PARTY_TO it, with the name
// as evidence.

// rePairedName opens an agreement's name with two names and a dash.
var rePairedName = regexp.MustCompile(`^(?:[Tt]he` + sp + `+)?(\p{Lu}[\w\x{00C0}-\x{024F}.'’]*(?:` + sp + `\p{Lu}[\w\x{00C0}-\x{024F}.'’]*){0,2})` + sp + `*[–—-]` + sp + `*(\p{Lu}[\w\x{00C0}-\x{024F}.'’]*(?:` + sp + `\p{Lu}[\w\x{00C0}-\x{024F}.'’]*){0,2})` + sp)

// namedParties adds PARTY_TO for the states an agreement mention of v is
// named after.
func (b *relBuilder) namedParties(v *sentView) {
	for _, m := range v.ments {
		if m.Type != "Agreement" || m.Anaphor {
			continue
		}
		loc := rePairedName.FindStringSubmatch(m.Text)
		if loc == nil {
			continue
		}
		if b.countryByName == nil {
			b.countryByName = b.countryNames()
		}
		states := b.countryByName
		a, c := states[strings.ToLower(loc[1])], states[strings.ToLower(loc[2])]
		if a == "" || c == "" || a == c {
			continue
		}
		for _, id := range []string{a, c} {
			b.add("PARTY_TO", id, m.EntityID, 0.8, nil, v, m.Start, m.End)
		}
	}
}

// countryNames maps the lower-case names, aliases and demonyms of the
// document's countries to their ids ("the Israeli-United Arab Emirates
// peace accords").
func (b *relBuilder) countryNames() map[string]string {
	out := map[string]string{}
	for _, id := range b.sortedEntityIDs() {
		e := b.ents.Entities[id]
		if e.Type != "Country" {
			continue
		}
		for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Demonyms...) {
			if _, taken := out[strings.ToLower(n)]; !taken {
				out[strings.ToLower(n)] = id
			}
		}
	}
	return out
}

// catalogDated gives a relation the catalog's date of the event it comes
// from ("behind the Sept. 11 attacks" in a sentence of October 2001 is an
// attack of 2001-09-11), or nil for the sentence's date when the catalog
// has none.
func catalogDated(e *entity) map[string]any {
	if e.CatalogDate == "" {
		return nil
	}
	_, prec, ok := timex.ParseValue(e.CatalogDate)
	if !ok {
		return nil
	}
	return map[string]any{"date": e.CatalogDate, "datePrecision": string(prec), "dateText": CatalogDateText}
}
