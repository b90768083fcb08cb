package extract

import "regexp"

// A named event and who took part in it, told in the passive: "The Cairo
// Peace Summit was attended by leaders of Egypt, Jordan and Qatar", "The
// 2015 Paris attacks were carried out by the Islamic State". People stand
// for themselves; "leaders of", "delegations from", "members of" for their
// states and groups.

var (
	// Between a gathering and those who attended it.
	reNamedAttendedBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:was|were)` + sp + `+(?:also` + sp + `+)?(?:attended|joined)` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:leaders|ministers|foreign` + sp + `+ministers|heads` + sp + `+of` + sp + `+state|delegations|delegates|representatives|officials|envoys)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?)?$`)
	// Between a deed and those who did it.
	reDeedCarriedOutBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:was|were)` + sp + `+)?(?:(?:allegedly|reportedly|later)` + sp + `+)?(?:carried` + sp + `+out|perpetrated|committed|claimed|planned|orchestrated)` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:members|militants|gunmen|fighters|operatives)` + sp + `+of` + sp + `+(?:the` + sp + `+)?)?$`)
)

// passiveDoers gives PARTICIPATED_IN for those who attended a named
// gathering or carried out a named deed of v.
func (b *relBuilder) passiveDoers(v *sentView) {
	if v.has("attended by", "joined by") {
		b.doersAfter(v, reNamedAttendedBy, true)
	}
	if v.has("carried out by", "perpetrated by", "committed by", "claimed by", "planned by", "orchestrated by") {
		b.doersAfter(v, reDeedCarriedOutBy, false)
	}
}

// doersAfter: for each event mention of v, the first group of actors that
// link matches the gap to takes part in it (a state written only as an
// adjective too, when demonyms).
func (b *relBuilder) doersAfter(v *sentView, link *regexp.Regexp, demonyms bool) {
	gs := groups(v)
	for _, m := range b.eventMentsOf(v) {
		for _, g := range gs {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if first.start < m.End || !link.MatchString(v.between(m.End, first.start)) {
				continue
			}
			if !b.irrealisClause(v, m.Start, last.end) {
				for _, a := range argsOf(v, g) {
					if a.actor() && (demonyms || !a.m.Demonym) {
						b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.8, nil, v, m.Start, last.end)
					}
				}
			}
			break
		}
	}
}

// "Qasim was himself overthrown and shot by the Ba'ath Party in the
// Ramadan Revolution", "the town was taken by Israel during the Six-Day
// War": the agent of a passive deed done in a named event took part in
// it.
var (
	// reByAgentBefore: a participle of the past, then "by", right before
	// the agent.
	reByAgentBefore = regexp.MustCompile(`\b(?:[a-z]+ed|overthrown|shot|taken|seized|driven|beaten|struck|hit|won|fought|brought|led|thrown|slain|overrun|retaken|shot` + sp + `+down)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	// reInEventBefore: between the agent and the event.
	reInEventBefore = regexp.MustCompile(`^` + sp + `+(?:in|during)` + sp + `+(?:the` + sp + `+)?$`)
)

// agentsInEvents gives PARTICIPATED_IN for the agents of reByAgentBefore.
func (b *relBuilder) agentsInEvents(v *sentView) {
	if !v.has(" by ") {
		return
	}
	gs := groups(v)
	for _, m := range b.eventMentsOf(v) {
		for _, g := range gs {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if last.end > m.Start || !reInEventBefore.MatchString(v.between(last.end, m.Start)) {
				continue
			}
			if !reByAgentBefore.MatchString(v.between(max(v.start, first.start-40), first.start)) || b.irrealisClause(v, first.start, m.End) {
				continue
			}
			for _, a := range argsOf(v, g) {
				if !a.m.Demonym {
					b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, first.start, m.End)
				}
			}
		}
	}
}
