package extract

import "regexp"

// "Trump offered in a phone call with Sheikh Tamim to help", "In a call
// with Sheikh Tamim, Trump offered": the subject of the clause spoke with
// the people of the call it tells the verb happened in.

var (
	// reInCallWith: the call and "with", right before the other side.
	reInCallWith = regexp.MustCompile(`\b[Ii]n` + sp + `+(?:a|an|the|his|her|their)` + sp + `+(?:(?:phone|telephone|video|brief|separate|lengthy|\d+-minute)` + sp + `+)*(call|conversation)` + sp + `+with` + sp + `+(?:the` + sp + `+)?(?:(?:Sheikh|Shaikh|Sayyid|Prince|Emir|Amir|King|President|Prime` + sp + `+Minister)` + sp + `+)*$`)
	// reCallSubjectVerb: between the subject and "in a call": a verb of
	// the past or present and few words.
	reCallSubjectVerb = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:also|later|then|on` + sp + `+\p{Lu}\w+day)` + sp + `+)?[a-z]+(?:ed|s)\b[^,;:()]{0,40}?` + sp + `+$|^` + sp + `*,` + sp + `+$`)
)

// callsWith returns the calls of v told as reInCallWith.
func (b *relBuilder) callsWith(v *sentView, gs [][]int) []interaction {
	if !v.has(" call with", " conversation with") {
		return nil
	}
	var out []interaction
	for gi, g := range gs {
		first := v.args[g[0]]
		lo := max(v.start, first.start-80)
		loc := reInCallWith.FindStringSubmatchIndex(v.between(lo, first.start))
		if loc == nil {
			continue
		}
		callStart, trigEnd := lo+loc[0], lo+loc[3]
		others := argsOf(v, g)
		var subj []arg
		if gi > 0 {
			prev := gs[gi-1]
			if reCallSubjectVerb.MatchString(v.between(v.args[prev[len(prev)-1]].end, callStart)) {
				subj = argsOf(v, prev)
			}
		}
		// "In a call with X, Trump offered": the subject after the call,
		// which the comma may have listed with the other side.
		if subj == nil && reOpensSentence(v.between(v.start, callStart)) {
			switch {
			case len(g) >= 2 && reCommaBeforeSubject.MatchString(v.between(v.args[g[0]].end, v.args[g[1]].start)):
				others, subj = argsOf(v, g[:1]), argsOf(v, g[1:])
			case gi+1 < len(gs) && reCommaBeforeSubject.MatchString(v.between(v.args[g[len(g)-1]].end, v.args[gs[gi+1][0]].start)):
				subj = argsOf(v, gs[gi+1])
			}
		}
		if subj == nil {
			continue
		}
		parts := append(append([]arg{}, subj...), others...)
		start, end := min(subj[0].start, callStart), max(subj[len(subj)-1].end, others[len(others)-1].end)
		it := interaction{kind: "call", parts: parts, trigStart: callStart, trigEnd: trigEnd, start: start, end: end}
		out = append(out, b.contactSides(v, it, len(subj), 0.8))
	}
	return out
}

// reCommaBeforeSubject: the comma closing the call's phrase before the
// subject.
var reCommaBeforeSubject = regexp.MustCompile(`^` + sp + `*,` + sp + `*(?:(?:President|Prime` + sp + `+Minister|Secretary|Minister|King|Emir|Amir|Sheikh)` + sp + `+)*$`)

// reOpensSentence reports nothing but white space before the call.
func reOpensSentence(before string) bool {
	for _, r := range before {
		if r != ' ' && r != '\u00a0' && r != '\n' {
			return false
		}
	}
	return true
}
