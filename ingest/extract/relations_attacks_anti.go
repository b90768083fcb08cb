package extract

import "regexp"

// Attacks told by an "anti-" adjective: "The smaller Lehi continued
// anti-British attacks throughout the war", "Hezbollah launched
// anti-Israeli operations". The state named by the demonym after "anti-"
// is the one attacked; an "anti-government" or "anti-Zionist" campaign
// names no state and gives nothing.

var (
	// Between the doers and "anti-": a verb of carrying attacks out.
	reAntiVerb = regexp.MustCompile(`^` + sp + `+(?:(?:also|then|later|again|soon|increasingly)` + sp + `+)?(?:continued|continues|launched|launches|carried` + sp + `+out|carries` + sp + `+out|conducted|conducts|waged|wages|mounted|mounts|stepped` + sp + `+up|began|begins|started|starts|intensified|resumed|led|organi[sz]ed|staged|went` + sp + `+on` + sp + `+with)` + sp + `+(?:(?:its|their|his|a|an|the|new|renewed|violent|armed|small-scale|large-scale)` + sp + `+)*anti-$`)
	// After the demonym: what was carried out.
	reAntiDeeds = regexp.MustCompile(`^` + sp + `+(?:[\w-]+` + sp + `+)?(?:attacks|operations|raids|bombings|ambushes|campaign|campaigns|insurgency|guerrilla` + sp + `+(?:war|warfare|campaign)|armed` + sp + `+struggle|violence|terrorism|actions|activities|activity|sabotage|uprising|revolt|rebellion)\b`)
)

// antiAttacks finds ATTACKED for the wording of this file.
func (b *relBuilder) antiAttacks(v *sentView) {
	if !v.has("anti-") {
		return
	}
	for _, g := range groups(v) {
		last := v.args[g[len(g)-1]]
		t, ok := nextMention(v, last.end)
		if !ok || t.Type != "Country" || !t.Demonym || !reAntiVerb.MatchString(v.between(last.end, t.Start)) {
			continue
		}
		loc := reAntiDeeds.FindStringIndex(v.between(t.End, v.end))
		if loc == nil {
			continue
		}
		target := argOf(t)
		var doers []arg
		for _, a := range argsOf(v, g) {
			if a.id != t.EntityID {
				doers = append(doers, a)
			}
		}
		if len(doers) > 0 {
			b.attacked(v, doers, []arg{target}, v.args[g[0]].start, t.End+loc[1])
		}
	}
}
