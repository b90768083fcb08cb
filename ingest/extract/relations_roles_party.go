package extract

import (
	"regexp"
	"strings"
)

// An office of a party told with the word "party" for its name: "won the
// Kadima party leadership primaries, defeating party chairwoman Tzipi
// Livni", "the party's leader, Naftali Bennett". The party is the one the
// sentence names, else the one the sentence before names, when that is the
// only party named there.

// rePartyRole is the office right before the person.
var rePartyRole = regexp.MustCompile(`(?i)\b(?:the` + sp + `+)?party(?:['’]s)?` + sp + `+(?:(?:first|late|former|current|longtime|long-time|new|then|deputy)` + sp + `+)?(chairman|chairwoman|chair|leader|president|founder|co-founder|secretary-general|spokesman|spokesperson)` + sp + `*,?` + sp + `*$`)

// partyRoles reads rePartyRole for the people of v.
func (b *relBuilder) partyRoles(v *sentView) {
	if !v.has("party", "Party") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" || a.m.Anaphor {
			continue
		}
		lo := max(v.start, a.m.Start-40)
		loc := rePartyRole.FindStringSubmatchIndex(v.between(lo, a.m.Start))
		if loc == nil {
			continue
		}
		party, ok := b.onlyParty(v)
		if !ok && v.idx > 0 && !namesType(v, "Organization") {
			party, ok = b.onlyParty(b.views[v.idx-1])
		}
		if !ok || b.irrealisClause(v, lo+loc[0], a.m.End) {
			continue
		}
		b.addRole(a.id, party, canonTitle(v.between(lo+loc[2], lo+loc[3])), 0.7, v, lo+loc[0], a.m.End)
	}
}

// onlyParty is the one political party sentence v names: an organisation
// written before "party" or one the catalog describes as a party.
func (b *relBuilder) onlyParty(v *sentView) (string, bool) {
	found := ""
	for _, m := range v.ments {
		if m.Type != "Organization" || m.EntityID == found {
			continue
		}
		if !b.isParty(v, m) {
			continue
		}
		if found != "" {
			return "", false
		}
		found = m.EntityID
	}
	return found, found != ""
}

// reWordParty: "party" right after a name ("the Kadima party").
var reWordParty = regexp.MustCompile(`(?i)^` + sp + `+party\b`)

// isParty reports a mention of a political party.
func (b *relBuilder) isParty(v *sentView, m mention) bool {
	if reWordParty.MatchString(v.between(m.End, min(v.end, m.End+8))) || strings.Contains(strings.ToLower(m.Text), "party") {
		return true
	}
	e, ok := b.ents.Entities[m.EntityID]
	if !ok {
		return false
	}
	desc, _ := e.Props["description"].(string)
	return strings.Contains(strings.ToLower(desc), "party")
}

// namesType reports a sentence naming an entity of type typ.
func namesType(v *sentView, typ string) bool {
	for _, m := range v.ments {
		if m.Type == typ {
			return true
		}
	}
	return false
}
