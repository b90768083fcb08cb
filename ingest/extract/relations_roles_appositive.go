package extract

import (
	"regexp"
	"strings"
)

var (
	// ", Secretary of State" after a person and nothing after it but the
	// end of the line or clause: a byline, a signature, an apposition with
	// no state named ("Antony J. Blinken, Secretary of State").
	reBareTitleAfter = regexp.MustCompile(`^[ \x{00A0}]*,[ \x{00A0}]+(?:the[ \x{00A0}]+)?((?:U\.S\.[ \x{00A0}]+)?[A-Za-z][\w.'’-]*(?:[ \x{00A0}]+(?:of|for|the|on|to|and|[A-Za-z][\w.'’-]*)){0,6}?)[ \x{00A0}]*(?:$|\n|[;:.)]|,)`)
	// reUNTitleAfter: a long office set off after a name, up to the comma
	// or the end of the clause.
	reUNTitleAfter = regexp.MustCompile(`^[ \x{00A0}]*,[ \x{00A0}]+(?:the[ \x{00A0}]+)?((?:Under|Assistant|Deputy|Special|Emergency)[\w.'’ \x{00A0}-]{5,120}?)[ \x{00A0}]*(?:$|\n|[;:.)]|,)`)
	// "the Secretary of State, X": a capitalised office set off before
	// the name, with no state named.
	reTheTitleComma = regexp.MustCompile(`\b[Tt]he[ \x{00A0}]+((?:\p{Lu}[\w-]*[ \x{00A0}]+(?:of[ \x{00A0}]+)?){0,4}?\p{Lu}[\w-]*)[ \x{00A0}]*,[ \x{00A0}]*$`)
	// "our Special Envoy, X" / "our Special Envoy X": the publisher's own official.
	reOurBefore = regexp.MustCompile(`\b[Oo]ur[ \x{00A0}]+$`)
	reOurComma  = regexp.MustCompile(`\b[Oo]ur[ \x{00A0}]+((?:[A-Za-z][\w.-]*[ \x{00A0}]+){0,4}[A-Za-z][\w.-]*)[ \x{00A0}]*,[ \x{00A0}]*$`)
)

// bareAppositiveRoles finds the roles the qualified rules leave: a person
// with a title after a comma and no state or organisation named ("Antony
// J. Blinken, Secretary of State"; "our Special Envoy, Tim Lenderking").
// The state is the United States only when the title exists in its
// government alone, or when the text is the United States government's
// own and the title is one it uses for its officials.
func (b *relBuilder) bareAppositiveRoles(v *sentView) {
	us := b.unitedStates()
	for _, a := range v.args {
		if a.typ != "Person" || a.roleAfter != "" {
			continue
		}
		if _, known := b.roleOf[a.id]; known {
			continue
		}
		title, s, e := "", a.start, a.m.End
		// The United Nations' long offices: "Martin Griffiths, the
		// Under-Secretary-General for Humanitarian Affairs and Emergency
		// Relief Coordinator, said".
		if loc := reUNTitleAfter.FindStringSubmatchIndex(v.between(a.m.End, v.end)); loc != nil {
			if t := canonTitle(v.between(a.m.End+loc[2], a.m.End+loc[3])); unOnlyTitle.MatchString(t) {
				if un := b.unitedNations(); un != "" {
					b.addRole(a.id, un, t, 0.8, v, a.start, a.m.End+loc[3])
				}
				continue
			}
		}
		if loc := reBareTitleAfter.FindStringSubmatchIndex(v.between(a.m.End, v.end)); loc != nil {
			title, e = canonTitle(v.between(a.m.End+loc[2], a.m.End+loc[3])), a.m.End+loc[3]
		}
		if !isTitle(title) {
			title, e = "", a.m.End
			lo := max(v.start, a.start-60)
			if loc := reOurComma.FindStringSubmatchIndex(v.between(lo, a.start)); loc != nil {
				title, s = canonTitle(v.between(lo+loc[2], lo+loc[3])), lo+loc[0]
			} else if loc := reTheTitleComma.FindStringSubmatchIndex(v.between(lo, a.start)); loc != nil {
				// "the Secretary of State, James Baker, later visited".
				title, s = canonTitle(v.between(lo+loc[2], lo+loc[3])), lo+loc[0]
			}
		}
		if !isTitle(title) {
			continue
		}
		switch {
		case us == "":
		case usOnlyTitle.MatchString(title):
			b.addRole(a.id, us, title, 0.8, v, s, e)
		case usGovTitle.MatchString(title) && (b.usGovText() || s < a.start):
			b.addRole(a.id, us, title, 0.65, v, s, e)
		}
	}
}

// isTitle reports a phrase named by a role noun.
func isTitle(title string) bool {
	return title != "" && roleHeadWord.MatchString(strings.ToLower(titleHead(title)))
}

// titleHead is the word a title is named by: the one before "of", "for"
// or "to", else the last ("Secretary" in "Secretary of State").
func titleHead(title string) string {
	words := strings.Fields(title)
	for i, w := range words {
		if i > 0 && (w == "of" || w == "for" || w == "to") {
			return words[i-1]
		}
	}
	return words[len(words)-1]
}

// ourTitle reports "our" right before a person's title: "our Special
// Envoy Tim Lenderking" is the publisher's own official.
func ourTitle(v *sentView, a arg) bool {
	if a.m.Title == "" {
		return false
	}
	return reOurBefore.MatchString(v.between(max(v.start, a.m.TitleStart-8), a.m.TitleStart))
}

var (
	// "Ali Vaez of the International Crisis Group", "Pamala Falk from CBS News".
	reOfOrg = regexp.MustCompile(`^[ \x{00A0}]+(?:of|from|with)[ \x{00A0}]+(?:the[ \x{00A0}]+)?$`)
	// "CNN's Christiane Amanpour".
	rePossessiveOrg = regexp.MustCompile(`^['’]s[ \x{00A0}]+$`)
)

// affiliation finds AFFILIATED_WITH for a person with no title whom the
// text ties to an organisation by a possessive ("CNN's X") or a
// postmodifier ("X of the International Crisis Group", "X from CBS
// News"). States are not employers here: "Iran's Araghchi" says nothing
// about his office.
func (b *relBuilder) affiliation(v *sentView, a arg) {
	if a.m.Anaphor {
		return // "the office of the Supreme Leader with the Ministry": no one's employer
	}
	if a.qual != nil && b.typeOf(a.qual.EntityID) == "Organization" && rePossessiveOrg.MatchString(v.between(a.qual.End, a.m.Start)) {
		b.add("AFFILIATED_WITH", a.id, a.qual.EntityID, 0.8, nil, v, a.qual.Start, a.m.End)
		return
	}
	next, ok := nextMention(v, a.m.End)
	if !ok || next.Type != "Organization" || continuesName(v.text, next.End) || !reOfOrg.MatchString(v.between(a.m.End, next.Start)) {
		return
	}
	b.add("AFFILIATED_WITH", a.id, next.EntityID, 0.8, nil, v, a.m.Start, next.End)
}
