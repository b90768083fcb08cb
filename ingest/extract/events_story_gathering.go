package extract

import (
	"regexp"
	"strings"
)

// A news story about a meeting, summit, conference or round of talks
// tells it in its lead ("U.S. President Joe Biden, Japanese Prime Minister
// Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Friday
// ... at their first trilateral summit") and then, sentence by sentence,
// who else came: "Also present were U.N. Secretary-General Ban Ki-moon and
// ...", "Hague, Fabius and Yang also took part", "Davutoglu attended the
// talks". Readers list the
// story's gathering with all of them in it.
//
// As with a story's signing (events_story_signing.go), the lead's
// gathering is the one a rule built in the lead's sentences, or a new one
// of the lead's first gathering word, with the group the sentence opens
// with as its participants, dated by the sentence or the story's day.
// Then the people, states and bodies a later sentence says attended, took
// part, were present or chaired it took part in it, and its nouns ("the summit", "the talks") are mentions of it. A
// sentence that names another event, or dates itself by a year, speaks of
// something else; so does a lead sentence with a year of its own.

var (
	// reGatheringWord: a gathering's noun, which gives its kind.
	reGatheringWord = regexp.MustCompile(`\b(summit|talks|meeting|conference|negotiations)\b`)
	// reCameAfter: after those who came, the verb that says so.
	reCameAfter = regexp.MustCompile(`^` + sp + `*(?:,[^,;:()]{1,80},` + sp + `*)?(?:(?:also|all|both|later|then)` + sp + `+)?(?:attended|took` + sp + `+part|participated|joined` + sp + `+the` + sp + `+(?:talks|meeting|summit|conference|negotiations)|(?:were|was)` + sp + `+(?:also` + sp + `+)?(?:present|in` + sp + `+attendance|among` + sp + `+the` + sp + `+participants))\b`)
	// reCameBefore: before those who came, the words that say so.
	// Those a gathering "brought together" are read by its own rule
	// (events_brought_together.go); a state that hosted it is its host
	// (HOSTED), not one of those who came.
	reCameBefore = regexp.MustCompile(`(?i)\b(?:also` + sp + `+present` + sp + `+(?:were|was)|present` + sp + `+(?:were|was)|chaired` + sp + `+by|co-chaired` + sp + `+by|attended` + sp + `+by|joined` + sp + `+by)\b`)
)

// storyGatheringKinds are the kinds of event a gathering word builds.
var storyGatheringKinds = map[string]string{"summit": "summit", "talks": "talks", "meeting": "meeting", "conference": "conference", "negotiations": "talks"}

// storyGathering builds and fills the lead's gathering described above.
func (b *relBuilder) storyGathering() {
	v, id := b.leadGathering()
	if id == "" {
		return
	}
	for _, w := range b.views {
		if w.idx < v.idx || b.speaksOfAnother(w, id) {
			continue
		}
		b.storyComers(w, id)
		b.storyGatheringMentions(w, id)
	}
	b.storyGatheringVenue(v, id)
}

// reGatheredAt: right before where a gathering was: "met at", "the summit
// in", "talks were held in".
var reGatheredAt = regexp.MustCompile(`(?i)\b(?:met|meeting|summit|talks|conference|negotiations|held|gathered|convened)\b[^;:.()]{0,40}?\b(?:at|in)` + sp + `+(?:the` + sp + `+)?$`)

// storyGatheringVenue adds HELD_IN for the story's gathering when it has
// none: the first place a sentence of the story gives after "met at",
// "the talks in" and the like, else the dateline's place.
func (b *relBuilder) storyGatheringVenue(lead *sentView, id string) {
	if b.hasVenue(id) {
		return
	}
	tells := func(w *sentView) bool { return !b.speaksOfAnother(w, id) }
	if b.venueTold(id, lead, tells, reGatheredAt, 60, 0.7) {
		return
	}
	if v, m, ok := b.dateline(); ok && m.Type == "Place" {
		b.add("HELD_IN", id, m.EntityID, 0.6, nil, v, m.Start, m.End)
	}
}

// leadGathering is the story's gathering and the sentence that tells it:
// the first meeting, summit, conference or talks built in the lead, or one
// built from the lead's first gathering word. A story is told with a
// dateline or with its day, and its lead gives no year but its own.
func (b *relBuilder) leadGathering() (*sentView, string) {
	if _, _, ok := b.dateline(); !ok {
		day := false
		for _, v := range b.storyLead() {
			if b.toldOfTheDay(v) {
				day = true
			}
		}
		if !day {
			return nil, ""
		}
	}
	pub, hasPub := b.publicationDate()
	otherYear := func(v *sentView) bool {
		for _, y := range reStoryYear.FindAllString(v.between(v.start, v.end), -1) {
			if !hasPub || !strings.HasPrefix(pub.Value, y) {
				return true
			}
		}
		return false
	}
	for _, v := range b.storyLead() {
		if otherYear(v) {
			continue
		}
		for _, id := range dedupe(b.sentenceEvents[v.idx]) {
			switch b.eventKind(id) {
			case "meeting", "summit", "conference", "talks":
				return v, id
			case "agreement":
				return nil, "" // a story of a signing (events_story_signing.go)
			case "visit":
				return nil, "" // "visited Saudi Arabia, joined for talks by": the visit's talks
			}
		}
	}
	for _, v := range b.storyLead() {
		loc := reGatheringWord.FindStringSubmatchIndex(v.between(v.start, v.end))
		if loc == nil || otherYear(v) || b.irrealisClause(v, v.start+loc[0], v.start+loc[1]) {
			continue
		}
		spec := eventSpec{kind: storyGatheringKinds[v.between(v.start+loc[2], v.start+loc[3])],
			trigStart: v.start + loc[0], trigEnd: v.start + loc[1], start: v.start + loc[0], end: v.start + loc[1]}
		spec.parts = b.leadGroup(v)
		// "The sixth summit of Egypt, Jordan and the Arab League": a
		// gathering told before the group is told by its own rules.
		if len(spec.parts) < 2 || spec.parts[len(spec.parts)-1].end > spec.trigStart {
			return nil, "" // who met is not told as a group: the rules' own events stand
		}
		spec.start = min(spec.start, spec.parts[0].start)
		if d, ok := b.newsDay(v, spec.trigEnd); ok {
			spec.fallbackDate = &d
		}
		return v, b.makeEvent(v, spec)
	}
	return nil, ""
}

// leadGroup is the group of people, states or bodies a lead opens with,
// after its dateline: "U.S. President Joe Biden, Japanese Prime Minister
// Fumio Kishida and South Korean President Yoon Suk Yeol agreed".
func (b *relBuilder) leadGroup(v *sentView) []arg {
	start := v.start
	if _, m, ok := b.dateline(); ok && m.Sentence == v.idx {
		if k := strings.Index(v.between(m.End, v.end), " - "); k >= 0 {
			start = m.End + k + 3
		} else if k := strings.IndexAny(v.between(m.End, v.end), "—–"); k >= 0 {
			start = m.End + k
		}
	}
	for _, g := range groups(v) {
		first := v.args[g[0]]
		if first.start < start {
			continue
		}
		if first.start-start > 40 {
			return nil
		}
		var out []arg
		for _, a := range argsOf(v, g) {
			if !a.m.Demonym {
				out = append(out, a)
			}
		}
		return out
	}
	return nil
}

// speaksOfAnother reports a sentence that names an event other than id,
// or gives a year: what it says of who came is said of something else.
func (b *relBuilder) speaksOfAnother(w *sentView, id string) bool {
	if reStoryYear.MatchString(w.between(w.start, w.end)) {
		return true
	}
	for _, m := range w.ments {
		if m.Type == "Event" && m.EntityID != id {
			return true
		}
	}
	for _, other := range b.sentenceEvents[w.idx] {
		if other != id {
			return true
		}
	}
	return false
}

// storyComers adds PARTICIPATED_IN for those w says came to the gathering:
// the group before "attended", "took part" or "were present", and the
// actors after "also present were", "attended by" or "chaired by", up to
// the end of the clause, but for a state or body that only says whose
// office someone holds.
func (b *relBuilder) storyComers(w *sentView, id string) {
	for _, g := range groups(w) {
		last := w.args[g[len(g)-1]]
		// The arg may have taken in the office set off after the name
		// ("Min Aung Hlaing, Commander-in-Chief of the …, also attended"):
		// read from the name's end too.
		came := reCameAfter.MatchString(w.between(last.end, w.end)) || last.typ == "Person" && reCameAfter.MatchString(w.between(last.m.End, w.end))
		// "The Secretary-General of ASEAN, His Excellency X, was in
		// attendance": the comma closes the apposition the name is.
		if rest := w.between(last.m.End, w.end); !came && len(g) == 1 && last.typ == "Person" && strings.HasPrefix(rest, ",") && reApposOpens.MatchString(w.between(w.start, last.m.Start)) {
			came = reCameAfter.MatchString(rest[1:])
		}
		if came && !b.irrealisClause(w, w.args[g[0]].start, min(w.end, last.end+20)) {
			parts := argsOf(w, g)
			b.tookPart(w, parts, id, 0.7, parts[0].start, last.end)
		}
	}
	for _, loc := range reCameBefore.FindAllStringIndex(w.between(w.start, w.end), -1) {
		s, e := w.start+loc[0], w.start+loc[1]
		if b.irrealisClause(w, s, e) {
			continue
		}
		parts := actorsAfter(w, e, ";(", false)
		if len(parts) > 0 {
			b.tookPart(w, parts, id, 0.7, s, parts[len(parts)-1].end)
			// "attended by X, President of …; Y, Prime Minister of …;
			// and Z, …": the list goes on past its semicolons.
			for _, p := range parts {
				if p.typ == "Person" {
					b.semicolonAttenders(w, id, s, p)
					break
				}
			}
		}
	}
}

// storyGatheringMentions records "the summit", "the talks" or "the
// meeting" as a mention of the story's gathering: a story of one
// gathering calls it by any of them.
func (b *relBuilder) storyGatheringMentions(w *sentView, id string) {
	for _, loc := range reGatheringWord.FindAllStringIndex(w.between(w.start, w.end), -1) {
		s, e := w.start+loc[0], w.start+loc[1]
		if !strings.HasSuffix(strings.ToLower(w.between(max(w.start, s-4), s)), "the ") {
			continue
		}
		b.evMent = append(b.evMent, mention{EntityID: id, Type: "Event", Start: s, End: e, Sentence: w.idx, Text: w.between(s, e)})
	}
}
