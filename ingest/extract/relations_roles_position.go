package extract

import "regexp"

// An office told as the post of the one "his" or "her" stands for: "he
// had only recently left his position as IDF Chief of Staff", "during her
// term as Chief of Staff of the IDF". The pronoun is the last person the
// sentence names before it (by name, or by a pronoun read as the
// document's subject), when the verb or preposition before the pronoun is
// one of holding, taking or leaving a post: "Livni praised his role as
// leader of Hamas" speaks of someone else. The office is held at the body
// or state named right before the title, or after its "of".

var (
	// "his position as", "her term as the".
	rePostAs = regexp.MustCompile(`\b(?:left|leaving|quit|resigned` + sp + `+from|resigning` + sp + `+from|assumed|assuming|took` + sp + `+up|taking` + sp + `+up|began|ended|held|holding|kept|retained|lost|used|during|after|before|since|in|from|of|throughout)` + sp + `+(?:his|her)` + sp + `+(?:(?:first|second|last|new|former|brief)` + sp + `+)?(?:position|post|role|job|office|tenure|term|stint)` + sp + `+as` + sp + `+(?:the` + sp + `+)?`)
	// After the body: its title ("Chief of Staff").
	reTitleAfterBody = regexp.MustCompile(`^` + sp + `+` + roleNoun + `\b`)
	// Between the post and the body: the title and "of" ("Chief of Staff
	// of the").
	reTitleOfBefore = regexp.MustCompile(`^` + roleNoun + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
)

// postRoles finds HOLDS_ROLE for the posts of this file in v.
func (b *relBuilder) postRoles(v *sentView) {
	if !v.has("his ", "her ") {
		return
	}
	for i, m := range v.ments {
		if m.Type != "Organization" && m.Type != "Country" || m.Demonym {
			continue
		}
		before := v.between(runeStartFrom(v.text, max(v.start, m.Start-80)), m.Start)
		posts := rePostAs.FindAllStringIndex(before, -1)
		if posts == nil {
			continue
		}
		rest := before[posts[len(posts)-1][1]:]
		title, end := "", m.End
		switch {
		case rest == "":
			// "his position as IDF Chief of Staff".
			after := v.between(m.End, v.end)
			if t := reTitleAfterBody.FindStringSubmatchIndex(after); t != nil {
				title, end = canonTitle(after[t[2]:t[3]]), m.End+t[1]
			}
		default:
			// "his position as Chief of Staff of the IDF".
			if t := reTitleOfBefore.FindStringSubmatchIndex(rest); t != nil {
				title = canonTitle(rest[t[2]:t[3]])
			}
		}
		if title == "" {
			continue
		}
		person := ""
		for _, p := range v.ments[:i] {
			if p.Type == "Person" && p.End <= m.Start {
				person = p.EntityID
			}
		}
		if person == "" || b.irrealisClause(v, m.Start, end) {
			continue
		}
		b.addRole(person, m.EntityID, title, 0.7, v, m.Start, end)
	}
}
