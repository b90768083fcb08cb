package extract

import (
	"regexp"
	"strings"
)

// A monarch is often named by title and given name alone: "his Majesty
// King Abdullah", "Emir Tamim". The name is shared (Jordan and Saudi
// Arabia have both had a King Abdullah), so the catalog does not resolve
// it; but when the catalog knows rulers of that title and given name and
// the document names the state of exactly one of them, the office is that
// state's (HOLDS_ROLE, with the text's title). The person stays as the
// text names them when that state had more than one such ruler (Jordan's
// two King Abdullahs); when it had one, the entity stage has already made
// the name that ruler (catalogRuler in resolve.go).

// reRulerDesc: a catalog description that makes its person a ruler of a
// state, "king of Jordan", "emir of Qatar 1960–1972".
var reRulerDesc = regexp.MustCompile(`(?i)^(king|queen|emir|amir|sultan|shah)` + sp + `+of` + sp + `+(?:the` + sp + `+)?([^,;()\d]+?)` + sp + `*(?:\d|,|;|\(|$)`)

// indexRulers maps the folded first word of every catalog ruler's name to
// the ruler's entries.
func indexRulers(c *catalog) map[string][]catalogEntry {
	idx := map[string][]catalogEntry{}
	for _, e := range c.entries {
		if e.Type != "Person" || !reRulerDesc.MatchString(e.Description) {
			continue
		}
		if f := strings.Fields(e.Name); len(f) > 0 {
			k := foldName(f[0])
			idx[k] = append(idx[k], e)
		}
	}
	return idx
}

// namedRulers adds the offices of monarchs named by title and given name
// (see above).
func (b *relBuilder) namedRulers() {
	if len(b.facts.rulers) == 0 {
		return
	}
	for _, v := range b.views {
		for _, a := range v.args {
			if a.typ != "Person" || a.m.Anaphor || a.m.Pronoun || a.m.Title == "" || a.m.TitleOf != "" {
				continue
			}
			if _, known := b.roleOf[a.id]; known {
				continue
			}
			title := canonTitle(a.m.Title)
			if strings.Contains(a.m.Text, " ") || !reTitleInName.MatchString(title) || strings.Contains(title, " ") {
				continue
			}
			if state := b.rulerState(a.m.Text, title); state != "" {
				b.addRole(a.id, state, title, knownRoleConfidence, v, a.start, a.end)
			}
		}
	}
}

// rulerState is the one state of the document that the catalog knows a
// ruler of this title and given name of, or "".
func (b *relBuilder) rulerState(name, title string) string {
	found := ""
	for _, e := range b.facts.rulers[foldName(name)] {
		m := reRulerDesc.FindStringSubmatch(e.Description)
		if !strings.EqualFold(m[1], title) && !(isEmir(m[1]) && isEmir(title)) {
			continue
		}
		id := b.countryNamed(strings.TrimSpace(m[2]))
		if id == "" {
			continue
		}
		if found != "" && found != id {
			return ""
		}
		found = id
	}
	return found
}

// isEmir folds the two spellings of the title.
func isEmir(t string) bool { return strings.EqualFold(t, "emir") || strings.EqualFold(t, "amir") }
