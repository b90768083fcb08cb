package extract

import (
	"regexp"
	"strings"
)

// A news story or a statement about a signing tells it in its lead ("Peru
// and Ecuador signed a peace agreement here Monday", "the Protocols were
// signed today in Zurich by ...") and then, sentence by sentence, who
// signed, who looked on and where: "Davutoglu and Nalbandian signed the
// two documents at the University of Zurich, in the presence of Clinton,
// Lavrov and Solana", "The signing ceremony was attended by ...", "The
// ceremony, held at the Nyayo stadium, ...". Readers list that signing as
// the story's event with all of them in it.
//
// The lead's signing is built (or, when another rule has built it, kept)
// even without a date the text gives: a story tells what happened on its
// day, and a wire story's dateline often gives no year. A story is told
// as one: with a dateline, or with its day ("today", "on Saturday",
// "here"). Then, across the
// document, the people, states and bodies that signed, attended,
// witnessed or hosted a signing or a ceremony took part in it, and the
// ceremony's words ("the ceremony", "the signing ceremony") are mentions
// of it. A story whose lead tells no signing, or tells one that is to
// come ("will sign", "are due to sign"), gets nothing here; so does an
// encyclopedia page, whose lead dates its subject with a year
// (storyLead).

// storyLeadSentences is how far into a story its lead runs.
const storyLeadSentences = 3

var (
	// reSignVerb: a verb of signing, active or passive.
	reSignVerb = regexp.MustCompile(`\b(?:signed|signs|initialled|initialed|inked)\b`)
	// reSignedObject: right after the verb, what was signed: an
	// agreement's noun, with up to four words before it.
	reSignedObject = regexp.MustCompile(`^` + sp + `+(?:(?:an?|the|two|three|both|their|its)` + sp + `+)?(?:[\w'’-]+` + sp + `+){0,4}?(?:accords?|agreements?|deal|treaty|treaties|protocols?|declaration|documents?|ceasefire|cease-fire|truce|pact|memorandum|charter|act|communiqu[eé])\b`)
	// reSignedPassiveBefore: right before the verb, the passive of an
	// agreement told before ("The agreement was signed").
	reSignedPassiveBefore = regexp.MustCompile(`\b(?:was|were|been|being)` + sp + `+(?:(?:formally|officially|finally|jointly|also)` + sp + `+)?$`)
	// reSignersBefore: between the signers and the verb: nothing but an
	// adverb, an acronym in parentheses ("the Provisional Revolutionary
	// Government (PRG) today signed"), or an apposition set off by
	// commas.
	reSignersBefore = regexp.MustCompile(`^(?:` + sp + `*\([\p{Lu}.]{2,10}\))?(?:` + sp + `*,[^,;:()]{1,80},)?` + sp + `+(?:(?:also|jointly|formally|officially|finally|then|later|both|today|yesterday)` + sp + `+)?$`)
	// reOnlookers: before those who looked on or hosted.
	reOnlookers = regexp.MustCompile(`(?i)\b(?:in` + sp + `+the` + sp + `+presence` + sp + `+of|attended` + sp + `+by|witnessed` + sp + `+by|hosted` + sp + `+by|presided` + sp + `+over` + sp + `+by|chaired` + sp + `+by|with` + sp + `+(?:[\w-]+` + sp + `+){0,3}?looking` + sp + `+on)\b`)
	// reOnlookedAfter: after those who took part in the ceremony.
	reOnlookedAfter = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|all)` + sp + `+)?(?:attended|witnessed|hosted|presided` + sp + `+over|looked` + sp + `+on|were` + sp + `+present|was` + sp + `+present|also` + sp + `+signed|signed` + sp + `+as` + sp + `+witness(?:es)?)\b`)
	// reCeremonyWords: the ceremony as the text names it.
	reCeremonyWords = regexp.MustCompile(`(?i)\b(?:signing` + sp + `+ceremony|ceremony|signing)\b`)
	// reStoryDay: the day a story tells of, as a story tells it.
	reStoryDay = regexp.MustCompile(`(?i)\b(?:today|yesterday|tonight|here|this` + sp + `+(?:morning|afternoon|evening|week)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
)

// storySigning builds and fills the lead's signing described above.
func (b *relBuilder) storySigning() {
	v, verb, ok := b.leadSigning()
	if !ok {
		return
	}
	id := b.leadSigningEvent(v, verb)
	if id == "" {
		return
	}
	for _, w := range b.views {
		if w.idx < v.idx {
			continue
		}
		b.storySigners(w, id)
		b.storyOnlookers(w, id)
		b.storyCeremonyMentions(w, id)
	}
	b.storyVenue(v, verb, id)
}

// leadSigning finds the story's signing: the first verb of signing in the
// lead with an agreement after it (or before it, in the passive), in a
// clause that asserts it. A lead that gives a year other than the
// publication's tells a history.
func (b *relBuilder) leadSigning() (*sentView, [2]int, bool) {
	pub, hasPub := b.publicationDate()
	_, _, hasDateline := b.dateline()
	for _, v := range b.storyLead() {
		for _, y := range reStoryYear.FindAllString(v.between(v.start, v.end), -1) {
			if !hasPub || !strings.HasPrefix(pub.Value, y) {
				return nil, [2]int{}, false
			}
		}
		for _, loc := range reSignVerb.FindAllStringIndex(v.between(v.start, v.end), -1) {
			s, e := v.start+loc[0], v.start+loc[1]
			if b.irrealisClause(v, s, e) {
				continue
			}
			if !b.toldOfTheDay(v) && !hasDateline {
				continue // "Iran signed the JPOA in Geneva": a signing recalled, no story's
			}
			if reSignedObject.MatchString(v.between(e, v.end)) || b.agreementAfter(v, e) ||
				reSignedPassiveBefore.MatchString(v.between(v.start, s)) && b.agreementBefore(v, s) {
				return v, [2]int{s, e}, true
			}
		}
	}
	return nil, [2]int{}, false
}

// reVenueBetween: where the signing was, told between the verb and its
// object: "signed in the Kremlin in Moscow the Treaty of ...".
var reVenueBetween = regexp.MustCompile(`^` + sp + `+(?:(?:in|at)` + sp + `+(?:the` + sp + `+)?[^,;:.()]{1,40}?` + sp + `+)+$`)

// agreementAfter reports an agreement named within 80 bytes after pos,
// next or after where it was signed.
func (b *relBuilder) agreementAfter(v *sentView, pos int) bool {
	for _, m := range v.ments {
		if m.Start < pos {
			continue
		}
		if m.Start-pos > 80 {
			return false
		}
		if m.Type == "Agreement" {
			return firstMentionAfter(v, pos) == m.Start || reVenueBetween.MatchString(v.between(pos, m.Start))
		}
	}
	return false
}

// firstMentionAfter is the start of the first mention of v at or after
// pos, or -1.
func firstMentionAfter(v *sentView, pos int) int {
	if m, ok := nextMention(v, pos); ok {
		return m.Start
	}
	return -1
}

// agreementBefore reports an agreement named in v before pos, or an
// agreement's noun opening the sentence ("The agreement was signed").
func (b *relBuilder) agreementBefore(v *sentView, pos int) bool {
	for _, m := range v.ments {
		if m.Type == "Agreement" && m.End <= pos {
			return true
		}
	}
	return reSignedObject.MatchString(" " + v.between(v.start, pos))
}

// leadSigningEvent is the signing built in the lead's sentence by the
// signing rules, or a new one: of the agreement the sentence names, dated
// by the sentence or, in a story of the day, by the publication.
func (b *relBuilder) leadSigningEvent(v *sentView, verb [2]int) string {
	for _, id := range dedupe(b.sentenceEvents[v.idx]) {
		if e, ok := b.events[id]; ok && e.Props["kind"] == "agreement" {
			return id
		}
	}
	slug, name := "story", "Signing of the agreement"
	for _, m := range v.ments {
		if m.Type == "Agreement" && !m.Anaphor {
			_, local, _ := strings.Cut(m.EntityID, ":")
			slug, name = local, signingName(b.nameOf(m.EntityID))
			break
		}
	}
	spec := eventSpec{kind: "agreement", trigStart: verb[0], trigEnd: verb[1], start: verb[0], end: verb[1], slug: slug, name: name}
	if d, ok := b.newsDay(v, verb[1]); ok {
		spec.fallbackDate = &d
	}
	return b.makeEvent(v, spec)
}

// storySigners adds PARTICIPATED_IN for the group that signed in w: right
// before an active verb with an agreement after it, or after "signed by".
func (b *relBuilder) storySigners(w *sentView, id string) {
	if !w.has("signed", "signs", "initialled", "initialed", "inked") {
		return
	}
	for _, loc := range reSignVerb.FindAllStringIndex(w.between(w.start, w.end), -1) {
		s, e := w.start+loc[0], w.start+loc[1]
		if b.irrealisClause(w, s, e) || !(reSignedObject.MatchString(w.between(e, w.end)) || b.agreementAfter(w, e)) {
			continue
		}
		signers := signersBefore(w, s)
		b.tookPart(w, signers, id, 0.75, min(s, firstStart(signers, s)), e)
	}
}

// reSignersJoined: what may stand between two signers of one subject:
// connectors, possessives and capitalised titles ("Alberto Fujimori of
// Peru and Jamil Mahuad", "Davutoglu and his Armenian counterpart
// Nalbandian").
var reSignersJoined = regexp.MustCompile(`^(?:` + sp + `|,|\band\b|\bof\b|\bthe\b|\bhis\b|\bher\b|\btheir\b|\bits\b|\bcounterparts?\b|\bleaders?\b|\bpresidents?\b|\bministers?\b|\bprime\b|\bforeign\b|\brepresentatives?\b|\p{Lu}[\p{L}.'’-]*)*$`)

// signersBefore is the subject of a verb of signing at s: the actors
// right before it, walking back while only connectors and titles stand
// between them.
func signersBefore(w *sentView, s int) []arg {
	k := len(w.args) - 1
	for k >= 0 && w.args[k].end > s {
		k--
	}
	if k < 0 || !reSignersBefore.MatchString(w.between(w.args[k].end, s)) {
		return nil
	}
	from := k
	for from > 0 && reSignersJoined.MatchString(w.between(w.args[from-1].end, w.args[from].start)) {
		from--
	}
	var out []arg
	for _, a := range w.args[from : k+1] {
		if a.actor() {
			out = append(out, a)
		}
	}
	return out
}

// storyOnlookers adds PARTICIPATED_IN for those who attended, witnessed
// or hosted a signing or ceremony w tells of: the group after "in the
// presence of", "attended by", "hosted by", or before "attended".
func (b *relBuilder) storyOnlookers(w *sentView, id string) {
	if !reCeremonyWords.MatchString(w.between(w.start, w.end)) && !reSignVerb.MatchString(w.between(w.start, w.end)) {
		return
	}
	for _, loc := range reOnlookers.FindAllStringIndex(w.between(w.start, w.end), -1) {
		s, e := w.start+loc[0], w.start+loc[1]
		if b.irrealisClause(w, s, e) {
			continue
		}
		// A state that hosted the ceremony is its host; the people who
		// hosted it were there.
		parts := actorsAfter(w, e, ";(—", strings.HasPrefix(strings.ToLower(w.between(s, e)), "hosted"))
		if len(parts) > 0 {
			b.tookPart(w, parts, id, 0.7, s, parts[len(parts)-1].end)
		}
	}
	if !reCeremonyWords.MatchString(w.between(w.start, w.end)) {
		return
	}
	for _, g := range groups(w) {
		last := w.args[g[len(g)-1]]
		if reOnlookedAfter.MatchString(w.between(last.end, w.end)) && !b.irrealisClause(w, w.args[g[0]].start, last.end+12) {
			parts := argsOf(w, g)
			b.tookPart(w, parts, id, 0.7, parts[0].start, last.end)
		}
	}
}

// storyCeremonyMentions records "the ceremony" and "the signing ceremony"
// as mentions of the story's signing.
func (b *relBuilder) storyCeremonyMentions(w *sentView, id string) {
	for _, loc := range reCeremonyWords.FindAllStringIndex(w.between(w.start, w.end), -1) {
		s, e := w.start+loc[0], w.start+loc[1]
		b.evMent = append(b.evMent, mention{EntityID: id, Type: "Event", Start: s, End: e, Sentence: w.idx, Text: w.between(s, e)})
	}
}

// reSignedHere: "signed a peace agreement here Monday": the story's
// dateline is where.
var reSignedHere = regexp.MustCompile(`^[^,;:.]{0,80}?\bhere\b`)

// reSigningVenueBefore: right before where a signing or ceremony was: "signed
// the accord in", "a ceremony at the", "the ceremony, held at".
var reSigningVenueBefore = regexp.MustCompile(`(?i)\b(?:signed|initialled|initialed|inked|signing|ceremony)\b[^;:.()]{0,80}?\b(?:at|in)` + sp + `+(?:the` + sp + `+)?$`)

// storyVenue adds HELD_IN for the story's signing when it has none: the
// dateline's place for a signing done "here", else the first place after
// "in" or "at" that a sentence telling of the signing or ceremony gives.
func (b *relBuilder) storyVenue(lead *sentView, verb [2]int, id string) {
	if b.hasVenue(id) {
		return
	}
	if reSignedHere.MatchString(lead.between(verb[1], lead.end)) {
		if _, m, ok := b.dateline(); ok && m.Type == "Place" {
			b.add("HELD_IN", id, m.EntityID, 0.75, nil, lead, verb[0], verb[1])
			return
		}
	}
	// A sentence naming another agreement tells of another signing: "the
	// Agreement on the Definitive Ceasefire, signed in Oslo".
	signed := ""
	for _, m := range lead.ments {
		if m.Type == "Agreement" {
			signed = m.EntityID
			break
		}
	}
	tells := func(w *sentView) bool {
		for _, m := range w.ments {
			if m.Type == "Agreement" && signed != "" && m.EntityID != signed {
				return false
			}
		}
		return reCeremonyWords.MatchString(w.between(w.start, w.end)) || reSignVerb.MatchString(w.between(w.start, w.end))
	}
	b.venueTold(id, lead, tells, reSigningVenueBefore, 100, 0.75)
}

// firstStart is the start of the first of parts, or def when there is none.
func firstStart(parts []arg, def int) int {
	if len(parts) == 0 {
		return def
	}
	return parts[0].start
}
