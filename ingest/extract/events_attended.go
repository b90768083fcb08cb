package extract

import (
	"regexp"
	"strings"
)

// "Syria attended the summit", "Ministers from France and Italy took part
// in the meeting", "X also addressed the delegates": a bare "the summit" stands for the one summit (or
// conference, meeting, talks; "the signing" for the signing of an
// agreement) named in the same sentence or the two before; whoever
// attended or witnessed it took part in it, and a place right after it is
// where it was held.

var (
	// After the attenders: "attended the summit", "took part in the
	// conference", "joined the talks". The noun is captured.
	reAttendedThe = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|then|jointly|both|all)` + sp + `+)?(?:attended|joined|took` + sp + `+part` + sp + `+in|participated` + sp + `+in|(?:was|were)` + sp + `+present` + sp + `+at|witnessed(?:` + sp + `+and` + sp + `+celebrated)?|celebrated|addressed|spoke` + sp + `+to|opened|(?:was|were)` + sp + `+among` + sp + `+the` + sp + `+(?:[\w-]+` + sp + `+)?(?:leaders|guests|dignitaries|officials|delegates|participants|attendees)` + sp + `+at)` + sp + `+the` + sp + `+(?:signing` + sp + `+)?(summit|conference|meeting|talks|negotiations|forum|gathering|signing|ceremony|delegates|participants)\b`)
	// After those who attended, the others who did: "attended the
	// ceremony, as did the foreign ministers of Italy, Spain and Turkey".
	reAsDid = regexp.MustCompile(`^` + sp + `*,` + sp + `*as` + sp + `+did` + sp + `+(?:the` + sp + `+)?(?:(?:[\w-]+` + sp + `+){0,3}?(?:of|from)` + sp + `+(?:the` + sp + `+)?)?$`)
	// Where it was: "witnessed the signing at a ceremony at the NASA
	// Headquarters", "attended the summit in Riyadh".
	reAttendedAt = regexp.MustCompile(`^` + sp + `+(?:(?:at|in)` + sp + `+an?` + sp + `+(?:[\w-]+` + sp + `+)?(?:ceremony|event|reception)` + sp + `+)?(?:at|in)` + sp + `+(?:the` + sp + `+)?$`)
	// What names a different event after the noun: "the summit of the
	// G7", "the talks on trade", "the meeting between X and Y", "the
	// talks with Iran" (not "opened the ceremony with a speech").
	reOtherEventAfter = regexp.MustCompile(`^` + sp + `*(?:of|on|between|with` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}|its|his|her|their)|about|over|in` + sp + `+[a-z])\b`)
	// Before the attenders: "Leaders of", "Ministers from", "delegations
	// from": they stand for their states.
	reEnvoysOf = regexp.MustCompile(`(?i)\b(?:leaders|ministers|delegations|delegates|representatives|officials|envoys|heads` + sp + `+of` + sp + `+state)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?$`)
)

// attendKinds are the event kinds each noun may stand for.
var attendKinds = map[string][]string{
	"summit":       {"summit"},
	"conference":   {"conference"},
	"forum":        {"forum"},
	"meeting":      {"meeting"},
	"gathering":    {"meeting", "summit", "conference"},
	"talks":        {"talks"},
	"negotiations": {"talks"},
	"signing":      {"agreement"},
	// "attended the ceremony": the signing the story is about.
	"ceremony": {"agreement"},
	// "addressed the delegates": those gathered at any of these.
	"delegates":    {"conference", "summit", "meeting", "forum", "talks"},
	"participants": {"conference", "summit", "meeting", "forum", "talks"},
}

// "The following members of the Coalition were represented at the
// meeting: Albania, Australia, …": the states and bodies listed after the
// colon took part in it.

// reListedAtThe: the attendance verb and "the meeting", then the colon
// that opens the list.
var reListedAtThe = regexp.MustCompile(`\b(?:(?:was|were)` + sp + `+represented` + sp + `+at|attended|took` + sp + `+part` + sp + `+in|participated` + sp + `+in)` + sp + `+the` + sp + `+(summit|conference|meeting|talks|negotiations|forum|gathering)` + sp + `*:` + sp + `*`)

// attendedLists gives PARTICIPATED_IN to everyone listed after "were
// represented at the meeting:".
func (b *relBuilder) attendedLists(v *sentView) {
	if !v.has(":") {
		return
	}
	text := v.between(v.start, v.end)
	loc := reListedAtThe.FindStringSubmatchIndex(text)
	if loc == nil || b.irrealisClause(v, v.start, v.start+loc[1]) {
		return
	}
	id := b.recentEventOf(v, attendKinds[text[loc[2]:loc[3]]])
	if id == "" {
		return
	}
	from := v.start + loc[1]
	for _, a := range v.args {
		if a.start < from || a.m.Demonym || a.m.Pronoun || a.typ == "Place" {
			continue
		}
		b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, v.start+loc[0], a.end)
	}
}

// reChairedWith: right before the one who chaired a gathering with its
// subject: "who co-chaired the meeting with".
var reChairedWith = regexp.MustCompile(`\b(?:co-?chaired|chaired|co-?hosted|convened)` + sp + `+the` + sp + `+(summit|conference|meeting|talks|negotiations|forum|gathering)` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)

// chairedWith gives PARTICIPATED_IN to the co-chair named after "chaired
// the meeting with"; the subject is read by the rules of chairs.
func (b *relBuilder) chairedWith(v *sentView) {
	if !v.has("chaired", "hosted", "convened") {
		return
	}
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		lo := max(v.start, first.start-60)
		loc := reChairedWith.FindStringSubmatchIndex(v.between(lo, first.start))
		if loc == nil || b.irrealisClause(v, lo+loc[0], last.end) {
			continue
		}
		id := b.recentEventOf(v, attendKinds[v.between(lo+loc[2], lo+loc[3])])
		if id == "" {
			continue
		}
		b.tookPart(v, argsOf(v, g), id, 0.75, lo+loc[0], last.end)
	}
}

// attendedEvents finds who attended "the summit" of the sentences before.
func (b *relBuilder) attendedEvents(v *sentView) {
	b.attendedLists(v)
	b.chairedWith(v)
	if !v.has("attended", "joined", "took part", "participated", "present at", "witnessed", "celebrated", "addressed", "spoke to", "opened", "among the") {
		return
	}
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		after := v.between(last.end, v.end)
		loc := reAttendedThe.FindStringSubmatchIndex(after)
		if loc == nil || reOtherEventAfter.MatchString(after[loc[1]:]) {
			continue
		}
		// The group opens its clause, or stands for envoys who do.
		before := v.between(v.start, first.start)
		if !reEventOpens.MatchString(before) && !reEnvoysOf.MatchString(before) {
			continue
		}
		if b.irrealisClause(v, first.start, last.end+loc[1]) {
			continue
		}
		noun := after[loc[2]:loc[3]]
		id := b.recentEventOf(v, attendKinds[noun])
		if id == "" {
			continue
		}
		for _, a := range argsOf(v, g) {
			if a.m.Demonym {
				continue
			}
			b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, first.start, last.end+loc[1])
		}
		nounEnd := last.end + loc[1]
		for _, g2 := range groups(v) {
			if o := v.args[g2[0]]; o.start > nounEnd && reAsDid.MatchString(v.between(nounEnd, o.start)) {
				for _, a := range argsOf(v, g2) {
					if !a.m.Demonym && a.typ != "Place" {
						b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, first.start, a.end)
					}
				}
			}
		}
		if p, ok := nextMention(v, nounEnd); ok && (p.Type == "Place" || p.Type == "Country" && !p.Demonym) &&
			reAttendedAt.MatchString(v.between(nounEnd, p.Start)) {
			b.add("HELD_IN", id, p.EntityID, 0.75, nil, v, first.start, p.End)
		}
	}
}

// recentEventOf is the one event of the given kinds built or named in v or
// the two sentences before it in the same paragraph; failing that, the one
// event of those kinds the document told of before (a news story's
// paragraphs are a sentence or two long, and "the talks" of its fifth are
// still the talks of its first); or "".
func (b *relBuilder) recentEventOf(v *sentView, kinds []string) string {
	from := b.paragraphBack(v)
	if id, n := b.soleEventOf(from, v.idx, kinds); n > 0 {
		return id // "" when several are near: which one is not said
	}
	id, _ := b.soleEventOf(0, from-1, kinds)
	return id
}

// nearEventOf is the one event of the given kinds named in v or the two
// sentences of its paragraph before it, or "".
func (b *relBuilder) nearEventOf(v *sentView, kinds []string) string {
	id, _ := b.soleEventOf(b.paragraphBack(v), v.idx, kinds)
	return id
}

// paragraphBack is the first of v and the two sentences before it that
// share its paragraph.
func (b *relBuilder) paragraphBack(v *sentView) int {
	from := v.idx
	for from > 0 && from > v.idx-2 && !strings.Contains(v.text[b.views[from-1].end:b.views[from].start], "\n\n") {
		from--
	}
	return from
}

// soleEventOf is the one event of the given kinds built or named in
// sentences from to last, and how many there are: 0, 1, or 2 for more
// than one (then the id is "").
func (b *relBuilder) soleEventOf(from, last int, kinds []string) (string, int) {
	found := ""
	for k := from; k <= last; k++ {
		ids := append([]string{}, b.sentenceEvents[k]...)
		for _, m := range b.views[k].ments {
			if m.Type == "Event" {
				ids = append(ids, m.EntityID)
			}
		}
		for _, id := range ids {
			if !b.eventKindIn(id, kinds) || b.recalledOnly(k, id) {
				continue
			}
			if found != "" && found != id {
				return "", 2
			}
			found = id
		}
	}
	if found == "" {
		return "", 0
	}
	return found, 1
}

// reRecalledBefore: right before an event a sentence recalls to date
// another by it: "the first meeting in eleven years, since the Istanbul
// Summit of 1999".
var reRecalledBefore = regexp.MustCompile(`\b(?:since|after|before|following|unlike|than|until)` + sp + `+(?:the` + sp + `+)?$`)

// recalledOnly reports an event sentence k names only to recall it, each
// of its mentions there after "since", "before" and the like; one that
// sentence k built has no mention and is no recall.
func (b *relBuilder) recalledOnly(k int, id string) bool {
	v := b.views[k]
	n := 0
	for _, list := range [][]mention{v.ments, b.evMent} {
		for _, m := range list {
			if m.EntityID != id || m.Start < v.start || m.End > v.end {
				continue
			}
			if !reRecalledBefore.MatchString(v.between(max(v.start, m.Start-16), m.Start)) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// eventKind is the kind of event id: the one the rule that built it gave,
// or for an event of the entity stage the one its name gives; "" if none.
func (b *relBuilder) eventKind(id string) string {
	if e, ok := b.events[id]; ok {
		k, _ := e.Props["kind"].(string)
		return k
	}
	if e, ok := b.ents.Entities[id]; ok {
		return kindOfName(e.Name)
	}
	return ""
}

// eventKindIn reports an event whose kind is one of kinds.
func (b *relBuilder) eventKindIn(id string, kinds []string) bool {
	k := b.eventKind(id)
	if k == "" {
		return false
	}
	for _, want := range kinds {
		if strings.EqualFold(k, want) {
			return true
		}
	}
	return false
}

// "Participating were A, B and C.", "Participants included A and B.",
// "The summit was attended by A and B.", "Forty countries took part,
// among them A, represented by its minister B, and C": a list after such an opener
// names the people, states and bodies who took part in the event the sentences before told
// of (a summit, conference, forum, meeting or talks; the noun, when
// given, says which kind).
var (
	reListedAttendersOpener = regexp.MustCompile(`^(?:(?:Also` + sp + `+)?(?:Participating|Attending|Present|[Tt]aking` + sp + `+part)` + sp + `+(?:were|was)|(?:The` + sp + `+)?(?:[Pp]articipants|[Aa]ttendees)` + sp + `+(?:included|were)|Among` + sp + `+(?:the` + sp + `+)?(?:participants|attendees|those` + sp + `+(?:attending|present))` + sp + `+(?:were|was)|(?:The|This)` + sp + `+(?:signing` + sp + `+)?(summit|conference|forum|meeting|talks|ceremony)(?:` + sp + `*,[^,;]{1,60},)?` + sp + `+(?:was|were)` + sp + `+(?:also` + sp + `+)?attended` + sp + `+by)` + sp + `+` +
		// "More than forty countries and organizations took part, among
		// them A, …".
		`|^(?:(?:More` + sp + `+than|Some|About|Over|Nearly|Around)` + sp + `+)?(?:[\w-]+` + sp + `+)?(?:countries|nations|states|governments|delegations)(?:` + sp + `+and` + sp + `+(?:[\w-]+` + sp + `+)?(?:organi[sz]ations|bodies|institutions|agencies))?` + sp + `+(?:took` + sp + `+part|participated|attended|were` + sp + `+represented)(?:` + sp + `+in` + sp + `+the` + sp + `+(summit|conference|forum|meeting|talks))?` + sp + `*,` + sp + `*(?:among` + sp + `+them|including|such` + sp + `+as)` + sp + `+`)
	// Where the list ends: a clause after it ("…, who", "; "), not a
	// comma between its items.
	reListEnd = regexp.MustCompile(`;|` + sp + `(?:who|which|while|but)` + sp)
)

// listedAttenders finds the people a list of participants names.
func (b *relBuilder) listedAttenders(v *sentView) {
	head := v.between(v.start, v.end)
	loc := reListedAttendersOpener.FindStringSubmatchIndex(head)
	if loc == nil {
		return
	}
	kinds := []string{"summit", "conference", "forum", "meeting", "talks"}
	for k := 2; k+1 < len(loc); k += 2 {
		if loc[k] >= 0 {
			kinds = attendKinds[head[loc[k]:loc[k+1]]]
		}
	}
	id := b.recentEventOf(v, kinds)
	if id == "" {
		return
	}
	end := v.end
	if e := reListEnd.FindStringIndex(head[loc[1]:]); e != nil {
		end = v.start + loc[1] + e[0]
	}
	for i, a := range v.args {
		// "Participants included the Arab League, China, Egypt, …":
		// states and bodies take part as people do; a demonym describes,
		// and the state of "King X of Jordan" is the king's.
		if !a.actor() || a.m.Demonym || a.start < v.start+loc[1] || a.m.End > end {
			continue
		}
		if a.typ != "Person" && i > 0 && v.args[i-1].typ == "Person" && reOfHolder.MatchString(v.between(v.args[i-1].end, a.start)) {
			continue
		}
		b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, v.start, a.m.End)
		if a.typ == "Person" && a.m.End <= end && end < v.end && head[end-v.start] == ';' {
			b.semicolonAttenders(v, id, v.start, a)
			return
		}
	}
}

// reAttendedByAfter: right after an event, before those who attended or
// chaired it: ", attended by", ", which was attended by", ", chaired by".
var reAttendedByAfter = regexp.MustCompile(`^(?:` + sp + `+(?:of|in|on)` + sp + `+[^,;()]{1,30}?)?(?:` + sp + `*,` + sp + `*(?:(?:which|that)` + sp + `+(?:was|were)` + sp + `+)?|` + sp + `+(?:was|were)` + sp + `+)(?:also` + sp + `+)?(?:attended|chaired|co-chaired|presided` + sp + `+over)` + sp + `+by` + sp + `+(?:the` + sp + `+)?` + attendeesOf + `$`)

// reAndBy joins one attender to the next: ", and by".
var reAndBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `*and` + sp + `+by` + sp + `+(?:the` + sp + `+)?` + attendeesOf + `$`)

// reOfficeThenName: an office, perhaps with its state's adjective, then
// its holder after a comma ("the Saudi foreign minister, Prince Faisal bin
// Farhan"): the end of the words before the holder.
var reOfficeThenName = regexp.MustCompile(`(?:\p{Lu}[\w-]*` + sp + `+)?(?:[a-z][\w-]*` + sp + `+){0,2}?(?i:` + roleHeads + `)` + sp + `*,` + sp + `*(?:` + nameStyle + sp + `+)*$`)

// reOfficeAfterState: the office after a state's adjective, up to its
// holder.
var reOfficeAfterState = regexp.MustCompile(`^` + sp + `+` + roleNoun + sp + `*,` + sp + `*(?:` + nameStyle + sp + `+)*$`)

// attendedByGap reports the words between an event and the first of those
// who attended it as reAttendedByAfter reads them, past an office set off
// before a person.
func attendedByGap(gap string, first arg) bool {
	if reAttendedByAfter.MatchString(gap) {
		return true
	}
	loc := reOfficeThenName.FindStringIndex(gap)
	return loc != nil && first.typ == "Person" && reAttendedByAfter.MatchString(gap[:loc[0]])
}

// attendeesOf: the officials who came, standing for their states ("the
// leaders of", "representatives from").
const attendeesOf = `(?:(?:leaders|heads` + sp + `+of` + sp + `+state|presidents|representatives|delegations|delegates|ministers|foreign` + sp + `+ministers|officials)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?)?`

// attendedBy finds who attended an event of v told right after it: "the
// Khartoum summit of August 1967, attended by Nasser, King Faisal and King
// Hussein".
func (b *relBuilder) attendedBy(v *sentView) {
	if !v.has("attended by", "chaired by", "presided over by") {
		return
	}
	gs := groups(v)
	for _, m := range b.eventMentsOf(v) {
		for gi, g := range gs {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if first.start < m.End {
				continue
			}
			gap := v.between(m.End, first.start)
			if !attendedByGap(gap, first) || b.irrealisClause(v, m.Start, last.end) {
				// A state in what the event is of ("a summit of Sudan's
				// neighbours in Cairo, attended by") is passed over.
				if !strings.ContainsAny(gap, ",;") && len(gap) < 30 {
					continue
				}
				break
			}
			b.attenders(v, m, gs, gi)
			break
		}
	}
}

// attenders gives PARTICIPATED_IN in event m to the group gs[gi] after
// "attended by" and to the groups joined to it by ", and by"; a group
// that is only a state's adjective before an office gives the office's
// holder named after a comma ("attended by the Saudi foreign minister,
// Prince Faisal bin Farhan, and by President Emmanuel Macron").
func (b *relBuilder) attenders(v *sentView, m mention, gs [][]int, gi int) {
	b.semicolonAttenders(v, m.EntityID, m.Start, v.args[gs[gi][0]])
	for gi < len(gs) {
		g := gs[gi]
		last := v.args[g[len(g)-1]]
		named := false
		for _, a := range argsOf(v, g) {
			if !a.m.Demonym {
				b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, m.Start, last.end)
				named = true
			}
		}
		if !named && gi+1 < len(gs) {
			next := v.args[gs[gi+1][0]]
			if next.typ == "Person" && reOfficeAfterState.MatchString(v.between(last.end, next.start)) {
				gi++
				b.add("PARTICIPATED_IN", next.id, m.EntityID, 0.75, nil, v, m.Start, next.end)
				last = next
			}
		}
		if gi+1 >= len(gs) || !reAndBy.MatchString(v.between(last.end, v.args[gs[gi+1][0]].start)) {
			return
		}
		gi++
	}
}

// reListedAttendee: from one attendee's name to the next's in a list of
// attendees each with an office, the items set apart by semicolons:
// ", President of the Republic of Indonesia; ".
// Styles the name did not take may open the next item ("Samdech Akka
// Moha Sena Padei Techo Hun Sen", "Tan Sri Dato' Haji Muhyiddin Yassin").
var reListedAttendee = regexp.MustCompile(`^` + sp + `*,[^;:()]{1,160};` + sp + `*(?:and` + sp + `+)?(?:\p{Lu}[\w'’.]*` + sp + `+){0,6}$`)

// semicolonAttenders gives PARTICIPATED_IN in event id to the people listed
// after first, each with an office set off after the name and the items
// set apart by semicolons: "The Meeting was attended by His Excellency
// Joko Widodo, President of the Republic of Indonesia; Samdech Hun Sen,
// Prime Minister of the Kingdom of Cambodia; and …". The first is the
// group's own, given by the caller.
func (b *relBuilder) semicolonAttenders(v *sentView, id string, from int, first arg) {
	if first.typ != "Person" || !v.has(";") {
		return
	}
	prev := first
	for _, a := range v.args {
		if a.typ != "Person" || a.start <= prev.m.End {
			continue
		}
		if !reListedAttendee.MatchString(v.between(prev.m.End, a.start)) {
			return
		}
		b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, from, a.m.End)
		prev = a
	}
}

var (
	// reItWas opens a sentence that goes on about the event of the one
	// before: "It was chaired …", "The meeting was attended by …".
	// "The Summit, held on 1 and 2 December 2010 at the Palace of
	// Independence, was chaired by": an aside of its day and place.
	reItWas = regexp.MustCompile(`^(?:It|The` + sp + `+((?i:meeting|summit|conference|session|talks|gathering)))(?:` + sp + `*,[^,;]{1,100},)?` + sp + `+(?:was|were)` + sp + `+(?:also` + sp + `+)?(?:chaired|attended|opened|co-chaired|presided` + sp + `+over)\b`)
	// reByAttendee: right before those who chaired or attended it, "and
	// attended by representatives of", "chaired … by the … of the
	// European External Action Service,".
	reByAttendee = regexp.MustCompile(`\b(?:chaired|co-chaired|attended|presided` + sp + `+over)(?:,[^;]{1,120}?,)?` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:representatives|delegations|delegates|envoys|ministers|foreign` + sp + `+ministers|leaders|officials|heads` + sp + `+of` + sp + `+state)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?)?$`)
)

// attendedByIt reads a sentence that tells who chaired or attended the one
// event of the sentence before ("The Joint Commission … met today in
// Vienna. It was chaired … by Enrique Mora, and attended by
// representatives of China, France, …"): each took part in it. A chair
// is a person named as such; the states and bodies those attending
// represented took part.
func (b *relBuilder) attendedByIt(v *sentView) {
	if v.idx == 0 {
		return
	}
	opener := reItWas.FindStringSubmatch(v.between(v.start, v.end))
	if opener == nil {
		return
	}
	id, ok := b.oneEventOf(v.idx - 1)
	if !ok && opener[1] != "" {
		// "The Summit … was chaired by" far from the summit's name: the
		// one gathering the document tells of.
		id, ok = b.docGathering(v)
	}
	if !ok {
		return // none before, or two: which one is "it" is not told
	}
	// "The conference was attended by" after a summit is of another
	// gathering: a noun of a kind must name the event ("the meeting" is
	// any).
	if noun := strings.ToLower(opener[1]); (noun == "summit" || noun == "conference" || noun == "talks") && !strings.Contains(strings.ToLower(b.eventNameOf(id)), noun) {
		return
	}
	if b.irrealisClause(v, v.start, v.end) {
		return
	}
	for _, g := range groups(v) {
		first := v.args[g[0]]
		if !reByAttendee.MatchString(v.between(v.start, first.start)) {
			continue
		}
		// A comma after the last "by" sets off an office before its
		// holder ("by the Deputy Secretary General of the European
		// External Action Service, Enrique Mora"): only a person named
		// there took part.
		gap := v.between(v.start, first.start)
		by := strings.LastIndex(gap, " by ")
		if by >= 0 && strings.Contains(gap[by:], ",") && first.typ != "Person" {
			continue
		}
		for _, a := range argsOf(v, g) {
			if !a.m.Demonym {
				b.add("PARTICIPATED_IN", a.id, id, 0.7, nil, v, v.start, a.end)
			}
		}
	}
}

// oneEventOf is the one event built or named in sentence idx; none when
// the sentence has no event or several.
func (b *relBuilder) oneEventOf(idx int) (string, bool) {
	var ids []string
	for _, id := range dedupe(append([]string(nil), b.sentenceEvents[idx]...)) {
		if !b.recalledOnly(idx, id) {
			ids = append(ids, id)
		}
	}
	if len(ids) != 1 {
		return "", false
	}
	return ids[0], true
}

var (
	// reAttendedNamed: from those who attended to the gathering's name,
	// over its article, ordinal and a body the name opens with: " attended
	// the first EU–", " attended a second ".
	// "was attending the Commonwealth summit": the progressive too.
	// Those who held or chaired it were there too: "X, President of
	// the Republic of Korea, and Y, Chairman of …, held the 2018
	// Inter-Korean Summit", "X and Y hold 2018 Inter-Korean Summit".
	reAttendedNamed = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:also|later|then|jointly|today|yesterday)` + sp + `+)?(?:attended|took` + sp + `+part` + sp + `+in|participated` + sp + `+in|(?:was|were)` + sp + `+attending|had` + sp + `+attended|held|hold|holds|co-chaired|chaired)` + sp + `+(?:(?:a|an|the)` + sp + `+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|annual|inaugural|extraordinary|emergency)` + sp + `+)?(?:\p{Lu}[\w.+]*[–-])?$`)
	// reAttendedEnd: those who attended, closing a clause about the
	// gathering it opened with: "…; Xi Jinping, Vladimir Putin and
	// Narendra Modi attended".
	reAttendedEnd = regexp.MustCompile(`^` + sp + `+(?:also` + sp + `+)?attended` + sp + `*(?:[.;]|$)`)
	// reWithAfterGathering: from a gathering's name, past its place and
	// day, to the others who came: " in Samarkand on 3–4 April 2025 with ".
	reWithAfterGathering = regexp.MustCompile(`^(?:,?` + sp + `+(?:in|at|on)` + sp + `+[^,;()]{1,40}?)*` + sp + `+with` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*` + sp + `+){0,3}$`)
	// reOpenedByAfter: ", opened by" after a gathering's place and day:
	// "was held in Dushanbe on 30 March 2021, opened by".
	reOpenedByAfter = regexp.MustCompile(`^(?:` + sp + `+of` + sp + `+(?:the` + sp + `+)?\p{Lu}[^,;()]{1,50}?(?:` + sp + `+was` + sp + `+held)?(?:` + sp + `+(?:in|at|on)` + sp + `+[^,;()]{1,40}?)*)?(?:,?` + sp + `+(?:was` + sp + `+held` + sp + `+)?(?:in|at|on)` + sp + `+[^,;()]{1,40}?)*,?` + sp + `+(?:was` + sp + `+)?opened` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*` + sp + `+){0,3}$`)
	// reHostedByAfter: ", hosted by President" after a gathering's place.
	reHostedByAfter = regexp.MustCompile(`^(?:,?` + sp + `+(?:in|at|on)` + sp + `+[^,;()]{1,40}?)*,?` + sp + `+hosted` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*` + sp + `+){0,3}$`)
)

// attendedNamed reads who attended a gathering the sentence names: "X
// attended the first EU–Central Asia summit in Samarkand … with A and B",
// "X attended a second C5+1 summit at the White House, hosted by
// President Y", "The Samarkand summit of the SCO …; A, B and C attended".
func (b *relBuilder) attendedNamed(v *sentView) {
	// The wordings' own words first: most sentences have none, and
	// looking for gatherings among their events costs more.
	opened, which, at := v.has("opened by"), v.has(", which"), v.has("at ")
	attended := v.has("attended", "took part", "participated", "attending", "held", "hold", "chaired")
	if !opened && !which && !at && !attended {
		return
	}
	evs := b.sentenceEventsWhere(v, b.gatheringLike)
	if len(evs) == 0 {
		return
	}
	if opened {
		b.openedGathering(v, evs)
	}
	if which {
		b.attendedWhich(v, evs)
	}
	if at {
		b.atGathering(v, evs)
	}
	if !attended {
		return
	}
	b.apposedAttenders(v, evs)
	gs := groups(v)
	for _, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		var ev mention
		found := false
		for _, m := range evs {
			if m.Start >= last.end && reAttendedNamed.MatchString(v.between(last.end, m.Start)) {
				ev, found = m, true
				break
			}
		}
		if !found && reAttendedEnd.MatchString(v.between(last.end, v.end)) && evs[0].End <= first.start && len(evs) == 1 {
			ev, found = evs[0], true
		}
		if !found || b.irrealisClause(v, first.start, last.end) {
			continue
		}
		for _, a := range argsOf(v, g) {
			if !a.m.Demonym {
				b.add("PARTICIPATED_IN", a.id, ev.EntityID, 0.75, nil, v, min(first.start, ev.Start), max(last.end, ev.End))
			}
		}
		if ev.Start < last.end {
			continue
		}
		// Those it was attended with, and its host.
		for _, h := range []*regexp.Regexp{reWithAfterGathering, reHostedByAfter} {
			for _, a := range groupRightAfter(v, ev.End, h) {
				if a.m.Demonym {
					continue
				}
				if a.typ == "Country" && h == reHostedByAfter {
					b.add("HOSTED", a.id, ev.EntityID, 0.75, nil, v, ev.Start, a.end)
					continue
				}
				b.add("PARTICIPATED_IN", a.id, ev.EntityID, 0.75, nil, v, ev.Start, a.end)
			}
		}
	}
}

// gatheringLike reports an event that people attend: a summit, a
// conference, a meeting, talks, a forum.
func (b *relBuilder) gatheringLike(id string) bool {
	name := b.eventNameOf(id)
	if e, ok := b.events[id]; ok {
		if k, _ := e.Props["kind"].(string); k == "summit" || k == "conference" || k == "meeting" || k == "talks" || k == "forum" {
			return true
		}
	}
	return reGatheringName.MatchString(name)
}

// openedGathering: "The Ninth Ministerial Conference … was held in
// Dushanbe on 30 March 2021, opened by Rahmon and Afghan President Ashraf
// Ghani": those who opened a gathering took part in it.
func (b *relBuilder) openedGathering(v *sentView, evs []mention) {
	for _, ev := range evs {
		for _, a := range groupRightAfter(v, ev.End, reOpenedByAfter) {
			if !a.m.Demonym && a.typ != "Place" && !b.irrealisClause(v, ev.Start, a.end) {
				b.add("PARTICIPATED_IN", a.id, ev.EntityID, 0.75, nil, v, ev.Start, a.end)
			}
		}
	}
}

// reWhichAttended: from the gathering's clause to the first who attended
// it, ", which".
var reWhichAttended = regexp.MustCompile(`^` + sp + `*,` + sp + `*which` + sp + `+(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*` + sp + `+){0,3}$`)

// reAttendedFor: after one who attended, the verb and the state they came
// for, "attended for Bahrain"; after the next ones, the state only.
var (
	reAttendedFor  = regexp.MustCompile(`^` + sp + `+attended(?:` + sp + `+for` + sp + `+(?:the` + sp + `+)?$|` + sp + `*$)`)
	reForStateNext = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `*|` + sp + `+and` + sp + `+|,` + sp + `*and` + sp + `+)(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*` + sp + `+){0,3}$`)
)

// attendedWhich: "signed at the 41st GCC summit in AlUla on 5 January
// 2021, which Crown Prince Salman bin Hamad Al Khalifa attended for
// Bahrain and Emir Tamim bin Hamad Al Thani for Qatar": each person named
// in the relative clause took part in the gathering before it.
func (b *relBuilder) attendedWhich(v *sentView, evs []mention) {
	for _, ev := range evs {
		// The relative clause follows the gathering, its place and day.
		var first arg
		found := false
		for _, a := range v.args {
			if a.start < ev.End || a.typ != "Person" {
				continue
			}
			gap := v.between(ev.End, a.start)
			if i := strings.LastIndex(gap, ", which"); i >= 0 && reWhichAttended.MatchString(gap[i:]) && !strings.ContainsAny(gap[:i], ";") {
				first, found = a, true
			}
			break
		}
		if !found {
			continue
		}
		rest := v.between(first.end, v.end)
		if !strings.HasPrefix(strings.TrimLeft(rest, " "), "attended") || b.irrealisClause(v, ev.Start, first.end) {
			continue
		}
		b.add("PARTICIPATED_IN", first.id, ev.EntityID, 0.75, nil, v, ev.Start, first.end)
		// "… for Bahrain and Emir Tamim … for Qatar": the next people, each
		// after the state the one before came for.
		prev := first.end
		stateNext := false
		for _, a := range v.args {
			if a.start < prev {
				continue
			}
			gap := v.between(prev, a.start)
			switch {
			case a.typ == "Country" && (reAttendedFor.MatchString(gap) && prev == first.end || strings.TrimSpace(gap) == "for"):
				prev, stateNext = a.end, true
				continue
			case a.typ == "Person" && stateNext && reForStateNext.MatchString(gap):
				b.add("PARTICIPATED_IN", a.id, ev.EntityID, 0.75, nil, v, ev.Start, a.end)
				prev, stateNext = a.end, false
				continue
			}
			break
		}
	}
}

// reAtGatheringOpens: a sentence opening with the gathering, "At the".
var reAtGatheringOpens = regexp.MustCompile(`^` + sp + `*At` + sp + `+(?:the` + sp + `+|an?` + sp + `+)?$`)

// reAfterAtGathering: from the gathering to its subject, past its day or
// place, the comma.
var reAfterAtGathering = regexp.MustCompile(`^(?:` + sp + `+(?:of|in|on)` + sp + `+[^,;()]{1,40}?)?` + sp + `*,` + sp + `*(?:the` + sp + `+)?$`)

// reAtSubjectVerb: after the subject, its people and a verb: " leaders
// declared", " agreed".
var reAtSubjectVerb = regexp.MustCompile(`^(?:` + sp + `+(?:leaders|ministers|delegates|delegations|officials|representatives|heads` + sp + `+of` + sp + `+state))?` + sp + `+(?:(?:also|jointly|formally|unanimously)` + sp + `+)?[a-z]+ed\b`)

// atGathering: "At the Bucharest summit of April 2008, NATO leaders
// declared …": the subject of a sentence that opens at a gathering took
// part in it.
func (b *relBuilder) atGathering(v *sentView, evs []mention) {
	ev := evs[0]
	if !reAtGatheringOpens.MatchString(v.between(v.start, ev.Start)) {
		return
	}
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if first.start < ev.End {
			continue
		}
		if !reAfterAtGathering.MatchString(v.between(ev.End, first.start)) || !reAtSubjectVerb.MatchString(v.between(last.end, v.end)) ||
			b.irrealisClause(v, first.start, last.end) {
			return
		}
		for _, a := range argsOf(v, g) {
			if !a.m.Demonym && a.typ != "Place" {
				b.add("PARTICIPATED_IN", a.id, ev.EntityID, 0.75, nil, v, ev.Start, last.end)
			}
		}
		return
	}
}

var (
	// reHeldNamedBefore: from the comma closing the last apposition to
	// the gathering's name: ", held the ", ", attended the first ".
	reHeldNamedBefore = regexp.MustCompile(sp + `*,` + sp + `*(?:(?:also|jointly|today|yesterday|then|later)` + sp + `+)?(?:held|attended|co-chaired|chaired|opened)` + sp + `+(?:(?:a|an|the)` + sp + `+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|annual|inaugural|extraordinary|emergency)` + sp + `+)?$`)
	// reApposedJoin: between two people of a list each set off by an
	// apposition: ", President of the Republic of Korea, and ".
	reApposedJoin = regexp.MustCompile(`^` + sp + `*,` + sp + `*[^,;:()]{3,120}?,` + sp + `*(?:and` + sp + `+)?$`)
	// reApposedLast: the last person's apposition, before the verb.
	reApposedLast = regexp.MustCompile(`^` + sp + `*,` + sp + `*[^,;:()]{3,120}?$`)
	// reClauseWords: what makes an apposition a clause of its own.
	reClauseWords = regexp.MustCompile(`\b(?:who|which|that|said|says|was|were|is|are|has|had)\b`)
)

// apposedAttenders reads the people who held or attended a gathering the
// sentence names, each set off with an apposition that groups cannot join
// over: "His Excellency Moon Jae-in, President of the Republic of Korea,
// and Kim Jong Un, Chairman of the State Affairs Commission of the
// Democratic People's Republic of Korea, held the 2018 Inter-Korean Summit
// today".
func (b *relBuilder) apposedAttenders(v *sentView, evs []mention) {
	for _, ev := range evs {
		before := v.between(v.start, ev.Start)
		loc := reHeldNamedBefore.FindStringIndex(before)
		if loc == nil {
			continue
		}
		at := v.start + loc[0]
		people := apposedPeopleBefore(v, at)

		if len(people) < 2 || b.irrealisClause(v, people[0].start, ev.End) {
			continue
		}
		for _, p := range people {
			b.add("PARTICIPATED_IN", p.id, ev.EntityID, 0.75, nil, v, people[0].start, ev.End)
		}
	}
}

// apposedPeopleBefore is the list of people, each with an apposition,
// that ends at the comma at: the sentence's subject when it opens the
// sentence (past a style of address), nil otherwise.
func apposedPeopleBefore(v *sentView, at int) []arg {
	var people []arg
	for _, a := range v.args {
		if a.typ == "Person" && a.m.End <= at && !a.m.Pronoun && !a.m.Anaphor {
			people = append(people, a)
		}
	}
	if len(people) < 2 {
		return nil
	}
	last := len(people) - 1
	// The args took the appositions in; the names end before them.
	tail := v.between(people[last].m.End, at)
	if !reApposedLast.MatchString(tail) || reClauseWords.MatchString(tail) {
		return nil
	}
	first := last
	for first > 0 {
		gap := v.between(people[first-1].m.End, people[first].start)
		if !reApposedJoin.MatchString(gap) || reClauseWords.MatchString(gap) {
			break
		}
		first--
	}
	opening := strings.TrimSpace(v.between(v.start, people[first].start))
	if opening != "" && !reStyleOfAddress.MatchString(opening+" ") {
		return nil
	}
	return people[first:]
}
