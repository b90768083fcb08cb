package extract

import "regexp"

// Two people who did something "at their meeting" met there: "When Joe
// Biden and Vladimir Putin agreed at their meeting in Geneva in June to
// launch a dialogue", "the two leaders said at their summit in Helsinki".
// The gathering is theirs, the group's own: those before the verb met
// each other at it.

// reAtTheirGathering: from the group to the gathering's noun (captured),
// over one verb of what they did there.
var reAtTheirGathering = regexp.MustCompile(`^` + sp + `+(?:(?:also|jointly|both|then|later)` + sp + `+)?[a-z]+(?:ed|d)` + sp + `+at` + sp + `+their` + sp + `+(?:(?:first|second|third|last|latest|previous|recent|first-ever)` + sp + `+)?(meeting|summit|talks)\b`)

// contactsAtTheirGathering returns the meetings of the groups that did
// something at their own gathering.
func (b *relBuilder) contactsAtTheirGathering(v *sentView, gs [][]int) []interaction {
	if !v.has("at their") {
		return nil
	}
	var out []interaction
	for _, g := range gs {
		if len(g) < 2 {
			continue
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		loc := reAtTheirGathering.FindStringSubmatchIndex(v.between(last.end, v.end))
		if loc == nil {
			continue
		}
		kind := "meeting"
		if v.between(last.end+loc[2], last.end+loc[3]) == "talks" {
			kind = "talks"
		}
		it := interaction{
			kind: kind, parts: argsOf(v, g),
			trigStart: last.end + loc[2], trigEnd: last.end + loc[3],
			start: first.start, end: last.end + loc[3],
		}
		out = append(out, b.contact(v, it, 0.85))
	}
	return out
}
