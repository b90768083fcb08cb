package extract

import (
	"regexp"
	"strings"
)

// leftBody is a verb of leaving, being thrown out of or rising in a body.
const leftBody = `(?:left|quit|(?:resigned|defected|broke` + sp + `+away)` + sp + `+from|(?:was|were)` + sp + `+(?:expelled|dismissed|ousted)` + sp + `+from|(?:was|were)` + sp + `+recruited` + sp + `+(?:by|into)|enlisted` + sp + `+in|rose` + sp + `+through` + sp + `+the` + sp + `+ranks` + sp + `+of)`

var (
	// "X was a member of Hamas", "X, who became a senior member of the
	// PLO", "X was a platoon commander in the Alexandroni Brigade", "X
	// worked for the CIA", "X served in the IRGC", "X fought for
	// Hezbollah", "X entered politics, joining the Likud".
	reCopulaMember = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+who` + sp + `+)?(?:(?:also|later|then|once|long|briefly)` + sp + `+)?(?:(?:was|is|became|becomes|has` + sp + `+been|had` + sp + `+been|remained|remains)` + sp + `+(?:a|an|the)` + sp + `+(?:[a-z][\w-]*` + sp + `+){0,2}?(?:member|members|militant|activist|official|operative|soldier|officer|commander|fighter|guerrilla|agent|cadre)` + sp + `+(?:of|in)|(?:had` + sp + `+|has` + sp + `+)?(?:worked|works|served|serves|fought|fights)` + sp + `+(?:for|at|in)|(?:wrote|writes|reported)` + sp + `+for|(?:` + sp + `+[a-z][\w-]*){0,4}` + sp + `*,` + sp + `+(?:(?:later|then|soon|eventually)` + sp + `+)?joining|` + leftBody + `)` + sp + `+(?:the` + sp + `+)?$`)
	// "X left Labor", "X was expelled from Fatah", "X was recruited by the
	// CIA", "X rose through the ranks of the IRGC": one leaves only what one
	// was of.
	reLeftBody = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+who` + sp + `+)?(?:(?:also|later|then|eventually|soon|briefly)` + sp + `+)?` + leftBody + sp + `+(?:the` + sp + `+)?$`)
	// "X is recognized as one of al-Qaeda's founders", "X was one of the
	// PLO's members": one of an organisation's people.
	reOneOfOrgs  = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+who` + sp + `+)?(?:(?:is|was|are|were|became|remains|remained)` + sp + `+)(?:(?:widely|also|generally|often)` + sp + `+)?(?:(?:recognized|recognised|considered|regarded|known|described|seen)` + sp + `+as` + sp + `+)?one` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	reOrgsPeople = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:original|early|first|senior|top|leading|founding|key)` + sp + `+)*(?:founders|co-founders|members|leaders|commanders|officials|operatives|ideologues|financiers)\b`)
	// "George Habash's newly formed group the PFLP": the person's own
	// group named after its noun.
	rePersonsGroupNamed = regexp.MustCompile(`^['’]s` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:group|organi[sz]ation|party|movement|faction|militia)` + sp + `*,?` + sp + `+(?:the` + sp + `+)?$`)
	// "Netanyahu's Likud party", "Abbas's Fatah movement": the person's
	// own party.
	rePersonsParty = regexp.MustCompile(`^` + sp + `+(?:party|movement|faction|bloc)\b`)
	// "members of Hamas, including X and Y".
	reMembersIncluding = regexp.MustCompile(`\bmembers` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	reIncluding        = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:including|among` + sp + `+them|such` + sp + `+as)` + sp + `+$`)
)

// copulaMemberships finds AFFILIATED_WITH told with a verb ("X was a
// member of Y", "X worked for Y"), a person's own party ("Netanyahu's
// Likud party") and members listed after "members of Y, including".
func (b *relBuilder) copulaMemberships(v *sentView) {
	if !v.has("member", "work", "wrote", "writes", "reported", "left", "quit", "resign", "defect", "broke", "expel", "dismiss", "ousted", "recruit", "enlist", "ranks", "serv", "fought", "fight", "soldier", "officer", "commander", "guerrilla", "agent", "cadre", "joining", "party", "movement", "faction", "bloc", "militant", "activist", "official", "operative", "one of", "group", "organi") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" || a.m.Anaphor {
			continue
		}
		next, ok := nextMention(v, a.m.End)
		if !ok || next.Type != "Organization" || continuesName(v.text, next.End) {
			continue
		}
		gap := v.between(a.m.End, next.Start)
		switch {
		case reLeftBody.MatchString(gap) && (rePossessiveStart.MatchString(v.between(next.End, v.end)) || strings.HasSuffix(next.Text, "'s") || strings.HasSuffix(next.Text, "’s")):
			// "X left Hezbollah's headquarters": a place of the body was
			// left, not the body; no relation.
		case reCopulaMember.MatchString(gap) && !b.irrealisClause(v, a.start, next.Start):
			b.add("AFFILIATED_WITH", a.id, next.EntityID, 0.8, nil, v, a.m.Start, next.End)
		case reOneOfOrgs.MatchString(gap) && reOrgsPeople.MatchString(v.between(next.End, v.end)) && !b.irrealisClause(v, a.start, next.Start):
			loc := reOrgsPeople.FindStringIndex(v.between(next.End, v.end))
			b.add("AFFILIATED_WITH", a.id, next.EntityID, 0.8, nil, v, a.m.Start, next.End+loc[1])
		case rePersonsGroupNamed.MatchString(gap):
			b.add("AFFILIATED_WITH", a.id, next.EntityID, 0.8, nil, v, a.m.Start, next.End)
		case rePossessiveOrg.MatchString(gap) && rePersonsParty.MatchString(v.between(next.End, v.end)):
			b.add("AFFILIATED_WITH", a.id, next.EntityID, 0.8, nil, v, a.m.Start, next.End)
		}
	}
	for _, m := range v.ments {
		if m.Type != "Organization" || !reMembersIncluding.MatchString(v.between(max(v.start, m.Start-20), m.Start)) {
			continue
		}
		if people, ok := b.peopleAfter(v, m.End, reIncluding); ok {
			for _, p := range people {
				b.add("AFFILIATED_WITH", p.id, m.EntityID, 0.8, nil, v, m.Start, people[len(people)-1].end)
			}
		}
	}
}
