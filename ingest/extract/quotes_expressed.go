package extract

import "regexp"

var (
	// "X expressed U.S. support for ...", "X also conveyed his deep
	// appreciation to ...": a readout's report of a stance voiced. The
	// stance noun is required, so "offered a loan" or "extended the
	// deadline" are not statements.
	reExpressedStance = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:has|had|also|again|\w+ly)` + sp + `+)*(?:expressed|expresses|conveyed|conveys|voiced|voices|offered|offers|extended|extends)` + sp + `+(?:(?:his|her|their|its|the|our|[A-Z][\w.’'-]*|strong|full|deep|deepest|sincere|sincerest|continued|continuing|unwavering|steadfast|grave|serious|profound|warm|warmest|personal|heartfelt)` + sp + `+){0,4}(?:support|appreciation|gratitude|thanks|condolences|sympathy|sympathies|concern|concerns|opposition|solidarity|congratulations|regret|dismay|outrage|disappointment)\b`)
	// "X spoke today with Y to express his appreciation to Qatar": the
	// purpose of a call or meeting is the caller's statement.
	reContactToExpress = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:also|again|\w+ly)` + sp + `+)*(?:spoke|speaks|talked|talks|called|calls|met|meets|telephoned|phoned)\b([^.;:!?“”"]{0,160}?)\bto` + sp + `+(?:express|convey|offer|extend|reiterate|reaffirm)` + sp + `+(?:(?:his|her|their|its|the|our|[A-Z][\w.’'-]*|strong|full|deep|deepest|sincere|continued|unwavering|warm|personal|heartfelt)` + sp + `+){0,4}(?:support|appreciation|gratitude|thanks|condolences|sympathy|concern|concerns|solidarity|congratulations|commitment)\b`)
)

// expressedStances finds STATED for a named speaker a readout says
// expressed a stance ("expressed support for", "to express his
// appreciation to"): what the stance is about is the first entity after
// the verb, else the speaker's own state.
func (b *relBuilder) expressedStances() {
	for _, v := range b.views {
		if !v.has("express", "convey", "voice", "offer", "extend") {
			continue
		}
		for _, a := range v.args {
			if !speakerType(a) || b.insideQuote(a.start) {
				continue
			}
			tail := argTail(v, a)
			after := v.between(tail, v.end)
			loc := reExpressedStance.FindStringIndex(after)
			if loc == nil {
				sub := reContactToExpress.FindStringSubmatchIndex(after)
				if sub == nil || irrealis.MatchString(after[sub[2]:sub[3]]) {
					continue
				}
				loc = sub[:2]
			}
			if b.irrealisClause(v, a.start, tail) {
				continue
			}
			cs, ce := tail+loc[0], v.end
			to := b.quoteTarget(a, tail+loc[1], ce, cs, ce)
			if to == "" {
				continue
			}
			props := map[string]any{}
			b.setDate(props, a.start, ce)
			b.addAcross("STATED", a.id, to, 0.7, props, a.start, ce)
		}
	}
}
