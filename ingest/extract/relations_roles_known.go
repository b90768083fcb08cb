package extract

import (
	"regexp"
	"strings"
)

// A title written before a known person's name, or inside it ("Reza
// Shah"), often names no state: "Prime Minister Netanyahu spoke", "said
// Supreme Leader Khamenei". The catalog describes such people with their
// office ("prime minister of Israel", "Iranian foreign minister",
// "Hezbollah secretary-general"). When the description holds the title the
// text gives, the body it names beside the title is the one the office is
// held for (HOLDS_ROLE, with the text's title), provided the document
// names that body too; the text says the office, the catalog only whose
// it is. A person the text already gives an office with its holder keeps
// that one alone.

// knownRoleConfidence marks an office whose holder the catalog supplied.
const knownRoleConfidence = 0.5

// reDescOf: the body after a title in a description, "of Israel", "of
// the United Nations", up to a date, a comma or a conjunction.
var reDescOf = regexp.MustCompile(`^` + sp + `+of` + sp + `+(?:the` + sp + `+)?([^,;()]+?)(?:` + sp + `+(?:from|since|until|in|and|under|during|to)\b|` + sp + `*\d|` + sp + `*[,;(]|$)`)

// reLesserOffice: a word before a title that makes it another office
// ("vice president" is not "President").
var reLesserOffice = regexp.MustCompile(`\b(?:vice|deputy|assistant|under|associate|lieutenant|co)[ -]$`)

// britishSpelling folds the spellings of offices that differ across the
// Atlantic (both have the same length, so indices stay valid).
var britishSpelling = strings.NewReplacer("defence", "defense")

// reTitleInName: a ruler's title written as part of the name.
var reTitleInName = regexp.MustCompile(`\b(?:Shah|King|Emir|Amir|Sultan)\b`)

// reOfficeApposedAfter: a capitalised office set off by commas right after
// a name, with no holder of its own: ", Minister of Foreign Affairs,".
var reOfficeApposedAfter = regexp.MustCompile(`^,` + sp + `+((?:Deputy` + sp + `+|Acting` + sp + `+)?Minister` + sp + `+of` + sp + `+(?:State` + sp + `+for` + sp + `+)?\p{Lu}[\w-]*(?:` + sp + `+(?:and` + sp + `+)?\p{Lu}[\w-]*){0,3})(?:` + sp + `*[,.;]|` + sp + `+and\b)`)

// reMinisterOf reads "Minister of Foreign Affairs" as "Foreign Minister".
var reMinisterOf = regexp.MustCompile(`^((?:Deputy|Acting)` + sp + `+)?Minister` + sp + `+of` + sp + `+(Foreign|Defen[cs]e|Interior|Finance|Economy|Energy|Oil|Justice|Health|Information)(?:` + sp + `+Affairs)?$`)

// shortOffice is the usual short form of a minister's office: "Foreign
// Minister" for "Minister of Foreign Affairs"; other offices stay.
func shortOffice(title string) string {
	if m := reMinisterOf.FindStringSubmatch(title); m != nil {
		return m[1] + m[2] + " Minister"
	}
	return title
}

// knownRoles adds the offices of titled catalog people (see above).
func (b *relBuilder) knownRoles() {
	for _, v := range b.views {
		for _, a := range v.args {
			if a.typ != "Person" || a.m.Anaphor || a.m.Pronoun || a.qual != nil || a.m.TitleOf != "" {
				continue
			}
			e := b.ents.Entities[a.id]
			if e == nil || !e.Catalog {
				continue
			}
			title := ""
			if a.m.Title != "" {
				title = roleTitle(v, a)
			} else if w := reTitleInName.FindString(a.m.Text); w != "" {
				title = w // "Reza Shah", "King Abdullah"
			}
			desc, _ := e.Props["description"].(string)
			of := ""
			if title != "" && !notAnOffice(title) {
				of = b.describedOffice(desc, title)
			}
			// "His Highness Prince Faisal bin Farhan, Minister of Foreign
			// Affairs,": an office set off after the name, matched to the
			// description in its usual short form.
			if m := reOfficeApposedAfter.FindStringSubmatch(v.between(a.m.End, v.end)); of == "" && m != nil {
				if of = b.describedOffice(desc, shortOffice(m[1])); of != "" {
					title = m[1]
				}
			}
			from, to := a.start, a.end
			// "the prime minister, Margaret Thatcher,": an office told
			// near the name (relations_roles_known_apposed.go).
			if of == "" {
				title, of, from, to = b.nearbyKnownOffice(v, a, desc)
			}
			if of != "" && !b.hasRoleTitled(a.id, of, title) {
				b.addRole(a.id, of, title, knownRoleConfidence, v, from, to)
			}
		}
	}
}

// notOffices are the heads of titles that say what a person is, not an
// office held for a state or a body: a "Saudi Shia cleric" holds no office
// of Saudi Arabia.
var notOffices = map[string]bool{"cleric": true, "scholar": true, "activist": true, "journalist": true, "dissident": true, "writer": true, "poet": true}

// notAnOffice reports a title whose head is one of notOffices.
func notAnOffice(title string) bool {
	words := strings.Fields(strings.ToLower(title))
	return len(words) > 0 && notOffices[words[len(words)-1]]
}

// describedOffice is the document's state or organisation a description
// gives the title for: named after it ("president of Egypt") or right
// before it ("Iranian foreign minister", "Hezbollah secretary-general").
func (b *relBuilder) describedOffice(desc, title string) string {
	// "Defence Minister" is the defense minister of a description.
	lower, t := britishSpelling.Replace(strings.ToLower(desc)), britishSpelling.Replace(strings.ToLower(title))
	i := strings.Index(lower, t)
	for i >= 0 && (i > 0 && (isWordByte(lower, i-1) || lower[i-1] == '-') || isWordByte(lower, i+len(t)) || strings.HasPrefix(lower[i+len(t):], "-") || reLesserOffice.MatchString(lower[:i])) {
		j := strings.Index(lower[i+1:], t)
		if j < 0 {
			i = -1
			break
		}
		i += 1 + j
	}
	if i < 0 {
		return ""
	}
	if m := reDescOf.FindStringSubmatch(desc[i+len(t):]); m != nil {
		return b.bodyNamed(strings.TrimSpace(m[1]))
	}
	words := strings.Fields(desc[:i])
	for n := min(3, len(words)); n >= 1; n-- {
		name := strings.Join(words[len(words)-n:], " ")
		if state := stateOfAdjective(name); state != "" {
			name = state
		}
		if id := b.bodyNamed(name); id != "" {
			return id
		}
	}
	return ""
}

// bodyNamed is the document's state or organisation of this name or
// alias, or "".
func (b *relBuilder) bodyNamed(name string) string {
	if id := b.countryNamed(name); id != "" {
		return id
	}
	return b.namedOfType("Organization", name)
}

// hasRoleTitled reports a HOLDS_ROLE of person already recorded for body
// of, or under a title with the head word of title.
func (b *relBuilder) hasRoleTitled(person, of, title string) bool {
	head := strings.ToLower(titleHead(title))
	for _, r := range b.rels {
		if r.Type != "HOLDS_ROLE" || r.From != person {
			continue
		}
		if t, _ := r.Props["title"].(string); r.To == of || t != "" && strings.ToLower(titleHead(t)) == head {
			return true
		}
	}
	return false
}
