package extract

import "regexp"

// An agreement signed at a gathering makes its parties the gathering's
// participants: "Leaders sign Al-Ula Declaration at 41st GCC Summit", and
// then "Saudi Arabia, the United Arab Emirates, Bahrain, Kuwait, Oman and
// Qatar, together with Egypt, signed the Al-Ula Declaration". The document
// says once where it was signed and, maybe elsewhere, who signed it; the
// states and bodies party to it took part in the gathering.

// reSignedAt: between an agreement and the gathering it was signed at;
// group 1 the passive that says it was signed ("was signed at"), else a
// verb of signing must come before the agreement ("sign … at").
var reSignedAt = regexp.MustCompile(`^` + sp + `+((?:was|were|is|are)` + sp + `+(?:signed|adopted)` + sp + `+)?at` + sp + `+(?:the` + sp + `+)?$`)

// reSignBefore: right before an agreement, a verb of signing it.
var reSignBefore = regexp.MustCompile(`\b(?:sign|signs|signed|signing|adopt|adopts|adopted)` + sp + `+(?:the` + sp + `+)?$`)

// signedAtGatherings adds PARTICIPATED_IN in a gathering for the parties
// of every agreement the document says was signed at it.
func (b *relBuilder) signedAtGatherings() {
	at := map[string]string{} // agreement → gathering
	for _, v := range b.views {
		if !v.has("sign", "adopt") {
			continue
		}
		for _, m := range v.ments {
			if m.Type != "Agreement" {
				continue
			}
			signed := reSignBefore.MatchString(v.between(max(v.start, m.Start-16), m.Start))
			for _, e := range b.eventMentsOf(v) {
				if e.Start < m.End {
					continue
				}
				g := reSignedAt.FindStringSubmatch(v.between(m.End, e.Start))
				if g != nil && b.eventKindIn(e.EntityID, gatheringKinds) && (signed || g[1] != "") {
					at[m.EntityID] = e.EntityID
				}
				break
			}
		}
	}
	if len(at) == 0 {
		return
	}
	n := len(b.rels)
	for i := 0; i < n; i++ {
		r := b.rels[i]
		ev, ok := at[r.To]
		if r.Type != "PARTY_TO" || !ok || len(r.Evidence) == 0 {
			continue
		}
		if t := b.typeOf(r.From); t != "Country" && t != "Organization" {
			continue
		}
		if v := b.viewAt(r.Evidence[0].Start); v != nil {
			b.add("PARTICIPATED_IN", r.From, ev, 0.7, nil, v, r.Evidence[0].Start, r.Evidence[0].End)
		}
	}
}
