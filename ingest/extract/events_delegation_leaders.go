package extract

import (
	"regexp"
	"strings"
)

// The head of a state's delegation takes part in the talks the state holds:
// "Iran held talks with Britain, France and Germany in Istanbul on Friday.
// Deputy Foreign Minister Kazem Gharibabadi, who led the Iranian
// delegation, said …". The talks are the one meeting or round of talks of
// that sentence or the one before in which the state takes part.

// reLedDelegation runs from the leader's name to the state's demonym.
var reLedDelegation = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `*who` + sp + `+)?(?:(?:also|then|later)` + sp + `+)?(?:led|headed|leads|heads|is` + sp + `+leading|was` + sp + `+leading)` + sp + `+(?:the|a|an)` + sp + `+$`)

// reDelegationAfter follows the demonym: the delegation or team.
var reDelegationAfter = regexp.MustCompile(`^` + sp + `+(?:(?:negotiating|official|high-level|senior)` + sp + `+)?(?:delegation|team|negotiators|negotiating` + sp + `+team|side)\b`)

// reDelegationLedBy runs from the delegation's noun to its leader told after it:
// "the Israeli team is led by", "the Hamas delegation, headed by".
// The leader's title may come first, with a body in it: "was headed by
// Senior Undersecretary of the Ministry of Foreign Affairs X".
// A title may close with one word in lower case ("Special Presidential
// Envoy for the Syrian settlement"); a later delegation of the list may
// leave the verb out ("…, the Iranian delegation by Deputy Foreign
// Minister X").
var reDelegationLedBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:(?:(?:is|was|are|were|will` + sp + `+be)` + sp + `+)?(?:led|headed)` + sp + `+(?:(?:at` + sp + `+first|initially|originally|first|later|jointly)` + sp + `+)?)?by` + sp + `+(?:(?:the` + sp + `+)?(?:(?:\p{Lu}[\w.'’-]*|of|the|for|and)` + sp + `+){1,12}?(?:[a-z]+` + sp + `+)?)?$`)

// delegationLeaders adds the leaders of a state's delegation to the talks
// or meeting the state takes part in.
func (b *relBuilder) delegationLeaders() {
	b.delegationListItems()
	for _, v := range b.views {
		b.delegationsLedBy(v)
		b.representedBy(v)
		b.sentDelegations(v)
		b.actedAsChairs(v)
		b.delegationsTo(v)
		for _, a := range v.args {
			if a.typ != "Person" {
				continue
			}
			q, ok := nextMention(v, a.m.End)
			if !ok || q.Type != "Country" || !q.Demonym || !reLedDelegation.MatchString(v.between(a.m.End, q.Start)) {
				continue
			}
			loc := reDelegationAfter.FindStringIndex(v.between(q.End, v.end))
			if loc == nil {
				continue
			}
			state := q.EntityID
			if ev, ok := b.gatheringNear(v.idx, func(id string) bool { return b.takesPart(state, id) }); ok {
				b.add("PARTICIPATED_IN", a.id, ev, 0.75, map[string]any{"role": "head of delegation"}, v, a.start, q.End+loc[1])
			}
		}
	}
}

// delegationsLedBy reads the leader told after the delegation: "The
// Israeli team is led by Mossad chief David Barnea, while the Hamas
// delegation is headed by Khalil al-Hayya". The side is a state's demonym
// or a state's or group's name.
func (b *relBuilder) delegationsLedBy(v *sentView) {
	if !v.has(" led ", "headed ") {
		return
	}
	for _, q := range v.ments {
		if q.Type != "Country" && q.Type != "Organization" || q.Type == "Organization" && q.Demonym {
			continue
		}
		if !q.Demonym && reDelegationOf.MatchString(v.between(max(v.start, q.Start-40), q.Start)) {
			b.delegationOfLedBy(v, q)
			continue
		}
		loc := reDelegationAfter.FindStringIndex(v.between(q.End, v.end))
		if loc == nil {
			continue
		}
		nounEnd := q.End + loc[1]
		for _, a := range v.args {
			if a.start < nounEnd {
				continue
			}
			if a.typ != "Person" && reDelegationLedBy.MatchString(v.between(nounEnd, a.end)+" ") {
				continue // a body in the leader's title
			}
			gap := v.between(nounEnd, a.m.Start)
			// The verb left out only after a delegation told with it.
			elided := !strings.Contains(gap, "led") && !strings.Contains(gap, "headed")
			if a.typ == "Person" && reDelegationLedBy.MatchString(gap) && (!elided || v.has("headed by", "led by") && reHeadedBefore.MatchString(v.between(v.start, q.Start))) {
				side := q.EntityID
				if q.MetonymFor != "" {
					side = q.MetonymFor
				}
				if ev, ok := b.gatheringNear(v.idx, func(id string) bool { return b.takesPart(side, id) }); ok {
					b.add("PARTICIPATED_IN", a.id, ev, 0.75, map[string]any{"role": "head of delegation"}, v, q.Start, a.end)
				} else if nearEv, near := b.gatheringNear(v.idx, b.hasSides); near && !b.isPageGathering(nearEv) {
					// Talks told next to the delegation between other
					// sides: "Israel and Hamas resumed talks in Doha. The
					// Egyptian delegation, led by X, stayed home."
				} else if ev, ok := b.docGathering(v); ok {
					// A statement on one meeting tells each side's
					// delegation: the side took part, and its head.
					b.add("PARTICIPATED_IN", side, ev, 0.75, nil, v, q.Start, a.end)
					b.add("PARTICIPATED_IN", a.id, ev, 0.75, map[string]any{"role": "head of delegation"}, v, q.Start, a.end)
				}
			}
			break
		}
	}
}

// reHeadedBefore: a delegation headed by someone told earlier in the
// sentence, so a later one may leave the verb out.
var reHeadedBefore = regexp.MustCompile(`\b(?:led|headed)` + sp + `+by\b`)

var (
	// "a delegation of", "the team from": the noun before the side.
	reDelegationOf = regexp.MustCompile(`(?i)\b(?:delegation|team)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?$`)
	// ", headed by": the side's leader follows, after a title.
	reDelegationOfLedBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:(?:is|was|are|were)` + sp + `+)?(?:led|headed)` + sp + `+by` + sp)
	// Where the leader's aside ends: the next side or clause.
	reLeaderAsideEnd = regexp.MustCompile(`,` + sp + `*and` + sp + `|;|` + sp + `\(`)
)

// delegationOfLedBy reads "a delegation of the Islamic Republic of Iran,
// headed by Foreign Minister Abbas Araghchi, and ...": the leader is the
// last person named in the aside ("headed by President Trump's Special
// Envoy for the Middle East, Steve Witkoff" is led by Witkoff).
func (b *relBuilder) delegationOfLedBy(v *sentView, q mention) {
	rest := v.between(q.End, v.end)
	loc := reDelegationOfLedBy.FindStringIndex(rest)
	if loc == nil {
		return
	}
	asideEnd := v.end
	if e := reLeaderAsideEnd.FindStringIndex(rest[loc[1]:]); e != nil {
		asideEnd = q.End + loc[1] + e[0]
	}
	var leader *arg
	for i, a := range v.args {
		if a.start >= q.End+loc[1] && a.end <= asideEnd && a.typ == "Person" && !rePossessiveAfter.MatchString(v.between(a.end, asideEnd)) {
			leader = &v.args[i]
		}
	}
	if leader == nil {
		return
	}
	side := q.EntityID
	if ev, ok := b.gatheringNear(v.idx, func(id string) bool { return b.takesPart(side, id) }); ok {
		b.add("PARTICIPATED_IN", leader.id, ev, 0.75, map[string]any{"role": "head of delegation"}, v, q.Start, leader.end)
	}
}

// rePossessiveAfter: a name that owns what follows it ("Trump's envoy").
var rePossessiveAfter = regexp.MustCompile(`^['’]s\b`)

// reRepresentedBy runs from a state or body to the one who stood for it at
// the gathering: "The United States was represented by", "Egypt was
// represented at the talks by".
// "France was represented initially by its foreign minister, Georges
// Bidault": an adverb, and the office set off before the name.
var reRepresentedBy = regexp.MustCompile(`^` + sp + `+(?:was|were|is|are|will` + sp + `+be)` + sp + `+represented` + sp + `+(?:(?:initially|at` + sp + `+first|first|originally|later|chiefly|mainly|also)` + sp + `+)?(?:at` + sp + `+the` + sp + `+(?:talks|meeting|summit|conference|signing|ceremony)` + sp + `+)?by` + sp + `+(?:the` + sp + `+|(?:its|their)` + sp + `+(?:[a-z][\w-]*` + sp + `+){0,3}(?:minister|secretary|president|premier|chancellor|ambassador|envoy|leader|representative|delegate|king|emir)` + sp + `*,` + sp + `*)?$`)

// representedBy adds the one who represented a state or body at the
// gathering it takes part in, told in this sentence or up to two before:
// "The United States was represented by Brett McGurk, White House
// Coordinator for the Middle East and North Africa."
func (b *relBuilder) representedBy(v *sentView) {
	if !v.has("represented") {
		return
	}
	told := false // "Egypt was represented by Nasser, Jordan by King Hussein"
	for i, q := range v.args {
		if q.typ != "Country" && q.typ != "Organization" || q.m.Demonym || i+1 >= len(v.args) {
			continue
		}
		a := v.args[i+1]
		gap := v.between(q.end, a.start)
		// "was represented by its Ambassador to Kazakhstan, George
		// Krol": the state in the title is no representative.
		if a.typ != "Person" && i+2 < len(v.args) && v.args[i+2].typ == "Person" && reRepresentedByTitled.MatchString(v.between(q.end, v.args[i+2].m.Start)) {
			a = v.args[i+2]
			gap = ""
		}
		if a.typ != "Person" || gap != "" && !reRepresentedBy.MatchString(gap) && !(told && reElidedBy.MatchString(gap)) || b.irrealisClause(v, q.start, a.end) {
			continue
		}
		told = true
		side := q.id
		b.representativeOffices(v, a, side)
		// The gathering is told first, the delegations after it, a
		// sentence or two on (gatheringNear reads sentence k and the one
		// before it).
		found := false
		for k := v.idx; k >= max(0, v.idx-1); k-- {
			if ev, ok := b.gatheringNear(k, func(id string) bool { return b.takesPart(side, id) }); ok {
				b.add("PARTICIPATED_IN", a.id, ev, 0.75, map[string]any{"role": "representative"}, v, q.start, a.end)
				found = true
				break
			}
		}
		// A state represented at the one gathering just told (or the
		// one the whole text tells of) took part in it, whoever the
		// text had named there before.
		ev, ok := b.oneGatheringBefore(v)
		if !ok {
			ev, ok = b.docGathering(v)
		}
		if ok && !found {
			b.add("PARTICIPATED_IN", side, ev, 0.75, nil, v, q.start, a.end)
			b.add("PARTICIPATED_IN", a.id, ev, 0.75, map[string]any{"role": "representative"}, v, q.start, a.end)
		}
	}
}

// docGathering is the one gathering the document names up to v, if it
// names exactly one: a statement on a meeting tells its delegations
// paragraphs after the meeting. A gathering named only later is not yet
// told. A page that names other gatherings too tells the delegations of
// its own: the one its title names or its first sentence opens with.
func (b *relBuilder) docGathering(v *sentView) (string, bool) {
	if ev, ok := b.oneGatheringIn(0, v.idx); ok {
		return ev, true
	}
	return b.pageGathering()
}

// reParagraphNumber: the number a paragraph of a statement opens with.
var reParagraphNumber = regexp.MustCompile(`^` + sp + `*\d{1,2}\.` + sp + `+`)

// isPageGathering reports ev as the gathering the page is about.
func (b *relBuilder) isPageGathering(ev string) bool {
	page, ok := b.pageGathering()
	return ok && page == ev
}

// pageGathering is the gathering a page is about: the one its title names
// and a line of its first three opens with, bare or after "The" ("Geneva
// Conference (1954)" over "The Geneva Conference was an international
// conference held in Geneva").
func (b *relBuilder) pageGathering() (string, bool) {
	title := strings.ToLower(b.doc.Title)
	if title == "" {
		return "", false
	}
	for k := 0; k < min(3, len(b.views)); k++ {
		v := b.views[k]
		for _, m := range b.eventMentsOf(v) {
			if !b.gatheringLike(m.EntityID) || !strings.Contains(title, strings.ToLower(v.between(m.Start, m.End))) {
				continue
			}
			// A numbered paragraph opens with its number ("1. The ASEAN
			// Leaders' Meeting was convened").
			opening := strings.TrimSpace(reParagraphNumber.ReplaceAllString(v.between(v.start, m.Start), ""))
			if opening == "" || opening == "The" {
				return m.EntityID, true
			}
		}
	}
	return "", false
}

// reRepresentedByTitled: "was represented by its Ambassador to
// Kazakhstan, " up to the representative's name.
var reRepresentedByTitled = regexp.MustCompile(`^` + sp + `+(?:was|were|is|are|will` + sp + `+be)` + sp + `+represented` + sp + `+by` + sp + `+(?:its|their|the)` + sp + `+(?:\p{Lu}[\w'’-]*` + sp + `+){1,4}(?:to|in|at|of)` + sp + `+(?:the` + sp + `+)?[^,;()]{1,40},` + sp + `+$`)

// reElidedBy: a later pair of a list of representatives, its verb elided
// (", Jordan by King Hussein").
var reElidedBy = regexp.MustCompile(`^` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)

// oneGatheringBefore is the one gathering (a summit, conference, meeting
// or talks, the rules' or the catalog's) named in v or the two sentences
// before it, if there is exactly one.
func (b *relBuilder) oneGatheringBefore(v *sentView) (string, bool) {
	return b.oneGatheringIn(max(0, v.idx-2), v.idx)
}

// oneGatheringIn is the one gathering named in sentences from to last, if
// there is exactly one.
func (b *relBuilder) oneGatheringIn(from, last int) (string, bool) {
	found := ""
	for k := from; k <= last && k < len(b.views); k++ {
		for _, m := range b.eventMentsOf(b.views[k]) {
			if !reGatheringName.MatchString(b.nameOf(m.EntityID)) || b.recalledOnly(k, m.EntityID) {
				continue
			}
			if found != "" && found != m.EntityID {
				return "", false
			}
			found = m.EntityID
		}
	}
	return found, found != ""
}

// A state's delegation to a gathering named right after it says the
// state took part, and so did whoever led it: "Haidar Abdel-Shafi was the
// head of the Palestinian delegation to the Madrid Conference", "Riad
// al-Solh led the Lebanese delegation to the Alexandria Conference".

// reDelegationTo: from the delegation's noun to the gathering's name.
var reDelegationTo = regexp.MustCompile(`^` + sp + `+(?:to|at)` + sp + `+(?:the` + sp + `+)?$`)

// reHeadOfDelegation runs from the leader's name to the state's demonym
// when the leader is told as the delegation's head.
var reHeadOfDelegation = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:is|was|became)` + sp + `+(?:(?:best|mainly|chiefly)` + sp + `+known` + sp + `+as` + sp + `+)?|as` + sp + `+)(?:the` + sp + `+)?(?:head|leader|chief)` + sp + `+of` + sp + `+the` + sp + `+$`)

// delegationsTo reads the form above.
func (b *relBuilder) delegationsTo(v *sentView) {
	if !v.has("delegation") {
		return
	}
	events := b.sentenceEventsWhere(v, func(string) bool { return true })
	for _, q := range v.ments {
		// "the joint Jordanian–Palestinian delegation" is no one state's.
		if q.Type != "Country" || !q.Demonym || strings.HasSuffix(v.between(max(v.start, q.Start-3), q.Start), "–") || strings.HasSuffix(v.between(max(v.start, q.Start-1), q.Start), "-") {
			continue
		}
		loc := reDelegationAfter.FindStringIndex(v.between(q.End, v.end))
		if loc == nil {
			continue
		}
		after := q.End + loc[1]
		for _, e := range events {
			if e.Start < after || !reDelegationTo.MatchString(v.between(after, e.Start)) || b.irrealisClause(v, q.Start, e.End) {
				continue
			}
			b.add("PARTICIPATED_IN", q.EntityID, e.EntityID, 0.75, nil, v, q.Start, e.End)
			for _, a := range v.args {
				if a.typ == "Person" && a.m.End <= q.Start && (reLedDelegation.MatchString(v.between(a.m.End, q.Start)) || reHeadOfDelegation.MatchString(v.between(a.m.End, q.Start))) {
					b.add("PARTICIPATED_IN", a.id, e.EntityID, 0.75, map[string]any{"role": "head of delegation"}, v, a.start, e.End)
				}
			}
			break
		}
	}
}

// hasSides reports an event some state or body is known to take part in.
func (b *relBuilder) hasSides(event string) bool {
	for _, r := range b.rels {
		if r.Type == "PARTICIPATED_IN" && r.To == event {
			if t := b.typeOf(r.From); t == "Country" || t == "Organization" {
				return true
			}
		}
	}
	return false
}

// reSentDelegation: from a state to the one who led the delegation it
// sent: " sent a delegation under ", " sent a delegation led by ".
var reSentDelegation = regexp.MustCompile(`^` + sp + `+(?:also` + sp + `+)?sent` + sp + `+(?:a|its|an)` + sp + `+(?:[\w-]+` + sp + `+)?(?:delegation|team)` + sp + `+(?:under|(?:led|headed)` + sp + `+by)` + sp + `+(?:(?:its|the)` + sp + `+)?(?:\p{Lu}[\w'’.-]*` + sp + `+){0,4}$`)

// sentDelegations reads "The Democratic Republic of Vietnam sent a
// delegation under Pham Van Dong": the state and the delegation's leader
// took part in the gathering told near, or the page's own.
func (b *relBuilder) sentDelegations(v *sentView) {
	if !v.has("sent") {
		return
	}
	for i, q := range v.args {
		if q.typ != "Country" && q.typ != "Organization" || q.m.Demonym || i+1 >= len(v.args) {
			continue
		}
		a := v.args[i+1]
		if a.typ != "Person" || !reSentDelegation.MatchString(v.between(q.end, a.m.Start)) || b.irrealisClause(v, q.start, a.end) {
			continue
		}
		ev, ok := b.gatheringNear(v.idx, func(id string) bool { return true })
		if !ok {
			ev, ok = b.docGathering(v)
		}
		if ok {
			b.add("PARTICIPATED_IN", q.id, ev, 0.75, nil, v, q.start, a.end)
			b.add("PARTICIPATED_IN", a.id, ev, 0.75, map[string]any{"role": "head of delegation"}, v, q.start, a.end)
		}
	}
}

// reActedAsChairs: after the chairs of a gathering, the verb that makes
// them so: "acted as co-chairmen", "served as co-chairs".
var reActedAsChairs = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:(?:jointly|also)` + sp + `+)?(?:acted|served)` + sp + `+as` + sp + `+(?:the` + sp + `+)?(?:co-?chairm[ae]n|co-?chairs|co-?chairpersons|co-?presidents|chairm[ae]n|chairs)\b`)

// reActedAs finds where the verb begins, past the comma that may close
// the last chair's apposition.
var reActedAs = regexp.MustCompile(`,?` + sp + `*(?:(?:jointly|also)` + sp + `+)?(?:acted|served)` + sp + `+as\b`)

// actedAsChairs reads "Anthony Eden, the British Foreign Secretary, and
// Vyacheslav Molotov, the Soviet Foreign Minister, acted as co-chairmen":
// the chairs took part in the gathering told near, or the page's own.
func (b *relBuilder) actedAsChairs(v *sentView) {
	if !v.has("acted as", "served as") {
		return
	}
	loc := reActedAs.FindStringIndex(v.between(v.start, v.end))
	if loc == nil || !reActedAsChairs.MatchString(v.between(v.start+loc[0], v.end)) {
		return
	}
	at := v.start + loc[0]
	people := apposedPeopleBefore(v, at)
	if people == nil {
		for _, g := range groups(v) {
			if last := v.args[g[len(g)-1]]; len(g) >= 2 && strings.TrimSpace(v.between(last.end, at)) == "" {
				people = argsOf(v, g)
			}
		}
	}
	if len(people) < 2 || b.irrealisClause(v, people[0].start, v.end) {
		return
	}
	ev, ok := b.gatheringNear(v.idx, func(string) bool { return true })
	if !ok {
		ev, ok = b.docGathering(v)
	}
	if !ok {
		return
	}
	for _, p := range people {
		b.add("PARTICIPATED_IN", p.id, ev, 0.75, map[string]any{"role": "co-chair"}, v, people[0].start, v.end)
	}
}

// reRepresentativeOffice: the office set off after a representative's name,
// up to where the item of the list ends: ", Minister of Foreign Affairs;".
var reRepresentativeOffice = regexp.MustCompile(`^` + sp + `*,` + sp + `*([^,;:()]{3,90}?)` + sp + `*(?:;|\.|,` + sp + `*and\b|$)`)

// representativeOffices reads the office written after the one who
// represented a state: "The Lao People's Democratic Republic was
// represented by His Excellency Saleumxay Kommasith, Minister of Foreign
// Affairs; the Republic of the Philippines by …". An office that names
// no holder of its own is held for the state represented; "Deputy Prime
// Minister and Minister of Foreign Affairs" are two.
func (b *relBuilder) representativeOffices(v *sentView, a arg, side string) {
	if b.typeOf(side) != "Country" {
		return
	}
	m := reRepresentativeOffice.FindStringSubmatchIndex(v.between(a.m.End, v.end))
	if m == nil {
		return
	}
	s, e := a.m.End+m[2], a.m.End+m[3]
	for _, q := range v.ments {
		if q.Start < e && s < q.End {
			return // "Minister of Foreign Affairs of Laos" names its holder
		}
	}
	for _, office := range strings.Split(v.between(s, e), " and ") {
		office = strings.TrimSpace(office)
		head, _, _ := strings.Cut(office, " of ")
		head, _, _ = strings.Cut(head, " for ")
		if !startsUpper(office) || !roleHeadWord.MatchString(head) {
			continue
		}
		b.addRole(a.id, side, canonTitle(office), 0.8, v, a.start, e)
	}
}
