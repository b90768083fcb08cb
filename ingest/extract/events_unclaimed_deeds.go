package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// An attack is also told by what unnamed attackers did: "Gunmen stormed the
// Crocus City Hall near Moscow on Friday, killing more than 130 people",
// "Two suicide bombers attacked a memorial ceremony in Kerman on January
// 3, 2024". Like the attacks told by a noun (events_unclaimed_attacks.go),
// one is built when a news item tells it or a history dates it in full,
// and says where it struck; it is held there, and a group that claims it
// later in the sentence took part in it.

var (
	// The attackers no name is given for, and what they did.
	reUnnamedAttackers = regexp.MustCompile(`(?i)\b(?:(?:an?|two|three|four|five|several|armed|masked|unidentified|unknown|heavily` + sp + `+armed)` + sp + `+)*(gunm[ae]n|suicide` + sp + `+bombers?|assailants?|attackers?|militants|insurgents)` + sp + `+(?:(?:reportedly|allegedly|then|also|had)` + sp + `+)?(?:stormed|attacked|raided|ambushed|opened` + sp + `+fire` + sp + `+(?:on|at|inside|in)|(?:blew|detonated)` + sp + `+(?:himself|herself|themselves)` + sp + `+up|blew` + sp + `+up|detonated` + sp + `+(?:(?:their|his|her|an?)` + sp + `+)?(?:explosive` + sp + `+)?(?:explosives|vests?|belts?|bombs?))\b`)
	// Between the deed and its place: the site attacked, then the
	// preposition ("the Crocus City Hall near", "a mosque in").
	reDeedWhere = regexp.MustCompile(`^` + sp + `+(?:(?:in|at|near|outside|inside)` + sp + `+(?:` + deedSite + `)?|` + deedSite + `)(?:the` + sp + `+)?(?:(?:capital|city|town|village|port|province|district|region)(?:` + sp + `+of)?` + sp + `+)?$`)
	// deedSite: the site attacked, up to the preposition of its place
	// ("a mosque in", "another bus in").
	deedSite = `(?:the|an?|another)` + sp + `+(?:[\w.'’-]+` + sp + `+){0,5}?(?:in|at|near|outside|of)` + sp + `+`
)

// unclaimedDeeds builds the attacks described above.
func (b *relBuilder) unclaimedDeeds(v *sentView) {
	if !v.has("gunm", "bomber", "assailant", "attacker", "militants", "insurgents") {
		return
	}
	text := v.between(v.start, v.end)
	for _, loc := range reUnnamedAttackers.FindAllStringSubmatchIndex(text, -1) {
		ns, ne := v.start+loc[0], v.start+loc[1]
		if b.eventAt(v, ns, ne) {
			continue
		}
		place, ok := b.deedPlace(v, ne)
		if !ok {
			continue
		}
		near := v.between(runeStartFrom(v.text, max(v.start, ns-25)), place.End)
		if irrealis.MatchString(near) || reDeedDenied.MatchString(near) || reAttackAverted.MatchString(near) {
			continue
		}
		lead := v.idx < 3 && !b.doc.Published.IsZero() && !reLeadNotNews.MatchString(text)
		d, dated := pickDate(v, ns, min(v.end, place.End+25), true)
		switch {
		case dated && d.Resolved() && d.Precision != timex.Year && (!d.Relative || lead):
		default:
			continue
		}
		head := "Attack"
		if strings.Contains(strings.ToLower(text[loc[2]:loc[3]]), "bomber") {
			head = "Suicide bombing"
		}
		// The same id as an attack told by its noun (events_unclaimed_attacks.go).
		id := b.unclaimedAttack(v, head+" "+placePrep(v.between(ne, place.Start))+" "+place.Text, place, d, ns, ne)
		// "Hamas suicide bombers blew themselves up": the group the
		// attackers are named by; else one claiming it later.
		if doer, ok := b.doerBefore(v, ns, reOnlySpace, false); ok && doer.Type == "Organization" {
			b.add("PARTICIPATED_IN", doer.EntityID, id, 0.7, nil, v, doer.Start, ne)
		} else if doer, ok := b.claimedAfter(v, place.End); ok {
			b.add("PARTICIPATED_IN", doer.EntityID, id, 0.7, nil, v, ns, doer.End)
		}
	}
}

// deedPlace is the place or state the words after a deed ending at pos
// lead to; a mention that is no place in between ends the search
// ("attacked a memorial ceremony for Qasem Soleimani in Kerman" reads
// past the person to the town).
func (b *relBuilder) deedPlace(v *sentView, pos int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < pos {
			continue
		}
		if m.Start-pos > 100 || strings.ContainsAny(v.between(pos, m.Start), ";") {
			break
		}
		if (m.Type == "Place" || m.Type == "Country") && !m.Demonym && reDeedWhere.MatchString(v.between(pos, m.Start)) {
			return m, true
		}
	}
	return mention{}, false
}
