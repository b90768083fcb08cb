package extract

import "regexp"

// A body "under" a person is his to lead: "members of the Iraqi Army,
// under Qasim, stormed the palace", "the Quds Force under the command of
// Qassem Soleimani". Its leader belongs to it.
var reUnderPerson = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:then|now|long)` + sp + `+)?under` + sp + `+(?:the` + sp + `+(?:command|leadership|direction)` + sp + `+of` + sp + `+)?(?:(?:General|Gen\.|Colonel|Col\.|Brigadier|Major|Commander|Field` + sp + `+Marshal)` + sp + `+)?$`)

// reArmedOrParty is the name or description of a force, an armed group or
// a party: bodies a person leads in the field. "The Treasury under Donald
// Trump" speaks of an administration, not of a member.
var reArmedOrParty = regexp.MustCompile(`(?i)\b(?:army|forces?|guards?|brigades?|corps|militias?|party|movement|front|militant|armed|paramilitary|group|bloc|list)\b`)

// "the Mahdi Army of Muqtada al-Sadr", "the Tigers militia of Dany
// Chamoun", "Nikol Pashinyan's Civil Contract": a force or party told as
// a person's is his to lead too.
var (
	reOfPerson    = regexp.MustCompile(`^(?:` + sp + `+(?:militia|militias|forces|army|party|movement|faction|list|bloc))?` + sp + `+of` + sp + `+(?:(?:General|Gen\.|Colonel|Col\.|Field` + sp + `+Marshal|Sheikh|Imam|Ayatollah)` + sp + `+)?$`)
	rePersonsBody = regexp.MustCompile(`^['’]s` + sp + `+$`)
)

// underLeaders finds AFFILIATED_WITH for the bodies of this file.
func (b *relBuilder) underLeaders(v *sentView) {
	for _, m := range v.ments {
		if m.Type != "Organization" || !b.armedOrParty(m.EntityID) {
			continue
		}
		p, ok := nextMention(v, m.End)
		if ok && p.Type == "Person" && !p.Anaphor && (reUnderPerson.MatchString(v.between(m.End, p.Start)) || reOfPerson.MatchString(v.between(m.End, p.Start)) && !continuesName(v.text, p.End)) {
			b.add("AFFILIATED_WITH", p.EntityID, m.EntityID, 0.75, nil, v, m.Start, p.End)
		}
		if p, ok := prevMention(v, m.Start); ok && p.Type == "Person" && !p.Anaphor && !p.Pronoun && rePersonsBody.MatchString(v.between(p.End, m.Start)) {
			b.add("AFFILIATED_WITH", p.EntityID, m.EntityID, 0.75, nil, v, p.Start, m.End)
		}
	}
}

// armedOrParty reports a force, armed group or party by its name or its
// catalog description.
func (b *relBuilder) armedOrParty(id string) bool {
	return b.namedOrDescribed(id, reArmedOrParty)
}

// namedOrDescribed reports a document entity whose name or catalog
// description matches re.
func (b *relBuilder) namedOrDescribed(id string, re *regexp.Regexp) bool {
	e, ok := b.ents.Entities[id]
	if !ok {
		return false
	}
	d, _ := e.Props["description"].(string)
	return re.MatchString(e.Name) || re.MatchString(d)
}
