package extract

import (
	"sort"
	"strings"
)

// One unnamed agreement is often told three ways in one text: "a peace
// agreement between Ethiopia and Eritrea", "The agreement was signed by
// Prime Minister Abiy Ahmed of Ethiopia and President Isaias Afwerki of
// Eritrea", "the agreement between Ethiopia and Eritrea". Each wording
// names it after its phrase and its parties in the order written, so the
// rules give three agreements of one year. Unnamed agreements of the same
// year whose parties are the same two or more states or bodies are one:
// the folding keeps the one whose name carries its parties (else the
// longest name), and the others' names become its aliases.

// foldUnnamedAgreements merges the unnamed agreements of one year and one
// set of parties into one, rewriting the relations and mentions that name
// the others.
func (b *relBuilder) foldUnnamedAgreements() {
	parties := map[string][]string{}
	for _, r := range b.rels {
		if r.Type == "PARTY_TO" {
			if e, ok := b.events[r.To]; ok && e.Props["kind"] == "unnamed agreement" && !typeIn(parties[r.To], r.From) {
				parties[r.To] = append(parties[r.To], r.From)
			}
		}
	}
	groups := map[string][]string{}
	for id, ps := range parties {
		if len(ps) < 2 {
			continue
		}
		sort.Strings(ps)
		year, _ := b.events[id].Props["date"].(string)
		k := year + "|" + strings.Join(ps, "+")
		groups[k] = append(groups[k], id)
	}
	into := map[string]string{}
	for _, ids := range groups {
		if len(ids) < 2 {
			continue
		}
		sort.Slice(ids, func(i, j int) bool { return b.betterAgreementName(ids[i], ids[j]) })
		keep := b.events[ids[0]]
		for _, id := range ids[1:] {
			into[id] = ids[0]
			gone := b.events[id]
			for _, n := range append([]string{gone.Name}, gone.Aliases...) {
				if n != keep.Name && !typeIn(keep.Aliases, n) {
					keep.Aliases = append(keep.Aliases, n)
				}
			}
			delete(b.events, id)
		}
	}
	if len(into) == 0 {
		return
	}
	for i := range b.rels {
		if to, ok := into[b.rels[i].To]; ok {
			b.rels[i].To = to
		}
		if from, ok := into[b.rels[i].From]; ok {
			b.rels[i].From = from
		}
	}
	for i := range b.evMent {
		if to, ok := into[b.evMent[i].EntityID]; ok {
			b.evMent[i].EntityID = to
		}
	}
}

// betterAgreementName orders two unnamed agreements: the one whose name
// carries its parties ("Eritrea–Ethiopia peace agreement") first, then
// the longer name, then the id.
func (b *relBuilder) betterAgreementName(x, y string) bool {
	nx, ny := b.events[x].Name, b.events[y].Name
	px, py := strings.Contains(nx, "–"), strings.Contains(ny, "–")
	if px != py {
		return px
	}
	if len(nx) != len(ny) {
		return len(nx) > len(ny)
	}
	return x < y
}
