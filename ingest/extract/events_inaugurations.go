package extract

import (
	"regexp"
	"strings"
)

// Inaugurations, and funerals attended, are events: a leader's ("Pashinyan attended the
// inauguration of President Masoud Pezeshkian in Tehran on 30 July 2024")
// and a work's ("The Iran–Armenia gas pipeline, inaugurated on 19 March
// 2007 by Robert Kocharyan and Mahmoud Ahmadinejad at the border near
// Agarak"). The first is named after the leader, who took part with those
// who attended; the second (an opening) after the work, inaugurated on its
// day by those after "by", where "at" or "in" says.

var (
	// reAttendedInauguration: right before the leader sworn in.
	// A funeral attended is told the same way: "King Hussein attended the
	// funeral of Yitzhak Rabin in Jerusalem"; the one buried took no part.
	reAttendedInauguration = regexp.MustCompile(`\b(?:attended|attends|attending|was` + sp + `+present` + sp + `+at|witnessed)` + sp + `+the` + sp + `+(?:swearing-in(?:` + sp + `+ceremony)?|inauguration(?:` + sp + `+ceremony)?|(state` + sp + `+)?(funeral))` + sp + `+of` + sp + `+(?:the` + sp + `+)?(?:(?:new|incoming|late)` + sp + `+)?(?:\p{Lu}[\w-]*` + sp + `+){0,2}$`)
	// reWorkInaugurated: a work of infrastructure, then its inauguration
	// told as a participle or a passive.
	// The words before the head are names or a work's plain modifiers
	// ("gas", "oil"): "which produced the" or "and the" are no part of it.
	reWorkInaugurated = regexp.MustCompile(`\b((?:[Tt]he` + sp + `+)?(?:(?:\p{Lu}[\w\x{00C0}-\x{024F}–-]*|gas|oil|power|water|rail|road|new|high-speed|natural|crude|export|transit|border)` + sp + `+){0,5}?(?:[Rr]ailway|[Pp]ipeline|[Dd]am|[Bb]ridge|[Pp]ort|[Cc]anal|[Aa]irport|[Hh]ighway|[Cc]orridor|[Tt]erminal|[Rr]efinery))(?:` + sp + `+\([A-Z]{2,8}\))?` + sp + `*(?:,` + sp + `*|` + sp + `+(?:was|were)` + sp + `+)(?:officially` + sp + `+|formally` + sp + `+|jointly` + sp + `+)?(?:inaugurated|opened)\b`)
	// reInaugurationBy: the ones who inaugurated it, after "by".
	reInaugurationBy = regexp.MustCompile(`^[^;]{0,80}?\bby` + sp + `+(?:the` + sp + `+)?(?:(?:\p{Lu}[\w-]*` + sp + `+){0,3})?$`)
	// reInaugurationAt: the place after "at" or "in" within its clause.
	reInaugurationAt = regexp.MustCompile(`^[^;]{0,80}?\b(?:at|in)` + sp + `+(?:the` + sp + `+)?(?:[\w-]+` + sp + `+){0,4}?$`)
)

// inaugurations builds the inaugurations of v.
func (b *relBuilder) inaugurations(v *sentView) {
	if !v.has("inaugurat", "swearing-in", "opened", "funeral") {
		return
	}
	b.attendedInaugurations(v)
	b.worksInaugurated(v)
}

// attendedInaugurations: "X attended the inauguration of President Y".
func (b *relBuilder) attendedInaugurations(v *sentView) {
	gs := groups(v)
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		loc := reAttendedInauguration.FindStringSubmatchIndex(v.between(max(v.start, a.start-80), a.start))
		if loc == nil {
			continue
		}
		funeral := loc[4] >= 0
		trig := max(v.start, a.start-80) + loc[0]
		var attendees []arg
		for _, g := range gs {
			if last := v.args[g[len(g)-1]]; last.end <= trig && strings.TrimSpace(v.between(last.end, trig)) == "" {
				attendees = argsOf(v, g)
			}
		}
		if len(attendees) == 0 || b.irrealisClause(v, attendees[0].start, a.end) {
			continue
		}
		kind, parts := "inauguration", append(attendees, a)
		if funeral {
			kind, parts = "funeral", attendees
		}
		name := strings.ToUpper(kind[:1]) + kind[1:] + " of " + b.nameOf(a.id)
		_, who, _ := strings.Cut(a.id, ":")
		id := "event:" + kind + ":" + who
		if _, ok := b.events[id]; !ok {
			ev := &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": kind}}
			if d, ok := pickDate(v, a.start, min(v.end, a.end+40), true); ok && d.Resolved() {
				ev.Props = datedProps(kind, d)
			}
			b.events[id] = ev
		}
		b.eventMentioned(id, v, trig, a.end)
		for _, p := range parts {
			b.add("PARTICIPATED_IN", p.id, id, 0.75, nil, v, attendees[0].start, a.end)
		}
		if p, ok := nextMention(v, a.m.End); ok && p.Type == "Place" && !p.Demonym && reInaugurationAt.MatchString(v.between(a.m.End, p.Start)) && p.Start-a.m.End < 40 {
			b.add("HELD_IN", id, p.EntityID, 0.75, nil, v, trig, p.End)
		}
	}
}

// worksInaugurated: "The Iran–Armenia gas pipeline, inaugurated on 19
// March 2007 by Robert Kocharyan and Mahmoud Ahmadinejad at the border
// near Agarak": dated, or no event.
func (b *relBuilder) worksInaugurated(v *sentView) {
	text := v.between(v.start, v.end)
	for _, m := range reWorkInaugurated.FindAllStringSubmatchIndex(text, -1) {
		ws, we, trig := v.start+m[2], v.start+m[3], v.start+m[1]
		// What the clause says after the verb: its day, place and those
		// who inaugurated it.
		end := clauseEnd(v, trig)
		if b.irrealisClause(v, ws, trig) {
			continue
		}
		d, ok := pickDate(v, trig, end, true)
		if !ok || !d.Resolved() || d.Start < trig {
			continue
		}
		work := strings.Join(strings.Fields(v.between(ws, we)), " ")
		name := "Inauguration of the " + strings.TrimPrefix(strings.TrimPrefix(work, "the "), "The ")
		id := "event:inauguration:" + slugWords(name) + ":" + d.Value
		if _, seen := b.events[id]; !seen {
			b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: datedProps("opening", d)}
		}
		b.eventMentioned(id, v, ws, trig)
		for _, g := range groups(v) {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if first.start < trig || last.end > end {
				continue
			}
			if reInaugurationBy.MatchString(v.between(trig, first.start)) {
				for _, a := range argsOf(v, g) {
					if !a.m.Demonym {
						b.add("PARTICIPATED_IN", a.id, id, 0.75, nil, v, ws, last.end)
					}
				}
				break
			}
		}
		for _, p := range v.ments {
			if p.Start >= trig && p.End <= end && p.Type == "Place" && !p.Demonym && reInaugurationAt.MatchString(v.between(trig, p.Start)) {
				b.add("HELD_IN", id, p.EntityID, 0.75, nil, v, ws, p.End)
				break
			}
		}
	}
}
