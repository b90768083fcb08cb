package extract

import "regexp"

// The later sentences of a chronology's item say who was at the gathering
// its first sentence tells: "Jan. 23-24, 2017 - The first round of talks
// is held in Astana. The government delegation is led by Bashar
// al-Jaafari. U.N. envoy Staffan de Mistura attends." Whoever attends, or
// leads a delegation or a team, took part in that gathering, when the
// item's first sentence tells one and only one.

var (
	// reAttendsAlone: after a person, attending with no object, the
	// gathering being the item's.
	reAttendsAlone = regexp.MustCompile(`^` + sp + `+(?:(?:also|again)` + sp + `+)?(?:attends|attended|is` + sp + `+present|was` + sp + `+present|takes` + sp + `+part|took` + sp + `+part)` + sp + `*(?:[.,;]|$)`)
	// reLeadsTeam: after a person, leading a delegation or a team: "again
	// heads the Israeli team", "leads Jordan's delegation".
	reLeadsTeam = regexp.MustCompile(`^` + sp + `+(?:(?:also|again|still)` + sp + `+)?(?:heads|leads|headed|led)` + sp + `+(?:the` + sp + `+|its` + sp + `+|their` + sp + `+|[\p{L}.-]+['’]s` + sp + `+)?(?:[\p{L}-]+` + sp + `+){0,3}?(?:delegation|team|negotiators)\b`)
	// reTeamLedBy: before a person, a delegation or team led by them: "The
	// government delegation is led by", "The Israeli delegation to the
	// Jordanian-Palestinian talks is led by", "a Syrian delegation under
	// Ambassador", the leader's title may come first.
	reTeamLedBy = regexp.MustCompile(`\b(?:delegation|team)(?:` + sp + `+(?:to|at)` + sp + `+(?:the` + sp + `+)?[^,;.]{1,50}?)?` + sp + `*,?` + sp + `+(?:(?:is` + sp + `+|was` + sp + `+)?(?:led|headed)` + sp + `+by|under)` + sp + `+(?:(?:\p{Lu}[\p{L}.-]*|of|the)` + sp + `+){0,4}?$`)
)

// entryAttenders adds the people a dated item's later sentences tell
// attending its gathering, or leading a delegation to it.
func (b *relBuilder) entryAttenders() {
	for _, v := range b.views {
		if v.head == nil {
			continue
		}
		ev, ok := b.gatheringIn(v.head.idx)
		if !ok || b.gatheringSince(v) {
			continue
		}
		for _, a := range v.args {
			if a.typ != "Person" {
				continue
			}
			after := v.between(a.end, v.end)
			before := v.between(max(v.start, a.start-90), a.start)
			switch {
			case reAttendsAlone.MatchString(after):
				b.add("PARTICIPATED_IN", a.id, ev, 0.7, nil, v, a.start, a.end)
			case reLeadsTeam.MatchString(after), reTeamLedBy.MatchString(before):
				b.add("PARTICIPATED_IN", a.id, ev, 0.7, map[string]any{"role": "head of delegation"}, v, a.start, a.end)
			}
		}
	}
}

// gatheringIn is the one talks, meeting, summit or conference built in
// sentence idx; ok is false when none or several are.
func (b *relBuilder) gatheringIn(idx int) (string, bool) {
	found := ""
	for _, id := range dedupe(append([]string{}, b.sentenceEvents[idx]...)) {
		e, ok := b.events[id]
		if !ok {
			continue
		}
		if kind, _ := e.Props["kind"].(string); kind != "talks" && kind != "meeting" && kind != "summit" && kind != "conference" {
			continue
		}
		if found != "" {
			return "", false
		}
		found = id
	}
	return found, found != ""
}

// gatheringSince reports a gathering built in a sentence after the item's
// first, up to v: the later sentence may be telling that one.
func (b *relBuilder) gatheringSince(v *sentView) bool {
	for k := v.head.idx + 1; k <= v.idx; k++ {
		if len(b.sentenceEvents[k]) > 0 {
			return true
		}
	}
	return false
}
