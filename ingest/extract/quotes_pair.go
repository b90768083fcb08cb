package extract

import (
	"regexp"
	"sort"
)

// A readout tells a call or a meeting of two, then what both said:
// "Secretary of State Marco Rubio spoke today with German Foreign Minister
// Johann Wadephul. They also reiterated the shared commitment to ensuring
// Iran never acquires a nuclear weapon." "They" (or "the two leaders",
// "both sides") opening the sentence after is the two, and each affirmed
// the stance. What it is about is as for one speaker, the states both
// serve left out ("the shared U.S.-German commitment"). Sentences between
// may open with the two as well ("They discussed …").

// rePairOpens: the two, opening a sentence.
var rePairOpens = regexp.MustCompile(`^[\s"“]*(?:They|Both(?:` + sp + `+(?:leaders|sides|officials|ministers|men|women))?|The` + sp + `+two(?:` + sp + `+(?:leaders|sides|officials|ministers|men|women|presidents|counterparts))?)\b`)

// pairStances finds STATED for the two of the sentence before.
func (b *relBuilder) pairStances() {
	for i, v := range b.views {
		if i == 0 || !v.has("affirm", "reiterat", "emphasi", "underscor", "stress", "highlight", "express", "convey", "voice") {
			continue
		}
		loc := rePairOpens.FindStringIndex(v.between(v.start, v.end))
		if loc == nil {
			continue
		}
		// "They discussed …. They also reiterated …": the two stay the
		// subject of the sentences that open with them.
		j := i - 1
		for j > 0 && i-j < 3 && rePairOpens.MatchString(b.views[j].between(b.views[j].start, b.views[j].end)) {
			j--
		}
		pair := b.spokenPair(b.views[j])
		if pair == nil {
			continue
		}
		pe := v.start + loc[1]
		after := v.between(pe, v.end)
		sl := reAffirmedStance.FindStringIndex(after)
		affirmed := sl != nil
		if sl == nil {
			sl = reExpressedStance.FindStringIndex(after)
		}
		if sl == nil || b.irrealisClause(v, v.start, pe+sl[1]) {
			continue
		}
		own := map[string]bool{}
		for _, p := range pair {
			if r, ok := b.roleOf[p]; ok {
				own[r.of] = true
			}
		}
		to := b.topicBeyond(v, pair, own, pe, v.end)
		if to == "" {
			continue
		}
		for _, p := range pair {
			props := map[string]any{}
			if !affirmed {
				b.setDate(props, v.start, v.end)
			}
			b.addAcross("STATED", p, to, 0.65, props, v.start, v.end)
		}
	}
}

// spokenPair is the two people a sentence tells met or spoke (MET_WITH
// or NEGOTIATED_WITH found in it), sorted; nil unless exactly two.
func (b *relBuilder) spokenPair(v *sentView) []string {
	seen := map[string]bool{}
	for _, r := range b.rels {
		if r.Type != "MET_WITH" && r.Type != "NEGOTIATED_WITH" || len(r.Evidence) == 0 {
			continue
		}
		if r.Evidence[0].Start < v.start || r.Evidence[0].End > v.end {
			continue
		}
		if b.typeOf(r.From) != "Person" || b.typeOf(r.To) != "Person" {
			continue
		}
		seen[r.From], seen[r.To] = true, true
	}
	if len(seen) != 2 {
		return nil
	}
	out := make([]string, 0, 2)
	for id := range seen {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}
