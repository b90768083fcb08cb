package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// A summit or conference told without a name but with its place and day:
// "The conference, held in Cairo on 13 October 2025, was attended by
// Egypt, Jordan and Turkey", "a summit was held in Jeddah on 19 May 2023".
// It is named by its place and kind ("Cairo conference"), dated by the
// day, held in the place; whoever attended it took part in it.

var (
	// "conference, held in", "summit was held in", "summit took place in".
	// "The conference opened at Lancaster House on September 10, 1979".
	reSummitHeldIn = regexp.MustCompile(`\b([Ss]ummit|[Cc]onference)` + sp + `*,?` + sp + `+(?:(?:was|were)` + sp + `+(?:held|convened)|held|took` + sp + `+place|convened|opened|began)` + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?$`)
	// ", was attended by", " attended by" before the attendees.
	reAttendedBy = regexp.MustCompile(`\b(?:was` + sp + `+)?attended` + sp + `+by` + sp + `+(?:(?:leaders|ministers|officials|representatives|delegations)` + sp + `+(?:of|from)` + sp + `+)?(?:the` + sp + `+)?$`)
)

// reHostedSummit: "hosted a summit on Gaza in", "hosted an emergency Arab
// summit in", "hosted a trilateral meeting with X and Y in", from the
// host to the place.
// "hosted a trilateral summit with Egypt and Jordan in": the partners
// after "with" (captured) met at it.
var reHostedSummit = regexp.MustCompile(`^,?` + sp + `+(?:(?:has|had|also)` + sp + `+)*(?:hosted|hosts|convened|convenes)` + sp + `+(?:a|an|the)` + sp + `+(?:[\w'’–-]+` + sp + `+){0,3}?([Ss]ummit|[Cc]onference|meeting)(?:` + sp + `+(?:on|about|of|for)` + sp + `+(?:the` + sp + `+)?[\w'’–-]+(?:` + sp + `+[\w'’–-]+){0,3}?)?(` + sp + `+with` + sp + `+(?:the` + sp + `+)?\p{Lu}[^,;:()]{1,60}?)?` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)

// heldSummits builds the unnamed, placed and dated summits of v.
func (b *relBuilder) heldSummits(v *sentView) {
	if v.has("meeting") && !v.has("summit", "conference") {
		b.hostedSummits(v) // "hosted a trilateral meeting with X and Y in Kabul"
		b.signedAtSummitsIn(v)
		return
	}
	if !v.has("summit", "conference") {
		return
	}
	b.hostedSummits(v)
	if v.has("hosted", "convened") {
		b.cityHostedSummits(v)
	}
	b.groupSummits(v)
	b.summitsAttendedIn(v)
	b.signedAtSummitsIn(v)
	if !v.has("held", "took place", "convened", "opened", "began") {
		return
	}
	for _, p := range v.ments {
		if (p.Type != "Place" && p.Type != "Country") || p.Demonym || coveredByEvent(v, max(v.start, p.Start-40), p.Start) {
			continue
		}
		loc := reSummitHeldIn.FindStringSubmatchIndex(v.between(max(v.start, p.Start-60), p.Start))
		if loc == nil {
			continue
		}
		lo := max(v.start, p.Start-60)
		ts, te := lo+loc[2], lo+loc[3]
		if b.irrealisClause(v, ts, p.End) || b.namedEventAt(v, ts, te) {
			continue
		}
		if named, ok := b.definedAs(v, ts); ok {
			// "The Geneva Conference on Syria was a peace conference held
			// in Montreux": the named one, not another.
			b.add("HELD_IN", named, p.EntityID, 0.8, nil, v, ts, p.End)
			if e, ok := b.ents.Entities[named]; ok {
				b.dateDefined(v, e, ts, p.End)
			} else if e, ok := b.events[named]; ok {
				b.dateDefined(v, e, ts, p.End)
			}
			continue
		}
		id, ok := b.summitHeldIn(v, ts, te, p, nil)
		if !ok {
			continue
		}
		for _, g := range groups(v) {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if first.start < p.End || !reAttendedBy.MatchString(v.between(max(p.End, first.start-60), first.start)) {
				continue
			}
			b.tookPart(v, argsOf(v, g), id, 0.75, ts, last.end)
			break
		}
	}
}

// reGroupHeldSummit: "held a tripartite summit in", from the sides to the
// place.
var reGroupHeldSummit = regexp.MustCompile(`^,?` + sp + `+(?:(?:have|has|had|also|then|later|today|yesterday)` + sp + `+)*(?:held|hold|holds|convened)` + sp + `+(?:a|an|their|the)` + sp + `+(?:[\w'’–-]+` + sp + `+){0,3}?([Ss]ummit|[Cc]onference)` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)

// groupSummits reads "The leaders of Egypt, Iraq and Jordan held a
// tripartite summit in Baghdad on June 27, 2021": a summit held in the
// place on the day, the group's states or people its sides.
func (b *relBuilder) groupSummits(v *sentView) {
	if !v.has("held", "hold", "convened") {
		return
	}
	for _, g := range groups(v) {
		if len(g) < 2 {
			continue
		}
		sides := argsOf(v, g)
		first, last := sides[0], sides[len(sides)-1]
		for _, p := range v.ments {
			if p.Start < last.end || (p.Type != "Place" && p.Type != "Country") || p.Demonym {
				continue
			}
			loc := reGroupHeldSummit.FindStringSubmatchIndex(v.between(last.end, p.Start))
			if loc == nil {
				break
			}
			ts, te := last.end+loc[2], last.end+loc[3]
			if b.irrealisClause(v, first.start, p.End) || b.namedEventAt(v, ts, te) {
				break
			}
			id, ok := b.summitHeldIn(v, ts, te, p, nil)
			if !ok {
				break
			}
			for _, a := range sides {
				if !a.m.Demonym {
					b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, first.start, te)
				}
			}
			break
		}
	}
}

// hostedSummits reads "Egypt hosted a summit on Gaza in Cairo on
// Saturday": a summit held in the place on the day, hosted by the state or
// city before the verb.
func (b *relBuilder) hostedSummits(v *sentView) {
	if !v.has("host", "convene") {
		return
	}
	for _, g := range groups(v) {
		hosts := argsOf(v, g)
		first, last := hosts[0], hosts[len(hosts)-1]
		for _, p := range v.ments {
			if p.Start < last.end || (p.Type != "Place" && p.Type != "Country") || p.Demonym {
				continue
			}
			loc := reHostedSummit.FindStringSubmatchIndex(v.between(last.end, p.Start))
			if loc == nil {
				continue // "a summit on Gaza in Cairo": the topic first
			}
			ts, te := last.end+loc[2], last.end+loc[3]
			if b.irrealisClause(v, first.start, p.End) || b.namedEventAt(v, ts, te) {
				break
			}
			// "Egypt hosts a summit on Gaza in Cairo": a news item's
			// present is its day.
			var today *timex.Expr
			if verb := strings.Fields(v.between(last.end, ts)); len(verb) > 0 && (verb[0] == "hosts" || verb[0] == "convenes") {
				if d, ok := b.newsDay(v, ts); ok {
					today = &d
				}
			}
			id, ok := b.summitHeldIn(v, ts, te, p, today)
			if !ok {
				break
			}
			// "hosted a trilateral summit with Egypt and Jordan": the
			// partners took part, and so did the host, a side of it.
			if loc[4] >= 0 {
				withStart, withEnd := last.end+loc[4], last.end+loc[5]
				for _, o := range v.args {
					if o.start >= withStart && o.end <= withEnd && (o.typ == "Country" || o.typ == "Organization" || o.typ == "Person") && !o.m.Demonym {
						b.add("PARTICIPATED_IN", o.id, id, 0.75, nil, v, first.start, o.end)
					}
				}
				for _, h := range hosts {
					if (h.typ == "Country" || h.typ == "Organization") && !h.m.Demonym {
						b.add("PARTICIPATED_IN", h.id, id, 0.75, nil, v, h.start, te)
					}
				}
			}
			// "hosted a tripartite summit in Asmara with Egyptian President
			// X and Somali President Y": the partners after the place.
			if after := groupRightAfter(v, p.End, reWithAfterPlace); len(after) > 0 {
				for _, o := range after {
					if !o.m.Demonym {
						b.add("PARTICIPATED_IN", o.id, id, 0.75, nil, v, first.start, o.end)
					}
				}
			}
			// The graph's hosts are states and places; a person who hosted
			// took part.
			for _, h := range hosts {
				switch {
				case h.m.Demonym:
				case h.typ == "Country" || h.typ == "Place":
					b.add("HOSTED", h.id, id, 0.8, nil, v, h.start, te)
				case h.typ == "Person":
					b.add("PARTICIPATED_IN", h.id, id, 0.75, nil, v, h.start, te)
				}
			}
			break
		}
	}
}

// A city that hosted a gathering told without its name is where it was
// held: "On 27 June 2021 Baghdad hosted the third summit, attended by
// Abdullah, Sisi and Kadhimi" is the Baghdad summit of that day, and
// those who attended it took part. The day opens the sentence or follows
// the gathering's noun.

var (
	// reCityHostedSummit: from the city to the gathering's noun (captured).
	reCityHostedSummit = regexp.MustCompile(`^` + sp + `+(?:(?:has|had|also)` + sp + `+)*(?:hosted|convened)` + sp + `+(?:a|an|the)` + sp + `+(?:[\w'’–-]+` + sp + `+){0,3}?([Ss]ummit|[Cc]onference)\b`)
	// reAttendedAfter: from the gathering's noun, past its day, to those
	// who attended it.
	reAttendedAfter = regexp.MustCompile(`^(?:` + sp + `+(?:on|in)` + sp + `+[^;()]{1,25}?)?` + sp + `*,?` + sp + `+(?:which` + sp + `+was` + sp + `+)?attended` + sp + `+by` + sp + `+(?:(?:the` + sp + `+)?(?:leaders|heads` + sp + `+of` + sp + `+state)` + sp + `+of` + sp + `+)?(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*` + sp + `+){0,3}$`)
	// reDayRightAfter: a day right after the noun.
	reDayRightAfter = regexp.MustCompile(`^` + sp + `+(?:on|in)` + sp + `+$`)
)

// cityHostedSummits reads the form above.
func (b *relBuilder) cityHostedSummits(v *sentView) {
	for _, a := range v.args {
		// "Baghdad hosted" reads the city as its state's government; the
		// mention is still the city's.
		if a.m.Type != "Place" || a.m.Demonym {
			continue
		}
		loc := reCityHostedSummit.FindStringSubmatchIndex(v.between(a.end, v.end))
		if loc == nil {
			continue
		}
		ts, te := a.end+loc[2], a.end+loc[3]
		if b.irrealisClause(v, a.start, te) || b.namedEventAt(v, ts, te) {
			continue
		}
		day, ok := gatheringDay(v, a.start, te)
		if !ok {
			continue
		}
		id := b.summitOn(v, ts, te, a.m, day)
		for _, o := range groupRightAfter(v, te, reAttendedAfter) {
			if !o.m.Demonym {
				b.add("PARTICIPATED_IN", o.id, id, 0.75, nil, v, ts, o.end)
			}
		}
	}
}

// reWithAfterPlace: from a gathering's place to the partners met there,
// past its day: " on 10 October 2024 with Egyptian President ".
var reWithAfterPlace = regexp.MustCompile(`^(?:` + sp + `+(?:on|in)` + sp + `+[^,;()]{1,25}?)?` + sp + `+with` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*` + sp + `+){0,3}$`)

// groupRightAfter is the first group of args after pos with only what re
// matches between (re may pass over places: "at the White House, hosted
// by"), or nil.
func groupRightAfter(v *sentView, pos int, re *regexp.Regexp) []arg {
	for _, g := range groups(v) {
		first := v.args[g[0]]
		if first.start < pos {
			continue
		}
		if gap := v.between(pos, first.start); re.MatchString(gap) {
			return argsOf(v, g)
		} else if strings.Contains(gap, ";") {
			return nil
		}
	}
	return nil
}

// namedEventAt reports an event mention of v covering [s, e): "the Arab
// League summit was held in Jeddah" is that named summit.
func (b *relBuilder) namedEventAt(v *sentView, s, e int) bool {
	for _, m := range append(append([]mention{}, v.ments...), b.evMent...) {
		if m.Type == "Event" && m.Start >= v.start && m.End <= v.end && m.Start <= s && m.End >= e {
			return true
		}
	}
	return false
}

// "Arab leaders ended a two-day summit in the Tunisian capital
// yesterday", "ministers opened a conference in Cairo on Sunday": a
// summit or conference some did something to, in a place on a day. The
// ones who did it, when the text names them, took part.

// reDidSummitIn: the verb, the summit or conference, and "in" right
// before the place.
// "took part in the first tripartite summit with Abdullah and Sisi in":
// the partners after "with" (captured) took part too.
var reDidSummitIn = regexp.MustCompile(`\b(?:(?:created|founded|established|formed)` + sp + `+at|held|holds|hold|opened|opens|open|ended|ends|end|closed|closes|close|began|begins|attended|attends|attend|concluded|concludes|wrapped` + sp + `+up|wrap` + sp + `+up|wraps` + sp + `+up|took` + sp + `+part` + sp + `+in|participated` + sp + `+in)` + sp + `+(?:a|an|the|their|its)` + sp + `+(?:[\w'’–-]+` + sp + `+){0,3}?([Ss]ummit|[Cc]onference)(` + sp + `+with` + sp + `+\p{Lu}[^;:()]{1,90}?)?` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)

// reFoundedAt opens a summit's phrase told by what was made at it.
var reFoundedAt = regexp.MustCompile(`^(?:created|founded|established|formed)` + sp + `+at`)

// reMadeBy: from the summit's place, past its day, to its makers.
var reMadeBy = regexp.MustCompile(`^(?:` + sp + `+(?:on|in)` + sp + `+[^,;()]{1,25}?)?` + sp + `*,?` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)

// summitsAttendedIn builds the summits of v told by what was done to them.
func (b *relBuilder) summitsAttendedIn(v *sentView) {
	for _, p := range v.ments {
		if (p.Type != "Place" && p.Type != "Country") || p.Demonym {
			continue
		}
		lo := max(v.start, p.Start-170)
		loc := reDidSummitIn.FindStringSubmatchIndex(v.between(lo, p.Start))
		if loc == nil {
			continue
		}
		ts, te := lo+loc[2], lo+loc[3]
		if b.irrealisClause(v, lo+loc[0], p.End) || b.namedEventAt(v, ts, te) || coveredByEvent(v, lo+loc[0], p.Start) {
			continue
		}
		id, ok := b.summitHeldIn(v, ts, te, p, nil)
		if !ok {
			continue
		}
		// "The G5 Sahel, created at a summit in Nouakchott in February
		// 2014 by Burkina Faso, Chad, …": the body made there took no part
		// in it; those who made it, after "by", did.
		if reFoundedAt.MatchString(v.between(lo+loc[0], ts)) {
			for _, o := range groupRightAfter(v, p.End, reMadeBy) {
				if (o.typ == "Country" || o.typ == "Organization") && !o.m.Demonym {
					b.add("PARTICIPATED_IN", o.id, id, 0.75, nil, v, ts, o.end)
				}
			}
			continue
		}
		// The ones who did it: the group right before the verb.
		for _, g := range groups(v) {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if last.end > lo+loc[0] || !reUpToVerb.MatchString(v.between(last.end, lo+loc[0])) {
				continue
			}
			b.tookPart(v, argsOf(v, g), id, 0.75, first.start, te)
		}
		if loc[4] >= 0 {
			for _, o := range v.args {
				if o.start >= lo+loc[4] && o.end <= lo+loc[5] && o.actor() && !o.m.Demonym {
					b.add("PARTICIPATED_IN", o.id, id, 0.75, nil, v, ts, o.end)
				}
			}
		}
	}
}

// summitHeldIn records the gathering whose noun is [ts, te), held in the
// place p on the day written right after p ("a summit in Cairo on
// Saturday"), and returns its id; without such a day there is none.
func (b *relBuilder) summitHeldIn(v *sentView, ts, te int, p mention, fallback *timex.Expr) (string, bool) {
	d, ok := pickDate(v, ts, min(v.end, p.End+40), true)
	// The day right after the place, or the one the sentence opens with
	// ("On 13 July 2023 Sisi hosted a summit … in Cairo").
	opening := ok && d.End <= ts && reOpensWithDate.MatchString(v.between(v.start, d.End))
	if !ok && fallback != nil {
		d, ok = *fallback, true
	} else if !ok || !d.Resolved() || !opening && (d.Start < p.End || d.Start-p.End > 12) {
		return "", false
	}
	return b.summitOn(v, ts, te, p, d), true
}

// summitOn records the gathering of noun [ts, te) held in place p on day
// d and returns its id.
func (b *relBuilder) summitOn(v *sentView, ts, te int, p mention, d timex.Expr) string {
	kind := strings.ToLower(v.between(ts, te))
	_, where, _ := strings.Cut(p.EntityID, ":")
	id := "event:" + kind + ":" + where + ":" + d.Value
	if _, seen := b.events[id]; !seen {
		b.events[id] = &entity{ID: id, Name: b.nameOf(p.EntityID) + " " + kind + " (" + d.Value + ")", Type: "Event", Props: datedProps(kind, d)}
	}
	b.eventMentioned(id, v, ts, te)
	b.add("HELD_IN", id, p.EntityID, 0.8, nil, v, min(ts, p.Start), max(te, p.End))
	return id
}

// reIsA runs from a named event to the noun that defines it: " was a
// peace", ", also known as Geneva II, was an internationally backed peace".
var reIsA = regexp.MustCompile(`^` + sp + `*(?:,[^,;]{1,80},)?` + sp + `+(?:was|is)` + sp + `+(?:a|an)` + sp + `+(?:[\w'’-]+` + sp + `+){0,4}$`)

// definedAs is the named event a sentence defines by the gathering noun at
// pos: "The Madrid Conference was a peace conference".
func (b *relBuilder) definedAs(v *sentView, pos int) (string, bool) {
	for _, m := range b.eventMentsOf(v) {
		if m.End <= pos && reIsA.MatchString(v.between(m.End, pos)) {
			return m.EntityID, true
		}
	}
	return "", false
}

// dateDefined dates a defined gathering that has no date by the day or
// month written after its place ("held in Montreux in January 2014").
func (b *relBuilder) dateDefined(v *sentView, e *entity, ts, placeEnd int) {
	if e.Props == nil {
		e.Props = map[string]any{}
	}
	if _, dated := e.Props["date"]; dated {
		return
	}
	d, ok := pickDate(v, ts, min(v.end, placeEnd+40), true)
	if !ok || !d.Resolved() || d.Start < placeEnd {
		return
	}
	e.Props["date"], e.Props["datePrecision"], e.Props["dateText"] = d.Value, string(d.Precision), d.Text
}

// A summit or meeting told as the occasion of a signing, or of a ceasefire
// accepted, with its place and day:
// "On 23 March 2015 Sisi, Bashir and Hailemariam signed a Declaration of
// Principles at a summit in Khartoum", "At a summit in Marrakesh on 17
// February 1989 the leaders …, among them Hassan II and Chadli Bendjedid,
// signed the Treaty of Marrakesh". The summit is held in the place on the
// day; those who signed took part in it.

var (
	// reAtSummitIn: from "at a summit" to its place.
	reAtSummitIn = regexp.MustCompile(`\b(?:[Aa]t|[Dd]uring)` + sp + `+(?:a|an|the)` + sp + `+(?:[\w'’–-]+` + sp + `+){0,3}?([Ss]ummit|[Cc]onference|meeting)` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)
	// reSignedRightAfter: the signers' verb right after them; accepting
	// or agreeing to a ceasefire or a deal at a meeting is told the same
	// way.
	reSignedRightAfter = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:also|jointly|formally)` + sp + `+)?(?:signed|accepted|agreed` + sp + `+(?:to|on))\b`)
)

// signedAtSummitsIn reads the form above.
func (b *relBuilder) signedAtSummitsIn(v *sentView) {
	if !v.has("signed", "accepted", "agreed") {
		return
	}
	for _, p := range v.ments {
		if p.Type != "Place" || p.Demonym || coveredByEvent(v, max(v.start, p.Start-40), p.Start) {
			continue
		}
		lo := max(v.start, p.Start-50)
		loc := reAtSummitIn.FindStringSubmatchIndex(v.between(lo, p.Start))
		if loc == nil {
			continue
		}
		ts, te := lo+loc[2], lo+loc[3]
		if b.irrealisClause(v, ts, p.End) || b.namedEventAt(v, ts, te) {
			continue
		}
		var signers []arg
		for _, g := range groups(v) {
			last := v.args[g[len(g)-1]]
			if reSignedRightAfter.MatchString(v.between(last.end, v.end)) {
				signers = argsOf(v, g)
				break
			}
		}
		if len(signers) == 0 {
			signers, _ = b.theirSigners(v)
		}
		if len(signers) == 0 {
			continue
		}
		day, ok := gatheringDay(v, ts, p.End)
		if !ok || day.Precision != timex.Day {
			continue
		}
		id := b.summitOn(v, ts, te, p, day)
		for _, a := range signers {
			if !a.m.Demonym && (a.typ == "Person" || a.typ == "Country") {
				b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, min(a.start, ts), max(a.end, te))
			}
		}
	}
}

// gatheringDay is the day of a gathering: the date the sentence opens with,
// ending before before, or the one written right after after ("hosted the
// third summit on 27 June 2021", "at a summit in Marrakesh on 17 February
// 1989").
func gatheringDay(v *sentView, before, after int) (timex.Expr, bool) {
	for _, d := range v.dates {
		if d.Resolved() && (d.End <= before && reOpensWithDate.MatchString(v.between(v.start, d.End)) || d.Start >= after && reDayRightAfter.MatchString(v.between(after, d.Start))) {
			return d, true
		}
	}
	return timex.Expr{}, false
}
