package extract

import (
	"regexp"
	"slices"
	"strings"
)

var (
	// "X expressed U.S. support for ...", "X also conveyed his deep
	// appreciation to ...": a readout's report of a stance voiced. The
	// stance noun is required, so "offered a loan" or "extended the
	// deadline" are not statements.
	reExpressedStance = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:has|had|also|again|\w+ly)` + sp + `+)*(?:expressed|expresses|conveyed|conveys|voiced|voices|offered|offers|extended|extends)` + sp + `+(?:(?:his|her|their|its|the|our|\p{Lu}[\w\x{00C0}-\x{024F}.’'-]*|strong|full|deep|deepest|sincere|sincerest|continued|continuing|unwavering|steadfast|grave|serious|profound|warm|warmest|personal|heartfelt)` + sp + `+){0,4}(?:support|appreciation|gratitude|thanks|condolences|sympathy|sympathies|concern|concerns|opposition|solidarity|congratulations|regret|dismay|outrage|disappointment)\b`)
	// "X spoke today with Y to express his appreciation to Qatar": the
	// purpose of a call or meeting is the caller's statement.
	reContactToExpress = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:also|again|\w+ly)` + sp + `+)*(?:spoke|speaks|talked|talks|called|calls|met|meets|telephoned|phoned)\b([^.;:!?“”"]{0,160}?)\bto` + sp + `+(?:express|convey|offer|extend|reiterate|reaffirm)` + sp + `+(?:(?:his|her|their|its|the|our|\p{Lu}[\w\x{00C0}-\x{024F}.’'-]*|strong|full|deep|deepest|sincere|continued|unwavering|warm|personal|heartfelt)` + sp + `+){0,4}(?:support|appreciation|gratitude|thanks|condolences|sympathy|concern|concerns|solidarity|congratulations|commitment)\b`)
	// "Mr. Sullivan reaffirmed the administration's unwavering commitment
	// to Israel's security", "X underscored the importance of …": a
	// readout's stance told by a verb of affirming and its stance noun.
	reAffirmedStance = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:has|had|also|again|\w+ly)` + sp + `+)*(?:reaffirmed|reaffirms|reiterated|reiterates|emphasized|emphasizes|emphasised|re-?emphasized|underscored|underscores|stressed|stresses|highlighted|highlights|affirmed|affirms)` + sp + `+(?:[\w’'.-]+` + sp + `+){0,6}?(?:commitment|support|importance|need|opposition|determination|resolve|readiness|partnership|friendship|urgency|value|solidarity)\b`)
	// "Mir-Hossein Mousavi demands a recount", "X called for the release
	// of Y": a demand made is a statement, headline tense included.
	reDemands = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:also|again|publicly|repeatedly|\w+ly)` + sp + `+)*(?:demands|demanded|calls` + sp + `+for|called` + sp + `+for)` + sp + `+\w`)
)

// expressedStances finds STATED for a named speaker a readout says
// expressed a stance ("expressed support for", "to express his
// appreciation to"): what the stance is about is the first entity after
// the verb, else the speaker's own state.
func (b *relBuilder) expressedStances() {
	for _, v := range b.views {
		if !v.has("express", "convey", "voice", "offer", "extend", "demand", "call", "affirm", "reiterat", "emphasi", "underscor", "stress", "highlight") {
			continue
		}
		for _, a := range v.args {
			if !speakerType(a) || b.insideQuote(a.start) {
				continue
			}
			tail := argTail(v, a)
			// "Chirac, a close friend of Hariri's, calls for": an aside
			// on the speaker stands between the name and the verb.
			if loc := reRelativeAside.FindStringIndex(v.between(tail, v.end)); loc != nil {
				tail += loc[1] - 1
			}
			after := v.between(tail, v.end)
			loc := reExpressedStance.FindStringIndex(after)
			whole := false
			affirmed := false
			if loc == nil {
				if loc = reAffirmedStance.FindStringIndex(after); loc != nil {
					affirmed = true
				}
			}
			if loc == nil {
				// A demand's object need name no one: it is about the
				// sentence's other actors.
				if loc = reDemands.FindStringIndex(after); loc != nil {
					loc[1]--
					whole = true
				}
			}
			if loc == nil {
				sub := reContactToExpress.FindStringSubmatchIndex(after)
				if sub == nil || irrealis.MatchString(after[sub[2]:sub[3]]) {
					continue
				}
				loc = sub[:2]
			}
			if b.irrealisClause(v, a.start, tail) || !clauseSubject(v, a) {
				continue
			}
			cs, ce := tail+loc[0], v.end
			if whole {
				cs = v.start
			}
			var to string
			if affirmed {
				// The stance noun may come after the entity it is about
				// ("the importance of Israel's security"): from the verb.
				to = b.stanceTopic(v, a, tail, ce)
			} else {
				to = b.quoteTarget(a, tail+loc[1], ce, cs, ce)
			}
			if to == "" {
				continue
			}
			props := map[string]any{}
			if !affirmed {
				// An affirmed stance's years belong to what it affirms
				// ("a two-state solution on the 1967 lines").
				b.setDate(props, a.start, ce)
			}
			b.addAcross("STATED", a.id, to, 0.7, props, a.start, ce)
		}
	}
}

// reObjectCue: a preposition or a passive's "by" before a name makes it
// an object, not the subject that speaks ("protests led by groups opposed
// to Prime Minister Fouad Siniora demanded ...").
var reObjectCue = regexp.MustCompile(`(?i)\b(?:of|by|to|against|with|for|from|on|at|into|about)\b`)

// clauseSubject reports a speaker that opens its clause: nothing but
// words like "although opposition leader" since the last comma or the
// start of the sentence.
func clauseSubject(v *sentView, a arg) bool {
	prefix := v.between(v.start, a.start)
	if i := strings.LastIndexAny(prefix, ",;:—"); i >= 0 {
		prefix = prefix[i+1:]
	}
	prefix = reOpeningTime.ReplaceAllString(prefix, "")
	return !reObjectCue.MatchString(prefix)
}

// reOpeningTime: "On Monday X voiced ...": a time before the subject.
var reOpeningTime = regexp.MustCompile(`^` + sp + `*(?i:on|in|at|during|by)` + sp + `+[A-Z0-9][\w]*(?:` + sp + `+\d+)?`)

// reOwnPrincipal follows a name that is the speaker's own side rather than
// what the stance is about: "President Biden's commitment", "the
// Biden-Harris administration's".
var reOwnPrincipal = regexp.MustCompile(`^(?:[-–]\p{Lu}[\w\x{00C0}-\x{024F}’'-]*)?(?:['’]s\b|` + sp + `+[Aa]dministration\b)`)

// stanceTopic is what an affirmed stance is about: the first entity after
// the verb that is neither the speaker, nor a principal named for the
// speaker's side, nor the speaker's own state; else that state.
func (b *relBuilder) stanceTopic(v *sentView, a arg, from, to int) string {
	own := ""
	if r, ok := b.roleOf[a.id]; ok {
		own = r.of
	}
	if id := b.topicBeyond(v, []string{a.id}, map[string]bool{own: true}, from, to); id != "" {
		return id
	}
	return own
}

// topicBeyond is the first entity in [from, to) of v that is none of the
// speakers, no state in own, and no principal named for the speakers'
// side ("President Biden's commitment"); "" when there is none.
func (b *relBuilder) topicBeyond(v *sentView, speakers []string, own map[string]bool, from, to int) string {
	for _, m := range v.ments {
		if m.Start < from || m.End > to || slices.Contains(speakers, m.EntityID) {
			continue
		}
		id := m.EntityID
		if m.MetonymFor != "" {
			id = m.MetonymFor
		}
		if own[id] {
			continue
		}
		if m.Type == "Person" && reOwnPrincipal.MatchString(v.between(m.End, min(v.end, m.End+40))) {
			continue
		}
		return id
	}
	return ""
}
