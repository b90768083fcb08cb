package extract

import (
	"regexp"
	"strings"
)

// A page on the relations of two states tells of the agreements between
// them without naming the parties again, a named one as well as one it
// describes: on "Georgia–Turkey relations",
// "A free trade agreement signed in November 2007 entered into force on
// 1 November 2008" is the two states' free trade agreement. An agreement
// phrase of more than its noun ("free trade agreement", not "agreement"),
// written with "a" or "an" in a sentence that tells it was signed, came
// into force or followed, and that names no other state or body and no
// party of the agreement, is the page's two states' agreement, named and
// dated as unnamedAgreement names one.

var (
	// rePairPageTitle: "Georgia–Turkey relations".
	rePairPageTitle = regexp.MustCompile(`^(.+?)` + sp + `*[–—-]` + sp + `*(.+?)` + sp + `+relations$`)
	// reAgreementDone: the sentence tells the agreement was made.
	reAgreementDone = regexp.MustCompile(`\b(?:signed|concluded|ratified|entered` + sp + `+into` + sp + `+force|came` + sp + `+into` + sp + `+force|took` + sp + `+effect|followed)\b`)
	// reAgreementSigned: the sentence tells an agreement was signed or
	// concluded.
	reAgreementSigned = regexp.MustCompile(`\b(?:signed|concluded|ratified)\b`)
	// reAgreementRejected: a state of the sentence stayed out of it.
	reAgreementRejected = regexp.MustCompile(`\b(?:rejected|refused|declined|opposed|withdrew|never` + sp + `+signed|(?:did|has|have)` + sp + `+not` + sp + `+signed?)\b`)
	// rePhraseAfterArticle: the phrase after its article, words of small
	// letters before the noun.
	rePhraseAfterArticle = regexp.MustCompile(`\b[Aa]n?` + sp + `+((?:[a-z][a-z-]*` + sp + `+){1,3}(?:agreement|accord|treaty|memorandum))\b`)
)

// pagePair gives the two states of a page on their relations, when the
// document names both.
func (b *relBuilder) pagePair() (string, string, bool) {
	if !b.pairRead {
		b.pairRead = true
		if m := rePairPageTitle.FindStringSubmatch(strings.TrimSpace(b.doc.Title)); m != nil {
			if x, y := b.countryNamed(m[1]), b.countryNamed(m[2]); x != "" && y != "" && x != y {
				b.pair = [2]string{x, y}
			}
		}
	}
	return b.pair[0], b.pair[1], b.pair[0] != ""
}

// pairPageAgreements reads the form above.
func (b *relBuilder) pairPageAgreements(v *sentView) {
	if !v.has("agreement", "accord", "treaty", "memorandum") || !reAgreementDone.MatchString(v.text[v.start:v.end]) {
		return
	}
	x, y, ok := b.pagePair()
	if !ok {
		return
	}
	for _, a := range v.args {
		if (a.typ == "Country" || a.typ == "Organization") && a.id != x && a.id != y {
			return
		}
	}
	for _, r := range b.rels {
		if r.Type == "PARTY_TO" && r.Evidence[0].Start >= v.start && r.Evidence[0].Start < v.end {
			return // the sentence's agreement has its parties
		}
	}
	// "A Treaty of Friendship, Cooperation and Mutual Security was signed
	// in Moscow on 3 July 1997 by President Heydar Aliyev and President
	// Boris Yeltsin": a named agreement signed, its parties not named.
	// "… signed the Cooperative Framework Agreement at Entebbe; Egypt
	// rejected it": one state stayed out.
	if reAgreementSigned.MatchString(v.between(v.start, v.end)) && !reAgreementRejected.MatchString(v.between(v.start, v.end)) {
		for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
			if m.Type != "Agreement" || m.Start < v.start || m.End > v.end {
				continue
			}
			for _, p := range []string{x, y} {
				b.add("PARTY_TO", p, m.EntityID, 0.6, nil, v, m.Start, m.End)
			}
		}
	}
	text := v.between(v.start, v.end)
	for _, loc := range rePhraseAfterArticle.FindAllStringSubmatchIndex(text, -1) {
		pos, end := v.start+loc[2], v.start+loc[3]
		parties := []arg{{id: x, typ: "Country"}, {id: y, typ: "Country"}}
		if b.irrealisClause(v, pos, end) {
			continue
		}
		// An agreement another rule read off the phrase is that one.
		id, ok := b.agreementOver(v, pos, end)
		if !ok {
			id, _, ok = b.unnamedAgreement(v, pos, end, parties...)
		}
		if !ok {
			continue
		}
		for _, p := range parties {
			b.add("PARTY_TO", p.id, id, 0.6, nil, v, pos, end)
		}
	}
}

// agreementOver is the agreement a mention of sentence v over [pos, end)
// names.
func (b *relBuilder) agreementOver(v *sentView, pos, end int) (string, bool) {
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type == "Agreement" && (m.Sentence == v.idx || m.Start >= v.start && m.End <= v.end) && m.Start < end && m.End > pos {
			return m.EntityID, true
		}
	}
	return "", false
}

// Talks told without their sides on such a page are the two states':
// "Talks were held in Doha on 18–19 October, mediated by Qatar and
// Turkey" on "Afghanistan–Pakistan relations". Other states or bodies
// the sentence names must be there as mediators or hosts, and the
// sentence before may name none.

// reTalksHeldIn: the talks' noun, then where they were held.
var reTalksHeldIn = regexp.MustCompile(`\b([Tt]alks|[Nn]egotiations)(?:` + sp + `+(?:were|was)` + sp + `+(?:held|opened)|` + sp + `+(?:opened|began|took` + sp + `+place|resumed))?` + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?$`)

// pairPageTalks reads the form above.
func (b *relBuilder) pairPageTalks(v *sentView) {
	if !v.has("talks", "negotiations") || len(b.sentenceEvents[v.idx]) > 0 {
		return
	}
	x, y, ok := b.pagePair()
	if !ok {
		return
	}
	// "… agreed to begin technical talks on Ethiopian access to the sea.
	// A first round of technical talks was held in Ankara": a sentence
	// before naming another state may have told whose talks they are.
	if v.idx > 0 {
		for _, m := range b.views[v.idx-1].ments {
			if (m.Type == "Country" || m.Type == "Organization") && m.EntityID != x && m.EntityID != y {
				return
			}
		}
	}
	for _, g := range groups(v) {
		for _, a := range argsOf(v, g) {
			if (a.typ == "Country" || a.typ == "Organization") && a.id != x && a.id != y {
				before := v.between(v.start, v.args[g[0]].start)
				if !reMediatedBefore.MatchString(before) && !reHostedBefore.MatchString(before) {
					return
				}
			}
		}
	}
	for _, p := range v.ments {
		if p.Type != "Place" {
			continue
		}
		loc := reTalksHeldIn.FindStringSubmatchIndex(v.between(v.start, p.Start))
		if loc == nil {
			continue
		}
		ts, te := v.start+loc[2], v.start+loc[3]
		if b.irrealisClause(v, ts, p.End) {
			return
		}
		parts := []arg{{id: x, typ: "Country", start: ts, end: ts}, {id: y, typ: "Country", start: ts, end: ts}}
		if id := b.makeEvent(v, eventSpec{kind: "talks", parts: parts, trigStart: ts, trigEnd: te, start: ts, end: p.End, needDate: true}); id != "" {
			b.mediatorsAndHosts(v, id)
		}
		return
	}
}
