package extract

import "regexp"

// The European Union's offices name no body: "Günter Verheugen, the
// European Commissioner for enlargement"; "the EU High Representative for
// Foreign Affairs and Security Policy, Catherine Ashton"; "Federica
// Mogherini, the High Representative". Only the Union has them, so a
// person given one holds it for the Union, when the document names it.

// euOffice is an office of the European Union alone.
const euOffice = `((?:European` + sp + `+Commissioner|EU` + sp + `+Commissioner|(?:EU` + sp + `+)?High` + sp + `+Representative|President` + sp + `+of` + sp + `+the` + sp + `+European` + sp + `+(?:Commission|Council))(?:` + sp + `+(?:for|of)` + sp + `+(?:the` + sp + `+)?[\p{L}]+(?:` + sp + `+(?:and|of|the|Union|Foreign|Affairs|Security|Policy|Common|Neighbourhood|Enlargement|Trade)\b)*)?)`

var (
	// reEUOfficeAfter follows the name: ", the European Commissioner for
	// enlargement,".
	reEUOfficeAfter = regexp.MustCompile(`^` + sp + `*,` + sp + `*(?:the` + sp + `+)?` + euOffice)
	// reEUOfficeBefore ends right before the name: "the EU High
	// Representative for Foreign Affairs and Security Policy, ".
	reEUOfficeBefore = regexp.MustCompile(`(?:\bthe` + sp + `+)?` + euOffice + sp + `*,?` + sp + `*$`)
)

// euOffices adds HOLDS_ROLE with the European Union for the people of v
// given one of its offices.
func (b *relBuilder) euOffices(v *sentView) {
	eu := b.europeanUnion()
	if eu == "" || !v.has("commissioner", "high representative", "european") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		if l := reEUOfficeAfter.FindStringSubmatchIndex(v.between(a.m.End, v.end)); l != nil {
			b.addRole(a.id, eu, canonTitle(v.between(a.m.End+l[2], a.m.End+l[3])), 0.8, v, a.start, a.m.End+l[3])
			continue
		}
		if l := matchBefore(v, a.m.Start, 90, reEUOfficeBefore); l != nil {
			b.addRole(a.id, eu, canonTitle(v.between(l[2], l[3])), 0.8, v, l[0], a.m.End)
		}
	}
}

// europeanUnion is the id of the European Union when the document names
// it.
func (b *relBuilder) europeanUnion() string {
	if _, ok := b.ents.Entities["organization:european-union"]; ok {
		return "organization:european-union"
	}
	return ""
}
