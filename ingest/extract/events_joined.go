package extract

import (
	"regexp"
)

// Talks and meetings told by what their parties did rather than by a verb
// of meeting between them:
//
//   - "Iran and Saudi Arabia took part in talks in Baghdad in April
//     2021", "the two sides participated in indirect negotiations": a
//     group of two or more that took part in talks held them together;
//   - "Talks were held between Iran and Saudi Arabia in Baghdad", "the
//     fourth round of talks took place in Rome on May 23 between X and Y":
//     talks told in the passive, their parties after "between";
//   - "Witkoff travelled to Muscat on April 12, where he met Araghchi":
//     the traveller met the one named after "where he met", in the place
//     travelled to.

var (
	// After the group: "took part in talks", "participated in a round of
	// indirect negotiations".
	reTookPartInTalks = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|then|jointly|together|both)` + sp + `+)?(?:took` + sp + `+part|participated|(?:were|was)` + sp + `+involved|engaged)` + sp + `+in` + sp + `+(?:(?:a|the|new|fresh|direct|indirect|bilateral|high-level|formal|secret|several|two|three|[\w-]+` + sp + `+of)` + sp + `+){0,4}?(talks|negotiations)\b`)
	// After the traveller: "travelled to", "flew to", "arrived in".
	reTravelledTo = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|then|first)` + sp + `+)?(?:traveled|travelled|flew|went|arrived` + sp + `+in|arrived` + sp + `+at)` + sp + `+(?:to` + sp + `+)?(?:the` + sp + `+)?$`)
	// After the place travelled to (with its state or a date): ", where he
	// met", ", where she held talks with".
	reWhereMet = regexp.MustCompile(`^(?:(?:` + sp + `*,)?` + sp + `*[^;]{1,60}?)?` + sp + `*,` + sp + `*where` + sp + `+(?:he|she|they)` + sp + `+(?:(?:also|first|then|had)` + sp + `+)?(?:met(?:` + sp + `+with)?|held` + sp + `+(?:talks|a` + sp + `+meeting)` + sp + `+with)` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*` + sp + `+){0,4}?$`)
)

// reHeldBetween ends right before the parties: "talks were held between",
// "talks took place in Rome on May 23, 2025 between". The noun is captured.
var reHeldBetween = regexp.MustCompile(`\b([Tt]alks|[Nn]egotiations|[Cc]onsultations)` + sp + `+(?:(?:were|was)` + sp + `+(?:held|conducted)|took` + sp + `+place)(?:` + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?[A-Z][^,;]{1,40}?)?(?:,?` + sp + `+on` + sp + `+[^;]{1,30}?)?,?` + sp + `+between` + sp + `+(?:the` + sp + `+)?$`)

// heldBetweenTalks builds the talks of "talks were held between X and Y".
func (b *relBuilder) heldBetweenTalks(v *sentView) {
	if !v.has("between") || !v.has("held", "conducted", "took place") {
		return
	}
	for _, g := range groups(v) {
		if len(g) < 2 {
			continue
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		lo := max(v.start, first.start-120)
		loc := reHeldBetween.FindStringSubmatchIndex(v.between(lo, first.start))
		if loc == nil {
			continue
		}
		ts, te := lo+loc[2], lo+loc[3]
		if b.irrealisClause(v, ts, last.end) {
			continue
		}
		b.makeEvent(v, eventSpec{kind: "talks", parts: argsOf(v, g), trigStart: ts, trigEnd: te, start: ts, end: last.end})
	}
}

// joinedTalks builds the talks of "X and Y took part in talks".
func (b *relBuilder) joinedTalks(v *sentView) {
	if !v.has("took part", "participated", "involved", "engaged") || !v.has("talks", "negotiations") {
		return
	}
	for _, g := range groups(v) {
		if len(g) < 2 {
			continue
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		loc := reTookPartInTalks.FindStringSubmatchIndex(v.between(last.end, v.end))
		if loc == nil || b.irrealisClause(v, first.start, last.end+loc[1]) {
			continue
		}
		b.makeEvent(v, eventSpec{kind: "talks", parts: argsOf(v, g), trigStart: last.end + loc[2], trigEnd: last.end + loc[3],
			start: first.start, end: last.end + loc[1]})
	}
}

// travelMeetings builds the meeting of "X travelled to P, where he met Y",
// held in P.
func (b *relBuilder) travelMeetings(v *sentView) {
	if !v.has("where") || !v.has("travel", "flew", "went", "arrived") {
		return
	}
	for i, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		for j := i + 1; j+1 < len(v.args); j++ {
			p := v.args[j]
			if p.typ != "Place" && p.typ != "Country" {
				continue
			}
			if !reTravelledTo.MatchString(v.between(a.end, p.start)) {
				break
			}
			for _, o := range v.args[j+1:] {
				if !o.actor() || o.id == a.id || o.m.Demonym {
					continue
				}
				loc := reWhereMet.FindStringIndex(v.between(p.end, o.start))
				if loc == nil || b.irrealisClause(v, a.start, o.end) {
					break
				}
				// A journey already built as a visit: whom the visitor met
				// took part in it, as with "visited X to hold talks with Y".
				if visit := b.visitIn(v); visit != "" {
					b.add("PARTICIPATED_IN", o.id, visit, 0.8, nil, v, a.start, o.end)
					break
				}
				trig := p.end + loc[0]
				id := b.makeEvent(v, eventSpec{kind: "meeting", parts: []arg{a, o}, trigStart: trig, trigEnd: o.start,
					start: a.start, end: o.end, needDate: true})
				if id != "" {
					b.add("HELD_IN", id, p.id, 0.8, nil, v, a.start, o.end)
				}
				break
			}
			break
		}
	}
}
