package extract

import (
	"regexp"
	"strings"
)

var (
	// After the mediator: "Oman mediated", ", which brokered", "acted as a
	// mediator", "Omani-mediated", "Omani mediation".
	reMediatedAfter = regexp.MustCompile(`^(?:` + sp + `+(?:has|had|also|successfully|reportedly)` + sp + `+)*` + sp + `*(?:,` + sp + `+(?:which|who)` + sp + `+(?:has` + sp + `+|had` + sp + `+)?)?(?:mediated|mediates|brokered|sponsored|co-sponsored)\b|^` + sp + `+(?:is|are|was|were|has` + sp + `+been|have` + sp + `+been)` + sp + `+mediating` + sp + `+the\b|^` + sp + `+(?:has` + sp + `+|have` + sp + `+)?(?:acted|served|acting|serving)` + sp + `+as` + sp + `+(?:a` + sp + `+|the` + sp + `+)?(?:[\w-]+` + sp + `+)?(?:mediator|intermediary|go-between)\b|^` + sp + `*-?` + sp + `*(?:mediated|mediation|mediators?|brokered)\b|^-sponsored` + sp + `+(?:peace` + sp + `+)?(?:talks|negotiations|conference|dialogue)\b|^` + sp + `+as` + sp + `+(?:a` + sp + `+|the` + sp + `+)?mediator\b`)
	// Before the mediator: "mediated by Oman", "under the auspices of the
	// UN", "thanks to the mediation of Oman", "the efforts of the UN to
	// broker"; a sponsor of talks brings their sides together as a mediator
	// does ("under the sponsorship of Saudi Arabia", "UN-sponsored").
	reMediatedBefore = regexp.MustCompile(`(?i)(?:\b(?:mediated|brokered|facilitated|sponsored|co-sponsored)` + sp + `+(?:jointly` + sp + `+)?by|\bunder` + sp + `+the` + sp + `+(?:joint` + sp + `+)?(?:auspices|mediation|sponsorship)` + sp + `+of|\b(?:mediation|good` + sp + `+offices)` + sp + `+of)` + sp + `+(?:the` + sp + `+)?(?:(?:its|their|his|her)` + sp + `+(?:[\w-]+` + sp + `+){0,3}[\w-]+,` + sp + `+)?$`)
	// After the mediator: "X's efforts to broker", "X helped broker", "X, who brokered".
	reMediatedEffort = regexp.MustCompile(`^(?:['’]s` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:efforts?|work|leadership|role|mediation)` + sp + `+(?:to` + sp + `+(?:broker|mediate|facilitate|secure)|in` + sp + `+(?:brokering|mediating|facilitating|securing))|` + sp + `+(?:has` + sp + `+|had` + sp + `+)?helped` + sp + `+(?:to` + sp + `+)?(?:broker|mediate|facilitate|secure)|` +
		// "through Oman's good offices", "with Oman's mediation", "Oman,
		// acting as mediator,", "with Oman mediating".
		`['’]s` + sp + `+(?:good` + sp + `+offices|mediation)|` + sp + `*,` + sp + `+(?:acting|serving)` + sp + `+as` + sp + `+(?:(?:a|the)` + sp + `+)?(?:mediator|intermediary|go-between)|` + sp + `+mediating` + sp + `+(?:between|the)|` + sp + `*,` + sp + `+who` + sp + `+(?:has` + sp + `+|had` + sp + `+)?(?:helped` + sp + `+(?:to` + sp + `+)?)?(?:brokered|mediated|broker|mediate))\b`)
	// "Oman hosted", ", which hosted", "served as the host".
	reHostedAfter = regexp.MustCompile(`^(?:` + sp + `+(?:has|had|also)` + sp + `+)*` + sp + `*(?:,` + sp + `+(?:which|who)` + sp + `+(?:has` + sp + `+|had` + sp + `+)?)?(?:hosted|hosts)\b|^` + sp + `+(?:has` + sp + `+|had` + sp + `+)?(?:served|acted)` + sp + `+as` + sp + `+(?:the` + sp + `+)?host\b`)
	// "mediated between", "acted as a mediator between", right before the parties.
	reMediatedBetween = regexp.MustCompile(`(?i)\b(?:mediated|mediates|mediating|(?:mediator|intermediary|go-between)s?|mediation(?:` + sp + `+(?:efforts?|bid|mission|initiative))?)(?:` + sp + `+(?:the` + sp + `+)?(?:talks|negotiations))?` + sp + `+between` + sp + `+(?:the` + sp + `+)?$`)
	// "hosted by Oman".
	reHostedBefore = regexp.MustCompile(`(?i)\bhosted(?:` + sp + `+in` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}-]*)?)?` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
)

// reOfficerOf: a state's office right after the state, standing for it:
// "'s foreign minister", "'s Sultan".
var reOfficerOf = regexp.MustCompile(`^['’]s` + sp + `+(?:(?:foreign|prime|deputy|defen[cs]e)` + sp + `+)?(?:[Mm]inister|[Ss]ultan|[Ee]mir|[Aa]mir|[Kk]ing|[Pp]resident|[Cc]rown` + sp + `+[Pp]rince|government|leader|ruler)`)

// recentTalks is the one talks event built in the two sentences before
// sentence i, if there is exactly one.
func (b *relBuilder) recentTalks(i int) []string {
	var ids []string
	for k := max(0, i-2); k < i; k++ {
		for _, id := range b.sentenceEvents[k] {
			if strings.HasPrefix(id, "event:talks:") {
				ids = append(ids, id)
			}
		}
	}
	if ids = dedupe(ids); len(ids) == 1 {
		return ids
	}
	return nil
}

// mediatedBetween handles "X mediated between A and B", "X acted as a
// mediator between A and B": the talks between A and B, mediated by X.
func (b *relBuilder) mediatedBetween(v *sentView) {
	if !v.has("mediat", "intermediar", "go-between") {
		return
	}
	for _, g := range groups(v) {
		if len(g) < 2 {
			continue
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		before := v.between(v.start, first.start)
		loc := reMediatedBetween.FindStringIndex(before)
		if loc == nil {
			continue
		}
		mi := -1
		for i := range v.args {
			if v.args[i].end <= v.start+loc[0] && v.args[i].actor() {
				mi = i
			}
		}
		if mi < 0 || b.irrealisClause(v, v.args[mi].start, last.end) {
			continue
		}
		// "Qatar and Egypt have been mediating between": every member of
		// the mediator's group mediated.
		mediators := []arg{v.args[mi]}
		for _, mg := range groups(v) {
			if mg[len(mg)-1] == mi {
				mediators = argsOf(v, mg)
			}
		}
		// "Tashkent hosted the Tashkent Conference. Kosygin mediated
		// between Shastri and Ayub Khan": the gathering of the sentence
		// before is the one mediated.
		id := ""
		if len(b.eventMentsOf(v)) == 0 {
			if near := b.nearEventOf(v, gatheringKinds); near != "" {
				id = near
				for _, p := range argsOf(v, g) {
					b.add("PARTICIPATED_IN", p.id, id, 0.75, nil, v, first.start, last.end)
				}
			}
		}
		if id == "" {
			id = b.makeEvent(v, eventSpec{kind: "talks", parts: argsOf(v, g), trigStart: v.start + loc[0], trigEnd: v.start + loc[1],
				start: first.start, end: last.end})
		}
		if id != "" {
			// "Pakistani prime minister Nawaz Sharif ... to launch
			// mediation efforts between": a person mediates for the state
			// they serve.
			for _, m := range mediators {
				who := m.id
				if r, ok := b.roleOf[m.id]; ok && m.typ == "Person" {
					who = r.of
				}
				b.add("MEDIATED", who, id, 0.85, nil, v, v.args[mi].start, last.end)
			}
		}
	}
}

// reMediatorRole: after a mediator or a group of them, "for their roles in
// facilitating", "played a key role in brokering".
var reMediatorRole = regexp.MustCompile(`^` + sp + `+(?:for` + sp + `+(?:their|its|his|her)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:roles?|efforts?|work)` + sp + `+in|(?:has` + sp + `+|have` + sp + `+|had` + sp + `+)?played` + sp + `+(?:a|an|the)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?role` + sp + `+in)` + sp + `+(?:facilitating|brokering|mediating|securing)\b`)

// unbrokeredKinds are the kinds of event no one mediates or hosts.
var unbrokeredKinds = map[string]bool{"election": true, "war": true, "attack": true, "protest": true, "revolution": true, "coup": true, "incident": true}

// unbrokeredWords are the words of a catalog event's name that make it an
// election or an attack. A catalog war is mediated when a state brings
// its sides to a truce ("the Libyan–Egyptian war ... under the mediation
// of Algeria"), so its words are not among them.
var unbrokeredWords = []string{"election", "elections", "referendum", "attack", "attacks", "bombing", "bombings", "massacre"}

// mediatorsAndHosts finds MEDIATED and HOSTED for the one event of a
// sentence.
func (b *relBuilder) mediatorsAndHosts(v *sentView, eventID string) {
	if !v.has("mediat", "broker", "facilitat", "host", "good offices", "sponsor") {
		return
	}
	// Elections, wars, attacks and uprisings are not brokered: "after the
	// election, a unity agreement was brokered by Saudi Arabia" speaks of
	// an agreement the sentence does not name.
	if e, ok := b.events[eventID]; ok {
		if kind, _ := e.Props["kind"].(string); unbrokeredKinds[kind] {
			return
		}
	}
	// A catalog event carries no kind: its name tells it ("the 2006
	// Palestinian legislative election").
	if e, ok := b.ents.Entities[eventID]; ok && namesWord(append([]string{e.Name}, e.Aliases...), unbrokeredWords...) {
		return
	}
	// "We commend Oman and Saudi Arabia for their roles in facilitating
	// the truce": every member of the group mediated.
	for _, g := range groups(v) {
		last := v.args[g[len(g)-1]]
		loc := reMediatorRole.FindStringIndex(v.between(last.end, v.end))
		if loc == nil || b.irrealisClause(v, v.args[g[0]].start, last.end+loc[1]) {
			continue
		}
		for _, a := range argsOf(v, g) {
			b.add("MEDIATED", a.id, eventID, 0.8, nil, v, a.start, last.end+loc[1])
		}
	}
	for _, m := range v.ments {
		id := m.EntityID
		if m.MetonymFor != "" {
			id = m.MetonymFor
		}
		after := v.between(m.End, v.end)
		before := v.between(v.start, m.Start)
		// "Oman's foreign minister hosted the talks": the state hosts or
		// mediates through the one who holds its office.
		if loc := reOfficerOf.FindStringIndex(after); loc != nil && !m.Demonym && m.Type == "Country" {
			after = after[loc[1]:]
		}
		if loc := reMediatedAfter.FindStringIndex(after); loc != nil && (!m.Demonym || strings.HasPrefix(strings.TrimLeft(after, " -"), "media")) {
			b.add("MEDIATED", id, eventID, 0.85, nil, v, m.Start, m.End+loc[1])
		} else if n, ok := nextMention(v, m.End); ok && m.Demonym && n.Demonym && reCoord.MatchString(v.between(m.End, n.Start)) &&
			strings.HasPrefix(strings.TrimLeft(v.between(n.End, v.end), " "), "mediator") {
			// "Egyptian and Qatari mediators": both states mediate.
			b.add("MEDIATED", id, eventID, 0.85, nil, v, m.Start, n.End)
		} else if loc := reMediatedEffort.FindStringIndex(after); loc != nil && !m.Demonym && !b.irrealisClause(v, m.Start, m.End+loc[1]) {
			b.add("MEDIATED", id, eventID, 0.8, nil, v, m.Start, m.End+loc[1])
		} else if loc := reMediatedBefore.FindStringIndex(before); loc != nil && !m.Demonym && !b.irrealisClause(v, v.start+loc[0], m.End) {
			b.add("MEDIATED", id, eventID, 0.85, nil, v, v.start+loc[0], m.End)
		}
		if m.Demonym {
			continue
		}
		if loc := reHostedAfter.FindStringIndex(after); loc != nil {
			b.add("HOSTED", m.EntityID, eventID, 0.85, nil, v, m.Start, m.End+loc[1])
		} else if loc := reHostedBefore.FindStringIndex(before); loc != nil && !b.irrealisClause(v, v.start+loc[0], m.End) {
			b.add("HOSTED", m.EntityID, eventID, 0.85, nil, v, v.start+loc[0], m.End)
		}
	}
	b.groupMediatorsAndHosts(v, eventID)
}

// groupMediatorsAndHosts reads "brokered by Egypt and Qatar", "hosted by
// Omani Foreign Minister Badr Albusaidi": every member of the group after
// "by" mediated or hosted, and a person hosting stands for the state they
// hold a role for (the graph's hosts are states and places).
func (b *relBuilder) groupMediatorsAndHosts(v *sentView, eventID string) {
	for _, g := range groups(v) {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		before := v.between(v.start, first.start)
		mediated := reMediatedBefore.FindStringIndex(before)
		hosted := reHostedBefore.FindStringIndex(before)
		if mediated == nil && hosted == nil {
			b.groupMediatorsBefore(v, g, eventID)
			continue
		}
		// "was not hosted by Spain".
		if at := mediated; at != nil && b.irrealisClause(v, v.start+at[0], last.end) || hosted != nil && b.irrealisClause(v, v.start+hosted[0], last.end) {
			continue
		}
		members := clauseSubjectCut(v, argsOf(v, g))
		last = members[len(members)-1]
		for _, a := range members {
			id := a.id
			if a.typ == "Person" {
				r, ok := b.roleOf[a.id]
				if !ok || b.typeOf(r.of) != "Country" {
					continue
				}
				id = r.of
			}
			if mediated != nil {
				b.add("MEDIATED", id, eventID, 0.8, nil, v, v.start+mediated[0], last.end)
			} else {
				b.add("HOSTED", id, eventID, 0.8, nil, v, v.start+hosted[0], last.end)
			}
		}
	}
}

// reVerbAfterList: a verb right after a list, making its last members the
// subject of a new clause.
var reVerbAfterList = regexp.MustCompile(`^` + sp + `+(?:(?:then|later|also|finally|jointly)` + sp + `+)?(?:[a-z]+ed|signed|agreed|began|met|held|made|reached|took|struck|won|sent|fought)\b`)

// clauseSubjectCut keeps the members of a list after "by" up to its first
// comma when a verb follows the list: in "after talks mediated by the
// American envoy Amos Hochstein, Israel and Lebanon concluded an
// agreement" the envoy mediated, and Israel and Lebanon open the clause
// that concluded.
func clauseSubjectCut(v *sentView, args []arg) []arg {
	if len(args) < 2 || !reVerbAfterList.MatchString(v.between(args[len(args)-1].end, v.end)) {
		return args
	}
	for i := 1; i < len(args); i++ {
		if strings.HasPrefix(strings.TrimLeft(v.between(args[i-1].end, args[i].start), " "), ",") {
			return args[:i]
		}
	}
	return args
}

// groupMediatorsBefore reads "Qatar and Egypt brokered the truce", "Oman,
// Qatar and the United States, which mediated": a group of states or
// organisations right before the verb of mediation all mediated. The
// single-mention rule only sees the last of them.
func (b *relBuilder) groupMediatorsBefore(v *sentView, g []int, eventID string) {
	if len(g) < 2 {
		return
	}
	last := v.args[g[len(g)-1]]
	after := v.between(last.end, v.end)
	loc := reMediatedAfter.FindStringIndex(after)
	if loc == nil || b.irrealisClause(v, v.args[g[0]].start, last.end+loc[1]) {
		return
	}
	for _, a := range argsOf(v, g) {
		if a.m.Demonym {
			continue
		}
		b.add("MEDIATED", a.id, eventID, 0.8, nil, v, a.start, last.end+loc[1])
	}
}
