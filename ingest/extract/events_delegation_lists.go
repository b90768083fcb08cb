package extract

import (
	"regexp"
	"strings"
)

// A page on a gathering may list its delegations one per line under a
// line that says what the list is:
//
//	Delegations were led by:
//	Israel – Prime Minister Yitzhak Shamir
//	Syria – Foreign Minister Farouk al-Sharaa
//
// Each state and the person who led its delegation took part in the
// gathering the text told of before the list.

// reDelegationListHead: the line over the list.
var reDelegationListHead = regexp.MustCompile(`(?i)\b(?:delegations?|participants|heads` + sp + `+of` + sp + `+delegations?)\b[^.\n]{0,40}:` + sp + `*$`)

// reItemDash: between a list item's side and its leader, the dash and
// the leader's title.
var reItemDash = regexp.MustCompile(`^` + sp + `*[–—-]` + sp + `*(?:(?:\p{Lu}[\w'’.-]*|of|the|for|and)` + sp + `+){0,6}$`)

// reListLine: a line of such a list, a short side, then the dash.
var reListLine = regexp.MustCompile(`^[^.,;:]{1,40}?` + sp + `[–—-]` + sp)

// delegationListItems reads the lists above.
func (b *relBuilder) delegationListItems() {
	for i, v := range b.views {
		side, leader, ok := delegationItem(v)
		if !ok {
			continue
		}
		// Back to the list's first line; a line the list holds whose side
		// is no state ("Palestinians – Haidar Abdel-Shafi") is one of it.
		f := i
		for f > 0 && reListLine.MatchString(b.views[f-1].between(b.views[f-1].start, b.views[f-1].end)) {
			f--
		}
		// The line over the list is a sentence of its own.
		if f < 2 || !reDelegationListHead.MatchString(strings.TrimRight(v.text[b.views[f-1].start:b.views[f].start], " \t\n")) {
			continue
		}
		ev := b.recentEventOf(b.views[f-2], []string{"conference", "summit", "meeting", "talks", "forum"})
		if ev == "" {
			continue
		}
		b.add("PARTICIPATED_IN", side.EntityID, ev, 0.75, nil, v, side.Start, leader.End)
		b.add("PARTICIPATED_IN", leader.EntityID, ev, 0.75, map[string]any{"role": "head of delegation"}, v, side.Start, leader.End)
	}
}

// delegationItem reads one line of such a list: the state or body that
// opens it, and the person after the dash.
func delegationItem(v *sentView) (side, leader mention, ok bool) {
	if len(v.ments) < 2 {
		return mention{}, mention{}, false
	}
	side = v.ments[0]
	if side.Start != v.start || side.Demonym || side.Type != "Country" && side.Type != "Organization" {
		return mention{}, mention{}, false
	}
	for _, m := range v.ments[1:] {
		if m.Type == "Person" {
			return side, m, reItemDash.MatchString(v.between(side.End, m.Start))
		}
	}
	return mention{}, mention{}, false
}
