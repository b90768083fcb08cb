package extract

import "regexp"

// A history or an encyclopedia page tells most signings to date their
// agreements: "In February 1834 Desmichels and Abdelkader signed the
// Desmichels Treaty", "the Treaty on the Final Settlement was signed in
// Moscow on 12 September 1990". Readers list the agreement and its
// parties, not an event of its signing; the signing rules still build
// one from the verb and the day. A page with no publication date and no
// dateline that tells of historyYears years or more is such a text: there, a signing is kept as an event only when
// a sentence that tells it tells it as an occasion, with its ceremony,
// those who attended or witnessed it, or its host. A news story or a
// statement keeps its signings (events_story_signing.go).

// historyYears is how many years a page without a date tells of to be a
// history.
const historyYears = 3

// reSigningOccasion: the words that tell a signing as an occasion.
var reSigningOccasion = regexp.MustCompile(`(?i)\b(?:ceremony|attended|witnessed|presence|hosted)\b`)

// historySignings drops the signings of a history that no sentence tells
// as an occasion, with their relations.
func (b *relBuilder) historySignings() {
	if _, ok := b.publicationDate(); ok {
		return
	}
	if _, _, ok := b.dateline(); ok {
		return
	}
	years := map[string]bool{}
	for _, y := range reStoryYear.FindAllString(b.doc.Text, -1) {
		years[y] = true
	}
	if len(years) < historyYears {
		return
	}
	for _, id := range b.sortedEventIDs() {
		if b.eventKind(id) != "agreement" || b.toldAsOccasion(id) {
			continue
		}
		b.dropEvent(id)
	}
}

// toldAsOccasion reports a sentence mentioning event id, or giving a
// relation of it ("Isaacman witnessed the signing"), that tells it with
// its ceremony, attendance or host.
func (b *relBuilder) toldAsOccasion(id string) bool {
	occasion := func(v *sentView) bool {
		return v != nil && reSigningOccasion.MatchString(v.between(v.start, v.end))
	}
	for _, m := range b.evMent {
		if m.EntityID == id && m.Sentence < len(b.views) && occasion(b.views[m.Sentence]) {
			return true
		}
	}
	for _, r := range b.rels {
		if (r.From == id || r.To == id) && len(r.Evidence) > 0 && occasion(b.viewAt(r.Evidence[0].Start)) {
			return true
		}
	}
	return false
}

// dropEvent removes a built event with its mentions and relations.
func (b *relBuilder) dropEvent(id string) {
	delete(b.events, id)
	rels := b.rels[:0]
	for _, r := range b.rels {
		if r.From != id && r.To != id {
			rels = append(rels, r)
		}
	}
	b.rels = rels
	ms := b.evMent[:0]
	for _, m := range b.evMent {
		if m.EntityID != id {
			ms = append(ms, m)
		}
	}
	b.evMent = ms
	for s, list := range b.sentenceEvents {
		kept := list[:0]
		for _, e := range list {
			if e != id {
				kept = append(kept, e)
			}
		}
		b.sentenceEvents[s] = kept
	}
}
