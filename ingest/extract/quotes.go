package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/normalize"
)

// Quotes give STATED: the speaker (a person or an organisation) STATED to
// the entity the quote is about, with the quote as `quote`. The speaker is
// found, in this order:
//
//   - right before the quote: `X: "..."`, `X said, "..."`, `X said that the
//     talks will "..."` (a speech verb within a few words after X, no other
//     speaker between), `as expressed by X, ... "..."`, `according to X, "..."`;
//   - right after it: `"...," X said`, `"...," said X`.
//
// The quote is about the first entity named inside it other than the
// speaker; else the first other entity between the speech verb and the
// quote ("the United States hopes the talks will “lead to peace.”"); else
// the state or organisation the speaker holds a role for in the document;
// else the quote gives nothing. Pronoun speakers ("he said") and unnamed
// ones ("one analyst wrote") give nothing.
//
// Indirect speech with no quotation marks ("President X declared the
// country's armed forces a foundation of peace", "as X articulated, ...")
// gives STATED at confidence 0.7 without a `quote` property, the target
// chosen the same way from the reported clause.

// quoteSpan is one quotation: [open, close) includes the marks.
type quoteSpan struct{ open, close int }

const maxQuote = 3000 // bytes; a longer "quote" is an unbalanced mark

var (
	speechVerb = `(?:said|says|say|thought|thinks|believes|believed|stated|states|stating|wrote|writes|writing|added|adds|declared|declares|noted|notes|warned|warns|tweeted|posted|told|tells|argued|argues|insisted|insists|explained|explains|expressed|expressing|articulated|characterized|characterizing|described|describing|remarked|commented|announced|announces|emphasized|stressed|conceded|acknowledged|admitted|claimed|maintained|asserted|affirmed|reiterated|cautioned|revealed|disclosed|recalled|observed|complained|contended)`
	// X, then the speech verb a few words later.
	// Or a participle right after the name: "with Yossi Melman remarking
	// that ...". (Further on, as in "after adding", it is the clause
	// subject's, not the name's.)
	// Before a quote, a verb that judges in the speaker's words counts
	// too: "accuses Georgia of “aggression”", "dismissed the accusation
	// as “meaningless”", "calls the result “illegitimate”".
	// The aside may be long: "Bildt, whose country takes over the
	// presidency of the Council of the European Union on July 1, says".
	reSpeakerBefore = regexp.MustCompile(`^` + sp + `*(?:,[^,;“”"]{1,140},` + sp + `*|,` + sp + `*)?(?:[\w'’-]+` + sp + `+){0,4}?(?:` + speechVerb + `|` + judgingVerb + `)\b|^` + sp + `+(?:saying|remarking|noting|adding|arguing|warning|insisting|declaring)` + sp + `+that\b`)
	judgingVerb     = `(?:accuses|accused|dismisses|dismissed|rejects|rejected|calls|called|denounces|denounced|brands|branded|labels|labelled|labeled|terms|termed)`
	// "Saudi Arabia was once described as leading the “Pro-Western
	// Camp”": the name before a passive speech verb is what was spoken
	// of, not who spoke.
	rePassiveSpeech = regexp.MustCompile(`\b(?:was|were|is|are|been|being|be)` + sp + `+(?:(?:once|also|often|widely|long|later|first|\w+ly)` + sp + `+)?` + speechVerb + `$`)
	// `X: "..."`.
	reSpeakerColon = regexp.MustCompile(`^[\s\x{00A0}*]*(?:\([^)]{1,40}\))?[\s\x{00A0}*]*:[\s\x{00A0}*]*$`)
	// `as expressed by X`, `according to X`.
	reAsBy        = regexp.MustCompile(`(?i)\bas` + sp + `+(?:expressed|stated|said|noted|put|described|articulated|voiced|argued)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	reAccordingTo = regexp.MustCompile(`(?i)\baccording` + sp + `+to` + sp + `+(?:the` + sp + `+)?$`)
	// `"...," X said` / `"...," said X`.
	reAfterQuoteVerbFirst = regexp.MustCompile(`^` + sp + `*,?` + sp + `*` + speechVerb + sp + `+(?:the` + sp + `+)?$`)
	reAfterQuoteName      = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:the` + sp + `+)?$`)
	reAfterName           = regexp.MustCompile(`^` + sp + `+(?:has` + sp + `+|had` + sp + `+|also` + sp + `+)?` + speechVerb + `\b`)
	// Indirect speech: "X declared ...", "As X articulated, ...".
	reIndirectAfter = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:has|had|have|also|\w+ly)` + sp + `+)*(?:(?:said|says|say|stated|states|declared|declares|announced|announces|warned|warns|articulated|argued|argues|insisted|insists|condemn|condemns|condemned|denounced|denounces|criticized|criticizes|criticised|criticises|welcome|welcomes|welcomed|reaffirm|reaffirms|reaffirmed|accused|accuses|blamed|blames|urged|urges|called` + sp + `+on|calls` + sp + `+on|called` + sp + `+for|calls` + sp + `+for|thanked|thanks|congratulated|congratulates|praised|praises|commended|commends|lauded|lauds|hailed|hails|applauded|applauds|(?:emphasized|emphasizes|emphasised|emphasises|stressed|stresses|underscored|underscores|highlighted|highlights)` + sp + `+the` + sp + `+(?:importance|need|necessity|significance|value|urgency|centrality)|(?:told|tells)` + sp + `+(?:reporters|journalists|the` + sp + `+press|state` + sp + `+(?:media|television|TV)|lawmakers|parliament))(?:` + sp + `+(?:on|in|at)` + sp + `+(?:[\w.'’-]+` + sp + `+){1,3}?that|` + sp + `+that)?|(?:responds|responded|replies|replied|vows|vowed|pledges|pledged|promises|promised)` + sp + `+that|(?:wrote|writes|posted|posts|tweeted|tweets)(?:` + sp + `+(?:on|in)` + sp + `+(?:[\w.'’-]+` + sp + `+){1,3}?)?` + sp + `*that|(?:reported|reports|denied|denies|confirmed|confirms|verified|verifies|found|concluded|estimated|assessed|determined|claimed|claims|conveyed|conveys|explained|explains|emphasized|emphasizes|stressed|stresses|noted|notes|suggested|suggests|maintained|maintains|asserted|asserts|acknowledged|acknowledges|admitted|admits|affirmed|affirms|underscored|underscores|reiterated|reiterates|revealed|reveals|disclosed|discloses|recalled|recalls|observed|observes|complained|complains|contended|contends|pointed` + sp + `+out|points` + sp + `+out|(?:told|informed|assured|reminded|advised|notified)` + sp + `+(?:[\w.'’-]+` + sp + `+){1,5}?|made` + sp + `+(?:it` + sp + `+)?(?:clear|apparent|known|plain)|(?:explained|emphasized|stressed|underscored|noted|reiterated|said|stated|made` + sp + `+clear)` + sp + `+to` + sp + `+(?:[\w.'’-]+` + sp + `+){1,5}?)` + sp + `*that)(?:` + sp + `*,)?` + sp + `+`)
)

// reToldWhom is the listener after "told", up to its "that".
var reToldWhom = regexp.MustCompile(`^` + sp + `+[^,;:“”"]{1,50}?` + sp + `+that\b`)

// findQuotes pairs quotation marks: curly ones by kind, straight ones in
// alternation; a quote does not cross a blank line.
func findQuotes(text string) []quoteSpan {
	var out []quoteSpan
	open, straight := -1, -1
	for i, r := range text {
		switch r {
		case '“':
			open = i
		case '”':
			switch {
			case open >= 0 && i-open <= maxQuote:
				out = append(out, quoteSpan{open, i + utf8.RuneLen(r)})
			case open < 0 && straight >= 0 && i-straight <= maxQuote:
				// "... ” — a straight quote closed by a curly one.
				out = append(out, quoteSpan{straight, i + utf8.RuneLen(r)})
				straight = -1
			}
			open = -1
		case '"':
			if open >= 0 {
				// “... " — a curly quote closed by a straight one.
				if i-open <= maxQuote {
					out = append(out, quoteSpan{open, i + 1})
				}
				open = -1
				continue
			}
			if straight < 0 {
				straight = i
			} else {
				if i-straight <= maxQuote {
					out = append(out, quoteSpan{straight, i + 1})
				}
				straight = -1
			}
		case '\n':
			if strings.HasPrefix(text[i:], "\n\n") {
				open, straight = -1, -1
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].open < out[j].open })
	return out
}

var (
	// reMediumAside: right before a name, the aside that makes it the
	// medium someone spoke through: ", speaking on".
	reMediumAside = regexp.MustCompile(`,` + sp + `*(?:speaking|writing|appearing|interviewed|posting)` + sp + `+(?:on|to|with|in|at|by)` + sp + `+(?:the` + sp + `+)?$`)
	// reSpeakerAside: an aside on the speaker set off by commas right
	// after the name, opening with a relative word, a participle or an
	// article (as reRelativeAside's appositions do).
	reSpeakerAside = regexp.MustCompile(`^` + sp + `*,` + sp + `*(?:who|whose|which|speaking|writing|appearing|interviewed|(?:an?|the)` + sp + `)[^,;“”"]{1,140},`)
)

// reJudgedWord: a speech or judging verb, then a few words, right before
// a quoted word.
var reJudgedWord = regexp.MustCompile(`(?:` + speechVerb + `|` + judgingVerb + `)\b[^“”"]{0,40}$`)

// quotes finds STATED over the whole document.
func (b *relBuilder) quotes() {
	for _, q := range findQuotes(b.doc.Text) {
		inner := strings.Trim(b.doc.Text[q.open:q.close], "“”\" \n\u00a0")
		v := b.viewAt(q.open)
		if v == nil {
			continue
		}
		speaker, clauseStart, s, e, conf, ok := b.speakerOf(v, q)
		if !ok {
			continue
		}
		// One word in quotes is a scare quote, unless a speaker's verb
		// right before it makes it their word: "accuses Georgia of
		// “aggression”", "says the EU is “concerned”".
		if len(strings.Fields(inner)) < 2 && (s >= q.open || clauseStart >= q.open || !reJudgedWord.MatchString(v.between(max(v.start, clauseStart-30), q.open))) {
			continue
		}
		to := b.quoteTarget(speaker, q.open, q.close, clauseStart, q.open)
		if fragment(inner) {
			// A quote that starts mid-sentence ("... will “lead to peace.”")
			// continues the reporting clause, which says what it is about.
			to = b.quoteTarget(speaker, clauseStart, q.open, q.open, q.close)
		}
		if to == "" {
			to = b.fallbackTarget(speaker, v)
		}
		if to == "" {
			continue
		}
		props := map[string]any{"quote": clip(inner, 400)}
		// The statement's date is in its attribution ("..., X said on
		// Friday"), not among the dates the quote talks about.
		as, ae := s, q.open
		if s >= q.open {
			// "..., X said on Friday": the rest of the sentence after the quote.
			as, ae = q.close, e
			if w := b.viewAt(e - 1); w != nil {
				ae = w.end
			}
		}
		b.setDate(props, as, ae)
		b.addAcross("STATED", speaker.id, to, conf, props, min(s, q.open), max(e, q.close))
	}
	b.indirectSpeech()
	b.reportedSpeech()
	b.expressedStances()
	b.pairStances()
	b.speakerTurns()
}

// speakerOf finds the speaker of quote q, whose opening mark is in v;
// clauseStart is where the reporting clause begins (after the speech verb).
func (b *relBuilder) speakerOf(v *sentView, q quoteSpan) (speaker arg, clauseStart, start, end int, conf float64, ok bool) {
	// Before: the last speaker arg before the quote in its sentence.
	for i := len(v.args) - 1; i >= 0; i-- {
		a := v.args[i]
		if a.end > q.open || !speakerType(a) {
			continue
		}
		// "Saakashvili, speaking on CNN, says": the medium of an aside
		// on the speaker is no speaker.
		if reMediumAside.MatchString(v.between(max(v.start, a.start-40), a.start)) {
			continue
		}
		gap := v.between(argTail(v, a), q.open)
		if reSpeakerColon.MatchString(gap) && a.typ == "Person" {
			return a, q.open, a.start, q.close, 0.95, true
		}
		// Names inside an aside on the speaker ("Bildt, whose country
		// takes over the presidency of the Council of the European
		// Union, says") are not other speakers.
		from := a.end
		if loc := reSpeakerAside.FindStringIndex(gap); loc != nil {
			from = argTail(v, a) + loc[1]
		}
		if loc := reSpeakerBefore.FindStringIndex(gap); loc != nil && !otherSpeakerBetween(v, from, q.open-len(gap)+loc[1]) && !rePassiveSpeech.MatchString(gap[:loc[1]]) {
			cs := q.open - len(gap) + loc[1]
			if strings.HasSuffix(gap[:loc[1]], "told") || strings.HasSuffix(gap[:loc[1]], "tells") {
				// "told the BBC that ...": whom it was told is no topic.
				if m := reToldWhom.FindStringIndex(v.between(cs, q.open)); m != nil {
					cs += m[1]
				}
			}
			return a, cs, a.start, q.close, 0.95, true
		}
		before := v.between(v.start, a.start)
		if reAsBy.MatchString(before) || reAccordingTo.MatchString(before) {
			return a, a.end, a.start, q.close, 0.9, true
		}
		// A nearer name may stand in what the speaker said ("Witkoff said
		// Hamas had sought “totally unacceptable” amendments", "Nader
		// Ramadan told the BBC that ..."): an earlier one whose speech verb
		// comes before it is the speaker; any other earlier one is not.
	}
	// After: `"...," X said` or `"...," said X`, in the sentence where the
	// quote closes.
	w := b.viewAt(max(q.close-1, q.open))
	if w == nil {
		return arg{}, 0, 0, 0, 0, false
	}
	if w.idx+1 < len(b.views) && !hasArgAfter(w, q.close) && q.close <= b.views[w.idx+1].start && strings.TrimSpace(b.doc.Text[q.close:b.views[w.idx+1].start]) == "" {
		next := b.views[w.idx+1]
		// `"... for what purpose?" Moshe Gafni told parliament`: the
		// question mark ended a sentence, the attribution opens the next.
		w = next
	}
	for _, a := range w.args {
		if a.start < q.close || !speakerType(a) {
			continue
		}
		gap := w.between(q.close, a.start)
		if reAfterQuoteVerbFirst.MatchString(gap) {
			return a, q.close, q.open, a.end, 0.95, true
		}
		if reAfterQuoteName.MatchString(gap) {
			tail := argTail(w, a)
			if loc := reAfterName.FindStringIndex(w.between(tail, w.end)); loc != nil {
				return a, q.close, q.open, tail + loc[1], 0.95, true
			}
		}
		break
	}
	return arg{}, 0, 0, 0, 0, false
}

// hasArgAfter reports an arg of v starting at or after pos.
func hasArgAfter(v *sentView, pos int) bool {
	for _, a := range v.args {
		if a.start >= pos {
			return true
		}
	}
	return false
}

func speakerType(a arg) bool { return a.typ == "Person" || a.typ == "Organization" }

// otherSpeakerBetween reports a person or organisation arg in [s, e).
func otherSpeakerBetween(v *sentView, s, e int) bool {
	for _, a := range v.args {
		if a.start >= s && a.end <= e && speakerType(a) {
			return true
		}
	}
	return false
}

// quoteTarget chooses what a statement is about (see the comment at the
// top of this file): the first entity in [qs, qe) other than the speaker
// and the speaker's own state or organisation, else the first in [cs, ce),
// else the speaker's role.
func (b *relBuilder) quoteTarget(speaker arg, qs, qe, cs, ce int) string {
	// "reaffirmed the Biden-Harris administration's commitment to
	// Israel's security": the administration named is the speaker's side,
	// what it is about comes after.
	administration := ""
	for _, r := range [][2]int{{qs, qe}, {cs, ce}} {
		for _, m := range b.ents.Mentions {
			if m.Start < r[0] || m.End > r[1] || m.Start >= m.End {
				continue
			}
			if m.EntityID == speaker.id || (m.Start >= speaker.start && m.End <= speaker.end) {
				continue
			}
			if m.Type == "Person" && reAdministrationAfter.MatchString(b.doc.Text[m.End:min(len(b.doc.Text), m.End+40)]) {
				if administration == "" {
					administration = m.EntityID
				}
				continue
			}
			id := m.EntityID
			if m.MetonymFor != "" {
				id = m.MetonymFor
			}
			if r, ok := b.roleOf[speaker.id]; ok && r.of == id {
				continue // a speaker's own state or organisation is the last resort
			}
			return id
		}
	}
	// What the speaker's office is posted to ("the Nepalese ambassador to
	// Qatar") comes before the speaker's own state, the last resort.
	posting := ""
	lo := speaker.start
	if w := b.viewAt(speaker.start); w != nil {
		lo = w.start
	}
	for _, m := range b.ents.Mentions {
		// The posting is the speaker's own: inside the speaker's phrase, or
		// right before the name ("ambassador to Qatar, Maya Kumari Sharma").
		own := m.Start >= speaker.start || m.End <= speaker.start && strings.Trim(b.doc.Text[m.End:speaker.start], " ,\u00a0") == ""
		if m.Start >= lo && m.End <= speaker.end && own && m.EntityID != speaker.id && !m.Demonym &&
			rePostedTo.MatchString(b.doc.Text[max(lo, m.Start-40):m.Start]) {
			if r, ok := b.roleOf[speaker.id]; !ok || r.of != m.EntityID {
				posting = m.EntityID
				break
			}
		}
	}
	if posting != "" {
		return posting
	}
	if administration != "" {
		return administration
	}
	if r, ok := b.roleOf[speaker.id]; ok {
		return r.of
	}
	return ""
}

// reOtherClause opens a clause of its own after what was said: ", while",
// ", whereas", "; ".
var reOtherClause = regexp.MustCompile(`,` + sp + `+(?:while|whereas)` + sp + `|;`)

// reAdministrationAfter follows a president named for the government he
// heads, owning the stance affirmed: "the Biden-Harris administration's
// commitment", "President Biden's unwavering commitment" ("the Trump
// administration lied" may be the topic).
var reAdministrationAfter = regexp.MustCompile(`^(?:[-–]\p{Lu}[\w\x{00C0}-\x{024F}’'-]*)?(?:` + sp + `+[Aa]dministration)?['’]s` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:commitment|support|policy|vision|leadership|determination|resolve|pledge)\b`)

// rePostedTo ends the words before where a speaker's office is posted:
// "ambassador to", "envoy to the".
var rePostedTo = regexp.MustCompile(`(?i)\b(?:ambassador|envoy|representative|delegate)` + sp + `+(?:to|at|in)` + sp + `+(?:the` + sp + `+)?$`)

// reParticipleAside: an aside that tells when or how the speaker spoke,
// between the name and the verb: ", speaking after May,".
var reParticipleAside = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:speaking|writing|responding|replying|reacting|answering|commenting)` + sp + `+(?:after|before|to|on|in|at)` + sp + `+[^,;:()“”"]{1,60},`)

// reAsideGoesOn: an apposition's second office, up to its closing comma.
var reAsideGoesOn = regexp.MustCompile(`^` + sp + `+and` + sp + `+[^,;:()“”"]{1,80},`)

// reOpenAside: from a person's name to a name inside the apposition that
// follows it, not yet closed: ", the Secretary-General's Special
// Representative for Afghanistan and head of ".
// A participle may open it too: "Jeremy Corbyn, speaking after May, said"
// (May did not speak).
var reOpenAside = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:an?|the|(?:speaking|writing|responding|replying|reacting|answering|commenting)` + sp + `+(?:after|before|to|on|in|at)` + sp + `+(?:the` + sp + `+)?)` + sp + `*[^,;:()“”"]*$`)

// inPersonAside reports an arg inside the apposition on a person named
// before it ("Roza Otunbayeva, the … head of UNAMA, said": UNAMA did not
// speak).
func inPersonAside(v *sentView, i int) bool {
	for k := i - 1; k >= 0; k-- {
		p := v.args[k]
		if p.typ == "Person" && p.m.End <= v.args[i].start && reOpenAside.MatchString(v.between(p.m.End, v.args[i].start)) {
			return true
		}
	}
	return false
}

// reDecree opens what a ruler declares by decree rather than says.
var reDecree = regexp.MustCompile(`(?i)^(?:martial` + sp + `+law|(?:a` + sp + `+)?state` + sp + `+of` + sp + `+(?:emergency|siege|war)|(?:an?` + sp + `+)?(?:holy` + sp + `+)?war\b|independence|(?:a` + sp + `+)?curfew|(?:a` + sp + `+)?jihad|(?:a` + sp + `+)?national` + sp + `+emergency|(?:a` + sp + `+)?general` + sp + `+mobili[sz]ation)`)

// indirectSpeech finds "X declared <clause>" and "As X articulated, <clause>".
func (b *relBuilder) indirectSpeech() {
	for _, v := range b.views {
		var gs [][]int // the sentence's groups, built when a speaker needs them
		for i, a := range v.args {
			if !speakerType(a) || employerOfSpeaker(v, i) || inPersonAside(v, i) {
				continue
			}
			if quoted(b.doc.Text, v, a.end) || b.insideQuote(a.start) {
				continue // direct speech is handled with its quote; speech reported inside a quote is the quoted speaker's
			}
			tail := argTail(v, a)
			// "The leaders of France, Germany and Britain — Macron, Merkel
			// and May — say that …": every name of a list set off by
			// dashes spoke.
			if gs == nil {
				gs = groups(v)
			}
			if end, ok := dashedListEnd(v, gs, i); ok {
				tail = end
			}
			// "Sadr, who did not stand as a candidate, says …": a relative
			// clause on the speaker stands between the name and the verb.
			ownTail := tail // the speaker's own words end here
			if loc := reRelativeAside.FindStringIndex(v.between(tail, v.end)); loc != nil {
				tail += loc[1] - 1
			} else if loc := reParticipleAside.FindStringIndex(v.between(tail, v.end)); loc != nil {
				// "Jeremy Corbyn, speaking after May, said …".
				tail += loc[1] - 1
			} else if loc := reAsideGoesOn.FindStringIndex(v.between(tail, v.end)); loc != nil && strings.HasPrefix(strings.TrimSpace(v.between(a.m.End, v.end)), ",") {
				// "X, the Special Representative for Afghanistan and head
				// of UNAMA, said": the office read with the name goes on
				// after "and" to the comma that closes the apposition.
				tail += loc[1] - 1
			}
			after := v.between(tail, v.end)
			var cs, ce int
			switch loc := reIndirectAfter.FindStringIndex(after); {
			case loc != nil && reStatesNoun.MatchString(after):
				continue // "Among Arab League states, Syria …": the noun, not the verb
			case loc != nil:
				cs, ce = afterSetting(v, tail+loc[1], v.end), v.end
			default:
				continue
			}
			// "The FSA says it would abide by the truce, while Ahrar
			// al-Sham expresses reservations": what was said ends where
			// another's clause begins.
			if loc := reOtherClause.FindStringIndex(v.between(cs, ce)); loc != nil {
				ce = cs + loc[0]
			}
			// "Bruno Merk, who headed the centre with police chief Manfred
			// Schreiber, denies that …": a name ending a relative clause
			// is not the speaker; the name the clause describes is.
			if strings.HasPrefix(strings.TrimSpace(after), ",") {
				before := v.between(v.start, a.start)
				if k := strings.LastIndex(before, ", who "); k >= 0 && !strings.ContainsAny(before[k+len(", who "):], ",;") {
					h, ok := argEndingBefore(v, v.start+k)
					if !ok || !speakerType(h) {
						continue
					}
					a = h
				}
			}
			// "declared martial law", "declared war": a decree, not speech.
			if reDecree.MatchString(v.between(cs, ce)) {
				continue
			}
			// The clause reported may be a wish ("urged Y to ..."); only
			// the speaker's own words before the verb can deny it.
			if b.irrealisClause(v, a.start, ownTail) {
				continue
			}
			to := b.quoteTarget(a, cs, ce, cs, ce)
			// A clause naming nothing is about the document's subject, unless
			// the verb follows a comma (then a is the end of an apposition:
			// "X, who met Y, said ...", and X the speaker) or what follows
			// is no clause ("declared martial law").
			if to == "" && ce-cs >= minClause && !quoted(b.doc.Text, v, v.start) && !strings.HasPrefix(strings.TrimSpace(after), ",") &&
				reHasVerbish.MatchString(v.between(cs, ce)) {
				to = b.fallbackTargetBefore(a, v, ce)
			}
			if to == "" {
				continue
			}
			props := map[string]any{}
			b.setDate(props, a.start, ce)
			b.addAcross("STATED", a.id, to, 0.7, props, a.start, ce)
		}
	}
}

// reStatesNoun: "states" after a body's name and before a comma is its
// member states ("Among Arab League states, Syria continues …"), not the
// verb of a statement.
var reStatesNoun = regexp.MustCompile(`^` + sp + `+states` + sp + `*,`)

// quoted reports a quotation mark in the rest of the sentence after pos.
func quoted(text string, v *sentView, pos int) bool {
	return strings.ContainsAny(v.between(pos, v.end), "“\"")
}

// setDate puts the date expression inside [start, end) into props.
func (b *relBuilder) setDate(props map[string]any, start, end int) {
	v := b.viewAt(start)
	if v == nil {
		return
	}
	if d, ok := pickDate(v, start, min(end, v.end), false); ok && !inRelativeAside(v.between(start, d.Start)) {
		props["dateText"] = d.Text
		if d.Resolved() {
			props["date"] = d.Value
			props["datePrecision"] = string(d.Precision)
		}
		return
	}
	// "Mousavi rejects the count", "Bildt says the EU is concerned": a
	// news item's present tense tells what was said the day it is
	// published.
	if loc := reSaysNow.FindStringIndex(v.between(start, min(end, v.end))); loc != nil {
		if d, ok := b.newsDay(v, start+loc[1]); ok {
			props["dateText"], props["date"], props["datePrecision"] = d.Text, d.Value, string(d.Precision)
		}
	}
}

// reSaysNow: a verb of saying in the present tense.
var reSaysNow = regexp.MustCompile(`\b(?:says|tells|urges|warns|insists|adds|argues|announces|declares|rejects|accuses|condemns|denies|vows|pledges|responds|stresses|calls` + sp + `+(?:for|on))\b`)

// reRelativeAsideOpen: an aside on the speaker opened and not yet closed
// ("Carl Bildt, whose country takes over the presidency on July 1, says
// …": July 1 dates the presidency, not what he says).
var reRelativeAsideOpen = regexp.MustCompile(`,` + sp + `+(?:who|whose|which|where)\b[^,;]*$`)

// inRelativeAside reports text that ends inside such an aside.
func inRelativeAside(text string) bool {
	return reRelativeAsideOpen.MatchString(text)
}

// insideQuote reports whether pos lies inside a quotation.
func (b *relBuilder) insideQuote(pos int) bool {
	if b.quoteSpans == nil {
		b.quoteSpans = findQuotes(b.doc.Text)
	}
	for _, q := range b.quoteSpans {
		// A statement published whole between quotation marks, with
		// no speaker before it, speaks in the document's own voice:
		// what it reports is not a quote.
		if q.close-q.open > len(b.doc.Text)/2 && strings.TrimSpace(b.doc.Text[:q.open]) == "" {
			continue
		}
		if q.open < pos && pos < q.close {
			return true
		}
	}
	return false
}

// viewAt is the sentence holding byte pos.
func (b *relBuilder) viewAt(pos int) *sentView {
	i := sort.Search(len(b.views), func(i int) bool { return b.views[i].end > pos })
	if i < len(b.views) && b.views[i].start <= pos {
		return b.views[i]
	}
	return nil
}

// addAcross records a relation whose evidence [start, end) may span
// several sentences: one evidence span per sentence.
func (b *relBuilder) addAcross(typ, from, to string, conf float64, props map[string]any, start, end int) {
	var spans []normalize.Span
	var first *sentView
	for _, v := range b.views {
		s, e := max(start, v.start), min(end, v.end)
		if s >= e {
			continue
		}
		if first == nil {
			first = v
		}
		spans = append(spans, normalize.Span{Start: s, End: e})
	}
	if first == nil {
		return
	}
	n := len(b.rels)
	b.add(typ, from, to, conf, props, first, spans[0].Start, spans[0].End)
	if len(b.rels) > n {
		b.rels[n].Evidence = appendSpans(b.rels[n].Evidence, spans[1:])
	}
}

// fragment reports a quote that starts in lower case: part of a sentence.
func fragment(inner string) bool {
	r, _ := utf8.DecodeRuneInString(inner)
	return unicode.IsLower(r)
}

// clip shortens s to at most n bytes at a word boundary.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
	}
	return s[:cut] + "…"
}

// argTail is where a speaker's phrase ends, over a role postmodifier
// ("President Vladimir Putin of Russia").
func argTail(v *sentView, a arg) int {
	if next, ok := nextMention(v, a.end); ok && isQualifier(next) && reRoleOf.MatchString(v.between(a.end, next.Start)) {
		return next.End
	}
	return a.end
}

// employerOfSpeaker reports an organisation written as the employer of the
// person before it ("Ali Vaez of the International Crisis Group said"):
// the person spoke, not the body.
func employerOfSpeaker(v *sentView, i int) bool {
	if i == 0 || v.args[i].typ != "Organization" || v.args[i-1].typ != "Person" {
		return false
	}
	return reOfOrg.MatchString(v.between(v.args[i-1].m.End, v.args[i].start))
}

// reClosingDash: the dash that closes a list set off by dashes.
var reClosingDash = regexp.MustCompile(`^` + sp + `*[—–]` + sp + `*`)

// dashedListEnd is where the list of names (one of the groups gs of v)
// holding v.args[i] ends when a dash closes it, right after its closing
// dash; ok false otherwise.
func dashedListEnd(v *sentView, gs [][]int, i int) (int, bool) {
	for _, g := range gs {
		if !slices.Contains(g, i) {
			continue
		}
		last := v.args[g[len(g)-1]]
		end := argTail(v, last)
		if loc := reClosingDash.FindStringIndex(v.between(end, v.end)); loc != nil && strings.ContainsAny(v.between(v.start, v.args[g[0]].start), "—–") {
			return end + loc[1] - 1, true
		}
	}
	return 0, false
}

// reRelativeAside: a relative clause or a linking aside set off by commas
// right after a name ("…, for his part, called for"), up to the comma that
// closes it. An apposition that describes the speaker is such an aside
// too ("…, a close friend of Hariri's, calls for").
var reRelativeAside = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:(?:who|whose)` + sp + `+[^,;:()“”"]{1,80}|(?:an?|the)` + sp + `+[^,;:()“”"]{1,100}|for` + sp + `+(?:his|her|their|its)` + sp + `+part|in` + sp + `+turn|meanwhile|however|in` + sp + `+response),` + sp)
