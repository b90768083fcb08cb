package extract

import (
	"regexp"
	"strings"
)

// An operation is often told by an aside right after its name: "Operation
// Euphrates Shield, launched against the Islamic State at Jarablus on 24
// August 2016; Operation Olive Branch, which drove the People's Protection
// Units (YPG) out of Afrin in early 2018; and Operation Peace Spring, begun
// on 9 October 2019 between Tell Abyad and Ras al-Ayn". The places of the
// aside are where it was held, and whom it was launched against or drove
// out its participants attacked. The aside ends at the next clause.

var (
	// reOperationAside opens the aside after the name.
	// A noun of its kind opens it too: "Operation Peace Spring, a
	// cross-border offensive into northeastern Syria against the SDF".
	reOperationAside = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:(?:which` + sp + `+(?:was` + sp + `+)?|that` + sp + `+(?:was` + sp + `+)?)?(?:launched|begun|began|started|carried` + sp + `+out|conducted|mounted|fought|waged|drove|pushed)\b|an?` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:offensive|operation|campaign|incursion|invasion|assault|raid|air` + sp + `+campaign)\b)`)
	// reAsideEnd: where the aside ends.
	reAsideEnd = regexp.MustCompile(`[;:]|` + sp + `+(?:while|whereas|but)\b|,` + sp + `+(?:and` + sp + `+)?(?:the` + sp + `+)?Operation\b`)
	// reAsidePlace: right before a place where the operation was fought.
	reAsidePlace = regexp.MustCompile(`\b(?:at|in|near|around|between|out` + sp + `+of|into|across|(?:towns?|cities|city|villages?|areas?)` + sp + `+of)` + sp + `+(?:the` + sp + `+)?(?:` + compassWord + sp + `+)?$|^` + sp + `+and` + sp + `+(?:the` + sp + `+)?$`)
	// reAsideTarget: right before whom it was launched against or drove
	// out.
	reAsideTarget = regexp.MustCompile(`\b(?:against|drove|pushed|expelled)` + sp + `+(?:the` + sp + `+)?(?:[\w]+-(?:led|backed|allied)` + sp + `+)?$`)
)

// operationAsides reads the asides of the operations named in v.
func (b *relBuilder) operationAsides(v *sentView) {
	if !v.has("operation") {
		return
	}
	for _, m := range b.eventMentsOf(v) {
		if !strings.HasPrefix(b.eventNameOf(m.EntityID), "Operation ") && !strings.HasPrefix(m.Text, "Operation ") {
			continue
		}
		rest := v.between(m.End, v.end)
		if !reOperationAside.MatchString(rest) {
			continue
		}
		end := v.end
		if loc := reAsideEnd.FindStringIndex(rest[1:]); loc != nil {
			end = m.End + 1 + loc[0]
		}
		if b.irrealisClause(v, m.Start, end) {
			continue
		}
		var doers []string
		for _, r := range b.rels {
			if r.Type == "PARTICIPATED_IN" && r.To == m.EntityID {
				doers = append(doers, r.From)
			}
		}
		prev := m.End
		for _, a := range v.args {
			if a.start < m.End || a.end > end {
				continue
			}
			gap := v.between(prev, a.start)
			switch {
			case (a.typ == "Place" || a.typ == "Country") && !a.m.Demonym && reAsidePlace.MatchString(gap):
				b.add("HELD_IN", m.EntityID, a.m.EntityID, 0.75, nil, v, m.Start, a.end)
			case (a.typ == "Organization" || a.typ == "Country") && !a.m.Demonym && reAsideTarget.MatchString(gap):
				for _, d := range doers {
					if d != a.id {
						b.add("ATTACKED", d, a.id, 0.75, nil, v, m.Start, a.end)
					}
				}
			}
			prev = a.end
		}
	}
}

// reDubbedOpens opens a sentence that names the attack the sentence
// before told: "The campaign, dubbed Operation Decisive Storm, was
// announced in Washington".
var reDubbedOpens = regexp.MustCompile(`^(?:The|This)` + sp + `+(?:(?:air|military|bombing|ground)` + sp + `+)?(?:campaign|operation|offensive|strikes|assault|attack|intervention)` + sp + `*,?` + sp + `+(?:dubbed|named|called|code-?named)` + sp + `+["“']?$`)

// attackDubbed folds the one attack event of the sentence before into the
// operation a sentence opening with reDubbedOpens names: one deed, one
// event, under the operation's name.
func (b *relBuilder) attackDubbed(v *sentView) {
	if v.idx == 0 || !v.has("dubbed", "named", "called") {
		return
	}
	for _, m := range b.eventMentsOf(v) {
		if !reDubbedOpens.MatchString(v.between(v.start, m.Start)) {
			continue
		}
		var attacks []string
		for _, id := range dedupe(b.sentenceEvents[v.idx-1]) {
			if ev, ok := b.events[id]; ok && ev.Props["kind"] == "attack" && id != m.EntityID {
				attacks = append(attacks, id)
			}
		}
		if len(attacks) == 1 {
			b.redirectEvent(attacks[0], m.EntityID)
		}
		return
	}
}
