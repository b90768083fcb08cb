package extract

import (
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-project/kg/ingest/normalize"
)

var (
	// "President Vladimir Putin of Russia".
	reRoleOf = regexp.MustCompile(`^[\s\x{00A0}]+of[\s\x{00A0}]+(?:the[\s\x{00A0}]+)?$`)
	// "X, a senior fellow at the Carnegie Endowment", "X, the foreign
	// minister of Oman".
	// A word on the body may stand before its name: "general secretary of
	// the ruling Yemeni Socialist Party".
	// reEnvoyPostedIn: an envoy "in" a state is posted there, not its
	// own ("X, its plenipotentiary representative in Latvia").
	reEnvoyPostedIn = regexp.MustCompile(`(?i)\b(?:ambassador|envoy|representative|consul(?:-general)?|chargé` + sp + `+d'affaires|attaché)` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)
	// An American legislator's party and state may come first: "Richard
	// Lugar, R-Ind., chairman of the Senate Foreign Relations Committee".
	reApposOf = regexp.MustCompile(`^[\s\x{00A0}]*,[\s\x{00A0}]+(?:[RDI]-[A-Z][A-Za-z]{1,5}\.?,[\s\x{00A0}]+)?(?:(?:the|a|an|its|their)[\s\x{00A0}]+)?` + roleNoun + `[\s\x{00A0}]+(?:of|at|for|with|from|in)[\s\x{00A0}]+(?:the[\s\x{00A0}]+)?(?:(?:ruling|governing|banned|outlawed|exiled|opposition|clandestine|underground|militant|then-ruling)[\s\x{00A0}]+)?$`)
	// "X, who heads the Y": a verb for an office.
	reWhoHeads = regexp.MustCompile(`^` + sp + `*,` + sp + `+who` + sp + `+(?:now` + sp + `+|currently` + sp + `+)?(heads|leads|chairs|directs|runs|commands)` + sp + `+(?:the` + sp + `+)?$`)
	// "X was appointed the foreign minister of Y", "X became Y's president".
	reAppointedOf         = regexp.MustCompile(`^(?:` + sp + `*,` + sp + `+who)?` + sp + `+(?:was|has` + sp + `+been|is|had` + sp + `+been)` + sp + `+(?:appointed|reappointed|named|elected|re-elected|reelected|sworn` + sp + `+in|installed|proclaimed|crowned|chosen)` + sp + `+(?:as` + sp + `+)?(?:the` + sp + `+)?(?:new` + sp + `+)?` + roleNoun + sp + `+(?:of|at|for)` + sp + `+(?:the` + sp + `+)?$|^` + sp + `+became` + sp + `+(?:the` + sp + `+)?(?:new` + sp + `+)?` + roleNoun + sp + `+(?:of|at|for)` + sp + `+(?:the` + sp + `+)?$`)
	reAppointedPossessive = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+who)?` + sp + `+(?:(?:also|later|then|previously|once|briefly|long)` + sp + `+)?(?:(?:was|has` + sp + `+been|is|had` + sp + `+been)(?:` + sp + `+(?:appointed|named|elected|sworn` + sp + `+in` + sp + `+as))?|became|(?:served|serves|has` + sp + `+served|had` + sp + `+served)` + sp + `+as)` + sp + `+(?:as` + sp + `+)?$`)
	// "on the U.S. side", "On the Iranian front".
	reSideBefore = regexp.MustCompile(`(?i)\bon[\s\x{00A0}]+the[\s\x{00A0}]+$`)
	reSideAfter  = regexp.MustCompile(`^[\s\x{00A0}]+(?:side|front)\b`)
	// "the country's armed forces": the sentence speaks for a state.
	reCountryAnaphor = regexp.MustCompile(`(?i)\bthe (?:country|nation)['’]s\b`)
	// "was elected president", "became prime minister": an office named
	// with no state after it.
	reElectedBare = regexp.MustCompile(`^` + sp + `+(?:was` + sp + `+(?:elected|re-elected|reelected|sworn` + sp + `+in` + sp + `+as|appointed|inaugurated` + sp + `+as)|became|took` + sp + `+office` + sp + `+as)` + sp + `+(?:as` + sp + `+)?(?:the` + sp + `+)?(?:new` + sp + `+)?((?i:president|prime` + sp + `+minister|supreme` + sp + `+leader|foreign` + sp + `+minister|king|emir|sultan|shah))\b(?:` + sp + `*[,.;]|` + sp + `+(?:in|on|after|with|by|and)\b)`)
)

// reUSGovHead: the first lines of a United States government release.
var reUSGovHead = regexp.MustCompile(`Office of the Spokesperson|attributable to (?:the )?(?:Department )?Spokesperson|(?m)^\p{Lu}[\w\x{00C0}-\x{024F}.'’" -]{3,60}, (?:Secretary of State|Spokesperson)\s*$|^(?:THE WHITE HOUSE|The White House)\b`)

// clauseWords do not occur in a title before its head word: a "title"
// holding one is a clause the role patterns overreached into ("the
// Constitution defines the President").
var clauseWords = map[string]bool{"the": true, "a": true, "an": true, "is": true, "was": true, "are": true,
	"were": true, "has": true, "have": true, "had": true, "defines": true, "said": true, "says": true,
	"in": true, "on": true, "at": true, "by": true, "with": true, "that": true, "which": true}

// plausibleTitle reports a title with no clause words before its head
// ("Secretary of the Treasury" keeps "the" after its head).
func plausibleTitle(title string) bool {
	words := strings.Fields(strings.ToLower(title))
	for _, w := range words {
		if w == "of" || w == "for" || w == "to" {
			break
		}
		if clauseWords[w] {
			return false
		}
	}
	return true
}

// honorifics are titles that hold no role.
var honorifics = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "sir": true, "dame": true, "madam": true, "lord": true,
	"lady": true, "hon.": true, "the honorable": true, "h.e.": true,
}

// outletRoles are the titles of notOffices a person may hold at a body
// (an outlet's journalist).
var outletRoles = map[string]bool{"journalist": true, "writer": true}

// reDemonymBody: a state's body after its demonym, ending the phrase
// ("Iranian parliament,"; not "the Iranian army officer").
var reDemonymBody = regexp.MustCompile(`^` + sp + `+(?:parliament|government|army|armed` + sp + `+forces|military|navy|air` + sp + `+force|senate|cabinet|judiciary|legislature|national` + sp + `+assembly)(?:` + sp + `*[,.;:)]|$|` + sp + `+(?:and|who|which|from|in|until|since|for|between)\b)`)

// roles finds HOLDS_ROLE and AFFILIATED_WITH for the people of a sentence.
func (b *relBuilder) roles(v *sentView) {
	for ai, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		title := roleTitle(v, a)
		found := false
		emit := func(of, title string, conf float64, start, end int) {
			if b.addRole(a.id, of, title, conf, v, start, end) {
				found = true
			}
		}
		if a.m.TitleOf != "" {
			s, e := a.start, a.end
			om, ok := mentionOf(v, a.m.TitleOf, a.m.Start)
			if ok {
				s, e = min(s, om.Start), max(e, om.End)
			}
			if !ok || !beatInTitle(v, a.m, om, title) {
				emit(a.m.TitleOf, title, 0.95, s, e)
			}
		}
		if a.qual != nil && title != "" && !beatInTitle(v, a.m, *a.qual, title) {
			emit(a.qual.EntityID, title, 0.95, a.start, a.m.End)
		}
		if a.roleAfter != "" {
			emit(a.roleAfterOf, canonTitle(a.roleAfter), 0.95, a.m.Start, a.roleAftE)
		}
		// "X, former Speaker of the Iranian parliament": a state's body
		// named by its demonym holds the office for the state.
		if next, ok := nextMention(v, a.m.End); ok && next.Type == "Country" && next.Demonym && reDemonymBody.MatchString(v.between(next.End, v.end)) {
			gap := v.between(a.m.End, next.Start)
			if loc := reApposOf.FindStringSubmatchIndex(gap); loc != nil && !reClauseInTitle.MatchString(gap[loc[2]:loc[3]]) {
				emit(next.EntityID, canonTitle(gap[loc[2]:loc[3]]), 0.85, a.m.Start, next.End)
			}
		}
		if next, ok := nextMention(v, pastBirthAside(v, a.m.End)); ok && isQualifier(next) && !next.Demonym && !continuesName(v.text, next.End) {
			gap := v.between(a.m.End, next.Start)
			if next.Type == "Organization" {
				gap = withoutGroupNoun(gap)
			}
			// "the secretary of Iran's Supreme National Security Council":
			// the office is the body's, which the state owns.
			if body, ok := nextMention(v, next.End); ok && body.Type == "Organization" && reOwnsNext.MatchString(v.between(next.End, body.Start)) {
				next = body
			}
			if title != "" && reRoleOf.MatchString(gap) {
				emit(next.EntityID, title, 0.9, a.start, next.End)
			}
			if loc := reApposOf.FindStringSubmatchIndex(gap); loc != nil && !reClauseInTitle.MatchString(gap[loc[2]:loc[3]]) && !reEnvoyPostedIn.MatchString(gap) && !nextNamesOffice(v, a, next) {
				emit(next.EntityID, lastOffice(gap[loc[2]:loc[3]]), 0.9, a.m.Start, next.End)
			}
			if loc := reWhoHeads.FindStringSubmatchIndex(gap); loc != nil {
				emit(next.EntityID, officeOfVerb[gap[loc[2]:loc[3]]], 0.85, a.m.Start, next.End)
			}
			if loc := reServedAsOf.FindStringSubmatchIndex(gap); loc != nil && !reParticipleFirst.MatchString(gap[loc[2]:loc[3]]) {
				// "X served as president of Iran", "X, who was prime
				// minister of Iraq". The dates of a birth aside date no
				// office.
				b.undated = reBirthAside.MatchString(strings.TrimLeft(gap, " IVX"))
				emit(next.EntityID, canonTitle(gap[loc[2]:loc[3]]), 0.85, a.m.Start, next.End)
				b.undated = false
				b.conjunctOffices(v, a, next)
			}
			if loc := reAppointedOf.FindStringSubmatchIndex(gap); loc != nil {
				// The second alternative ("became ...") fills the second group.
				var role string
				if loc[2] >= 0 {
					role = gap[loc[2]:loc[3]]
				} else {
					role = gap[loc[4]:loc[5]]
				}
				emit(next.EntityID, canonTitle(role), 0.85, a.m.Start, next.End)
			}
			// "X was appointed Iran's foreign minister", "X served as
			// Iran's ambassador", "X is Oman's foreign minister".
			if reAppointedPossessive.MatchString(gap) {
				if loc := reApposPossessive.FindStringSubmatchIndex(v.between(next.End, v.end)); loc != nil {
					after := v.between(next.End, v.end)
					emit(next.EntityID, canonTitle(after[loc[2]:loc[3]]), 0.85, a.m.Start, next.End+loc[1])
				}
			}
		}
		if !found && title == "" {
			b.affiliation(v, a)
		}
		if found || title == "" {
			continue
		}
		if of, s, ok := ledSide(v, a); ok {
			emit(of, title, 0.75, s, a.m.End)
			continue
		}
		// "Spokesperson for Secretary-General António Guterres" is the
		// spokesperson's office, not the name's.
		if unOnlyTitle.MatchString(title) && !reForAnotherOffice.MatchString(title) {
			if un := b.unitedNations(); un != "" && !b.placedInOther(a.id, un) {
				emit(un, title, 0.8, a.start, a.m.End)
				continue
			}
		}
		if usOnlyTitle.MatchString(title) {
			// "National Security Advisor Tzachi Hanegbi" after "Israeli
			// National Security Advisor Tzachi Hanegbi": Israel's still.
			// A title other parliaments and governments have too
			// ("Representative", "Attorney General") is the United States'
			// only in a text not about another state.
			// The catalog's "Israeli national security adviser" is not
			// the United States' when the text names Israel.
			us := b.unitedStates()
			if us != "" && !b.placedInOther(a.id, us) && !b.describedWithOther(a.id, us) && !(usTitleElsewhere.MatchString(title) && b.aboutOtherState(us)) {
				emit(us, title, 0.8, a.start, a.m.End)
				continue
			}
		}
		// "X and Y sat with Rabin; on the Egyptian side, Z worked …": the
		// cue tells the side of its own clause only.
		if of, s, e, ok := sideCue(v, ai); ok && !strings.ContainsRune(v.between(min(s, a.start), max(s, a.start)), ';') {
			emit(of, title, 0.7, min(s, a.start), max(e, a.m.End))
			continue
		}
		if of, ok := b.describedRole(a.id, title); ok {
			emit(of, title, 0.75, a.start, a.m.End)
			continue
		}
		if usGovTitle.MatchString(title) && (b.usGovText() || ourTitle(v, a)) && !ministryBefore(v, a) {
			// "President Aoun" in a White House readout is Lebanon's
			// president when the text or the catalog says so.
			us := b.unitedStates()
			// "In Baghdad, McGurk met with President Barham Salih": the
			// catalog knows every President of the United States, so a
			// president it does not describe as one is another state's.
			head := strings.EqualFold(title, "President") || strings.EqualFold(title, "Vice President") || strings.EqualFold(title, "Speaker")
			if us != "" && !b.placedInOther(a.id, us) && !b.describedWithOther(a.id, us) &&
				(!head || b.catalogDescribes(a.id, us)) {
				emit(us, title, 0.6, a.start, a.m.End)
			}
		}
	}
	b.bareAppositiveRoles(v)
	b.apposedRoles(v)
	b.andPossessiveOffice(v)
	b.foundersAndCandidates(v)
	b.foundedByOpener(v)
	b.reversedRoles(v)
	if v.has("ministers", "presidents", "kings", "emirs", "advisers", "advisors", "chiefs", "ambassadors", "envoys") {
		b.pluralOffices(v)
		b.possessiveListOffices(v)
		b.respectiveOffices(v)
	}
	b.whoseOffices(v)
	b.listedOfficials(v)
}

// reMinistryBefore: "foreign ministry spokesperson Guo Jiakun" speaks for
// a ministry, and the United States government has none: such a title in
// its text is another state's.
var reMinistryBefore = regexp.MustCompile(`(?i)\bministry` + sp + `+$`)

// ministryBefore reports a ministry written right before a's title.
func ministryBefore(v *sentView, a arg) bool {
	at := a.start
	if a.m.Title != "" && a.m.TitleStart < at {
		at = a.m.TitleStart
	}
	return reMinistryBefore.MatchString(v.between(max(v.start, at-30), at))
}

// describedRole ties an unqualified title to the state or organisation the
// catalog's description of the person names with that same title ("45th
// and 47th president of the United States" for "President Trump", "US
// special envoy" for "Special Envoy Witkoff"); the text gives the title,
// the catalog only which state it is held for. It answers only when the
// description names exactly one entity of the document and is not about a
// former office.
func (b *relBuilder) describedRole(person, title string) (string, bool) {
	e, ok := b.ents.Entities[person]
	if !ok || title == "" || notAnOffice(title) {
		return "", false
	}
	desc, _ := e.Props["description"].(string)
	desc = " " + adviser.Replace(strings.ToLower(desc)) + " "
	if !strings.Contains(desc, " "+adviser.Replace(strings.ToLower(titleHead(title)))) || strings.Contains(desc, " former ") || !b.describesNow(desc) {
		return "", false
	}
	found := ""
	for _, id := range b.sortedEntityIDs() {
		c := b.ents.Entities[id]
		if c.Type != "Country" && c.Type != "Organization" {
			continue
		}
		names := append([]string{c.Name}, c.Aliases...)
		if id == b.unitedStates() {
			names = append(names, "US", "U.S.")
		}
		for _, n := range names {
			n = strings.ToLower(n)
			if n == "" {
				continue
			}
			if strings.Contains(desc, " of "+n+" ") || strings.Contains(desc, " of the "+n+" ") ||
				strings.HasPrefix(desc, " "+n+" ") || descOpensWithDemonym(desc, c.Demonyms) {
				if found != "" && found != id {
					return "", false
				}
				found = id
				break
			}
		}
	}
	return found, found != ""
}

// adviser folds the two spellings of the title.
var adviser = strings.NewReplacer("advisor", "adviser")

// descOpensWithDemonym reports a description that starts with one of a
// country's demonyms: "Saudi foreign minister".
func descOpensWithDemonym(desc string, demonyms []string) bool {
	for _, d := range demonyms {
		if strings.HasPrefix(desc, " "+strings.ToLower(d)+" ") {
			return true
		}
	}
	return false
}

// reTermYears is the term a description ends with: "2021–2023".
var reTermYears = regexp.MustCompile(`(\d{4})\s*[–-]\s*(\d{4})\s*$`)

// describesNow reports that a description's term, if it gives one, holds
// at the document's publication date; a past office is no role today.
func (b *relBuilder) describesNow(desc string) bool {
	m := reTermYears.FindStringSubmatch(strings.TrimSpace(desc))
	if m == nil || b.doc.Published.IsZero() {
		return true
	}
	y := b.doc.Published.Year()
	from, _ := strconv.Atoi(m[1])
	to, _ := strconv.Atoi(m[2])
	return from <= y && y <= to
}

// sortedEntityIDs lists the document's entity ids in order, so rules that
// scan them give the same answer every run.
func (b *relBuilder) sortedEntityIDs() []string {
	if b.entityIDs != nil {
		return b.entityIDs
	}
	ids := make([]string, 0, len(b.ents.Entities))
	for id := range b.ents.Entities {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	b.entityIDs = ids
	return ids
}

// reBeatNoun ends a reporter's title.
var reBeatNoun = regexp.MustCompile(`(?i)\b(?:correspondent|reporter)$`)

// beatInTitle reports a body named inside a reporter's title: "ABC News
// Chief White House Correspondent Mary Bruce" covers the White House and
// works for ABC News.
func beatInTitle(v *sentView, m, body mention, title string) bool {
	if !reBeatNoun.MatchString(title) {
		return false
	}
	inside := m.Title != "" && body.Start >= m.TitleStart && body.End <= m.TitleEnd
	return inside || reTitleLeadBefore.MatchString(v.between(max(v.start, body.Start-12), body.Start))
}

// reTitleLeadBefore: a title's first word right before a body's name
// ("Chief White House Correspondent").
var reTitleLeadBefore = regexp.MustCompile(`\b(?:Chief|Senior|Principal|Deputy|Lead)` + sp + `+$`)

// stateGovernments are states whose offices a text names by the state's
// adjective but which are held for a governing body: the Palestinian
// Authority governs for Palestine.
var stateGovernments = map[string]string{"country:palestine": "organization:palestinian-authority"}

// addRole records a person's role or affiliation: organisations' fellows,
// analysts and the like are affiliated, office holders hold a role, and a
// country is never the employer of an analyst ("Iranian analyst X").
func (b *relBuilder) addRole(person, of, title string, conf float64, v *sentView, start, end int) bool {
	// "Sheikh Tamim of Qatar": a name's honorific is no office of Qatar;
	// "the Sadrist Movement of Shi'ite cleric Moqtada al-Sadr", "Iranian
	// journalist X": what a person is, no office of the body or the state
	// (a journalist may still hold a post at an outlet).
	if title == "" || honorifics[strings.ToLower(title)] || nameHonorifics[strings.ToLower(title)] || !plausibleTitle(title) ||
		notAnOffice(title) && (b.typeOf(of) == "Country" || !outletRoles[strings.ToLower(titleHead(title))]) {
		return false
	}
	// "the Secretary-General's Special Representative for Iraq" is an
	// office of the United Nations posted to Iraq, not Iraq's.
	if b.typeOf(of) == "Country" && unOnlyTitle.MatchString(title) {
		un := b.unitedNations()
		if un == "" {
			return false
		}
		of = un
	}
	props := map[string]any{"title": title}
	affiliation := affiliationNoun.MatchString(title)
	if gov, ok := stateGovernments[of]; ok && !affiliation && b.ents.Entities[gov] != nil {
		// "the Palestinian President Mahmoud Abbas" holds his office for
		// the Palestinian Authority when the document names it.
		of = gov
	}
	switch b.typeOf(of) {
	case "Organization":
		// "Prime Minister Ismail Haniyeh of Hamas": whoever holds an
		// office of state for a party or movement is also one of them.
		if affiliation {
			b.add("AFFILIATED_WITH", person, of, conf, props, v, start, end)
			return true
		}
		if stateOnlyTitle.MatchString(title) {
			b.add("AFFILIATED_WITH", person, of, conf, nil, v, start, end)
		}
	case "Country":
		if affiliation {
			return false
		}
		// "the last Achaemenid king Darius III (336–330 BC) by Macedonian
		// general Parmenion": a sentence set before the common era names
		// ancient peoples, and today's state of the same name held no
		// office then.
		if reBeforeCommonEra.MatchString(v.between(v.start, v.end)) {
			return false
		}
	default:
		return false
	}
	b.add("HOLDS_ROLE", person, of, conf, props, v, start, end)
	return true
}

// inferredRoles ties a head of state or government with no stated country
// to the country a nearby sentence is about, when the person's own sentence
// speaks of "the country's" something, or the title stands before a name
// the catalog does not know, and only one country is named in that
// sentence and the two before it ("... Iran displayed tanks ... President
// Masoud Pezeshkian declared the country's armed forces a foundation of
// peace").
func (b *relBuilder) inferredRoles() {
	defer b.advisersOf()
	for i, v := range b.views {
		for _, a := range v.args {
			if a.typ != "Person" {
				continue
			}
			if _, known := b.roleOf[a.id]; known {
				continue
			}
			title := roleTitle(v, a)
			loc := reCountryAnaphor.FindStringIndex(v.between(a.m.End, v.end))
			whole := false
			// "In 2005, Mahmoud Ahmadinejad was elected president": the
			// office of the one state the passage is about.
			if el := reElectedBare.FindStringSubmatchIndex(v.between(a.m.End, v.end)); el != nil {
				title, loc, whole = canonTitle(v.between(a.m.End+el[2], a.m.End+el[3])), []int{el[0], el[3]}, true
			} else if office, end, ok := possessiveOffice(v.between(a.m.End, v.end)); ok {
				// "When Émile Lahoud's presidential term ended".
				title, loc, whole = office, []int{0, end}, true
			}
			// "Prime Minister Mohammed Khan Junejo did not insist": a
			// leader's or minister's title before a name, with one state
			// named in the two sentences before and no other, is that
			// state's office, unless the person is the catalog's (its
			// offices are read from the catalog, relations_roles_known.go)
			// or described with another state, or the passage is set
			// before the common era.
			bare := false
			if loc == nil && a.m.Title != "" && a.m.TitleEnd <= a.m.Start && !b.ents.Entities[a.id].Catalog {
				loc, bare = []int{0, 0}, true
			}
			if loc == nil || !headOfStateTitle.MatchString(title) {
				continue
			}
			country := ""
			ambiguous := false
			near := map[string]bool{}
			for k := max(0, i-2); k <= i; k++ {
				for _, m := range b.views[k].ments {
					if m.Type != "Country" || (k == i && m.Start > a.start && !whole) {
						continue
					}
					if country != "" && country != m.EntityID {
						ambiguous = true
					}
					country = m.EntityID
					near[m.EntityID] = true
				}
			}
			conf := 0.6
			if bare {
				// The state is told before the person's sentence; one
				// the sentence itself names may be another's ("King
				// Hussein of Jordan and President Bashar al-Assad").
				if country == "" || ambiguous || !b.statedBefore(i, country) || !b.describedWith(a.id, country) || reAncient.MatchString(b.paragraphOf(v)) {
					continue
				}
				for _, m := range v.ments {
					if m.Type == "Country" && m.EntityID == country && m.End <= a.start {
						ambiguous = true
					}
				}
				// "a request from Prime Minister Sir Allan Kemakeza, and
				// the Solomon Islands parliament": a state the sentence
				// names after the person, before anyone else, may be
				// theirs.
				for _, m := range v.ments {
					if m.Start < a.end {
						continue
					}
					if m.Type == "Person" {
						break
					}
					if m.Type == "Country" && m.EntityID != country {
						ambiguous = true
					}
				}
				if ambiguous {
					continue
				}
				conf = 0.5
			}
			if country == "" || ambiguous {
				// "Michel Suleiman became president", far from any
				// state's name in a passage about one state: that state,
				// unless the sentences near it name only others.
				p := b.principalCountry()
				if !whole || p == "" || len(near) > 0 && !near[p] {
					continue
				}
				country = p
			}
			b.addRole(a.id, country, title, conf, v, a.start, a.m.End+loc[1])
		}
	}
}

// statedBefore reports a mention of entity id in the two sentences
// before sentence i.
func (b *relBuilder) statedBefore(i int, id string) bool {
	for k := max(0, i-2); k < i; k++ {
		for _, m := range b.views[k].ments {
			if m.EntityID == id {
				return true
			}
		}
	}
	return false
}

// reSideLedBy runs from a state to the titled person who led its side:
// "The Israeli side was chaired by", "The Israeli interagency delegation
// was led by".
var reSideLedBy = regexp.MustCompile(`^` + sp + `+(?:(?:interagency|senior|negotiating|official)` + sp + `+)*(?:side|delegation|team)` + sp + `+(?:was|is|were|are)` + sp + `+(?:led|chaired|headed)` + sp + `+by` + sp + `+$`)

// ledSide is the state whose side or delegation the sentence says the
// titled person a led, and where that phrase starts.
func ledSide(v *sentView, a arg) (string, int, bool) {
	for _, m := range v.ments {
		if m.Type != "Country" || m.End > a.start {
			continue
		}
		if reSideLedBy.MatchString(v.between(m.End, a.start)) {
			return m.EntityID, m.Start, true
		}
	}
	return "", 0, false
}

// sideCue finds the one "on the <country> side/front" of a sentence.
func sideCue(v *sentView, _ int) (of string, start, end int, ok bool) {
	n := 0
	for _, m := range v.ments {
		if m.Type != "Country" {
			continue
		}
		if reSideBefore.MatchString(v.between(v.start, m.Start)) && reSideAfter.MatchString(v.between(m.End, v.end)) {
			n++
			before := reSideBefore.FindStringIndex(v.between(v.start, m.Start))
			after := reSideAfter.FindStringIndex(v.between(m.End, v.end))
			of, start, end = m.EntityID, v.start+before[0], m.End+after[1]
		}
	}
	return of, start, end, n == 1
}

// roleTitle is the title of a person arg without the state it names:
// "Foreign Minister" for "Iran's Foreign Minister X", "Mideast Envoy" for
// "U.S. Mideast envoy X", "President" for "President of France X".
func roleTitle(v *sentView, a arg) string {
	m := a.m
	title := m.Title
	if title == "" && a.qual == nil {
		title = impliedTitle(m.Text)
	}
	switch {
	case a.qual != nil && a.qual.End <= m.Start && (m.Title == "" || a.qual.End <= m.TitleStart || a.qual.Start >= m.TitleStart):
		if a.qual.Start >= m.TitleStart && m.Title != "" && a.qual.End <= m.TitleEnd {
			// "President of France": drop " of France" from the title.
			title = v.between(m.TitleStart, a.qual.Start) + v.between(a.qual.End, m.TitleEnd)
			title = strings.TrimSuffix(strings.TrimSpace(title), " of")
			title = strings.TrimSuffix(title, " of the")
		} else if m.Title != "" {
			title = v.between(a.qual.End, m.TitleEnd)
		}
	}
	title = strings.TrimLeft(title, "'’")
	title = strings.TrimPrefix(title, "s ")
	// "Chairman of the Joint Chiefs of Staff General Dan Caine": the office
	// is the words before the qualifier; what follows is a rank.
	if a.qual != nil && a.qual.End <= m.Start {
		if start, ok := officeBefore(v.text, a.qual.Start); ok && start >= v.start {
			office := v.between(start, a.qual.Start)
			office = strings.TrimSuffix(strings.TrimSpace(office), " the")
			return canonTitle(strings.TrimSuffix(office, " of"))
		}
	}
	return canonTitle(title)
}

// impliedTitle is the title a mention's own text starts with when the
// entity stage kept it inside the mention ("President Trump").
func impliedTitle(text string) string {
	words := strings.Fields(text)
	for n := min(3, len(words)-1); n >= 1; n-- {
		prefix := strings.Join(words[:n], " ")
		if _, abbrev := titleAbbrevs[strings.ToLower(prefix)]; abbrev || (roleHeadWord.MatchString(prefix) && startsUpper(prefix)) {
			return prefix
		}
	}
	return ""
}

func startsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// reBeforeCommonEra is a year before the common era.
var reBeforeCommonEra = regexp.MustCompile(`\b(?:\d{1,4}|\d{1,2}(?:st|nd|rd|th)(?:\s|\x{00A0})+(?:century|centuries|millennium))(?:\s|\x{00A0})*(?:BC|BCE|B\.C\.)(?:\W|$)`)

// reLowerOrdinal is an ordinal written in lower case or digits.
// reGroupNounTail: "of the Zionist militant group Irgun": a common noun
// of the organisation's kind, with up to three modifiers, between "of the"
// and its name.
var reGroupNounTail = regexp.MustCompile(`(\bof` + sp + `+(?:the` + sp + `+)?)(?:[\w'’-]+` + sp + `+){0,3}?(?:group|organi[sz]ation|party|movement|militia|faction|network|underground)` + sp + `+$`)

// withoutGroupNoun drops the kind noun of reGroupNounTail from the end of
// gap, so that the role patterns read "the leader of the" before the name.
func withoutGroupNoun(gap string) string {
	if loc := reGroupNounTail.FindStringSubmatchIndex(gap); loc != nil {
		return gap[:loc[3]]
	}
	return gap
}

// reClauseInTitle: ", who served as prime minister of" is a clause, which
// reServedAsOf reads; the words before the head are no part of the title.
// ", and the Foreign Minister of Turkey, Mr. Y" goes on with a list: the
// office is the next one's.
var reClauseInTitle = regexp.MustCompile(`(?i)^(?:who|whom|which|that|and)\b|\b(?:served|serves|was|is|became|becomes|been|as)\b`)

var reLowerOrdinal = regexp.MustCompile(`^(?:(?:(?:twenty|thirty|forty|fifty|sixty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six)tieth|last|\d+(?:st|nd|rd|th))$`)

// princely reports a title ending in "Prince" or "Princess" after an
// office ("Foreign Minister Prince Faisal bin Farhan"): a rank of birth,
// no part of the office. "Crown Prince" is an office.
func princely(words []string) bool {
	if len(words) < 2 {
		return false
	}
	last, before := strings.ToLower(words[len(words)-1]), strings.ToLower(words[len(words)-2])
	return (last == "prince" || last == "princess") && before != "crown"
}

// trailingHonorifics are styles of address and religious ranks that may
// stand between an office and a name.
var trailingHonorifics = map[string]bool{
	"ayatollah": true, "grand": true, "sheikh": true, "sheik": true, "shaikh": true, "hojatoleslam": true, "hojjatoleslam": true,
	"sayyed": true, "sayyid": true, "seyyed": true, "dr": true, "mr": true, "mrs": true, "ms": true, "his": true, "her": true,
	"excellency": true, "highness": true, "majesty": true,
}

// canonTitle writes a title one way: spaces collapsed, no leading article
// or trailing punctuation, words capitalised except short function words,
// so "Mideast envoy" and "Mideast Envoy" aggregate as one value.
func canonTitle(s string) string {
	words := strings.Fields(strings.ReplaceAll(s, "\u00a0", " "))
	// "then-president": the office as it was then.
	if len(words) > 0 && len(words[0]) > 5 && strings.EqualFold(words[0][:5], "then-") {
		words[0] = words[0][5:]
	}
	for len(words) > 1 {
		switch strings.ToLower(words[0]) {
		case "the", "a", "an", "and", "its", "their", "former", "then", "current", "incumbent",
			"late", "acting", "under", "by", "with", "from", "as", "to", "for", "elected", "newly-elected", "present", "sitting", "outgoing", "incoming",
			// "who is also prime minister": how the office is held beside another.
			"also", "still", "now", "once",
			// "the first female prime minister": who held it, not the office;
			// "popularly elected as prime minister": how.
			"female", "woman", "male", "officially", "popularly", "democratically", "directly", "duly":
			words = words[1:]
			continue
		}
		// "Iran's most powerful military commander": a superlative ranks
		// the holder, it is no part of the office.
		if len(words) > 2 && strings.EqualFold(words[0], "most") && !strings.EqualFold(words[1], "reverend") {
			words = words[2:]
			continue
		}
		if strings.EqualFold(words[0], "top") {
			words = words[1:]
			continue
		}
		// "America's first representative", "the 45th president": the
		// ordinal counts holders, it is not part of the office. A written
		// capital keeps it ("First Vice President"), and so does "first lady".
		if len(words) > 1 && reLowerOrdinal.MatchString(words[0]) && !strings.EqualFold(words[1], "lady") {
			words = words[1:]
			continue
		}
		break
	}
	// "Supreme Leader Ayatollah Ali Khamenei": a style of address between
	// the office and the name is no part of the office.
	// A title that is nothing else ("Grand Ayatollah") stays whole.
	k := len(words)
	for k > 0 && (trailingHonorifics[strings.ToLower(strings.TrimRight(words[k-1], "."))] || princely(words[:k])) {
		k--
	}
	if k > 0 {
		words = words[:k]
	}
	for i, w := range words {
		if full, ok := titleAbbrevs[strings.ToLower(w)]; ok {
			words[i] = full
			continue
		}
		lw := strings.ToLower(w)
		switch {
		case i > 0 && (lw == "of" || lw == "the" || lw == "for" || lw == "and" || lw == "to" || lw == "on" || lw == "in" || lw == "at"):
			words[i] = lw
		case i > 0 && elidedParticle(lw) > 0:
			// "Chargé d'Affaires": the particle stays small, the noun
			// after it takes the capital.
			p := elidedParticle(lw)
			words[i] = lw[:p] + strings.ToUpper(lw[p:p+1]) + lw[p+1:]
		case w != "" && w[0] >= 'a' && w[0] <= 'z':
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.TrimRight(strings.Join(words, " "), ",;:")
}

// elidedParticle is the length of an elided "d'" opening w when a word
// follows it ("d'affaires"), else 0.
func elidedParticle(w string) int {
	for _, q := range []string{"d'", "d’"} {
		if strings.HasPrefix(w, q) && len(w) > len(q) {
			return len(q)
		}
	}
	return 0
}

// officeOfVerb names the office of "X, who heads the Y".
var officeOfVerb = map[string]string{
	"heads": "Head", "leads": "Leader", "chairs": "Chair", "directs": "Director",
	"runs": "Head", "commands": "Commander",
}

// titleAbbrevs spell out abbreviated titles ("Sen." is "Senator").
var titleAbbrevs = map[string]string{
	"sen.": "Senator", "rep.": "Representative", "gen.": "General", "lt.": "Lieutenant",
	"col.": "Colonel", "maj.": "Major", "capt.": "Captain", "adm.": "Admiral",
	"amb.": "Ambassador", "gov.": "Governor", "pres.": "President", "sec.": "Secretary",
	"sgt.": "Sergeant", "brig.": "Brigadier", "cmdr.": "Commander", "prof.": "Professor",
}

// mentionOf finds the mention of id in v nearest to pos.
func mentionOf(v *sentView, id string, pos int) (mention, bool) {
	best, dist := mention{}, -1
	for _, m := range v.ments {
		if m.EntityID != id {
			continue
		}
		d := m.Start - pos
		if d < 0 {
			d = -d
		}
		if dist < 0 || d < dist {
			best, dist = m, d
		}
	}
	return best, dist >= 0
}

// nextMention is the first mention of v starting at or after pos.
func nextMention(v *sentView, pos int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start >= pos {
			return m, true
		}
	}
	return mention{}, false
}

// unitedStates is the id of the United States when the document mentions
// it; relations only point at entities of the document.
func (b *relBuilder) unitedStates() string {
	for id, e := range b.ents.Entities {
		if e.Type == "Country" && (id == "country:united-states" || e.Name == "United States") {
			return id
		}
	}
	return ""
}

// reForAnotherOffice: a title that ends in the office it serves, "… for
// Secretary-General".
var reForAnotherOffice = regexp.MustCompile(`(?i)\bfor` + sp + `+(?:the` + sp + `+)?Secretary[- ]General$`)

// unitedNations is the id of the United Nations when the document names
// it, else "".
func (b *relBuilder) unitedNations() string {
	for id, e := range b.ents.Entities {
		if e.Type == "Organization" && (id == "organization:united-nations" || e.Name == "United Nations") {
			return id
		}
	}
	return ""
}

// usGovText reports a text published by the United States government,
// where unqualified titles are the government's own officials.
//
// Without an address, a State Department release still says whose it is
// in its first lines: "Office of the Spokesperson", "The below is
// attributable to Spokesperson X", a byline "X, Secretary of State".
func (b *relBuilder) usGovText() bool { return b.govText }

// usGovDocument is usGovText for a document, read once per document: the
// rules ask it sentence by sentence.
func usGovDocument(doc normalize.Document) bool {
	head := doc.Text[:min(len(doc.Text), 600)]
	if reUSGovHead.MatchString(head) {
		return true
	}
	for _, loc := range []string{doc.URL, doc.Locator} {
		u, err := url.Parse(loc)
		if err != nil || u.Host == "" {
			continue
		}
		host := strings.ToLower(u.Hostname())
		if strings.HasSuffix(host, ".gov") || strings.HasSuffix(host, ".mil") {
			return true
		}
	}
	return false
}

// reOwnsNext: a possessive right before the next name.
var reOwnsNext = regexp.MustCompile(`^['’]s` + sp + `+$`)

// lastOffice is the office a coordinated title gives the body named after
// it: "speaker of parliament and leader" of the Amal Movement is its
// Leader; the office before "and" is held of something else.
func lastOffice(title string) string {
	if i := strings.LastIndex(title, " and "); i >= 0 && strings.Contains(title[:i], " of ") {
		if rest := canonTitle(title[i+len(" and "):]); isTitle(rest) {
			return rest
		}
	}
	return canonTitle(title)
}

// nextNamesOffice reports an office after a titled person that a name
// set off after it holds instead: in "the Minister of Foreign Affairs of
// Türkiye, Mr. X, the Minister for Foreign Affairs of Finland, Mr. Y", the
// second office is Y's; X's came before X.
func nextNamesOffice(v *sentView, a arg, holder mention) bool {
	if a.qual == nil && (a.m.Title == "" || a.m.TitleStart >= a.m.Start) {
		return false
	}
	p, ok := nextMention(v, holder.End)
	return ok && p.Type == "Person" && reCommaName.MatchString(v.between(holder.End, p.Start))
}
