package extract

import "regexp"

// A seat in a parliament is an office, not a membership of a body: "he
// became a member of the Knesset", "he served one term in Israel's
// Knesset" say that he held a seat. The membership rules read such
// sentences as AFFILIATED_WITH, as they would for a party; legislativeSeats
// turns those that name a parliament into HOLDS_ROLE with the title
// "Member" (or the title the text gave), on the same evidence.

// reLegislature names a parliament.
var reLegislature = regexp.MustCompile(`\b(?:Knesset|Parliament|Congress|Senate|Majlis|Duma|Bundestag|House` + sp + `+of` + sp + `+(?:Representatives|Commons|Lords|Deputies)|(?:National|Legislative|Constituent)` + sp + `+Assembly|Legislative` + sp + `+Council|Shura` + sp + `+Council|Council` + sp + `+of` + sp + `+Representatives)\b`)

// legislativeSeats rewrites a person's AFFILIATED_WITH a parliament as
// the HOLDS_ROLE of a member.
func (b *relBuilder) legislativeSeats() {
	for i := range b.rels {
		r := &b.rels[i]
		if r.Type != "AFFILIATED_WITH" || b.typeOf(r.From) != "Person" || !b.legislature(r.To) {
			continue
		}
		r.Type = "HOLDS_ROLE"
		props := map[string]any{}
		for k, val := range r.Props {
			props[k] = val
		}
		if t, _ := props["title"].(string); t == "" {
			props["title"] = "Member"
		}
		r.Props = props
	}
}

// legislature reports whether id is an organisation named as a parliament.
func (b *relBuilder) legislature(id string) bool {
	e, ok := b.ents.Entities[id]
	return ok && e.Type == "Organization" && reLegislature.MatchString(e.Name)
}
