package extract

import "regexp"

// Attacks told as a gerund after a clause of war whose subject opens the
// sentence or a clause of it: "Israel launched Operation Rising Lion
// against Iran's nuclear programme, bombing the enrichment plant at
// Natanz", "The United States joined the campaign with Operation Midnight
// Hammer, striking Fordow, Natanz and Isfahan", "Hezbollah fired about
// 4,000 rockets into northern Israel, hitting Haifa". A participle after a
// main clause has the main clause's subject for its own, so the subject
// struck the places the gerund names. The rule of relations_attacks_clauses.go
// reads the gerund right after the object of "invaded"; this one reads it
// anywhere later in the clause, after the verbs that start or carry out
// fighting.

var (
	// The verb right after the subject (or its men: "Hamas gunmen
	// infiltrated"): one that starts, joins or carries out fighting.
	reGerundMainVerb = regexp.MustCompile(attackerNoun + preVerbWhen[1:] + `(?:launched|launches|began|begins|opened|opens|joined|joins|started|starts|mounted|mounts|carried` + sp + `+out|carries` + sp + `+out|conducted|conducts|fired|fires|unleashed|unleashes|escalated|escalates|expanded|expands|stepped` + sp + `+up|retaliated|retaliates|responded|responds|struck|strikes|attacked|attacks|bombed|bombs|shelled|shells|pounded|pounds|invaded|invades|raided|raids|infiltrated|infiltrates|stormed|storms|overran|overruns)\b`)
	// Where the clause of the subject ends before a gerund could be its:
	// another clause, a relative clause, a sentence's end. ("that" is
	// left out: "that afternoon" is no clause.)
	reGerundClauseEnd = regexp.MustCompile(`[;:()]|` + sp + `+(?:while|whereas|but|although|though|which|who|whom|whose|after|before|when|until|as)\b|,` + sp + `+(?:and|or)` + sp + `+(?:the` + sp + `+)?\p{Lu}`)
	// reDatelineOpen: a news item's dateline before its first sentence:
	// "JERUSALEM — ".
	reDatelineOpen = regexp.MustCompile(`^\p{Lu}[\p{Lu} ,.'’-]+` + sp + `+[—–-]` + sp + `+`)
	// A clause of time opening before the subject: "The fighting began
	// on Tuesday when Israel launched …".
	reWhenClauseOpens = regexp.MustCompile(`\b(?:when|after|as|once)` + sp + `+(?:the` + sp + `+)?$`)
	// The gerund and what it struck, up to the first target: ", bombing
	// the enrichment plant at", ", striking", ", killing three commanders
	// in airstrikes on", "by shelling" ("joined the war that afternoon by
	// shelling West Jerusalem"), ", attacking army posts and communities
	// including".
	reGerundStrike = regexp.MustCompile(`(?:,` + sp + `+(?:and` + sp + `+)?|` + sp + `+by` + sp + `+)(?:(?:first|then|also|later|initially|thereby|reportedly)` + sp + `+)?(?:(?:striking|bombing|hitting|shelling|attacking|targeting|pounding|raiding)` + sp + `+|killing` + sp + `+[^,;:()]{1,80}?` + sp + `+in` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:strikes|airstrikes|air` + sp + `+strikes|raids|attacks|bombings)` + sp + `+on` + sp + `+)(?:the` + sp + `+)?(?:` + attackTargetPhrase + `|(?:[\w-]+` + sp + `+){1,4}?including` + sp + `+)$`)
)

// gerundAttacks records ATTACKED for the gerunds of war read as above.
func (b *relBuilder) gerundAttacks(v *sentView) {
	if !v.has("striking", "bombing", "hitting", "shelling", "attacking", "targeting", "pounding", "raiding", "killing") {
		return
	}
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		before := reDatelineOpen.ReplaceAllString(v.between(v.start, first.start), "")
		if !statesOrBodies(v, g) || locativeOfPrevious(v, g) || !reWarClauseOpens.MatchString(before) && !reWhenClauseOpens.MatchString(before) {
			continue
		}
		verb := reGerundMainVerb.FindStringIndex(v.between(last.end, v.end))
		if verb == nil {
			continue
		}
		from := last.end + verb[1]
		to := v.end
		if end := reGerundClauseEnd.FindStringIndex(v.between(from, v.end)); end != nil {
			to = from + end[0]
		}
		for _, a := range v.args {
			if a.start < from || a.start >= to {
				continue
			}
			if a.typ != "Place" && a.typ != "Country" && a.typ != "Organization" {
				continue
			}
			if !reGerundStrike.MatchString(v.between(from, a.start)) {
				continue
			}
			targets := objectsAfter(v, a.start)
			b.attacked(v, argsOf(v, g), withPossessedPlaces(v, targets), first.start, targets[len(targets)-1].end)
			break
		}
	}
}

// statesOrBodies reports whether every arg of group g is a state or an
// organisation.
func statesOrBodies(v *sentView, g []int) bool {
	for _, i := range g {
		if t := v.args[i].typ; t != "Country" && t != "Organization" {
			return false
		}
	}
	return true
}
