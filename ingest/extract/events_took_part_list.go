package extract

import "regexp"

// A gathering's members listed after a colon, the gathering told in the
// sentence before: "The Algeciras Conference was an international
// conference held in the Spanish town of Algeciras … Thirteen states took
// part: Germany, France, the United Kingdom, …". Each state or body of the
// list took part in the one event the sentence before names.

// reTookPartColon opens such a sentence, up to its colon.
var reTookPartColon = regexp.MustCompile(`^(?:\p{Lu}[a-z]+|\d+)` + sp + `+(?:states|countries|nations|governments|delegations|powers|members|parties)` + sp + `+(?:took` + sp + `+part|participated|attended|were` + sp + `+represented|sent` + sp + `+delegations)` + sp + `*:` + sp + `*$`)

// listedParticipants reads the form above.
func (b *relBuilder) listedParticipants(v *sentView) {
	if len(v.args) == 0 || v.idx == 0 {
		return
	}
	first := v.args[0]
	if !reTookPartColon.MatchString(v.between(v.start, first.start)) {
		return
	}
	prev := b.views[v.idx-1] // one view per sentence, in order
	// The gathering among them: "held … to settle the First Moroccan
	// Crisis" names a crisis no state takes part in as in a conference.
	var evs []mention
	for _, m := range dedupeMentions(b.eventMentsOf(prev)) {
		if reGatheringName.MatchString(b.nameOf(m.EntityID)) {
			evs = append(evs, m)
		}
	}
	if len(evs) != 1 {
		return
	}
	for _, a := range v.args {
		if (a.typ == "Country" || a.typ == "Organization") && !a.m.Demonym {
			b.add("PARTICIPATED_IN", a.id, evs[0].EntityID, 0.75, nil, v, a.start, a.end)
		}
	}
}

// dedupeMentions keeps one mention per entity.
func dedupeMentions(ms []mention) []mention {
	seen := map[string]bool{}
	var out []mention
	for _, m := range ms {
		if !seen[m.EntityID] {
			seen[m.EntityID] = true
			out = append(out, m)
		}
	}
	return out
}
