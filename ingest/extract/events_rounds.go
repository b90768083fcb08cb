package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// A chronology of negotiations tells its rounds one by one, often with no
// party in the sentence: "April 5 - The first round of UN-sponsored
// inter-Tajik talks opens in Moscow", "June 18 - The second round opens in
// Tehran", "The eighth round, in Astana, agrees to hold the congress",
// "At the fourth round, Russia, Iran and Turkey sign a memorandum". Each
// dated round is an event held where the sentence says; the talks it
// belongs to are the ones the round names, or the last ones a round named
// before it in the document. Those who do something "at the round" took
// part in it.

var (
	// reRound: a round as a sentence's subject or setting, with its number
	// (or "new", "final") and the talks it names, if any.
	reRound = regexp.MustCompile(`^(?:(?:At|In)` + sp + `+)?(?:The|A|the|a)` + sp + `+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|new|final|last|next)` + sp + `+round(?:` + sp + `+of` + sp + `+((?:the` + sp + `+)?(?:[\w'’-]+` + sp + `+){0,4}?(?:talks|negotiations|discussions|consultations)))?\b`)
	// reRoundHeld: what a round as subject does to be held: "opens in",
	// "is held at", "begins", ", in Astana,", ", held on … at …,".
	reRoundHeld = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+(?:held` + sp + `+[^,;]{1,80}|in` + sp + `+[^,;]{1,40}),|` + sp + `+(?:is|was)` + sp + `+held\b|` + sp + `+(?:opens|opened|begins|began|starts|started|takes` + sp + `+place|took` + sp + `+place|convenes|convened|ends|ended|closes|closed|is` + sp + `+under` + sp + `+way|gets` + sp + `+under` + sp + `+way)\b)`)
	// reRoundDateline: a date line opening the sentence, ending in its
	// year and a dash.
	reRoundDateline = regexp.MustCompile(`^[^!?;]{0,40}?\b(?:1[89]|20)\d\d` + sp + `*(?:-|--|–|—|:)` + sp + `+`)
	// reRoundActs: a verb in the present or past right after the round.
	reRoundActs = regexp.MustCompile(`^` + sp + `+(?:again` + sp + `+)?[a-z]+(?:s|ed)\b`)
	// reRoundSetting: the round as the setting of the clause after it:
	// "At the fourth round, ".
	reRoundSetting = regexp.MustCompile(`^(?:At|In)` + sp)
	// reRoundIrrealis: a round only planned or hoped for.
	reRoundIrrealis = regexp.MustCompile(`(?i)\b(?:could|would|will|may|might|should|planned|scheduled|expected|due|to` + sp + `+be|no` + sp + `+date|before` + sp + `+any)\b`)
)

// roundsOfTalks builds the dated rounds of talks the sentences tell, in
// document order so that a round without its talks takes those of the
// round before.
func (b *relBuilder) roundsOfTalks() {
	talks := ""
	for _, v := range b.views {
		text := v.between(v.start, v.end)
		// "Dec. 10, 1991 - The second round opens": the round follows
		// the entry's date.
		lead := 0
		for _, d := range v.dates {
			if labelDate(v, d) {
				if loc := reLabelAfter.FindStringIndex(v.between(d.End, v.end)); loc != nil {
					lead = d.End + loc[1] - v.start
				}
			}
		}
		// "WASHINGTON, Feb. 24, 1992 - The fourth round …", "Jan. 23-24,
		// 2017 - The first round …": a dateline or a span of days.
		if loc := reRoundDateline.FindStringIndex(text); lead == 0 && loc != nil {
			lead = loc[1]
		}
		m := reRound.FindStringSubmatchIndex(text[lead:])
		if m == nil {
			continue
		}
		after := v.between(v.start+lead+m[1], v.end)
		switch {
		case m[4] >= 0:
			talks = strings.TrimPrefix(text[lead+m[4]:lead+m[5]], "the ")
		case strings.HasPrefix(strings.TrimSpace(after), "of "):
			talks = "" // "the first round of the presidential election"
			continue
		}
		setting := reRoundSetting.MatchString(text[lead:])
		// "Sept. 14-15, 2017 - The sixth round agrees the boundaries of
		// the Idlib zone": in a dated item, whatever the round did it did
		// that day.
		acted := lead > 0 && reRoundActs.MatchString(after)
		if talks == "" || !setting && !acted && !reRoundHeld.MatchString(after) || reRoundIrrealis.MatchString(after) || b.talksInSentence(v.idx) {
			continue
		}
		start, end := v.start+lead+m[0], v.end
		d, ok := pickDate(v, start, end, true)
		if !ok || !d.Resolved() || d.Precision != timex.Day {
			continue
		}
		word := strings.ToLower(text[lead+m[2] : lead+m[3]])
		n := ordinals[word]
		if n > 0 {
			word = ordinalWords[n-1]
		}
		name := strings.ToUpper(word[:1]) + word[1:] + " round of " + talks
		spec := eventSpec{kind: "talks", trigStart: start, trigEnd: v.start + lead + m[1], start: start, end: end,
			needDate: true, slug: slugWords(talks), name: name, ordinal: n}
		if setting {
			spec.parts, spec.noVenue = b.roundSetters(v, spec.trigEnd), true
		}
		b.makeEvent(v, spec)
	}
}

// ordinalWords spell the rounds' numbers in their names.
var ordinalWords = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

// roundSetters are the subjects of the clause after "At the fourth round,":
// the first group right after the comma.
func (b *relBuilder) roundSetters(v *sentView, after int) []arg {
	for _, g := range groups(v) {
		first := v.args[g[0]]
		if first.start < after {
			continue
		}
		if strings.TrimSpace(v.between(after, first.start)) != "," {
			return nil
		}
		var out []arg
		for _, a := range argsOf(v, g) {
			if a.actor() {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// talksInSentence reports talks or a meeting already built in sentence
// idx: the round the sentence tells, read by another rule.
func (b *relBuilder) talksInSentence(idx int) bool {
	for _, id := range b.sentenceEvents[idx] {
		if e, ok := b.events[id]; ok && (e.Props["kind"] == "talks" || e.Props["kind"] == "meeting") {
			return true
		}
	}
	return false
}
