package extract

import "regexp"

// An office told in a relative clause of its state or body: "the Office
// of the Iraq Programme, whose executive director, Benon Sevan, reported
// to", "Russia, whose emperor, Alexander III, had fallen out with the
// prince", "the British legation in Mexico City, whose secretary, Edward
// Thornton, acted as an intermediary". The one named after the office
// holds it for the state or body before "whose"; a place after the body
// ("in Mexico City") is where it sits.

// reWhoseOffice runs from the holder to the name: ", whose executive
// director, ". The office is captured.
var reWhoseOffice = regexp.MustCompile(`^(?:` + sp + `+in` + sp + `+\p{Lu}[\w'’-]*(?:` + sp + `+\p{Lu}[\w'’-]*){0,2})?` + sp + `*,` + sp + `*whose` + sp + `+((?:[\w-]+` + sp + `+){0,3}?[\w-]+)` + sp + `*,` + sp + `*(?:` + nameStyle + sp + `+)*$`)

// whoseOffices finds HOLDS_ROLE for the wording above.
func (b *relBuilder) whoseOffices(v *sentView) {
	if !v.has("whose") {
		return
	}
	for i, q := range v.ments {
		if !isQualifier(q) || q.Demonym {
			continue
		}
		for _, p := range v.ments[i+1:] {
			if p.Type != "Person" {
				continue
			}
			loc := reWhoseOffice.FindStringSubmatchIndex(v.between(q.End, p.Start))
			if loc == nil {
				break
			}
			office := v.between(q.End+loc[2], q.End+loc[3])
			if !roleHeadWord.MatchString(office) || b.irrealisOffice(v, q.Start, p.End) {
				break
			}
			b.addRole(p.EntityID, q.EntityID, canonTitle(office), 0.85, v, q.Start, p.End)
			break
		}
	}
}
