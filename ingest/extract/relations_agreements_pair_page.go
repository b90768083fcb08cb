package extract

import (
	"regexp"
	"strings"
)

// A page on the relations of two states tells of the agreements between
// them without naming the parties again: on "Georgia–Turkey relations",
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
	// rePhraseAfterArticle: the phrase after its article, words of small
	// letters before the noun.
	rePhraseAfterArticle = regexp.MustCompile(`\b[Aa]n?` + sp + `+((?:[a-z][a-z-]*` + sp + `+){1,3}(?:agreement|accord|treaty|memorandum))\b`)
)

// pagePair gives the two states of a page on their relations, when the
// document names both.
func (b *relBuilder) pagePair() (string, string, bool) {
	m := rePairPageTitle.FindStringSubmatch(strings.TrimSpace(b.doc.Title))
	if m == nil {
		return "", "", false
	}
	x, y := b.countryNamed(m[1]), b.countryNamed(m[2])
	return x, y, x != "" && y != "" && x != y
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
