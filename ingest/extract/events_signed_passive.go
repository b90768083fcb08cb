package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// An encyclopedia article on an agreement opens with its signing told in
// the passive: "The Geneva Accords, formally the Agreements on the
// Settlement of the Situation Relating to Afghanistan, were signed on 14
// April 1988 at the Palais des Nations in Geneva by Afghanistan and
// Pakistan", "The Israel–Jordan peace treaty … was signed on 26 October
// 1994 at a crossing point in the Arava valley", "The Bishkek Protocol is a
// document signed in Bishkek … on 5 May 1994 by representatives of …".
// The signing, dated to the month or the day, is an event held where the
// sentence says, with the people signing after "by" taking part (states
// signing are parties to the agreement, not participants). A signing at a
// named gathering is a moment of it.

var (
	// reSignedPassive: from the agreement to its verb, over an aside that
	// gives its formal name: ", formally the …, were signed", " is a
	// document signed", " was a peace agreement between India and
	// Pakistan signed", or the participle after a comma: "the Wye River
	// Memorandum, signed at the White House on 23 October 1998 by …". An
	// acronym in brackets may come first: "(LPA) was signed".
	reSignedPassive = regexp.MustCompile(`^(?:` + sp + `*\([^()]{1,20}\))?(?:(?:` + sp + `*,[^;:()]{1,200}?,)?` + sp + `+(?:(?:was|were|had` + sp + `+been|has` + sp + `+been)` + sp + `+(?:(?:formally|officially|finally|eventually|jointly)` + sp + `+)?|(?:is|was)` + sp + `+(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:document|treaty|agreement|accord|deal|convention|protocol|memorandum|declaration)` + sp + `+(?:between` + sp + `+[^;:(),]{1,60}?` + sp + `+)?)|` + sp + `*,` + sp + `+)signed\b`)
	// reSignedByTail: from the verb to the signers: the places and the day
	// of the signing, then "by", the signers' plural office or "the
	// representatives of" at most.
	// The signer's office may be set off before the name: "by the
	// government's chief negotiator, Miriam Coronel-Ferrer".
	reSignedByTail = regexp.MustCompile(`^(?:,?` + sp + `+(?:in|at|on)` + sp + `+[^;:()]{1,80}?)*,?` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:(?:prime|foreign|defen[cs]e)` + sp + `+ministers|presidents|kings|leaders|heads` + sp + `+of` + sp + `+(?:state|government)|representatives|envoys|delegations|governments)` + sp + `+of` + sp + `+(?:the` + sp + `+)?|(?:[\w'’-]+` + sp + `+){0,3}?` + roleNoun + sp + `*,` + sp + `*)?$`)
)

// passiveSignings builds the signing the sentence tells in the passive.
func (b *relBuilder) passiveSignings(v *sentView) {
	if !v.has("signed") {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Agreement" {
			continue
		}
		loc := reSignedPassive.FindStringIndex(v.between(m.End, v.end))
		if loc == nil {
			continue
		}
		verbEnd := m.End + loc[1]
		if b.irrealisClause(v, m.Start, verbEnd) {
			return
		}
		// "signed at the Fifth Caspian Summit": the signing is a moment
		// of that gathering, not an event of its own.
		if b.atNamedGathering(v, verbEnd) {
			return
		}
		signers, end := b.signersAfter(v, verbEnd)
		end = max(end, b.signingPlaceEnd(v, verbEnd))
		// "In 1861, the Perpetual Truce was signed": a year tells the
		// agreement's age, not a signing a reader could name.
		if d, ok := pickDate(v, m.Start, end, true); !ok || d.Precision == timex.Year {
			// "It was signed by President Kabbah and by the RUF leader,
			// Foday Sankoh": the signing a sentence before dated.
			if id, found := b.signingOf(m.EntityID); found {
				for _, a := range signers {
					b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, a.start, a.end)
				}
			} else if b.storySigningDay(m.EntityID) != nil {
				// "The Comprehensive Agreement on the Bangsamoro was signed
				// … by X and Y" after a lead that told the signing of "a
				// final peace agreement" on the agreement's day.
				b.signingEvent(v, signers, m, "signed", m.Start, end)
			}
			return
		}
		b.signingEvent(v, signers, m, "signed", m.Start, end)
		return
	}
}

// signingPlaceEnd is the end of the places and day told right after the
// verb ("signed on 14 April 1988 at the Palais des Nations in Geneva"),
// so that the signing's span covers its venue.
func (b *relBuilder) signingPlaceEnd(v *sentView, verbEnd int) int {
	end := verbEnd
	for _, m := range v.ments {
		if m.Start < verbEnd || m.Type != "Place" && m.Type != "Country" {
			continue
		}
		if reSignedPlaceChain.MatchString(v.between(verbEnd, m.Start)) {
			end = m.End
		}
	}
	return end
}

// reSignedPlaceChain: from the verb to a place of the signing, through
// its day and other places only: "on 14 April 1988 at the Palais des
// Nations in ".
var reSignedPlaceChain = regexp.MustCompile(`^(?:,?` + sp + `+(?:in|at|on)` + sp + `+[^;:(),]{1,60}?)*,?` + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?$`)

// atNamedGathering reports an event named right after "at" following the
// verb: "signed at the Fifth Caspian Summit".
func (b *relBuilder) atNamedGathering(v *sentView, verbEnd int) bool {
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type == "Event" && m.Sentence == v.idx && m.Start >= verbEnd && m.Start-verbEnd <= 60 &&
			reSignedAtGathering.MatchString(v.between(verbEnd, m.Start)) {
			return true
		}
	}
	return false
}

// reSignedAtGathering: from the verb to a gathering the signing was part of.
var reSignedAtGathering = regexp.MustCompile(`^(?:` + sp + `+on` + sp + `+[^,;:()]{1,30}?)?` + sp + `+(?:at|during|on` + sp + `+the` + sp + `+sidelines` + sp + `+of)` + sp + `+(?:the` + sp + `+)?$`)

// reSignersMore: between two lists of signers or witnesses: " and by ",
// " in the presence of ".
// "…, and the chief negotiator of the Moro Islamic Liberation Front,
// Mohagher Iqbal": the next signer's office set off before the name, the
// body it names read as its own group.
var reSignersMore = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:and` + sp + `+by|in` + sp + `+the` + sp + `+presence` + sp + `+of|with)` + sp + `+(?:the` + sp + `+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for)` + sp + `+){0,6}?$|^` + sp + `*,?` + sp + `+and` + sp + `+(?:by` + sp + `+)?(?:the` + sp + `+)?` + roleNoun + sp + `+of` + sp + `+(?:the` + sp + `+)?$|^` + sp + `*,` + sp + `*$`)

// signersAfter are the people who signed after the verb ending at
// verbEnd ("by X and Y", "by X and by the RUF leader, Y", "… in the
// presence of Z"), and the end of their lists.
func (b *relBuilder) signersAfter(v *sentView, verbEnd int) ([]arg, int) {
	var signers []arg
	end := verbEnd
	gs := groups(v)
	for k, g := range gs {
		first := v.args[g[0]]
		if first.start < verbEnd || !reSignedByTail.MatchString(v.between(verbEnd, first.start)) {
			continue
		}
		for ; k < len(gs); k++ {
			g = gs[k]
			if v.args[g[0]].start > end && end > verbEnd && !reSignersMore.MatchString(v.between(end, v.args[g[0]].start)) {
				break
			}
			for _, a := range argsOf(v, g) {
				if a.typ == "Person" {
					signers = append(signers, a) // states are PARTY_TO
				}
			}
			end = v.args[g[len(g)-1]].end
		}
		break
	}
	return signers, end
}

// signingOf is the one signing of agreement id built so far.
func (b *relBuilder) signingOf(id string) (string, bool) {
	_, local, _ := strings.Cut(id, ":")
	found := ""
	for eid := range b.events {
		if strings.HasPrefix(eid, "event:agreement:"+local+":") {
			if found != "" {
				return "", false
			}
			found = eid
		}
	}
	return found, found != ""
}
