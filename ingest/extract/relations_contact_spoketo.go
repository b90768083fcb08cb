package extract

import "regexp"

// "Rubio spoke to Araghchi", "Sullivan talked by phone to Al Thani": a
// conversation told with "to" rather than "with". Only between people:
// a person who "spoke to" a state, a body or a broadcaster addressed it
// ("spoke to the General Assembly", "spoke to state TV").
var reGapSpokeTo = regexp.MustCompile(preVerb + `(spoke|speaks|talked|talks)` + sp + `+(?:(?:by` + sp + `+phone|by` + sp + `+telephone|on` + sp + `+the` + sp + `+(?:phone|telephone)|today|yesterday|again|separately|briefly|directly|privately)` + sp + `+)*to` + sp + `+$`)

// contactsSpokeTo records MET_WITH for "X spoke to Y" between people and
// returns the calls it read.
func (b *relBuilder) contactsSpokeTo(v *sentView, gs [][]int) []interaction {
	if !v.has("spoke", "speaks", "talk") {
		return nil
	}
	var found []interaction
	for gi := 0; gi+1 < len(gs); gi++ {
		g, next := gs[gi], gs[gi+1]
		last, obj := v.args[g[len(g)-1]], v.args[next[0]]
		gap := v.between(last.end, obj.start)
		loc := reGapSpokeTo.FindStringSubmatchIndex(gap)
		if loc == nil || len(gap) > maxContactGap || !allPeople(v, g) || !allPeople(v, next) {
			continue
		}
		it := interaction{
			kind: "call", parts: append(argsOf(v, g), argsOf(v, next)...),
			trigStart: last.end + loc[2], trigEnd: last.end + loc[3],
			start: v.args[g[0]].start, end: v.args[next[len(next)-1]].end,
		}
		found = append(found, b.contactSides(v, it, len(g), 0.85))
	}
	return found
}

// allPeople reports whether every arg of a group is a person.
func allPeople(v *sentView, g []int) bool {
	for _, k := range g {
		if v.args[k].typ != "Person" {
			return false
		}
	}
	return true
}
