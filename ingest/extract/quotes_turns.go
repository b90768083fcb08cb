package extract

import (
	"regexp"
	"strings"
)

// Speech that no quotation mark encloses and no speech verb introduces in
// its own sentence still has a speaker when the layout says so:
//
//   - a transcript's speaker label at the start of a line ("SECRETARY
//     BLINKEN: Well, …", "MR PRICE:"): the turn runs to the next label;
//   - an introduction ending in a colon, with the statement in the
//     following sentences ("The below is attributable to Spokesperson Ned
//     Price:", "Senator Jim Banks on the strikes:"): the statement runs to
//     the next such introduction or label.
//
// Both give STATED from the speaker to what the turn is about (chosen as
// for quotes), with the turn's start as `quote`. A label with no named
// speaker ("QUESTION:") ends the previous turn and starts none.

const maxTurn = 1500 // bytes of a turn read for its target and quote

// minBareTurn is the fewest words a turn naming nothing needs before it is
// a statement about the speaker's own state rather than a courtesy.
const minBareTurn = 10

var (
	// An upper-case speaker label at the start of a sentence: "SECRETARY BLINKEN:".
	reSpeakerLabel = regexp.MustCompile(`^([A-Z][A-Z.'’ -]{1,48}[A-Z.]):`)
	// A label anywhere at a line start, to end a turn.
	reLabelLine = regexp.MustCompile(`(?m)^[ \t]*[A-Z][A-Z.'’ -]{1,48}[A-Z.]:`)
	// What may stand between a speaker and the colon of an introduction.
	reIntroGap = regexp.MustCompile(`^[\s\x{00A0})]*(?:\([^()]{1,40}\)[\s\x{00A0}]*)?(?:,[^,;:.!?"“”]{1,60},[\s\x{00A0}]*)?(?:(?:has|had|also)` + sp + `+)?(?:(?:said|says|stated|wrote|writes|posted|tweeted|added|told|remarked|declared|announced|on|about|in` + sp + `+a` + sp + `+statement|in` + sp + `+remarks)\b[^.;!?"“”:]{0,60})?:[\s\x{00A0}]*$`)
	// A speaker that is the object of a preposition ("maintained at the
	// session of the Security Council:") is the place or audience of the
	// speech, not its speaker; "attributable to X:" is checked first.
	rePrepositionBefore = regexp.MustCompile(`(?i)\b(?:of|at|to|in|into|for|with|from|before|during|against|toward|towards)` + sp + `+(?:the` + sp + `+)?$`)
	// "attributable to (Spokesperson) X:", "statement by X:".
	reAttributableTo = regexp.MustCompile(`(?i)\b(?:attributable` + sp + `+to|statement` + sp + `+(?:by|from)|remarks` + sp + `+(?:by|from))` + sp + `+(?:the` + sp + `+)?$`)
)

// reDeedListed: a label's words opening with a verb in the past and no
// subject are a deed listed under a name ("BIDEN: Removed the Houthis from
// the list …", "TRUMP: Immediately re-designated the Houthis …"), not
// speech.
var reDeedListed = regexp.MustCompile(`^` + sp + `*(?:[A-Z][a-z]+ly` + sp + `+[a-z]+(?:-[a-z]+)*ed|[A-Z][a-z]+(?:-[a-z]+)*ed|Made|Took|Sent|Gave|Began|Led|Struck|Brought|Built|Held|Kept|Left|Met|Sold|Paid|Let|Put|Set|Cut|Won|Lost|Broke|Stood|Told|Sought|Fought|Bought)` + sp + `+[a-z"“]`)

// speakerTurns finds STATED from speaker labels and colon introductions.
func (b *relBuilder) speakerTurns() {
	if !strings.Contains(b.doc.Text, ":") {
		return
	}
	for _, v := range b.views {
		if !strings.Contains(v.between(v.start, v.end), ":") {
			continue
		}
		if a, end, ok := labelSpeaker(v); ok {
			b.turn(v, a, v.start, end)
			continue
		}
		if a, ok := b.introSpeaker(v); ok {
			b.turn(v, a, a.start, v.end)
		}
	}
}

// labelSpeaker is the person named in a speaker label opening v at a line
// start, and where the label ends.
func labelSpeaker(v *sentView) (arg, int, bool) {
	lineStart := strings.LastIndexByte(v.text[:v.start], '\n') + 1
	if strings.TrimSpace(v.text[lineStart:v.start]) != "" {
		return arg{}, 0, false
	}
	loc := reSpeakerLabel.FindStringSubmatchIndex(v.between(v.start, v.end))
	if loc == nil {
		return arg{}, 0, false
	}
	end := v.start + loc[1]
	if reDeedListed.MatchString(v.between(end, v.end)) {
		return arg{}, 0, false
	}
	for _, a := range v.args {
		if a.typ == "Person" && a.m.Start >= v.start && a.m.End <= end {
			return a, end, true
		}
	}
	return arg{}, 0, false
}

// introSpeaker is the speaker of an introduction that ends v with a colon.
func (b *relBuilder) introSpeaker(v *sentView) (arg, bool) {
	body := strings.TrimRight(v.between(v.start, v.end), " \n\t\u00a0")
	if !strings.HasSuffix(body, ":") {
		return arg{}, false
	}
	for i := len(v.args) - 1; i >= 0; i-- {
		a := v.args[i]
		if !speakerType(a) {
			continue
		}
		tail := argTail(v, a)
		before := v.between(max(v.start, a.start-40), a.start)
		// "According to the IAEA:" attributes what follows, as
		// "attributable to X:" does.
		if rePrepositionBefore.MatchString(before) && !reAttributableTo.MatchString(before) && !reAccordingTo.MatchString(before) {
			break
		}
		if reIntroGap.MatchString(v.between(tail, v.end)) || reAttributableTo.MatchString(v.between(max(v.start, a.start-40), a.start)) &&
			strings.TrimSpace(v.between(tail, v.end)) == ":" {
			return a, true
		}
		break // only the last speaker before the colon introduces
	}
	return arg{}, false
}

// turn records STATED for a speaker whose words start after the label or
// introduction ending at from and run to the next label or introduction.
func (b *relBuilder) turn(v *sentView, speaker arg, evStart, from int) {
	end := min(len(b.doc.Text), from+maxTurn)
	rest := b.doc.Text[from:end]
	// The turn ends at the next label line.
	if locs := reLabelLine.FindAllStringIndex(rest, 2); len(locs) > 0 {
		for _, l := range locs {
			if l[0] > 0 {
				end = from + l[0]
				break
			}
		}
	}
	speech := strings.TrimSpace(b.doc.Text[from:end])
	if len(strings.Fields(speech)) < 3 || b.insideQuote(speaker.start) {
		return
	}
	to := b.quoteTarget(speaker, from, end, from, end)
	if to == "" || len(strings.Fields(speech)) < minBareTurn && !b.namedIn(to, from, end) {
		return // "Nice to see you.": a courtesy that names nothing states nothing
	}
	props := map[string]any{"quote": clip(speech, 400)}
	// The evidence is the label or introduction and the turn's first sentence.
	evEnd := v.end
	if w := b.viewAt(from); w != nil && w.idx != v.idx {
		evEnd = w.end
	} else if w := b.nextView(v.idx); w != nil && strings.TrimSpace(v.between(from, v.end)) == "" {
		evEnd = w.end
	}
	b.addAcross("STATED", speaker.id, to, 0.85, props, evStart, evEnd)
}

// namedIn reports a mention of id in [start, end).
func (b *relBuilder) namedIn(id string, start, end int) bool {
	for _, m := range b.ents.Mentions {
		if m.Start >= start && m.End <= end && (m.EntityID == id || m.MetonymFor == id) {
			return true
		}
	}
	return false
}

// nextView is the sentence after i, if any.
func (b *relBuilder) nextView(i int) *sentView {
	if i+1 < len(b.views) {
		return b.views[i+1]
	}
	return nil
}
