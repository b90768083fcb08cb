package extract

import (
	"regexp"
	"sort"
)

// Reported speech of wire stories without quotation marks: the speaker
// after the clause ("Iran is ready for talks, Araghchi said on Monday",
// "..., said Abbas Araghchi, Iran's foreign minister"), "according to X"
// before or after it, and a speaker set off by an apposition before the
// verb ("Esmaeil Baghaei, the ministry's spokesman, told reporters that
// ..."). What such a statement is about is chosen as for quotes; when
// neither the clause nor the speaker's role names anything, it is about
// the first other entity of its sentence after the speaker, else what the document names
// most often (a statement in a story is about the story's subject).

var (
	// "Araghchi said", "Araghchi told reporters", "said Araghchi" closing a
	// sentence: after the speech verb only where, when or to whom it was
	// said.
	reSaidAtEnd = regexp.MustCompile(`^` + sp + `*(?:,[^,;:“”"]{1,80},` + sp + `*)?` + sp + `+(?:(?:has|had|also|later|then)` + sp + `+)?(?:said|says|added|adds|stated|states|noted|notes|warned|warns|claimed|claims|insisted|insists|announced|announces|confirmed|confirms|wrote|writes|told` + sp + `+(?:[\w.'’-]+` + sp + `+){0,3}?(?:reporters|journalists|lawmakers|parliament|Reuters|AFP|CNN|[Tt]elevision|TV|media|agency|conference|briefing|network|outlet|newspaper|\p{Lu}[\w\x{00C0}-\x{024F}.'’-]+))` + attributionRest)
	// "..., said X" / "..., according to X": the verb before the speaker.
	reSaidBefore     = regexp.MustCompile(`,` + sp + `*(?:(?:said|says|added|wrote|noted|warned)|according` + sp + `+to)` + sp + `+(?:the` + sp + `+)?$`)
	reAccordingStart = regexp.MustCompile(`^(?:[\s\x{00A0}"“]*)(?i:according)` + sp + `+to` + sp + `+(?:the` + sp + `+)?$`)
	// What may follow a speaker named after the clause: an apposition, then
	// where, when or how it was said, and the end of the sentence.
	reSpeakerTail = regexp.MustCompile(`^(?:` + sp + `*,` + sp + `*(?:(?:the|a|an|its|his|her)` + sp + `+)?[^,;:“”"]{1,80}?)?` + attributionRest)
	// "X rejected the offer, saying Iran would never surrender".
	reCommaSaying = regexp.MustCompile(`,` + sp + `+(?:(?:also|again)` + sp + `+)?(?:saying|adding|stating|noting|warning|insisting|arguing|claiming|declaring)(?:` + sp + `+that)?` + sp + `+`)
	// "A State Department spokesperson said", "Hamas officials said": an
	// organisation's unnamed voice is the organisation's.
	reVoiceOf = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:press|chief|senior|top|deputy|official|principal)` + sp + `+)?(?:spokes(?:person|man|woman)|officials|official|press` + sp + `+secretary|representatives?|leadership)` + sp + `+(?:(?:also|again|later)` + sp + `+)?(?:said|says|stated|told|warned|added|announced|confirmed|claimed|insisted)\b`)
	// "A spokesperson for the European Union said".
	reVoiceForBefore = regexp.MustCompile(`(?i)\bspokes(?:person|man|woman)` + sp + `+(?:for|of)` + sp + `+(?:the` + sp + `+)?$`)
	reSaidAfterVoice = regexp.MustCompile(`^` + sp + `+(?:(?:also|again|later)` + sp + `+)?(?:said|says|stated|told|warned|added|announced|confirmed)\b`)
	// "X issued a statement welcoming the agreement".
	reIssuedStatement = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|today|jointly)` + sp + `+)?(?:issued|issues|released|releases|published|publishes|put` + sp + `+out)` + sp + `+(?:an?|the|its|their)` + sp + `+(?:[\w-]+` + sp + `+)?(?:statement|communiqu[eé]|declaration|readout)\b`)
	// ", the ministry's spokesman," between a speaker and the verb.
	reApposBeforeVerb = regexp.MustCompile(`^` + sp + `*,` + sp + `*[a-z][^,;:“”"]{0,80},`)
)

// attributionRest is what may close an attribution: a time, a place or a
// medium ("on Monday", "in a statement", "in Muscat"), "adding ...", and
// the sentence's end.
const attributionRest = `(?:` + sp + `+(?:on|in|at|during|after|before|late|early|earlier|later|last|this|from|via|through|to|over)\b[^;:“”"]{0,70}?)?(?:` + sp + `*,` + sp + `*adding\b[^“”"]*?)?` + sp + `*[.!?]?` + sp + `*$`

// reportedSpeech finds STATED for the wordings of this file.
func (b *relBuilder) reportedSpeech() {
	for _, v := range b.views {
		if quoted(b.doc.Text, v, v.start) {
			continue // quotations are read with their quotes
		}
		for _, a := range v.args {
			if !speakerType(a) || b.insideQuote(a.start) {
				continue
			}
			tail := argTail(v, a)
			before := v.between(v.start, a.start)
			after := v.between(tail, v.end)
			cs, ce := -1, -1
			switch {
			// "Iran is ready for talks, Araghchi said on Monday."
			case reSaidAtEnd.MatchString(after) && clauseBefore(v, a.start):
				cs, ce = v.start, v.start+lastComma(before)
			// "Iran is ready, said Araghchi, Iran's foreign minister." /
			// "..., according to the IAEA."
			case reSaidBefore.MatchString(before) && reSpeakerTail.MatchString(after):
				loc := reSaidBefore.FindStringIndex(before)
				cs, ce = v.start, v.start+loc[0]
			// "According to the IAEA, Iran has enriched uranium to 60 percent."
			case reAccordingStart.MatchString(before):
				if c := commaAfter(v, tail); c > 0 {
					cs, ce = c, v.end
				}
			}
			if cs < 0 {
				continue
			}
			b.reported(v, a, cs, ce)
		}
		b.apposedSpeakers(v)
		b.voicesAndStatements(v)
	}
}

// voicesAndStatements: ", saying ..." after the sentence's first actor,
// an organisation's spokesperson or officials, and a statement issued.
func (b *relBuilder) voicesAndStatements(v *sentView) {
	for i, a := range v.args {
		if !speakerType(a) || b.insideQuote(a.start) {
			continue
		}
		tail := argTail(v, a)
		after := v.between(tail, v.end)
		switch {
		// "A State Department spokesperson said ...", "Hamas officials said ...".
		case a.typ == "Organization" && reVoiceOf.MatchString(after):
			loc := reVoiceOf.FindStringIndex(after)
			b.reported(v, a, tail+loc[1], v.end)
		// "A spokesperson for the European Union said ...".
		case a.typ == "Organization" && reVoiceForBefore.MatchString(v.between(max(v.start, a.start-30), a.start)) && reSaidAfterVoice.MatchString(after):
			loc := reSaidAfterVoice.FindStringIndex(after)
			b.reported(v, a, tail+loc[1], v.end)
		// "The Foreign Ministry of Qatar issued a statement welcoming ...".
		case reIssuedStatement.MatchString(after):
			loc := reIssuedStatement.FindStringIndex(after)
			b.reported(v, a, tail+loc[1], v.end)
		// "Khamenei rejected the offer, saying ...": the sentence's first
		// actor, opening it, is the one saying.
		case i == 0 && reSentenceOpening.MatchString(v.between(v.start, a.start)):
			if loc := reCommaSaying.FindStringIndex(after); loc != nil && !otherSpeakerBetween(v, tail, tail+loc[0]) {
				b.reported(v, a, tail+loc[1], v.end)
			}
		}
	}
}

// reSentenceOpening: what may stand before a sentence's subject: an
// article, a title, a short adverbial closed by a comma.
var reSentenceOpening = regexp.MustCompile(`^(?:(?:The|the|A|a)` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*` + sp + `+){0,3}$|^[^,;:]{0,40},` + sp + `*(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*` + sp + `+){0,3}$`)

// apposedSpeakers: "X, the ministry's spokesman, told reporters that
// ...", the indirect speech of indirectSpeech with an apposition between
// the speaker and the verb.
func (b *relBuilder) apposedSpeakers(v *sentView) {
	for _, a := range v.args {
		if !speakerType(a) || b.insideQuote(a.start) {
			continue
		}
		tail := argTail(v, a)
		after := v.between(tail, v.end)
		ap := reApposBeforeVerb.FindStringIndex(after)
		if ap == nil || otherSpeakerBetween(v, tail, tail+ap[1]) {
			continue
		}
		rest := after[ap[1]:]
		loc := reIndirectAfter.FindStringIndex(rest)
		if loc == nil {
			continue
		}
		if b.irrealisClause(v, a.start, tail+ap[1]) {
			continue
		}
		b.reported(v, a, tail+ap[1]+loc[1], v.end)
	}
}

// minClause is the fewest bytes a reported clause holds ("Iran is
// ready."): less is an adjunct of the verb ("on Friday.").
const minClause = 12

// reported records STATED of speaker a for the clause [cs, ce) of v.
func (b *relBuilder) reported(v *sentView, a arg, cs, ce int) {
	cs = afterSetting(v, cs, ce)
	if ce-cs < minClause {
		return
	}
	to := b.quoteTarget(a, cs, ce, cs, ce)
	if to == "" && reHasVerbish.MatchString(v.between(cs, ce)) {
		to = b.fallbackTarget(a, v)
	}
	if to == "" {
		return
	}
	// What was said before its speaker ("Iran will be invited to talks in
	// Vienna on Friday, the State Department said") tells its own dates;
	// the statement's is in the attribution after it ("…, Araghchi said on
	// Monday").
	ds, de := min(a.start, cs), max(a.end, ce)
	if ce <= a.start {
		ds, de = a.start, v.end
	}
	props := map[string]any{}
	b.setDate(props, ds, de)
	b.add("STATED", a.id, to, 0.7, props, v, min(a.start, cs), max(a.end, ce))
}

// clauseBefore reports a clause of its own before the speaker: it ends in
// a comma right before the speaker and holds a few words.
func clauseBefore(v *sentView, pos int) bool {
	before := v.between(v.start, pos)
	c := lastComma(before)
	return c >= 12 && reOnlySpace.MatchString(before[c+1:]) && reHasVerbish.MatchString(before[:c])
}

var (
	reOnlySpace = regexp.MustCompile(`^` + sp + `*(?:the` + sp + `+)?$`)
	// A clause has a finite verb; a list of names ("Iran, Iraq and Syria,")
	// or an adverbial ("In Tehran,") has none.
	reHasVerbish = regexp.MustCompile(`\b(?:is|are|was|were|will|would|could|should|must|can|may|might|has|have|had|do|does|did|[a-z]{3,}(?:ed|es))\b`)
)

// lastComma is the offset of the last comma of s, or -1.
func lastComma(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ',' {
			return i
		}
	}
	return -1
}

// commaAfter is where the clause after "According to X," begins: after the
// first comma following pos in v, or -1.
func commaAfter(v *sentView, pos int) int {
	rest := v.between(pos, v.end)
	for i := 0; i < len(rest) && i < 120; i++ {
		if rest[i] == ',' {
			return pos + i + 1
		}
	}
	return -1
}

// fallbackTarget is what a statement whose words name nothing is about:
// the first other entity of its sentence after the speaker, else the entity the document
// names most often (first named on a tie), never the speaker.
func (b *relBuilder) fallbackTarget(a arg, v *sentView) string {
	return b.fallbackTargetBefore(a, v, v.end)
}

// fallbackTargetBefore is fallbackTarget among the mentions before end:
// another's clause after what was said names no topic of it.
func (b *relBuilder) fallbackTargetBefore(a arg, v *sentView, end int) string {
	for _, m := range v.ments {
		if m.Start >= end {
			break
		}
		// Only what follows the speaker: a name before it may be a
		// co-speaker ("Sonali Singh and Christopher Way argue").
		if m.Start < a.end || m.EntityID == a.id || !b.typesFit("STATED", a.id, m.EntityID) {
			continue
		}
		// Where it was said is no topic: "told reporters in Tehran that".
		if reSaidWhere.MatchString(v.text[max(v.start, m.Start-12):m.Start]) || reToldBefore.MatchString(v.text[max(v.start, m.Start-12):m.Start]) {
			continue
		}
		return m.EntityID
	}
	return b.documentTopic(a.id)
}

// reSettingThat is a statement's setting before its "that" clause.
var reSettingThat = regexp.MustCompile(`^\s*(?:in|at|from)\s+[^,;]{1,40}?\s+that\s+`)

// afterSetting moves the start cs of a reported clause past the place it
// was said in: in "told reporters in Tehran that ..." Tehran is no part of
// what was said.
func afterSetting(v *sentView, cs, ce int) int {
	if loc := reSettingThat.FindStringIndex(v.between(cs, ce)); loc != nil {
		return cs + loc[1]
	}
	return cs
}

// reToldBefore ends the words before whom a statement was told: "told the
// BBC" is no topic.
var reToldBefore = regexp.MustCompile(`(?i)\b(?:told|tells)\s+(?:the\s+)?$`)

// reSaidWhere ends the words before the setting of a statement.
var reSaidWhere = regexp.MustCompile(`(?i)\b(?:in|at|from)\s+(?:the\s+)?$`)

// documentTopic is the entity the document names most often other than
// skip, first named on a tie; "" when there is none.
func (b *relBuilder) documentTopic(skip string) string {
	count := map[string]int{}
	first := map[string]int{}
	for _, m := range b.ents.Mentions {
		if m.EntityID == skip || !b.typesFit("STATED", skip, m.EntityID) {
			continue
		}
		if _, ok := first[m.EntityID]; !ok {
			first[m.EntityID] = m.Start
		}
		count[m.EntityID]++
	}
	ids := make([]string, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if count[ids[i]] != count[ids[j]] {
			return count[ids[i]] > count[ids[j]]
		}
		return first[ids[i]] < first[ids[j]]
	})
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}
