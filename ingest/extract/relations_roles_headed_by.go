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

// headedBy reads reHeadedBy for the bodies of v.
func (b *relBuilder) headedBy(v *sentView) {
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
