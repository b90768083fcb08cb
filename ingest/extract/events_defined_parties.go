package extract

import (
	"regexp"
	"strings"
)

// The sentence that defines an event often names who took part in it in
// the same breath: "The Jeddah talks were a series of negotiations between
// the Sudanese Armed Forces and the Rapid Support Forces"; "The Tehran
// Conference was a strategy meeting of Joseph Stalin, Franklin D.
// Roosevelt and Winston Churchill"; "Operation Entebbe was a
// hostage-rescue mission carried out by commandos of the Israel Defense
// Forces". The actors after "between", after "of" a gathering's noun, or
// after a doer's participle ("carried out by", "fought by") took part in
// the event the sentence defines.

var (
	// reDefinedParties: in a definition, right before its parties.
	reDefinedParties = regexp.MustCompile(`\b(?:between|among|(?:meeting|meetings|conference|summit|talks|negotiations|dialogue|gathering|congress)` + sp + `+of|(?:carried` + sp + `+out|conducted|launched|staged|waged|fought|mounted|attended|convened|organi[sz]ed|signed|concluded)` + sp + `+by)` + sp + `+`)
	// rePartyLead: what may stand between the preposition and the first
	// party.
	rePartyLead = regexp.MustCompile(`^` + partyLead)
	// reAndParty: between two groups of parties, "and" and what may lead the
	// second ("and the government of President").
	reAndParty = regexp.MustCompile(`^,?` + sp + `+and` + sp + `+` + partyLead)
)

// partyLead: an article, a few lower-case words and "of", and a title
// before a party ("commandos of the", "the government of President").
const partyLead = `(?:the` + sp + `+)?(?:(?:[a-z-]+` + sp + `+){0,3}of` + sp + `+(?:the` + sp + `+)?)?(?:\p{Lu}[\w.]*` + sp + `+)?$`

// definedEventParties finds the parties a definition names.
func (b *relBuilder) definedEventParties(v *sentView) {
	m, from, ok := b.definedEvent(v)
	if !ok {
		return
	}
	def := v.between(from, v.end)
	if i := strings.IndexAny(def, ";"); i >= 0 {
		def = def[:i]
	}
	loc := reDefinedParties.FindStringIndex(def)
	if loc == nil {
		return
	}
	partiesAt := from + loc[1]
	gs := groups(v)
	for i, g := range gs {
		if v.args[g[0]].start < partiesAt {
			continue
		}
		if !rePartyLead.MatchString(v.between(partiesAt, v.args[g[0]].start)) {
			return
		}
		// "between the Houthis and the government of President Hadi": the
		// next group joined by "and" is a party too.
		parties := argsOf(v, g)
		for _, next := range gs[i+1:] {
			last := parties[len(parties)-1]
			if !reAndParty.MatchString(v.between(last.end, v.args[next[0]].start)) {
				break
			}
			parties = append(parties, argsOf(v, next)...)
		}
		for _, a := range parties {
			if !a.m.Demonym {
				b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.8, nil, v, m.Start, a.end)
			}
		}
		return
	}
}
