package extract

import "regexp"

// More ways a text tells an attack: an invasion "of" a state launched by
// its attacker ("Iraq launched a full-scale invasion of Iran"), a target
// hit by a state's weapon ("Osirak was destroyed by an Israeli air
// strike"), and attacks told passively with the attack as subject ("the
// strikes against the Houthis were conducted by the United States").

var (
	// "launched a full-scale invasion of": the noun takes "of", unlike
	// "launched attacks on" (reAttackVerb).
	reLaunchedInvasionOf = regexp.MustCompile(preVerbWhen + `(?:launched|launches|launch|began|begins|begin|started|starts|mounted|mounts|carried` + sp + `+out|carries` + sp + `+out|conducted|conducts)` + sp + `+(?:(?:a|an|the|its|their|new|renewed)` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(?:invasion|bombardment|bombing|shelling)` + sp + `+of` + sp + `+(?:the` + sp + `+)?` + attackTargetPhrase + `$`)
	// "Osirak was destroyed by an": the target, a passive verb, "by" and
	// the state's weapon that follows.
	reHitByWeaponGap = regexp.MustCompile(`^(?:` + sp + `+(?:reactor|facility|plant|site|airport|base|port|refinery|compound|complex))?` + sp + `*(?:,` + sp + `+(?:which|that)` + sp + `+)?(?:(?:was|were|is|are|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been)` + sp + `+)(?:(?:partly|partially|largely|heavily|badly|completely|reportedly|later|then)` + sp + `+)?(?:destroyed|damaged|hit|struck|bombed|targeted|attacked|shelled|levell?ed|flattened|razed)` + sp + `+by` + sp + `+(?:(?:an?|the|two|several|repeated|multiple)` + sp + `+)?(?:[\w-]+` + sp + `+)?$`)
	reWeaponAfter    = regexp.MustCompile(`^` + sp + `+(?:[\w-]+` + sp + `+)?(?:air` + sp + `*strikes?|airstrikes?|strikes?|missiles?|rockets?|drones?|attacks?|raids?|bombing|bombers?|bombs?|aircraft|jets|warplanes|planes|forces|troops|artillery|shelling|bombardment)\b`)
	// "the strikes against the Houthis ... were conducted by": the attack
	// noun before the target, a passive of carrying out after it.
	reAttackNounBefore = regexp.MustCompile(`(?i)\b(?:invasion|bombing|bombardment|shelling|attacks?|strikes?|airstrikes|air` + sp + `+strikes|raids?)` + sp + `+(?:of|on|against|targeting)` + sp + `+(?:the` + sp + `+)?(?:` + compassWord + sp + `+)?$`)
	reCarriedOutBy     = regexp.MustCompile(`^[^.;:!?"“”]{0,60}?\b(?:was|were|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been)` + sp + `+(?:(?:jointly|successfully|reportedly|also)` + sp + `+)?(?:conducted|carried` + sp + `+out|launched|mounted|staged|executed)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
)

// attacksMore finds the attacks of this file.
func (b *relBuilder) attacksMore(v *sentView) {
	gs := groups(v)
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		// "Iraq launched a full-scale invasion of Iran".
		if !locativeOfPrevious(v, g) {
			if objs := objectsAfter(v, last.end); len(objs) > 0 && reLaunchedInvasionOf.MatchString(v.between(last.end, objs[0].start)) {
				b.attacked(v, argsOf(v, g), withPossessedPlaces(v, objs), first.start, objs[len(objs)-1].end)
			}
		}
	}
	// "the strikes against the Houthis in Yemen were conducted by the
	// United States and the United Kingdom": the targets may be places.
	for i, t := range v.args {
		if t.typ != "Place" && t.typ != "Country" && t.typ != "Organization" ||
			!reAttackNounBefore.MatchString(v.between(max(v.start, t.start-40), t.start)) ||
			i > 0 && reCoord.MatchString(v.between(v.args[i-1].end, t.start)) {
			continue
		}
		targets := objectsAfter(v, t.start)
		tail := targets[len(targets)-1].end
		for _, h := range gs {
			by := v.args[h[0]]
			if by.start < tail || !reCarriedOutBy.MatchString(v.between(tail, by.start)) {
				continue
			}
			b.attacked(v, argsOf(v, h), targets, t.start, v.args[h[len(h)-1]].end)
			break
		}
	}
	// "Osirak was destroyed by an Israeli air strike".
	for _, t := range v.args {
		if t.typ != "Place" && t.typ != "Country" && t.typ != "Organization" {
			continue
		}
		m, ok := nextMention(v, t.end)
		if !ok || (m.Type != "Country" && m.Type != "Organization") || m.EntityID == t.id ||
			!reHitByWeaponGap.MatchString(v.between(t.end, m.Start)) || !reWeaponAfter.MatchString(v.between(m.End, v.end)) {
			continue
		}
		by := argOf(m)
		b.attacked(v, []arg{by}, []arg{t}, t.start, m.End)
	}
}
