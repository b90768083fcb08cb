package extract

import "regexp"

// "Egypt, Transjordan, Syria and Iraq sent expeditionary forces into the
// former mandate", "a smaller Lebanese contingent joined the fighting",
// "Jordan joined the war that afternoon", "Morocco also took part",
// "Syria intervened", "Egypt and Syria fought on the side of the
// coalition": the states and groups that went to war took part in the war
// the sentences before told of. Sending forces or taking part says which
// war only when one is named in the sentence or the two before it in its
// paragraph; joining or entering "the war" may mean the one war of the
// document.

var (
	// After the group: a noun of its forces the group's last member may
	// carry ("Lebanese contingent"), then the deed. The groups capture
	// which deed: 1 sent forces, 2 joined or entered the war, 3 took
	// part or intervened, 4 fought on a side.
	reJoinedWar = regexp.MustCompile(`^(?:` + sp + `+(?:[\w-]+` + sp + `+)?(?:contingents?|units|brigades?|volunteers|fighters|gunmen|forces|troops|army|militias?))?` + sp + `+` +
		`(?:(?:also|later|then|soon|quickly|eventually|too|itself|themselves)` + sp + `+)?(?:` +
		`((?:sent|dispatched|deployed|contributed|committed)` + sp + `+(?:(?:an?|some|its|their|more|[\d,]+)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:troops|forces|soldiers|brigades?|divisions?|units|contingents?|warplanes|aircraft|warships|volunteers|fighters)\b)|` +
		`((?:joined|entered)` + sp + `+the` + sp + `+(?:war|fighting|conflict|fight|rebellion|revolt|uprising|insurgency)\b)|` +
		`((?:took` + sp + `+part|intervened)(?:` + sp + `*[,.;]|` + sp + `+(?:on|in` + sp + `+the` + sp + `+(?:war|fighting|conflict)|militarily|with|by|as|too|alongside)\b))|` +
		`(fought` + sp + `+(?:on` + sp + `+the` + sp + `+side` + sp + `+of|alongside)\b))`)
	// Before the group: the sentence's start (after a time: "In June
	// 1976"), or a new clause after a comma or semicolon, with an article
	// and a word before a demonym ("and a smaller Lebanese contingent").
	reWarClauseOpens = regexp.MustCompile(`(?:^(?:(?:In|On|By|During)` + sp + `+(?:[\w-]+` + sp + `+){1,3})?|[,;]` + sp + `+(?:and|while|but|whereas)?` + sp + `*|` + sp + `and` + sp + `+)(?:(?:[Tt]he|[Aa]n?)` + sp + `+(?:[a-z][\w-]*` + sp + `+)?)?$`)
)

// joinedWars finds the states and groups that went to a war named just
// before.
func (b *relBuilder) joinedWars(v *sentView) {
	if !v.has("sent", "dispatched", "deployed", "contributed", "committed", "joined", "entered", "took part", "intervened", "fought") {
		return
	}
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		after := v.between(last.end, v.end)
		loc := reJoinedWar.FindStringSubmatchIndex(after)
		if loc == nil || !reWarClauseOpens.MatchString(v.between(v.start, first.start)) {
			continue
		}
		if b.irrealisClause(v, first.start, last.end+loc[1]) {
			continue
		}
		if eventAfter(v, last.end) {
			continue // "sent troops to Saudi Arabia before the Gulf War" says when, not that it fought
		}
		var war string
		if loc[4] >= 0 {
			war = b.recentEventOf(v, []string{"war"})
		} else {
			war = b.nearEventOf(v, []string{"war"})
		}
		if war == "" {
			continue
		}
		for _, a := range argsOf(v, g) {
			if a.typ != "Country" && a.typ != "Organization" || a.m.Pronoun {
				continue
			}
			b.add("PARTICIPATED_IN", a.id, war, 0.7, nil, v, first.start, last.end+loc[1])
		}
	}
}

// eventAfter reports an event named in v after pos.
func eventAfter(v *sentView, pos int) bool {
	for _, m := range v.ments {
		if m.Type == "Event" && m.Start >= pos {
			return true
		}
	}
	return false
}
