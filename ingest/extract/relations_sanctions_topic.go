package extract

import "regexp"

// Designations whose target is written as "it" or "the group": "As of 2015,
// it is considered a terrorist organization by the governments of Bahrain,
// Egypt, ...", "The group was then banned in Egypt". Only an organisation
// is designated a terrorist organisation or banned, so the target is the
// one organisation the text names from the sentence before up to the
// phrase; with none or several, nothing is found.

const topicSubject = `(?:^|[,;]` + sp + `+|\b(?:and|but)` + sp + `+)(?:[Ii]t|[Tt]he` + sp + `+(?:group|organi[sz]ation|movement|party|militia))` + sp + `+(?:is|was|has` + sp + `+been|had` + sp + `+been|have` + sp + `+been|were|are)` + sp + `+(?:(?:then|also|later|subsequently|officially|formally|since|now)` + sp + `+)*`

var (
	// reTopicDesignated ends right before the authors of the designation.
	reTopicDesignated = regexp.MustCompile(topicSubject + `(?:designated|considered|regarded|listed|declared|classified|labell?ed|branded|recogni[sz]ed)` + sp + `+(?:as` + sp + `+)?(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:terrorist|terror)` + sp + `+(?:organi[sz]ation|group|entity)(?:` + sp + `*,[^,;:()]{1,40},)?` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:governments?|authorities)` + sp + `+of` + sp + `+(?:the` + sp + `+)?)?$`)
	// reTopicBanned ends right before the state that bans: "the group was
	// then banned in".
	reTopicBanned = regexp.MustCompile(topicSubject + `(?:banned|outlawed|proscribed)` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)
)

// topicDesignations finds SANCTIONED from a designation of "it" or "the
// group".
func (b *relBuilder) topicDesignations(v *sentView) {
	if !v.has("terror", "banned", "outlawed", "proscribed") {
		return
	}
	for _, g := range groups(v) {
		x := v.args[g[0]]
		lo := max(v.start, x.start-160)
		before := v.between(lo, x.start)
		loc := reTopicDesignated.FindStringIndex(before)
		authors := argsOf(v, g)
		if loc == nil {
			if loc = reTopicBanned.FindStringIndex(before); loc == nil || x.typ != "Country" {
				continue
			}
			authors = authors[:1]
		}
		trig := lo + loc[0]
		// The evidence starts at the subject, after the clause's comma.
		for trig < x.start && (v.text[trig] == ',' || v.text[trig] == ';' || v.text[trig] == ' ') {
			trig++
		}
		topic := b.soleOrganization(v, trig)
		if topic == "" || b.irrealisClause(v, trig, authors[len(authors)-1].end) {
			continue
		}
		for _, s := range b.subjectIDs(authors, true) {
			b.add("SANCTIONED", s, topic, 0.7, nil, v, trig, authors[len(authors)-1].end)
		}
	}
}

// soleOrganization is the one organisation mentioned from the start of the
// sentence before v up to pos; "" when none or several.
func (b *relBuilder) soleOrganization(v *sentView, pos int) string {
	lo := v.start
	if v.idx > 0 {
		lo = b.views[v.idx-1].start
	}
	found := ""
	for _, m := range b.ents.Mentions {
		if m.Start < lo || m.Start >= pos {
			continue
		}
		if b.typeOf(m.EntityID) != "Organization" {
			continue
		}
		if found != "" && found != m.EntityID {
			return ""
		}
		found = m.EntityID
	}
	return found
}
