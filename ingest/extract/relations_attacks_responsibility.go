package extract

import "regexp"

// An attack owned by its author: "the Houthis claimed responsibility for
// the attack on Saudi Arabia", "al-Qaeda was responsible for the September
// 11 attacks in the United States". The attack's own name may stand
// between; its target is the first state, place or organisation after it.
// Denying responsibility, or being held responsible by another, is no
// such claim.

var reClaimedAttack = regexp.MustCompile(preVerbWhen + `(?:(?:claimed|claims|claim|took|takes|accepted|accepts|admitted|admits)` + sp + `+(?:full` + sp + `+)?responsibility` + sp + `+for|(?:was|were|is|are|has` + sp + `+been|had` + sp + `+been)` + sp + `+(?:(?:directly|also|largely|solely|reportedly)` + sp + `+)?responsible` + sp + `+for)` + sp + `+(?:(?:the|a|an|its|their)` + sp + `+)?(?:[\w,.'’-]+` + sp + `+){0,4}?(?:attacks?|bombings?|strikes?|airstrikes|raids?|assaults?|shelling|invasion)` + sp + `+(?:on|against|targeting|in|inside)` + sp + `+(?:the` + sp + `+)?` + attackTargetPhrase + `$`)

// reGroupNounAfter is a group's own noun after its name.
var reGroupNounAfter = regexp.MustCompile(`^` + sp + `+(?:organi[sz]ation|group|movement|militia|network)\b`)

// attacksClaimed finds ATTACKED for the claims of this file.
func (b *relBuilder) attacksClaimed(v *sentView) {
	if !v.has("responsib") {
		return
	}
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		var targets []arg
		for _, a := range v.args {
			if a.start < last.end || a.typ == "Event" || a.typ == "Agreement" {
				continue
			}
			targets = objectsAfter(v, a.start)
			break
		}
		if len(targets) == 0 || targets[0].typ == "Person" {
			continue
		}
		end := targets[len(targets)-1].end
		gap := v.between(last.end, targets[0].start)
		// "the al-Qaeda organization claimed": the group's own noun.
		if loc := reGroupNounAfter.FindStringIndex(gap); loc != nil {
			gap = gap[loc[1]:]
		}
		if !reClaimedAttack.MatchString(gap) || b.irrealisClause(v, first.start, end) {
			continue
		}
		b.attacked(v, argsOf(v, g), withPossessedPlaces(v, targets), first.start, end)
	}
}
