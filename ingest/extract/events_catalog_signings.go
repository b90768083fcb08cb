package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// A story of the day a treaty was signed often never names it: "PARIS,
// Jan. 27, 1973 (Reuter) - The United States, North Vietnam, South
// Vietnam and the Viet Cong's Provisional Revolutionary Government today
// signed an agreement to end the Vietnam war". The rules build "Signing
// of the agreement (1973-01-27)" with its signers. The catalog knows the
// agreement signed that day by those parties: the Paris Peace Accords.
// When exactly one catalog agreement was signed on the signing's day, and
// every state the text has sign is among its parties (one at least), the
// agreement signed is that one: the signing is named after it, and each
// state that signed is a party to it. A signing whose signers the text
// does not tell is that of the one agreement of its day the document
// names, if any.

// indexSignings maps each day to the catalog agreements with parties
// signed or adopted that day.
func indexSignings(c *catalog) map[string][]catalogEntry {
	idx := map[string][]catalogEntry{}
	for _, e := range c.entries {
		if e.Type != "Agreement" || len(e.Sides) == 0 || e.Date == "" {
			continue
		}
		if _, prec, ok := timex.ParseValue(e.Date); ok && prec == timex.Day {
			idx[e.Date] = append(idx[e.Date], e)
		}
	}
	return idx
}

// catalogSignings names the signings of unnamed agreements after the
// catalog agreement of their day and signers.
func (b *relBuilder) catalogSignings() {
	for _, id := range b.sortedEventIDs() {
		ev := b.events[id]
		day, _ := ev.Props["date"].(string)
		if ev.Props["kind"] != "agreement" || ev.Props["datePrecision"] != string(timex.Day) || !unnamedSigning(id) {
			continue
		}
		signers := b.statesTakingPart(id)
		var match []catalogEntry
		for _, c := range b.facts.signed[day] {
			if len(signers) > 0 && allIn(signers, c.Sides) && kindFits(id, c.Name) {
				match = append(match, c)
			}
		}
		if len(signers) == 0 {
			// No state told as signing: the agreement of that day the
			// document names ("Esquipulas II" in a story of 7 August
			// 1987), when it names one.
			for _, c := range b.namedAgreementsOf(day) {
				if kindFits(id, c.Name) {
					match = append(match, c)
				}
			}
		}
		if len(match) != 1 {
			continue
		}
		b.nameSigning(id, match[0], signers)
	}
}

// namedAgreementsOf are the catalog agreements the document names that
// were signed on day.
func (b *relBuilder) namedAgreementsOf(day string) []catalogEntry {
	if b.facts.cat == nil {
		return nil
	}
	var out []catalogEntry
	for _, id := range b.sortedEntityIDs() {
		e := b.ents.Entities[id]
		if e.Type != "Agreement" || !e.Catalog || e.CatalogDate != day {
			continue
		}
		if k, ok := b.facts.cat.byID[id]; ok {
			out = append(out, b.facts.cat.entries[k])
		}
	}
	return out
}

// formalKinds are the nouns an unnamed agreement may be told by that the
// agreement's own name must bear: a treaty signed that day is no
// declaration of the same day.
var formalKinds = []string{"treaty", "convention", "declaration", "protocol", "memorandum", "charter", "communique", "communiqué"}

// kindFits reports whether the unnamed signing id, told by its noun
// ("event:agreement:unnamed-treaty:…"), may be the signing of the
// agreement named name.
func kindFits(id, name string) bool {
	slug, _, _ := strings.Cut(strings.TrimPrefix(id, "event:agreement:unnamed-"), ":")
	words := strings.Split(slug, "-")
	noun := words[len(words)-1]
	for _, k := range formalKinds {
		if noun == k || noun == k+"s" {
			return strings.Contains(strings.ToLower(name), k)
		}
	}
	return true
}

// unnamedSigning reports the id of a signing built for an agreement the
// text does not name.
func unnamedSigning(id string) bool {
	return strings.HasPrefix(id, "event:agreement:story") || strings.HasPrefix(id, "event:agreement:unnamed-")
}

// statesTakingPart are the states that took part in event id, in the
// order their relations were found.
func (b *relBuilder) statesTakingPart(id string) []string {
	var out []string
	for _, r := range b.rels {
		if r.Type == "PARTICIPATED_IN" && r.To == id && b.typeOf(r.From) == "Country" && !hasString(out, r.From) {
			out = append(out, r.From)
		}
	}
	return out
}

// allIn reports whether every one of ids is in set.
func allIn(ids, set []string) bool {
	for _, id := range ids {
		if !hasString(set, id) {
			return false
		}
	}
	return true
}

// nameSigning turns the signing id into the signing of catalog agreement
// c, adds c to the document when the text never names it, and makes each
// signer a party to it, with the signer's part in the signing as
// evidence.
func (b *relBuilder) nameSigning(id string, c catalogEntry, signers []string) {
	if _, named := b.ents.Entities[c.ID]; !named {
		if _, built := b.events[c.ID]; !built {
			b.events[c.ID] = catalogEntity(c)
			b.shortNameMentions(c)
		}
	}
	ev := b.events[id]
	day, _ := ev.Props["date"].(string)
	_, local, _ := strings.Cut(c.ID, ":")
	to := "event:agreement:" + local + ":" + day
	if _, taken := b.events[to]; !taken {
		named := *ev
		named.ID, named.Name = to, signingName(c.Name)
		named.Props = map[string]any{}
		for k, v := range ev.Props {
			named.Props[k] = v
		}
		b.events[to] = &named
	}
	b.redirectEvent(id, to)
	for _, r := range append([]relation(nil), b.rels...) {
		if r.Type != "PARTICIPATED_IN" || r.To != to || !hasString(signers, r.From) || len(r.Evidence) == 0 {
			continue
		}
		if v := b.viewAt(r.Evidence[0].Start); v != nil {
			b.add("PARTY_TO", r.From, c.ID, knownSideConfidence, nil, v, r.Evidence[0].Start, r.Evidence[0].End)
		}
	}
}

// reYearTail: the year a catalog name is told apart by, " (1988)".
var reYearTail = regexp.MustCompile(` \((?:1[5-9]|20)\d\d\)$`)

// shortNameMentions records, for catalog agreement c now known to be the
// one signed, the text's mentions of its name without the year that tells
// it from its namesakes: "the Geneva accords" of a story on the signing of
// the Geneva Accords (1988). The name becomes one of its aliases.
func (b *relBuilder) shortNameMentions(c catalogEntry) {
	short := reYearTail.ReplaceAllString(c.Name, "")
	if short == c.Name {
		return
	}
	// The detectors may have read the short name as an agreement of its
	// own: it is this one.
	for _, id := range b.sortedEntityIDs() {
		if e := b.ents.Entities[id]; e.Type == c.Type && !e.Catalog && strings.EqualFold(e.Name, short) {
			b.retargetRelations(id, c.ID)
			for i := range b.ents.Mentions {
				if b.ents.Mentions[i].EntityID == id {
					b.ents.Mentions[i].EntityID = c.ID
				}
			}
			delete(b.ents.Entities, id)
			b.entityIDs, b.countryByName = nil, nil // rebuilt on next use
		}
	}
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(short) + `\b`)
	found := false
	for _, v := range b.views {
		for _, loc := range re.FindAllStringIndex(v.between(v.start, v.end), -1) {
			s, e := v.start+loc[0], v.start+loc[1]
			b.evMent = append(b.evMent, mention{EntityID: c.ID, Type: c.Type, Start: s, End: e, Sentence: v.idx, Text: v.between(s, e)})
			found = true
		}
	}
	if e := b.events[c.ID]; found && !hasString(e.Aliases, short) {
		e.Aliases = append(e.Aliases, short)
	}
}
