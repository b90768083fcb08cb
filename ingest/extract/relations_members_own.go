package extract

import "regexp"

// A person's own body named after a pronoun: "the Shah ... his secret
// police, the SAVAK", "Habash ... formed his own group, the PFLP",
// "Saddam Hussein purged his party, the Baath Party". The pronoun speaks
// of the one person the sentence names before it.

var reHisBody = regexp.MustCompile(`\b(?:his|her)` + sp + `+(?:own` + sp + `+)?(?:(?:newly` + sp + `+)?(?:formed|founded|created|established)` + sp + `+)?(?:secret` + sp + `+police|police|party|militia|movement|group|organi[sz]ation|faction|guards?|intelligence` + sp + `+(?:service|agency)|security` + sp + `+(?:service|agency)|front)` + sp + `*,?` + sp + `+(?:the` + sp + `+)?$`)

// ownBodies finds AFFILIATED_WITH for the bodies of this file.
func (b *relBuilder) ownBodies(v *sentView) {
	if !v.has("his ", "her ") {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Organization" || !reHisBody.MatchString(v.between(max(v.start, m.Start-60), m.Start)) {
			continue
		}
		person := ""
		for _, a := range v.args {
			if a.end > m.Start {
				break
			}
			if a.typ != "Person" {
				continue
			}
			// "the Shah" stands for whichever shah the resolver chose;
			// a body owned by a title is left alone.
			if a.m.Anaphor {
				person = ""
				break
			}
			if person != "" && person != a.id {
				person = ""
				break // two people: whose body is not said
			}
			person = a.id
		}
		if person != "" {
			b.add("AFFILIATED_WITH", person, m.EntityID, 0.75, nil, v, v.start, m.End)
		}
	}
}
