package extract

import (
	"regexp"

	"github.com/kg-project/kg/ingest/timex"
)

// A named agreement signed in the active voice, with a day or a month in
// the sentence, is an event whoever signed it: "on 5 December 2001, they
// signed the Bonn Agreement", "On 8 February 2024, in Ankara, Defence
// Ministers Yaşar Güler and Abdulkadir Mohamed Nur signed a ten-year
// Defence and Economic Cooperation Framework Agreement". The party rules
// (relations_parties.go) build the signings of states and people they
// read as a group before the verb; this rule builds those told with a
// pronoun, a description or words between the verb and the name, when no
// signing of the agreement is built yet. The people right before the
// verb took part; a year alone recalls a signing in passing and builds
// none, as elsewhere. A signing told with a meeting, a visit or a summit
// of the sentence ("During his visit to Dushanbe on 2 June 2022,
// Mirziyoyev signed the Treaty on Allied Relations") is a moment of that
// event, not one of its own.

// reSignedBeforeName: the verb right before the agreement's name, with an
// article and up to two words of description between.
var reSignedBeforeName = regexp.MustCompile(`\b(?:signed|signs)` + sp + `+(?:(?:the|an?)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?$`)

// namedSignings builds the signing described above.
func (b *relBuilder) namedSignings(v *sentView) {
	if !v.has("signed", "signs") || b.signedInSentence(v.idx) || b.gatheringTold(v) {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Agreement" {
			continue
		}
		from := max(v.start, m.Start-40)
		loc := reSignedBeforeName.FindStringIndex(v.between(from, m.Start))
		if loc == nil {
			continue
		}
		verb := from + loc[0]
		if _, built := b.signingOf(m.EntityID); built || b.irrealisClause(v, verb, m.End) {
			return
		}
		if d, ok := pickDate(v, verb, m.End, true); !ok || d.Precision == timex.Year {
			return
		}
		signers := b.peopleSigningAt(v, verb)
		start := verb
		if len(signers) > 0 {
			start = signers[0].start
		}
		b.signingEvent(v, signers, m, "signed", start, m.End)
		return
	}
}

// holdingKinds are the kinds of event a signing told with them is a
// moment of: the gatherings and a visit.
var holdingKinds = append([]string{"visit"}, gatheringKinds...)

// gatheringTold reports an event of v, built or named, that one takes part
// in by being there, or a visit.
func (b *relBuilder) gatheringTold(v *sentView) bool {
	for _, id := range b.sentenceEvents[v.idx] {
		if b.eventKindIn(id, holdingKinds) {
			return true
		}
	}
	for _, m := range v.ments {
		if m.Type == "Event" && b.eventKindIn(m.EntityID, holdingKinds) {
			return true
		}
	}
	return false
}
