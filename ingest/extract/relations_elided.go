package extract

import (
	"regexp"
	"strings"
)

// A clause's subject often does two things: "French forces defeated the
// Syrian army and occupied Damascus", "In 2005, Sharon left the Likud and
// formed Kadima". The rules read a subject, a verb and an object written
// next to each other, so the second deed has no subject for them. The
// sentence views therefore get the subject once more, as a mention of it
// on the "and" that opens the second verb phrase (Elided), when:
//
//   - the subject is the clause's first argument, opening the sentence or
//     following an opening phrase and its comma ("In 2005, ");
//   - a verb in the past tense follows it (or, in a chronology's dated
//     item, one in the present);
//   - "and" follows within the clause (no comma, semicolon or colon
//     before it but the comma of ", and"), and a verb of the same tense
//     follows the "and".
//
// The mention lives only in the views the relation rules read; it is not
// one of the document's mentions.

var (
	// A verb in the past tense, after an adverb or two.
	rePastVerb = regexp.MustCompile(`^` + sp + `+(?:(?:then|later|also|subsequently|eventually|soon|quickly|briefly|again)` + sp + `+)*(?:[a-z]+ed|left|took|won|fought|led|met|made|held|sent|struck|began|became|built|brought|gave|went|came|set|split|shot|overran|withdrew|drove|threw|broke|hit|beat)\b`)
	// A verb in the present tense, as a chronology's items write them.
	rePresentVerb = regexp.MustCompile(`^` + sp + `+(?:(?:then|later|also|again)` + sp + `+)*(?:visits|meets|makes|holds|signs|travels|arrives|receives|hosts|leaves|flies|returns|announces|launches|begins|opens|agrees|rejects|accepts|attends|sends|withdraws|declares|wins|takes|captures|strikes|attacks|seizes|calls|tells|talks|speaks|goes|heads)\b`)
	// What may stand before a clause's first argument: nothing, an
	// article, an opening phrase and its comma, or the date labelling a
	// chronology's item ("July 24 - ", "13 June 2018: ").
	reClauseOpening = regexp.MustCompile(`^(?:` + sp + `*|` + sp + `*(?:[Tt]he|[Aa]n?)` + sp + `+|[^,;:]{1,40},` + sp + `+(?:the` + sp + `+)?|[^;.]{1,30}?` + sp + `(?:-|--|–|—)` + sp + `+(?:[Tt]he` + sp + `+)?|[^;.]{1,30}?:` + sp + `+(?:[Tt]he` + sp + `+)?)$`)
	// The "and" that opens a second verb phrase, and what ends a clause.
	reAndVerb   = regexp.MustCompile(`\band\b`)
	reClauseEnd = regexp.MustCompile(`[,;:()]`)
	// ", and" right before a verb in the past tense, and that verb.
	reCommaAndVerb = regexp.MustCompile(`^,` + sp + `+and` + rePastVerb.String()[1:])
)

// maxElidedReach bounds the bytes from a subject to the "and" of its
// second deed.
const maxElidedReach = 140

// elidedSubjects returns a mention of v's first argument on the "and" of
// a second verb phrase it is the subject of, if the sentence has one.
func elidedSubjects(v *sentView) []mention {
	if len(v.args) == 0 {
		return nil
	}
	s := v.args[0]
	if !s.actor() || s.m.Demonym && s.end == s.m.End || !reClauseOpening.MatchString(v.between(v.start, s.start)) {
		return nil
	}
	rest := v.between(s.end, min(v.end, s.end+maxElidedReach))
	verb := rePastVerb
	// "July 24 - Rice makes a visit to Beirut and meets Siniora": a
	// chronology's item tells its deeds in the present.
	if len(v.dates) > 0 && labelDate(v, v.dates[0]) && rePresentVerb.MatchString(rest) {
		verb = rePresentVerb
	}
	if !verb.MatchString(rest) {
		return nil
	}
	// The clause ends at its first comma, unless that comma opens the
	// second deed: "built bridges to cross the canal, and stormed the line".
	if loc := reClauseEnd.FindStringIndex(rest); loc != nil {
		if and := reCommaAndVerb.FindStringIndex(rest[loc[0]:]); and != nil {
			rest = rest[:loc[0]+and[1]]
		} else {
			rest = rest[:loc[0]]
		}
	}
	for _, loc := range reAndVerb.FindAllStringIndex(rest, -1) {
		if !verb.MatchString(rest[loc[1]:]) {
			continue
		}
		start := s.end + loc[0]
		if strings.TrimSpace(v.between(start, start+3)) != "and" {
			return nil
		}
		m := standIn(v, s.m, start, start+3)
		m.Demonym = false // "French forces ... and occupied": the state acts
		return []mention{m}
	}
	return nil
}

// standIn is a mention of m's entity over [start, end) of v, written for
// the views only: the word that stands for it ("and", "it", "he") carries
// none of its title and is no name.
func standIn(v *sentView, m mention, start, end int) mention {
	m.Start, m.End, m.Text = start, end, v.between(start, end)
	m.Title, m.TitleStart, m.TitleEnd, m.TitleOf = "", 0, 0, ""
	m.Elided = true
	return m
}
