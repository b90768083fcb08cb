package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// A signing is an event whether or not the text names what was signed:
// "Kagame and Museveni signed a memorandum of understanding in Luanda on
// 21 August 2019", "Georgia signed an Association Agreement with the EU in
// Brussels on 27 June 2014", "A founding agreement was signed in Manama in
// May 2008". Readers list the signing with its day, its place and the
// people who signed; the document is not the place to name the agreement
// itself (an unnamed "agreement" made a node of its own proved more often
// wrong than right), so only the event is built. Its name is the words
// the text gives ("Signing of the memorandum of understanding"), and,
// like every signing, it needs a date: a day or a month, as a year alone
// mostly recalls a signing in passing. What is signed must be new to the
// text ("signed an agreement", "two memorandums"): "signed the treaty"
// is one the text has named, and the rules for named agreements read it.
// A sentence that tells another event (a visit, a summit, talks) tells
// the signing as part of it.

var (
	// reUnnamedSigned: the verb and the kind of text signed after it, up
	// to five words before the head ("a ten-year Defence and Economic
	// Cooperation Framework Agreement"). Group 1 is the words.
	reUnnamedSigned = regexp.MustCompile(`(?i)\b(?:signed|signs|concluded|initialled|initialed|inked)` + sp + `+(?:a|an|two|three|four|several)` + sp + `+((?:[\w-]+` + sp + `+){0,5}?` + unnamedTextHead + `)\b`)
	// reUnnamedPassive: the kind of text, then its passive signing, "a
	// founding agreement was signed". Group 1 is the words.
	reUnnamedPassive = regexp.MustCompile(`(?i)\b(?:a|an|two|three)` + sp + `+((?:[\w-]+` + sp + `+){0,5}?` + unnamedTextHead + `)` + sp + `+(?:was|were|had` + sp + `+been|has` + sp + `+been)` + sp + `+signed\b`)
	// reUnnamedLead: the determiners and numbers a name drops.
	reUnnamedLead = regexp.MustCompile(`(?i)^(?:(?:a|an|the|two|three|four|several|new|its|their|his|her)` + sp + `+)+`)
)

// unnamedTextHead is the head of a signed text.
const unnamedTextHead = `(?:agreements?|memorand(?:um|a|ums)(?:` + sp + `+of` + sp + `+understanding)?|accords?|treat(?:y|ies)|declarations?|protocols?|pacts?|conventions?|deals?|charter|communiqu[ée])`

// unnamedSignings builds the signings of texts v does not name.
func (b *relBuilder) unnamedSignings(v *sentView) {
	if !v.has("signed", "signs", "concluded", "initial", "inked") {
		return
	}
	text := v.between(v.start, v.end)
	for _, re := range []*regexp.Regexp{reUnnamedSigned, reUnnamedPassive} {
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+loc[0], v.start+loc[1]
			words := text[loc[2]:loc[3]]
			if b.agreementNear(v, s, e) || b.irrealisClause(v, s, e) || strings.ContainsAny(words, "\"“”") || len(b.eventMentsOf(v)) > 0 || len(b.sentenceEvents[v.idx]) > 0 {
				continue
			}
			var signers []arg
			if re == reUnnamedSigned {
				signers = b.peopleSigningAt(v, s)
			}
			if d, ok := pickDate(v, s, e, true); !ok || d.Precision != timex.Day && d.Precision != timex.Month {
				continue
			}
			name := strings.Join(strings.Fields(reUnnamedLead.ReplaceAllString(words, "")), " ")
			b.makeEvent(v, eventSpec{
				kind: "agreement", parts: signers, trigStart: s, trigEnd: e, start: s, end: e,
				needDate: true, slug: "unnamed-" + slugWords(name), name: signingName(name),
			})
		}
	}
}

// agreementNear reports an agreement the text names over or right after
// the signed words at [s, e): the named signing rules read those.
func (b *relBuilder) agreementNear(v *sentView, s, e int) bool {
	for _, m := range v.ments {
		if m.Type == "Agreement" && m.Start < e+12 && m.End > s {
			return true
		}
	}
	return b.signedInSentence(v.idx)
}

// peopleSigningAt are the people of the group right before the verb at s,
// with only adverbs and an aside between: "Prime Minister Sherif Ismail
// and Deputy Crown Prince Mohammed bin Salman signed".
func (b *relBuilder) peopleSigningAt(v *sentView, s int) []arg {
	var out []arg
	for _, g := range groups(v) {
		last := v.args[g[len(g)-1]]
		// "X and Somaliland's then president, Y, signed": the comma closing
		// the apposition the last signer is written in.
		if last.end > s || !reUpToVerb.MatchString(v.between(last.end, s)) && !reClosingComma.MatchString(v.between(last.end, s)) {
			continue
		}
		out = out[:0]
		for _, a := range argsOf(v, g) {
			if a.typ == "Person" {
				out = append(out, a)
			}
		}
	}
	return out
}

// reClosingComma: a comma alone closing an apposition before the verb.
var reClosingComma = regexp.MustCompile(`^` + sp + `*,` + sp + `*$`)
