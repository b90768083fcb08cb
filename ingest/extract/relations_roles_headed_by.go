package extract

import "regexp"

// A body told with who heads it: "A Transitional Military Council headed
// by his son, General Mahamat Idriss Déby", "The Bahrain Independent
// Commission of Inquiry, chaired by Cherif Bassiouni", "A High Council of
// State was formed and headed by Mohamed Boudiaf". The person holds the
// body's head office.

// reHeadedBy: from the body to the person, the verb captured.
var reHeadedBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:was|were|is|has` + sp + `+been)` + sp + `+)?(?:(?:formed|created|set` + sp + `+up|established)` + sp + `+and` + sp + `+)?(headed|chaired|presided` + sp + `+over)` + sp + `+by` + sp + `+(?:(?:his|her|its|their)` + sp + `+(?:son|daughter|brother|father|deputy|successor)` + sp + `*,?` + sp + `+)?(?:the` + sp + `+)?$`)

// headTitles are the offices the verbs give.
var headTitles = map[string]string{"headed": "Head", "chaired": "Chairman", "presided over": "President"}

// A movement or armed group set off with who led it: "The Islamic
// Movement of Uzbekistan (IMU), led by Tohir Yo'ldosh and Juma
// Namangani, …", "the Islamic Salvation Army (AIS), commanded by Madani
// Mezrag, …", "Peshmerga forces led by Barzani": each leader belongs to it (readers list AFFILIATED_WITH, not
// an office, for such leaders).

// reLedByAside: from the body, past its acronym, to its leaders. The
// body's fighters may stand for it: "Peshmerga forces led by Barzani".
var reLedByAside = regexp.MustCompile(`^\)?` + sp + `*(?:\([^()]{1,30}\))?` + sp + `*(?:,|` + sp + `+(?:forces|fighters|militants|troops|units|guerrillas|rebels|militiamen))` + sp + `+(?:led|commanded)` + sp + `+by` + sp + `+(?:(?:the|its)` + sp + `+)?(?:[a-z-]+` + sp + `+){0,2}$`)

// headedBy reads reHeadedBy and reLedByAside for the bodies of v.
func (b *relBuilder) headedBy(v *sentView) {
	if v.has("led by", "commanded by") {
		b.ledByAside(v)
	}
	if !v.has("headed by", "chaired by", "presided over by") {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Organization" || m.Demonym {
			continue
		}
		p, ok := nextPersonArg(v, m.End)
		if !ok {
			continue
		}
		loc := reHeadedBy.FindStringSubmatchIndex(v.between(m.End, p.start))
		if loc == nil || b.irrealisClause(v, m.Start, p.end) {
			continue
		}
		verb := v.between(m.End+loc[2], m.End+loc[3])
		b.addRole(p.id, m.EntityID, headTitles[verb], 0.75, v, m.Start, p.m.End)
	}
}

// nextPersonArg is the first arg after pos, if it is a person.
func nextPersonArg(v *sentView, pos int) (arg, bool) {
	for _, a := range v.args {
		if a.start >= pos {
			return a, a.typ == "Person"
		}
	}
	return arg{}, false
}

// ledByAside reads reLedByAside: every person of the group after it.
func (b *relBuilder) ledByAside(v *sentView) {
	gs := groups(v)
	for _, m := range v.ments {
		if m.Type != "Organization" || m.Demonym {
			continue
		}
		for _, g := range gs {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if first.start < m.End {
				continue
			}
			if reLedByAside.MatchString(v.between(m.End, first.start)) && !b.irrealisClause(v, m.Start, last.end) {
				for _, a := range argsOf(v, g) {
					if a.typ == "Person" {
						b.add("AFFILIATED_WITH", a.id, m.EntityID, 0.75, nil, v, m.Start, last.end)
					}
				}
			}
			break
		}
	}
}
