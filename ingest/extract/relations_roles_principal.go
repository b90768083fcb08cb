package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// rePossessiveOffice reads an office off a possessive: "X's presidency",
// "X's presidential term", "X's premiership".
var rePossessiveOffice = regexp.MustCompile(`^['’]s` + sp + `+(?:(?:first|second|third|last|final|new|own)` + sp + `+)?(presidency|presidential` + sp + `+term|premiership)\b`)

// possessiveOffice is the title of the office a possessive right after a
// person's name speaks of, and the end of that phrase.
func possessiveOffice(after string) (string, int, bool) {
	loc := rePossessiveOffice.FindStringSubmatchIndex(after)
	if loc == nil {
		return "", 0, false
	}
	if after[loc[2]:loc[3]] == "premiership" {
		return "Prime Minister", loc[1], true
	}
	return "President", loc[1], true
}

// principalCountry is the state a document is about: the country it names
// most often, at least three times and at least twice as often as any
// other, or at least twice when it names no other (a people, "the
// Palestinians", is no state named). An encyclopedia passage about one state names its offices with
// no state after them ("became president").
func (b *relBuilder) principalCountry() string {
	if !b.principalRead {
		b.principal, b.principalRead = b.readPrincipalCountry(), true
	}
	return b.principal
}

// readPrincipalCountry counts what principalCountry tells.
func (b *relBuilder) readPrincipalCountry() string {
	counts := map[string]int{}
	named := map[string]bool{} // named, not only by a demonym
	// A text of the United States government names the United States as
	// its own voice; the state it is about is another.
	own := ""
	if b.usGovText() {
		own = b.unitedStates()
	}
	for _, m := range b.ents.Mentions {
		switch m.Type {
		case "Country":
			if m.EntityID == own {
				continue
			}
			counts[m.EntityID]++
			named[m.EntityID] = named[m.EntityID] || !m.Demonym
		case "Event":
			// "the Lebanese Civil War" names the state too, though the
			// catalog reads the whole name as one mention.
			for _, w := range strings.Fields(m.Text) {
				if state := stateOfAdjective(strings.Trim(w, ",.;:'’")); state != "" {
					if id := b.countryNamed(state); id != "" {
						counts[id]++
					}
				}
			}
		}
	}
	best, first, second, others := "", 0, 0, false
	for id, n := range counts {
		if n > first {
			best, first, second = id, n, first
		} else if n > second {
			second = n
		}
	}
	for id := range counts {
		others = others || id != best && named[id]
	}
	// "History of independent Uzbekistan", "Foreign relations of
	// Kazakhstan": an encyclopedia page names its state in its title and
	// then many neighbours; named there and most often in the body (ties
	// too), it is the state the page is about.
	if t := b.titleCountry(); t != "" && counts[t] >= 2 && t == best && first > second {
		return t
	}
	if first < 2 || first < 3 && others || first < 2*second {
		return "" // a tie or near tie names no one state
	}
	return best
}

// titleCountry is the one country of the document that its title names,
// by name, alias or adjective ("Libya under Gaddafi", "Uzbek politics"),
// or "" when it names none or more than one ("Armenia–Iran relations").
func (b *relBuilder) titleCountry() string {
	// A first line that is a sentence is no title.
	if b.doc.Title == "" || len(strings.Fields(b.doc.Title)) > 12 || strings.HasSuffix(b.doc.Title, ".") {
		return ""
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(b.doc.Title), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		words[w] = true
	}
	title := " " + strings.Join(strings.Fields(strings.ToLower(b.doc.Title)), " ") + " "
	found := ""
	for _, id := range b.sortedEntityIDs() {
		e := b.ents.Entities[id]
		if e.Type != "Country" {
			continue
		}
		named := false
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			n = strings.ToLower(n)
			if strings.ContainsAny(n, " -.") && strings.Contains(title, n) || words[n] {
				named = true
			}
		}
		for _, d := range e.Demonyms {
			named = named || words[strings.ToLower(d)]
		}
		if !named {
			continue
		}
		if found != "" {
			return ""
		}
		found = id
	}
	return found
}

// aboutOtherState reports a document, not of the United States
// government, whose principal state is another than us.
func (b *relBuilder) aboutOtherState(us string) bool {
	if b.usGovText() {
		return false
	}
	p := b.principalCountry()
	return p != "" && p != us
}

// principalTitle are the offices principalOffices ties to the state a
// document is about.
var principalTitle = regexp.MustCompile(`(?i)^(?:President|(?:(?:Deputy|Vice)` + sp + `+)?Prime` + sp + `+Minister|Premier|Supreme Leader|King|Queen|Emperor|Empress|Emir|Amir|Sultan|Shah|Crown Prince|Regent|` + ministerTitle + `|` + speakerTitle + `)$`)

// speakerTitle is the office of a parliament's speaker: "Speaker of
// Parliament", "Deputy Speaker of the National Assembly".
const speakerTitle = `(?:(?:Deputy|Vice)` + sp + `+)?Speaker(?:` + sp + `+of` + sp + `+(?:the` + sp + `+)?(?:Parliament|House|Knesset|Majlis|National` + sp + `+Assembly|Assembly|Council` + sp + `+of` + sp + `+Representatives))?`

// ministerTitle is a cabinet office named by its portfolio: "Defense
// Minister", "Minister of the Interior", "Public Security Minister".
const ministerTitle = `(?:(?:Deputy|Vice)` + sp + `+)?(?:` + portfolio + sp + `+Minister|Minister` + sp + `+of` + sp + `+(?:the` + sp + `+)?` + portfolio + `)`

// portfolio names a ministry's field.
const portfolio = `(?:Defen[cs]e|Foreign|Foreign` + sp + `+Affairs|Interior|Finance|Justice|Health|Education|Transport|Transportation|Public` + sp + `+Security|Internal` + sp + `+Security|Economy|Energy|Oil|Petroleum|Agriculture|Tourism|Communications|Housing|Labou?r|Welfare|Intelligence|Information|Culture|Trade|Industry|Environment|Religious` + sp + `+Affairs|Strategic` + sp + `+Affairs|Immigrant` + sp + `+Absorption|War)`

// principalOffices ties a head of state or government titled before the
// name ("President Abdul Salam Arif died", "the prime minister Nuri
// as-Said wanted") to the state the document is about, when the sentence
// names no other state (not even by a demonym), the person holds no office
// of another state or body in the document, and the catalog, if it knows the person,
// describes them with that state ("President Biden" in a passage about
// Israel is not Israel's).
func (b *relBuilder) principalOffices() {
	p := ""
	for _, v := range b.views {
		for _, a := range v.args {
			if a.typ != "Person" || a.m.Anaphor || a.qual != nil || a.m.TitleOf != "" || b.namesOtherCountryBefore(v, a.id, a.m.End) ||
				reRealmAfterName.MatchString(v.between(a.m.End, v.end)) {
				continue
			}
			title, end := "", a.m.End
			if a.m.Title != "" {
				title = roleTitle(v, a)
			}
			// "General Ahmed Hassan al-Bakr (prime minister)": a rank
			// before the name, the office after it.
			if !principalTitle.MatchString(title) {
				title = ""
			}
			if loc := reOfficeAfterName.FindStringSubmatchIndex(v.between(a.m.End, v.end)); title == "" && loc != nil {
				g := 2 // the parenthesis, else the verb
				if loc[g] < 0 {
					g = 4
				}
				title, end = canonTitle(v.between(a.m.End+loc[g], a.m.End+loc[g+1])), a.m.End+loc[1]
			}
			if !principalTitle.MatchString(title) {
				continue
			}
			// The state the text describes the person by, else the one
			// the document is about.
			state, own := b.ownStates()[a.id]
			if c, ok := openingCapitalState(b, v, a.start); ok && !own {
				// "In Baghdad, Deputy Prime Minister Tariq Aziz said": the
				// capital the sentence opens in is the office's state.
				state, own = c, true
			}
			if !own {
				if p == "" {
					if p = b.principalCountry(); p == "" {
						continue
					}
				}
				state = p
			}
			// One who held an office of another state holds no office of
			// this one without its name; one who held another office of
			// this state, or of a body, may hold this one too ("al-Bakr
			// (prime minister)" later "became president").
			if b.placedInOther(a.id, state) {
				continue
			}
			// "Under king Cyaxares, the Medes ...": in a passage set before
			// the common era today's state held no office.
			if b.describedWith(a.id, state) && !reAncient.MatchString(b.paragraphOf(v)) {
				b.addRole(a.id, state, title, 0.55, v, a.start, end)
			}
		}
	}
}

// reRealmAfterName: "King Amalric I of Jerusalem" names the realm of the
// office right after the name; it is not the state the passage is about.
var reRealmAfterName = regexp.MustCompile(`^` + sp + `+of` + sp + `+(?:the` + sp + `+)?[A-Z]`)

// reOfficeAfterName: an office told right after the name, with no state:
// "Ahmed Hassan al-Bakr (prime minister)", "X became president and", "X
// was appointed Defense Minister by".
var reOfficeAfterName = regexp.MustCompile(`(?i)^(?:` + sp + `*\(` + `(president|prime` + sp + `+minister)\)|` + sp + `+(?:(?:also|later|then|briefly|subsequently)` + sp + `+)?(?:became|(?:was|were)` + sp + `+(?:re)?appointed(?:` + sp + `+as)?|(?:served|serves|has` + sp + `+served|had` + sp + `+served)` + sp + `+as)` + sp + `+(?:the` + sp + `+)?(?:new` + sp + `+)?(president|(?:(?:deputy|vice)` + sp + `+)?prime` + sp + `+minister|king|emir|sultan|shah|regent|` + ministerTitle + `)(?:` + sp + `*[,;.]|` + sp + `+(?:and|in|on|after|when|following|by|as|under|from|until|between|during)\b))`)

// namesCountryBefore reports a sentence that names a state, by name or
// demonym, before pos: the state a title could belong to.
func namesCountryBefore(v *sentView, pos int) bool {
	for _, m := range v.ments {
		if m.Type == "Country" && m.Start < pos {
			return true
		}
	}
	return false
}

// namesOtherCountryBefore reports a sentence that names, by name or
// demonym, before pos a state other than the one person's office would be
// given to (the state the text describes them by, else the one the
// document is about): "protests in Georgia … the resignation of President
// Eduard Shevardnadze" on a page about Georgia names only his.
func (b *relBuilder) namesOtherCountryBefore(v *sentView, person string, pos int) bool {
	state, own := b.ownStates()[person]
	if !own {
		state = b.principalCountry()
	}
	for _, m := range v.ments {
		if m.Type == "Country" && m.Start < pos && (state == "" || m.EntityID != state) {
			return true
		}
	}
	return false
}

// describedWith reports whether the catalog's description of a person,
// when there is one, names the state (or its people).
func (b *relBuilder) describedWith(person, state string) bool {
	e, ok := b.ents.Entities[person]
	if !ok {
		return false
	}
	desc, _ := e.Props["description"].(string)
	if desc == "" {
		return true
	}
	s, ok := b.ents.Entities[state]
	if !ok {
		return false
	}
	desc = strings.ToLower(desc)
	for _, n := range append(append([]string{s.Name}, s.Aliases...), s.Demonyms...) {
		if n != "" && strings.Contains(desc, strings.ToLower(n)) {
			return true
		}
	}
	return false
}

// catalogDescribes reports a catalog person whose description names the
// state.
func (b *relBuilder) catalogDescribes(person, state string) bool {
	e, ok := b.ents.Entities[person]
	return ok && e.Catalog && b.descriptionOf(person) != "" && b.describedWith(person, state)
}

// describedWithOther reports a catalog description of a person that names
// a state of the document other than state ("former Lebanese president"
// beside the United States).
func (b *relBuilder) describedWithOther(person, state string) bool {
	if b.descriptionOf(person) == "" || b.describedWith(person, state) {
		return false
	}
	for _, id := range b.sortedEntityIDs() {
		if id != state && b.typeOf(id) == "Country" && b.describedWith(person, id) {
			return true
		}
	}
	return false
}

// descriptionOf is the catalog's description of an entity of the
// document, or "".
func (b *relBuilder) descriptionOf(id string) string {
	e, ok := b.ents.Entities[id]
	if !ok {
		return ""
	}
	desc, _ := e.Props["description"].(string)
	return desc
}

// placedInOther reports a person the text has already placed in an office
// of a state other than state.
func (b *relBuilder) placedInOther(person, state string) bool {
	known, placed := b.roleOf[person]
	return placed && known.of != state && b.typeOf(known.of) == "Country"
}

// reAncient marks a passage set before the common era.
var reAncient = regexp.MustCompile(`\b(?:\d{1,4}|century|centuries|millennium)` + sp + `*(?:BC|BCE|B\.C\.)(?:\W|$)`)

// paragraphOf is the text of the paragraph holding sentence v.
func (b *relBuilder) paragraphOf(v *sentView) string {
	start := strings.LastIndex(b.doc.Text[:v.start], "\n\n")
	if start < 0 {
		start = 0
	}
	end := strings.Index(b.doc.Text[v.end:], "\n\n")
	if end < 0 {
		return b.doc.Text[start:]
	}
	return b.doc.Text[start : v.end+end]
}

// reOpensInCapital: a sentence that opens with where it happened,
// "In Baghdad, ", up to the capital.
var reOpensInCapital = regexp.MustCompile(`^(?:In|From)` + sp + `+$`)

// openingCapitalState is the state whose capital v opens with ("In
// Baghdad, "), when the capital comes before pos and is followed by a
// comma, and v names no state before pos.
func openingCapitalState(b *relBuilder, v *sentView, pos int) (string, bool) {
	if len(v.ments) == 0 || namesCountryBefore(v, pos) {
		return "", false
	}
	m := v.ments[0]
	e, ok := b.ents.Entities[m.EntityID]
	if _, named := b.ents.Entities[e.LocatedIn]; !ok || !named || m.Type != "Place" || !e.Capital || m.End >= pos ||
		!reOpensInCapital.MatchString(v.between(v.start, m.Start)) || !strings.HasPrefix(v.between(m.End, pos), ",") {
		return "", false
	}
	return e.LocatedIn, true
}
