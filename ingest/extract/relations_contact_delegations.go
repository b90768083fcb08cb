package extract

import "regexp"

// Talks told between two delegations, each with its leader in an aside:
// "Oman hosted today in Muscat indirect talks between a delegation of the
// Islamic Republic of Iran, headed by Foreign Minister Abbas Araghchi, and
// a delegation of the United States of America, headed by President
// Trump's Special Envoy for the Middle East, Steve Witkoff." The states
// the delegations come from are the sides; their leaders take part
// (delegationsLedBy).

var (
	// The trigger and the first delegation's noun, right before its state.
	reTalksBetweenDelegation = regexp.MustCompile(`(?i)\b(talks|negotiations|consultations|discussions|meeting)` + sp + `+between` + sp + `+(?:an?|the)` + sp + `+(?:(?:high-level|official|senior|negotiating)` + sp + `+)?(?:delegation|team)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?$`)
	// The second delegation's noun, right before its state.
	reAndDelegation = regexp.MustCompile(`(?:,` + sp + `*|` + sp + `+)and` + sp + `+(?:an?|the)` + sp + `+(?:(?:high-level|official|senior|negotiating)` + sp + `+)?(?:delegation|team)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?$`)
)

// delegationTalks is the talks between the delegations of two states or
// bodies told as above, if v tells such talks.
func (b *relBuilder) delegationTalks(v *sentView) (interaction, bool) {
	if !v.has("delegation", "team") {
		return interaction{}, false
	}
	side := func(m mention) bool { return (m.Type == "Country" || m.Type == "Organization") && !m.Demonym }
	for i, m := range v.ments {
		if !side(m) {
			continue
		}
		lo := max(v.start, m.Start-120)
		loc := reTalksBetweenDelegation.FindStringSubmatchIndex(v.between(lo, m.Start))
		if loc == nil {
			continue
		}
		for _, o := range v.ments[i+1:] {
			if !side(o) || o.EntityID == m.EntityID || !reAndDelegation.MatchString(v.between(m.End, o.Start)) {
				continue
			}
			parts := []arg{argOf(m), argOf(o)}
			return interaction{
				kind: contactKind(v.between(lo+loc[2], lo+loc[3])), parts: parts,
				trigStart: lo + loc[0], trigEnd: lo + loc[3], start: lo + loc[0], end: o.End,
			}, true
		}
		return interaction{}, false
	}
	return interaction{}, false
}
