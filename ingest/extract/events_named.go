package extract

import (
	"regexp"
	"strings"
)

var (
	// "X authorized Operation Y", "X attended the Y summit".
	reParticipatedVerb = regexp.MustCompile(preVerb + `(?:authorized|ordered|launched|launches|unleashed|unleashes|initiated|initiates|conducted|carried` + sp + `+out|executed|led|began|begins|(?:has|have|had)` + sp + `+begun|started|attended|joined|took` + sp + `+(?:(?:an|a)` + sp + `+)?(?:(?:active|prominent|leading|major|key|direct)` + sp + `+)?part` + sp + `+in|participated(?:` + sp + `+[a-z]+ly)?` + sp + `+in|co-chaired|chaired|addressed|opened|inaugurated|convened|presided` + sp + `+over|fought(?:` + sp + `+[a-z]+ly)?` + sp + `+in|fought|served` + sp + `+in|commanded` + sp + `+(?:a|an|the|his|her)` + sp + `+(?:[a-z-]+` + sp + `+){0,2}?(?:division|brigade|battalion|unit|force|forces|army|troops|corps|regiment|company|platoon)` + sp + `+(?:in|during)|entered|intervened` + sp + `+in|(?:responded|retaliated|replied)` + sp + `+with|won|lost|hosted|spoke` + sp + `+at|delivered` + sp + `+(?:remarks|a` + sp + `+speech|an` + sp + `+address)` + sp + `+(?:at|to)|(?:was|were|became|(?:has|have|had)` + sp + `+been)` + sp + `+(?:(?:directly|heavily|deeply|actively|also)` + sp + `+)?involved` + sp + `+in)` + sp + `+(?:the` + sp + `+)?$`)
	// "the CIA-led Operation Timber Sycamore": who led it.
	reLedBefore = regexp.MustCompile(`^[-–]led` + sp + `+$`)

	// "Operation Midnight Hammer", "Operation Grapes of Wrath", "Operation
	// Peace for Galilee": a named military operation; "of" or "for" joins
	// capitalised words inside its name.
	reOperation = regexp.MustCompile(`\bOperation` + sp + `+((?:\p{Lu}[\w\x{00C0}-\x{024F}'-]*` + sp + `*){1,3}(?:(?:of|for)` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}'-]*` + sp + `*)?)`)
	// The name an operation is given after its noun: "an operation it
	// called Swords of Iron", "the operation, named Decisive Storm,".
	reOperationCalled = regexp.MustCompile(`\boperation,?` + sp + `+(?:(?:which|that)` + sp + `+)?(?:(?:it|they|he|she)` + sp + `+)?(?:called|named|dubbed|codenamed|code-named)` + sp + `+["“']?((?:\p{Lu}[\w\x{00C0}-\x{024F}'-]*` + sp + `*){1,3}(?:(?:of|for)` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}'-]*` + sp + `*)?)`)
	// The name an operation is given before its noun: "the CIA-led Timber
	// Sycamore covert operation".
	reNameOperation = regexp.MustCompile(`(?:\bthe|[-–]led)` + sp + `+((?:\p{Lu}[\w\x{00C0}-\x{024F}'-]*` + sp + `+){1,3})(?:(?:covert|military|secret|joint|intelligence|naval|air|ground|rescue|counterterrorism|counter-terrorism)` + sp + `+)?operation\b`)
	reLedWord       = regexp.MustCompile(`[-–]led` + sp + `+`)
	// Words that make a name before "operation" a doer or a time, not a
	// name: "the Special Forces operation", "the Sunday operation".
	reNotOperationName    = regexp.MustCompile(`^(?:Special|Forces?|Army|Navy|Air|Guards?|Command|Corps|Police|Joint|Military|Coalition|Allied|Federal|National|Government|Security|Intelligence|Rescue|Marine|Marines|Unit|Brigade|Division|Regiment|Battalion|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Ground|Israeli|American|British|French|Russian|Turkish|Iranian|Iraqi|Saudi|Syrian|Egyptian|Jordanian|Lebanese|Palestinian|Yemeni|Emirati|Qatari|Kurdish|Arab|Western|Allied|Combined|Multinational|International|UN|US|U\.S\.|The|This|That|Its|His|Their)$`)
	reRevolutionYearFirst = regexp.MustCompile(`\b((?:1[5-9]|20)\d{2})` + sp + `+((?:\p{Lu}[\w\x{00C0}-\x{024F}'-]*` + sp + `+){0,3}Revolution)\b`)
	reRevolutionYearLast  = regexp.MustCompile(`\b((?:\p{Lu}[\w\x{00C0}-\x{024F}'-]*` + sp + `+){1,3}Revolution)` + sp + `+of` + sp + `+((?:1[5-9]|20)\d{2})\b`)
)

// revolutions builds "the 1979 Islamic Revolution" unless the catalog
// already has a mention there.
func (b *relBuilder) revolutions(v *sentView) {
	text := v.between(v.start, v.end)
	if !strings.Contains(text, "Revolution") {
		return // the patterns are slow; most sentences have no revolution
	}
	type hit struct{ nameS, nameE, yearS, yearE int }
	var hits []hit
	for _, m := range reRevolutionYearFirst.FindAllStringSubmatchIndex(text, -1) {
		hits = append(hits, hit{m[4], m[5], m[2], m[3]})
	}
	for _, m := range reRevolutionYearLast.FindAllStringSubmatchIndex(text, -1) {
		hits = append(hits, hit{m[2], m[3], m[4], m[5]})
	}
	for _, h := range hits {
		ns, ne := v.start+h.nameS, v.start+h.nameE
		if coveredByEvent(v, ns, ne) {
			continue
		}
		name := strings.Join(strings.Fields(text[h.nameS:h.nameE]), " ")
		year := text[h.yearS:h.yearE]
		id := "event:revolution:" + slugWords(name) + "-" + year
		if _, ok := b.events[id]; !ok {
			b.events[id] = &entity{ID: id, Name: name + " (" + year + ")", Type: "Event", Props: map[string]any{
				"kind": "revolution", "date": year, "datePrecision": "year", "dateText": year,
			}}
		}
		b.evMent = append(b.evMent, mention{EntityID: id, Type: "Event", Start: ns, End: ne, Sentence: v.idx, Text: v.between(ns, ne)})
	}
}

// operations builds named military operations ("Operation Midnight
// Hammer") the catalog does not know, as attacks named by their name; their
// date is the sentence's when it gives one.
func (b *relBuilder) operations(v *sentView) {
	text := v.between(v.start, v.end)
	b.operationsAgain(v, text)
	var found [][]int
	if strings.Contains(text, "Operation") {
		found = reOperation.FindAllStringSubmatchIndex(text, -1)
	}
	// "an operation it called Swords of Iron", "the operation, named
	// Decisive Storm": the name given after the noun, without "Operation".
	if v.has("operation") {
		found = append(found, reOperationCalled.FindAllStringSubmatchIndex(text, -1)...)
		found = append(found, b.namesBeforeOperation(v, text)...)
	}
	for _, m := range found {
		s, e := v.start+m[0], v.start+m[3]
		called := !strings.HasPrefix(text[m[0]:], "Operation")
		if called {
			s = v.start + m[2]
		}
		for e > s && (v.text[e-1] == ' ' || v.text[e-1] == '\u00a0') {
			e--
		}
		if coveredByEvent(v, s, e) {
			continue
		}
		// "Operation Economic Outcast Grounds Iran's Aviation Sector": a
		// headline's verb ends the name before it.
		words := strings.Fields(v.between(s, e))
		for i := 2; i < len(words); i++ {
			if w := strings.ToLower(words[i]); headlineVerbs[w] || w == "sanctions" || w == "targets" {
				words = words[:i]
				e = s + strings.Index(v.between(s, e), " "+words[i-1]) + 1 + len(words[i-1])
				break
			}
		}
		name := strings.Join(words, " ")
		if called {
			name = "Operation " + name
		}
		id := "event:attack:" + slugWords(name)
		ev, ok := b.events[id]
		if !ok {
			ev = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": "attack"}}
			b.events[id] = ev
			if len(strings.Fields(name)) > 1 {
				b.operationIDs = append(b.operationIDs, id)
			}
		}
		if _, dated := ev.Props["date"]; !dated {
			if d, ok := pickDate(v, s, e, true); ok && d.Resolved() {
				ev.Props["date"], ev.Props["datePrecision"], ev.Props["dateText"] = d.Value, string(d.Precision), d.Text
			}
		}
		b.eventMentioned(id, v, s, e)
		b.operationAttackers(v, id, s, e)
	}
}

// namesBeforeOperation are the matches of reNameOperation whose name is
// neither a known actor nor a doer's or a day's word.
func (b *relBuilder) namesBeforeOperation(v *sentView, text string) [][]int {
	var out [][]int
	for _, m := range reNameOperation.FindAllStringSubmatchIndex(text, -1) {
		// "the CIA-led Timber Sycamore operation": the leader is no part
		// of the name.
		if i := reLedWord.FindAllStringIndex(text[m[2]:m[3]], -1); i != nil {
			m[2] += i[len(i)-1][1]
			if m[2] >= m[3] {
				continue
			}
		}
		s, e := v.start+m[2], v.start+m[3]
		named := true
		for _, w := range strings.Fields(text[m[2]:m[3]]) {
			if reNotOperationName.MatchString(w) {
				named = false
			}
		}
		for _, x := range v.ments {
			if x.Start < e && s < x.End {
				named = false
			}
		}
		if named {
			out = append(out, m)
		}
	}
	return out
}

// operationAttackers: "In 1973, Israeli commandos raided Beirut in
// Operation Spring of Youth": whoever the sentence says attacked, right
// before "in" the operation, took part in it.
func (b *relBuilder) operationAttackers(v *sentView, id string, s, e int) {
	for _, r := range b.rels {
		if r.Type != "ATTACKED" || len(r.Evidence) == 0 {
			continue
		}
		ev := r.Evidence[len(r.Evidence)-1]
		if ev.Start < v.start || ev.End > s || s-ev.End > 40 || !reInOperation.MatchString(v.between(ev.End, s)) {
			continue
		}
		b.add("PARTICIPATED_IN", r.From, id, 0.75, nil, v, ev.Start, e)
	}
}

// coveredByEvent reports an Event mention overlapping [s, e).
func coveredByEvent(v *sentView, s, e int) bool {
	for _, m := range v.ments {
		if m.Type == "Event" && m.Start < e && s < m.End {
			return true
		}
	}
	return false
}

// slugWords is a lower-case, hyphen-joined form of a name.
func slugWords(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		r = foldRune(r) // "coup d'état" is "coup-d-etat"
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

var (
	// "to initiate the", "to launch the" after the one made to.
	reMadeToStart = regexp.MustCompile(`^` + sp + `+to` + sp + `+(?:initiate|launch|start|begin|wage|enter|join)` + sp + `+(?:the` + sp + `+)?$`)
	// "prompted", "forced", "led" right before the one made to.
	reCausedBefore = regexp.MustCompile(`\b(?:prompted|forced|led|caused|compelled|drove|pushed)` + sp + `+(?:the` + sp + `+)?$`)
)

var (
	// "After their victory in the", "Despite its defeat in the": the
	// owner is the subject of the clause after the event.
	reOwnDeedBefore = regexp.MustCompile(`\b(?:their|its|his|her)` + sp + `+(?:(?:decisive|crushing|surprise|heavy|major|costly)` + sp + `+)?(?:victory|defeat|success|loss|losses|role|part|involvement|participation)` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)
	// ", " and at most a date before the subject: "..., Fatah and".
	reThenSubject = regexp.MustCompile(`^(?:` + sp + `+(?:in|of)` + sp + `+\d{4})?` + sp + `*,` + sp + `*$`)
)

// ownDeedBefore: "After their victory in the Battle of Karameh, Fatah
// ..." gives the clause's subject a part in the event.
func (b *relBuilder) ownDeedBefore(v *sentView, m mention) {
	if !reOwnDeedBefore.MatchString(v.between(max(v.start, m.Start-60), m.Start)) {
		return
	}
	for _, a := range v.args {
		if a.start < m.End {
			continue
		}
		if a.actor() && !a.m.Demonym && reThenSubject.MatchString(v.between(m.End, a.start)) {
			b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, m.Start, a.m.End)
		}
		return
	}
}

// actorBefore is the last actor of v ending before offset end, or nil.
func (b *relBuilder) actorBefore(v *sentView, end int) *arg {
	var last *arg
	for i := range v.args {
		if v.args[i].end <= end && v.args[i].actor() {
			last = &v.args[i]
		}
	}
	return last
}

// reKnownAsOwn runs from a doer's possessive to the name of its deed:
// "'s far-reaching series of reforms known as the".
var reKnownAsOwn = regexp.MustCompile(`^['’]s` + sp + `+(?:[\w-]+` + sp + `+){0,4}?(?:reforms?|programs?|programmes?|campaigns?|polic(?:y|ies)|operations?|offensives?|plans?|initiatives?|crackdown|purges?),?` + sp + `+(?:(?:which|that)` + sp + `+(?:was|were|became|is|are)` + sp + `+)?(?:known|referred` + sp + `+to|remembered)` + sp + `+as` + sp + `+(?:the` + sp + `+)?_?$`)

// namedEventParticipants: "President Trump authorized Operation Midnight
// Hammer" gives PARTICIPATED_IN to a catalog event.
func (b *relBuilder) namedEventParticipants(v *sentView) {
	b.warSidesTold(v)
	named := append([]mention{}, v.ments...)
	for _, m := range b.evMent {
		if m.Sentence == v.idx && !strings.HasPrefix(m.EntityID, "event:talks:") && !strings.HasPrefix(m.EntityID, "event:meeting:") {
			named = append(named, m)
		}
	}
	for _, m := range named {
		if m.Type != "Event" {
			continue
		}
		b.ownDeedBefore(v, m)
		b.deedBy(v, m)
		subj := b.actorBefore(v, m.Start)
		if subj == nil {
			continue
		}
		gap := v.between(subj.end, m.Start)
		switch {
		case reParticipatedVerb.MatchString(gap) && !b.irrealisClause(v, subj.start, m.End):
		case reInvolvementIn.MatchString(gap) && !b.irrealisClause(v, subj.start, m.End):
			// "Syria's initial involvement in Operation Desert Shield".
		case subj.typ == "Person" && reVeteranOf.MatchString(gap):
			// "Yossef Romano, a veteran of the Six-Day War", "X, who
			// fought in the Yom Kippur War".
		case reMadeToStart.MatchString(gap) && reCausedBefore.MatchString(v.between(max(v.start, subj.start-40), subj.start)):
			// "prompted the United States to initiate the War on Terror":
			// the infinitive after a verb of causing tells what was done.
		case reKnownAsOwn.MatchString(gap) && !b.irrealisClause(v, subj.start, m.End):
			// "the Shah's far-reaching series of reforms known as the
			// White Revolution": the deed named is the doer's own.
		case reLedBefore.MatchString(gap):
			// "Jordan took part in the CIA-led Operation Timber Sycamore":
			// the leader, and whoever took part in what it led.
			if prev := b.actorBefore(v, subj.start); prev != nil && reParticipatedVerb.MatchString(v.between(prev.end, subj.start)) && !b.irrealisClause(v, prev.start, m.End) {
				b.add("PARTICIPATED_IN", prev.id, m.EntityID, 0.85, nil, v, prev.start, m.End)
			}
		default:
			continue
		}
		b.add("PARTICIPATED_IN", subj.id, m.EntityID, 0.85, nil, v, subj.start, m.End)
		b.launchedToday(v, m, gap, subj.end)
	}
}

// reLaunchesNow: a catalog event begun in the present tense of a news item
// ("Turkey launches Operation Peace Spring"), among the verbs
// reParticipatedVerb reads.
var reLaunchesNow = regexp.MustCompile(`\b(?:launches|begins|unleashes|initiates)` + sp + `+(?:the` + sp + `+|an?` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?$`)

// launchedToday dates a catalog event a dated news item tells begun in the
// present tense by the item's day, when the catalog dates the event by a
// year or month holding that day and no sentence dated it: the operation
// began the day the item tells of it.
func (b *relBuilder) launchedToday(v *sentView, m mention, gap string, gapStart int) {
	e, ok := b.ents.Entities[m.EntityID]
	if !ok || e.CatalogDate == "" || len(e.CatalogDate) >= len("2006-01-02") {
		return
	}
	loc := reLaunchesNow.FindStringIndex(gap)
	if loc == nil {
		return
	}
	d, ok := b.newsDay(v, gapStart+loc[1])
	if !ok || !d.Resolved() || !strings.HasPrefix(d.Value, e.CatalogDate) {
		return
	}
	if e.Props == nil {
		e.Props = map[string]any{}
	}
	if _, dated := e.Props["date"]; dated {
		return
	}
	e.Props["date"], e.Props["datePrecision"], e.Props["dateText"] = d.Value, string(d.Precision), d.Text
}

// reVeteranOf: a person's part in a war told in an aside after the name.
var reVeteranOf = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:(?:a|an)` + sp + `+(?:[\w-]+` + sp + `+)?(?:veteran|survivor)` + sp + `+of|who` + sp + `+(?:(?:had|also|later|then)` + sp + `+)?(?:fought|served)` + sp + `+in)` + sp + `+(?:the` + sp + `+)?$`)

// reInvolvementIn: a possessive's part in an event, "'s initial
// involvement in the", "'s participation in".
var reInvolvementIn = regexp.MustCompile(`^['’]s?` + sp + `+(?:(?:initial|early|direct|military|active|brief|later|subsequent|own)` + sp + `+)?(?:involvement|participation|intervention|entry)` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)

// reDeedBy sets off what an event was and who did it: ", a major military
// counteroffensive by the", ", an invasion launched by".
var reDeedBy = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:a|an|the)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:offensive|counteroffensive|counter-offensive|operation|campaign|invasion|raid|attack|assault|incursion|bombing|bombardment|air` + sp + `+strike|airstrike|strike|coup|intervention|blockade)s?` + sp + `+(?:(?:launched|carried` + sp + `+out|conducted|staged|led)` + sp + `+)?by` + sp + `+(?:the` + sp + `+)?$`)

// deedBy: "Operation Defensive Shield, a major military counteroffensive by
// the Israel Defense Forces": the doer set off after the event took part
// in it.
func (b *relBuilder) deedBy(v *sentView, m mention) {
	for _, a := range v.args {
		if a.start < m.End || !a.actor() {
			continue
		}
		if reDeedBy.MatchString(v.between(m.End, a.start)) {
			b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.8, nil, v, m.Start, a.end)
		}
		return // only the first argument after the event
	}
}

// operationsAgain finds an operation the document named before ("Operation
// Epic Fury") written again without the word ("after Epic Fury").
func (b *relBuilder) operationsAgain(v *sentView, text string) {
	for _, id := range b.operationIDs {
		name := strings.TrimPrefix(b.events[id].Name, "Operation ")
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			s := v.start + from + i
			e := s + len(name)
			from += i + len(name)
			if strings.HasSuffix(v.between(max(v.start, s-10), s), "Operation ") || coveredByEvent(v, s, e) ||
				e < v.end && isNameByte(v.text[e]) || s > v.start && isNameByte(v.text[s-1]) {
				continue
			}
			b.eventMentioned(id, v, s, e)
		}
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
