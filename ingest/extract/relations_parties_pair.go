package extract

import (
	"regexp"
	"strings"
)

// "Abiy flew to Asmara and met Isaias; on the following day the two
// leaders signed the Joint Declaration of Peace and Friendship": "the two
// leaders" are the two people the sentence before names, and "the two
// countries" its two states. They signed for their states, which are
// parties, and took part in the signing.

// rePairSigners: the pair's noun phrase, then the signing verb, right
// before the agreement.
var rePairSigners = regexp.MustCompile(`(?i)\bthe` + sp + `+two` + sp + `+(leaders|presidents|heads` + sp + `+of` + sp + `+state|prime` + sp + `+ministers|(?:foreign` + sp + `+)?ministers|men|countries|states|governments|sides)` + sp + `+(?:(?:then|later|also|formally|jointly)` + sp + `+)?(?:signed|concluded|ratified)` + sp + `+(?:the` + sp + `+)?$`)

// pairSigners gives PARTY_TO and the signing for the two people or states
// named just before that v's "the two leaders signed" stands for.
func (b *relBuilder) pairSigners(v *sentView) {
	if !v.has("the two") {
		return
	}
	for _, agr := range v.ments {
		if agr.Type != "Agreement" {
			continue
		}
		lo := max(v.start, agr.Start-70)
		loc := rePairSigners.FindStringSubmatchIndex(v.between(lo, agr.Start))
		if loc == nil || b.irrealisClause(v, lo+loc[0], agr.End) {
			continue
		}
		typ := "Person"
		switch strings.ToLower(v.between(lo+loc[2], lo+loc[3])) {
		case "countries", "states", "governments", "sides":
			typ = "Country"
		}
		pair := b.pairBefore(v, lo+loc[0], typ)
		if pair == nil {
			continue
		}
		ids := pair
		if typ == "Person" {
			ids = nil
			for _, p := range pair {
				if r, ok := b.roleOf[p]; ok {
					ids = append(ids, r.of)
				}
			}
		}
		for _, id := range ids {
			b.add("PARTY_TO", id, agr.EntityID, 0.75, nil, v, lo+loc[0], agr.End)
		}
		var parts []arg
		for _, p := range pair {
			parts = append(parts, arg{id: p, typ: typ, start: lo + loc[0], end: agr.Start})
		}
		b.signingEvent(v, parts, agr, "signed", lo+loc[0], agr.End)
	}
}

// pairBefore is the two entities of type typ named before pos, in the
// clauses of v before it or else in the sentence before v, when that text
// names exactly two; nil otherwise.
func (b *relBuilder) pairBefore(v *sentView, pos int, typ string) []string {
	two := func(args []arg, end int) []string {
		var ids []string
		seen := map[string]bool{}
		for _, a := range args {
			if a.end > end || a.typ != typ || a.m.Pronoun || a.m.Demonym && typ == "Person" || seen[a.id] {
				continue
			}
			seen[a.id] = true
			ids = append(ids, a.id)
		}
		return ids
	}
	if ids := two(v.args, pos); len(ids) == 2 {
		return ids
	} else if len(ids) > 2 || v.idx == 0 {
		return nil
	}
	if ids := two(b.views[v.idx-1].args, b.views[v.idx-1].end); len(ids) == 2 {
		return ids
	}
	return nil
}
