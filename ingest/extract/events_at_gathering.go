package extract

import (
	"regexp"
	"strings"
)

// Who did something at a gathering took part in it: "Nasser and King
// Faisal came to terms at the Khartoum summit", "Iran and Oman signed the
// accord on the sidelines of the conference". The subject is read: the
// group that opens the sentence or a clause of it. What it did there is
// any verb of the past, up to "at the" right before the gathering's name.
// A gathering is a summit, conference, meeting, talks, forum or dialogue,
// named or built.

var (
	// reAtTheGathering: right before the gathering.
	reAtTheGathering = regexp.MustCompile(`\b(?:at|during|on` + sp + `+the` + sp + `+(?:sidelines|margins)` + sp + `+of)` + sp + `+(?:the` + sp + `+)?$`)
	// reDidThere: between the subject group and "at the": a verb of the
	// past and its object, with no clause break.
	reDidThere = regexp.MustCompile(`^(?:` + sp + `+(?:also|later|then|jointly|together|both|all|first|finally))?` + sp + `+` + pastDeed + `\b[^;:()]{0,80}?$`)
	// reOpensAtGathering: a sentence that opens at a gathering ("At the
	// Khartoum summit of the Arab League that August, Nasser and Faisal
	// agreed …").
	reOpensAtGathering = regexp.MustCompile(`^` + sp + `*(?:At|During|On` + sp + `+the` + sp + `+(?:sidelines|margins)` + sp + `+of)` + sp + `+(?:the` + sp + `+)?$`)
	// reClauseAtGathering: a clause that opens at a gathering in mid-sentence
	// ("…, and at the Kuwait summit, held in Kuwait City, Saleh and Ismail
	// pledged …").
	reClauseAtGathering = regexp.MustCompile(`[,;]` + sp + `+(?:(?:and|but)` + sp + `+)?(?:at|during)` + sp + `+(?:the` + sp + `+)?$`)
	// reDeedAfter: right after a subject, what it did.
	reDeedAfter = regexp.MustCompile(`^(?:` + sp + `+(?:also|later|then|jointly|together|both|all|first|finally|again))?` + sp + `+` + pastDeed + `\b`)
)

// pastDeed: a verb of the past that tells what someone did.
const pastDeed = `(?:[a-z]+ed|met|came` + sp + `+to` + sp + `+terms|spoke|signed|held|made|gave|took|said|announced|agreed|sought|won|set|put|struck|reached|laid|drew|threw|read)`

// reClauseOpensBefore: what opens the clause of a subject in mid-sentence:
// a comma or semicolon, or a conjunction ("only after Nasser and King
// Faisal came to terms at the Khartoum summit").
var reClauseOpensBefore = regexp.MustCompile(`(?:[,;]|\b(?:after|when|while|before|once|until|and|as|where|whereas))` + sp + `*(?:(?:the|an?)` + sp + `+)?$`)

// reThatClause: a reported clause opening between the subject and "at".
var reThatClause = regexp.MustCompile(`\b(?:that|whether|how|why)\b`)

// gatheringKinds are the kinds of event one takes part in by being there.
var gatheringKinds = []string{"summit", "conference", "meeting", "talks", "forum", "dialogue"}

// atGatheringParticipants finds the subjects that did something at a
// gathering of v.
func (b *relBuilder) atGatheringParticipants(v *sentView) {
	if !v.has(" at ", "during", "sidelines", "margins") {
		return
	}
	gs := groups(v)
	for _, m := range b.eventMentsOf(v) {
		if !b.eventKindIn(m.EntityID, gatheringKinds) {
			continue
		}
		lo := max(v.start, m.Start-40)
		at := reAtTheGathering.FindStringIndex(v.between(lo, m.Start))
		if at == nil {
			continue
		}
		atStart := lo + at[0]
		g := b.gatheringSubject(v, gs, atStart)
		if g == nil || b.irrealisClause(v, v.args[g[0]].start, m.End) {
			continue
		}
		first := v.args[g[0]]
		for _, a := range argsOf(v, g) {
			if a.m.Demonym {
				continue
			}
			b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, first.start, m.End)
		}
	}
}

// gatheringSubject is the group that did something at a gathering whose
// "at" starts at atStart: the group opening the sentence, else the one
// nearest before "at" that opens a clause; nil when a verb of the past
// does not stand between it and "at".
func (b *relBuilder) gatheringSubject(v *sentView, gs [][]int, atStart int) []int {
	var cands [][]int
	if len(gs) > 0 && reEventOpens.MatchString(v.between(v.start, v.args[gs[0][0]].start)) {
		cands = append(cands, gs[0])
	}
	var near []int
	for _, c := range gs {
		if v.args[c[len(c)-1]].end <= atStart {
			near = c
		}
	}
	if near != nil && reClauseOpensBefore.MatchString(v.between(max(v.start, v.args[near[0]].start-24), v.args[near[0]].start)) {
		cands = append(cands, near)
	}
	for _, g := range cands {
		last := v.args[g[len(g)-1]]
		// "Israel later said that at the conference, Syria agreed": the
		// gathering is the reported clause's.
		if gap := v.between(last.end, atStart); last.end <= atStart && reDidThere.MatchString(gap) && !reThatClause.MatchString(gap) {
			return g
		}
	}
	return nil
}

// openingGatheringParticipants: a sentence or clause that opens at a gathering tells
// what its subject did there: "At the Khartoum summit of the Arab League
// that August, Nasser and Faisal agreed on a disengagement"; "At the NATO
// summit in Bucharest in April 2008 Greece blocked an invitation". The
// subject is the first group after the gathering that a verb of the past
// follows; what stands between (the gathering's body, place and time) is
// passed over, but not a clause of its own.
func (b *relBuilder) openingGatheringParticipants(v *sentView) {
	if !v.has("at ", "during", "sidelines", "margins") {
		return
	}
	gs := groups(v)
	for _, m := range b.eventMentsOf(v) {
		before := v.between(v.start, m.Start)
		if !b.eventKindIn(m.EntityID, gatheringKinds) ||
			!reOpensAtGathering.MatchString(before) && !reClauseAtGathering.MatchString(before) {
			continue
		}
		b.gatheringOpenerSubject(v, gs, m)
	}
}

// gatheringOpenerSubject: the subject of the clause opened at gathering m
// took part in it.
func (b *relBuilder) gatheringOpenerSubject(v *sentView, gs [][]int, m mention) {
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if first.start < m.End {
			continue
		}
		gap := v.between(m.End, first.start)
		if len(gap) > 100 || strings.ContainsAny(gap, ";:()") {
			return
		}
		if !reDeedAfter.MatchString(v.between(last.end, v.end)) {
			continue
		}
		if b.irrealisClause(v, first.start, v.end) {
			return
		}
		for _, a := range argsOf(v, g) {
			if !a.m.Demonym {
				b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, m.Start, last.end)
			}
		}
		return
	}
}
