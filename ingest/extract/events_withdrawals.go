package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// A state or armed group pulling out of a territory is an event: "In 2005,
// Israel withdrew from the Gaza Strip", "Syria withdrew its troops from
// Lebanon in April 2005". The one that withdrew took part in it and it
// was held in the territory left. Only a dated withdrawal from a place or
// state is one: leaving a treaty, a body or talks is WITHDREW_FROM's to
// read, and recalling an ambassador is no withdrawal of forces.

var (
	// Between the one that withdrew and the territory.
	reWithdrewFromLand = regexp.MustCompile(`^,?` + sp + `+(?:(?:has|had|then|later|finally|fully|completely|unilaterally|eventually)` + sp + `+)*(?:withdrew|pulled` + sp + `+out|completed` + sp + `+(?:its|their|the)` + sp + `+withdrawal|(withdraws|withdraw|pulls` + sp + `+out|(?:begins?|starts?)` + sp + `+(?:withdrawing|pulling` + sp + `+out)))` + sp + `+(?:(?:its|their|all|the|remaining|last|of|military|armed)` + sp + `+)*(?:(?:forces|troops|soldiers|army|military|settlers|peacekeepers)` + sp + `+)?(?:from|of)` + sp + `+(?:the` + sp + `+)?(?:(?:southern|northern|eastern|western|central)` + sp + `+)?$`)
	// What after the territory makes it no territory: "withdrew from
	// Geneva talks", "from Iran's nuclear deal".
	reNotTerritory = regexp.MustCompile(`^(?:['’]s\b|` + sp + `+(?:talks|negotiations|process|conference|summit|agreement|accord|deal|format|framework|race|contest|election|league|treaty|pact|forum|group|council)\b)`)
)

// territoryWithdrawals builds the withdrawals from a territory of v.
func (b *relBuilder) territoryWithdrawals(v *sentView) {
	if !v.has("withdr", "pulled out") {
		return
	}
	for _, g := range groups(v) {
		last := v.args[g[len(g)-1]]
		for _, p := range v.ments {
			if p.Start < last.end || (p.Type != "Place" && p.Type != "Country") || p.Demonym {
				continue
			}
			m := reWithdrewFromLand.FindStringSubmatch(v.between(last.end, p.Start))
			if m == nil || reNotTerritory.MatchString(v.between(p.End, v.end)) {
				break
			}
			start := v.args[g[0]].start
			if b.irrealisClause(v, start, p.End) {
				break
			}
			d, ok := pickDate(v, start, p.End, true)
			// "Israel withdraws from the Gaza Strip": a dated news item's
			// present is its day.
			if (!ok || !d.Resolved()) && m[1] != "" {
				d, ok = b.newsDay(v, p.Start)
			}
			if !ok || !d.Resolved() {
				break
			}
			var sides []arg
			for _, a := range argsOf(v, g) {
				if (a.typ == "Country" || a.typ == "Organization") && !a.m.Demonym && a.id != p.EntityID {
					sides = append(sides, a)
				}
			}
			b.withdrawal(v, sides, p, start, d)
			break
		}
	}
}

// withdrawal records the withdrawal of sides from territory p, told from
// start and dated d: the event, its sides and where it was held.
func (b *relBuilder) withdrawal(v *sentView, sides []arg, p mention, start int, d timex.Expr) {
	if len(sides) == 0 {
		return
	}
	locals, names := b.sideKeys(sides)
	_, where, _ := strings.Cut(p.EntityID, ":")
	id := b.namedWithdrawal(d.Value)
	if id == "" {
		id = "event:withdrawal:" + strings.Join(dedupe(locals), "-") + "-from-" + where + ":" + d.Value
	}
	if _, named := b.ents.Entities[id]; named {
		// the text's own name for it stands
	} else if _, seen := b.events[id]; !seen {
		b.events[id] = &entity{ID: id, Name: strings.Join(dedupe(names), "–") + " withdrawal from " + b.nameOf(p.EntityID) + " (" + d.Value + ")", Type: "Event", Props: datedProps("withdrawal", d)}
	}
	b.eventMentioned(id, v, start, p.End)
	for _, a := range sides {
		b.add("PARTICIPATED_IN", a.id, id, 0.8, nil, v, a.start, p.End)
	}
	b.add("HELD_IN", id, p.EntityID, 0.8, nil, v, start, p.End)
}

// reWithdrawalNoun: "Israel's unilateral disengagement from", "the Israeli
// withdrawal from": a withdrawal named by a noun after the one that
// withdrew.
var reWithdrawalNoun = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:unilateral|full|complete|military|final|partial|gradual|phased)` + sp + `+)*(?:withdrawal|disengagement|pull-?out)` + sp + `+from` + sp + `+(?:the` + sp + `+)?(?:(?:southern|northern|eastern|western|central)` + sp + `+)?$`)

// reModalAfter: "a US withdrawal from the JCPOA would anger Iran": the
// withdrawal is supposed, not told.
var reModalAfter = regexp.MustCompile(`^(?:` + sp + `+in` + sp + `+\d{4})?` + sp + `+(?:would|could|might|may|will|should|must)\b`)

// nounWithdrawals builds the withdrawals told with a noun: "the Israeli
// withdrawal from Lebanon in 2000", "Israel's disengagement from Gaza in
// 2005". Like the verb's, only a dated one from a territory is one.
func (b *relBuilder) nounWithdrawals(v *sentView) {
	if !v.has("withdrawal", "disengagement", "pullout", "pull-out") {
		return
	}
	for i, s := range v.ments {
		if s.Type != "Country" && s.Type != "Organization" || s.MetonymFor != "" || i+1 >= len(v.ments) {
			continue
		}
		p := v.ments[i+1]
		if p.Type == "Agreement" && reWithdrawalNoun.MatchString(v.between(s.End, p.Start)) && !b.irrealisClause(v, s.Start, p.End) &&
			!reModalAfter.MatchString(v.between(p.End, v.end)) {
			// "the US withdrawal from the JCPOA": leaving a deal.
			b.add("WITHDREW_FROM", s.EntityID, p.EntityID, 0.8, nil, v, s.Start, p.End)
			continue
		}
		if p.Type != "Place" && p.Type != "Country" || p.Demonym || p.EntityID == s.EntityID ||
			!reWithdrawalNoun.MatchString(v.between(s.End, p.Start)) || reNotTerritory.MatchString(v.between(p.End, v.end)) {
			continue
		}
		start := s.Start
		if b.irrealisClause(v, start, p.End) {
			continue
		}
		d, ok := pickDate(v, start, p.End, true)
		if !ok || !d.Resolved() {
			continue
		}
		side := argOf(s)
		side.m.Demonym = false // "the Israeli withdrawal": the state withdrew
		b.withdrawal(v, []arg{side}, p, start, d)
	}
}

// reWithdrawalName: the name of a withdrawal the text named ("the 2005
// Israeli disengagement from Gaza").
var reWithdrawalName = regexp.MustCompile(`(?i)\b(?:withdrawal|disengagement|pull-?out)\b`)

// namedWithdrawal is the one named withdrawal of the document dated d
// (by its date, or the year in its name), which "Israel withdrew from the
// Gaza Strip" in that year tells again, or "".
func (b *relBuilder) namedWithdrawal(d string) string {
	var found []string
	look := func(id string, e *entity) {
		if e.Type != "Event" || strings.HasPrefix(id, "event:withdrawal:") || !reWithdrawalName.MatchString(e.Name) {
			return
		}
		date, _ := e.Props["date"].(string)
		if date == "" {
			date = reWithdrawalYear.FindString(e.Name)
		}
		if date != "" && (strings.HasPrefix(d, date) || strings.HasPrefix(date, d)) {
			found = append(found, id)
		}
	}
	for id, e := range b.events {
		look(id, e)
	}
	for id, e := range b.ents.Entities {
		if _, dup := b.events[id]; !dup {
			look(id, e)
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	return ""
}

// reWithdrawalYear: "2005" in "the 2005 Israeli disengagement from Gaza".
var reWithdrawalYear = regexp.MustCompile(`\b(?:1[89]|20)\d{2}\b`)
