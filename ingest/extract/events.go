package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// Events are entities of type Event built from what a sentence says
// happened: talks, meetings, attacks, revolutions. A withdrawal from an
// agreement is the WITHDREW_FROM relation itself, dated by its sentence: an
// Event node for it would only repeat that edge (a withdrawal from talks
// points at the talks' event). An event
// is only built when it can be told apart from others of its kind:
//
//   - talks between two or more identified parties; the id carries the
//     date when the sentence gives one, else the round ("the second round
//     of talks"), else nothing: undated talks between the same parties are
//     one continuing process;
//   - a meeting or an attack only with a resolved date (day, month or year)
//     or, for a meeting, a venue in the sentence;
//   - a revolution with its year ("the 1979 Islamic Revolution");
//   - the signing of an agreement, only with a resolved date: its id is
//     the agreement and the date (event:agreement:<agreement>:<date>).
//
// Ids are event:<kind>:<slug>[:<date>] where the slug is built from the
// sorted participant ids (without their type prefix), people replaced by
// the state they hold a role for in the document, so "talks between
// Witkoff and Araghchi on April 12, 2025" and "talks between the U.S. and
// Iran on April 12, 2025" name the same event. Named events the catalog
// knows ("Operation Midnight Hammer") stay catalog entities.
//
// Around an event the sentence may give: PARTICIPATED_IN for each party
// (with the role written next to it: "X, the lead negotiator"), HELD_IN for
// "in <place>", MEDIATED ("Oman mediated", "Omani mediation", "mediated by
// Oman") and HOSTED ("hosted by Oman", "Oman hosted"). Being "a venue" in
// general ("Oman has frequently served as a discreet venue for these
// negotiations") names no event and gives nothing; a venue of a dated event
// is HELD_IN, never HOSTED, unless a hosting verb says so. "A mediator to
// X" names no mediator and gives nothing.

// eventSpec describes an event a rule found.
type eventSpec struct {
	kind               string
	parts              []arg
	roles              map[string]string // participant id → role
	trigStart, trigEnd int
	start, end         int
	ordinal            int
	needDate           bool   // only with a resolved date
	dateless           bool   // no date in the id
	name               string // overrides the generated name
	slug               string // overrides the participant slug
}

var (
	reVenueBefore = regexp.MustCompile(`\b(?:in|at)` + sp + `+(?:the` + sp + `+)?$`)
	reRoleAfter   = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `+|` + sp + `+(?:was|is|served` + sp + `+as|acted` + sp + `+as|as)` + sp + `+)(?:(?:the|a|an|its|their)` + sp + `+)?(lead` + sp + `+negotiator|chief` + sp + `+negotiator|top` + sp + `+negotiator|negotiator|mediator|host|head` + sp + `+of` + sp + `+(?:the` + sp + `+)?delegation|delegation` + sp + `+head)\b`)

	reMediatedAfter  = regexp.MustCompile(`^(?:` + sp + `+(?:has|had|also|successfully|reportedly)` + sp + `+)*` + sp + `*(?:,` + sp + `+(?:which|who)` + sp + `+(?:has` + sp + `+|had` + sp + `+)?)?(?:mediated|mediates|brokered)\b|^` + sp + `+(?:has` + sp + `+|have` + sp + `+)?(?:acted|served|acting|serving)` + sp + `+as` + sp + `+(?:a` + sp + `+|the` + sp + `+)?(?:[\w-]+` + sp + `+)?(?:mediator|intermediary|go-between)\b|^` + sp + `*-?` + sp + `*(?:mediated|mediation|mediators?|brokered)\b|^` + sp + `+as` + sp + `+(?:a` + sp + `+|the` + sp + `+)?mediator\b`)
	reMediatedBefore = regexp.MustCompile(`(?i)\b(?:mediated|brokered|facilitated)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	reHostedAfter    = regexp.MustCompile(`^(?:` + sp + `+(?:has|had|also)` + sp + `+)*` + sp + `*(?:,` + sp + `+(?:which|who)` + sp + `+(?:has` + sp + `+|had` + sp + `+)?)?(?:hosted|hosts)\b|^` + sp + `+(?:has` + sp + `+|had` + sp + `+)?(?:served|acted)` + sp + `+as` + sp + `+(?:the` + sp + `+)?host\b`)
	// "mediated between", "acted as a mediator between", right before the parties.
	reMediatedBetween = regexp.MustCompile(`(?i)\b(?:mediated|mediates|mediating|(?:mediator|intermediary|go-between)s?)(?:` + sp + `+(?:the` + sp + `+)?(?:talks|negotiations))?` + sp + `+between` + sp + `+(?:the` + sp + `+)?$`)
	reHostedBefore    = regexp.MustCompile(`(?i)\bhosted` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)

	reTalksWord        = regexp.MustCompile(`(?:[\w-]+` + sp + `+)?(?:talks|negotiations)\b`)
	reParticipatedVerb = regexp.MustCompile(preVerb + `(?:authorized|ordered|launched|conducted|carried` + sp + `+out|executed|led|began|started|attended|joined|took` + sp + `+part` + sp + `+in|participated` + sp + `+in|co-chaired|chaired|addressed)` + sp + `+(?:the` + sp + `+)?$`)

	// "Operation Midnight Hammer": a named military operation.
	reOperation           = regexp.MustCompile(`\bOperation` + sp + `+((?:[A-Z][\w'-]*` + sp + `*){1,3})`)
	reRevolutionYearFirst = regexp.MustCompile(`\b((?:1[5-9]|20)\d{2})` + sp + `+((?:[A-Z][\w'-]*` + sp + `+){0,3}Revolution)\b`)
	reRevolutionYearLast  = regexp.MustCompile(`\b((?:[A-Z][\w'-]*` + sp + `+){1,3}Revolution)` + sp + `+of` + sp + `+((?:1[5-9]|20)\d{2})\b`)
)

// buildEvents builds the events of a sentence from its interactions and its own
// patterns, then their mediators and hosts.
func (b *relBuilder) buildEvents(v *sentView, its []interaction) {
	// Talks first: people meeting in a sentence about a round of talks met
	// at it, not at a separate meeting.
	talks := ""
	for _, it := range its {
		if it.kind != "talks" {
			continue
		}
		id := b.makeEvent(v, eventSpec{kind: it.kind, parts: it.parts, trigStart: it.trigStart, trigEnd: it.trigEnd,
			start: it.start, end: it.end, ordinal: it.ordinal, needDate: it.needDate})
		if talks == "" {
			talks = id
		}
	}
	for _, it := range its {
		if it.kind != "meeting" {
			continue
		}
		if talks != "" {
			for _, p := range it.parts {
				b.participate(v, p, talks, 0.8, it.start, it.end)
			}
			continue
		}
		b.makeEvent(v, eventSpec{kind: it.kind, parts: it.parts, trigStart: it.trigStart, trigEnd: it.trigEnd,
			start: it.start, end: it.end, needDate: true})
	}
	b.revolutions(v)
	b.operations(v)
	b.namedEventParticipants(v)
	b.mediatedBetween(v)
	ids := dedupe(b.sentenceEvents[v.idx])
	if len(ids) == 0 && v.has("mediat", "broker", "host") {
		// "Oman mediated." right after the sentence about the talks.
		ids = b.recentTalks(v.idx)
	}
	if len(ids) == 1 {
		// Mediators and hosts need exactly one event to belong to.
		b.mediatorsAndHosts(v, ids[0])
	}
}

// recentTalks is the one talks event built in the two sentences before
// sentence i, if there is exactly one.
func (b *relBuilder) recentTalks(i int) []string {
	var ids []string
	for k := max(0, i-2); k < i; k++ {
		for _, id := range b.sentenceEvents[k] {
			if strings.HasPrefix(id, "event:talks:") {
				ids = append(ids, id)
			}
		}
	}
	if ids = dedupe(ids); len(ids) == 1 {
		return ids
	}
	return nil
}

// mediatedBetween handles "X mediated between A and B", "X acted as a
// mediator between A and B": the talks between A and B, mediated by X.
func (b *relBuilder) mediatedBetween(v *sentView) {
	if !v.has("mediat", "intermediar", "go-between") {
		return
	}
	for _, g := range groups(v) {
		if len(g) < 2 {
			continue
		}
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		before := v.between(v.start, first.start)
		loc := reMediatedBetween.FindStringIndex(before)
		if loc == nil {
			continue
		}
		var mediator *arg
		for i := range v.args {
			if v.args[i].end <= v.start+loc[0] && v.args[i].actor() {
				mediator = &v.args[i]
			}
		}
		if mediator == nil || b.irrealisClause(v, mediator.start, last.end) {
			continue
		}
		id := b.makeEvent(v, eventSpec{kind: "talks", parts: argsOf(v, g), trigStart: v.start + loc[0], trigEnd: v.start + loc[1],
			start: first.start, end: last.end})
		if id != "" {
			b.add("MEDIATED", mediator.id, id, 0.85, nil, v, mediator.start, last.end)
		}
	}
}

// makeEvent builds (or finds) the event a spec describes, with its
// participants and venue, and returns its id ("" when the event cannot be
// identified).
func (b *relBuilder) makeEvent(v *sentView, spec eventSpec) string {
	d, hasDate := pickDate(v, min(spec.trigStart, spec.start), max(spec.trigEnd, spec.end), true)
	resolved := hasDate && d.Resolved()
	if spec.needDate && !resolved {
		if _, ok := b.venue(v, spec); !ok || spec.kind != "meeting" {
			return ""
		}
	}
	if spec.kind == "agreement" && resolved {
		spec.name += " (" + d.Value + ")"
	}
	slug := spec.slug
	if slug == "" {
		slug = b.participantSlug(spec.parts)
		if slug == "" || (spec.kind == "talks" && strings.Count(slug, "+") < 1) {
			return ""
		}
		slug = strings.ReplaceAll(slug, "+", "-")
	}
	id := "event:" + spec.kind + ":" + slug
	switch {
	case spec.dateless:
	case resolved:
		id += ":" + d.Value
	case spec.ordinal > 0:
		id += ":round-" + strconv.Itoa(spec.ordinal)
	}
	e, ok := b.events[id]
	if !ok {
		name := spec.name
		if name == "" {
			name = b.eventName(spec, d, resolved)
		}
		e = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": spec.kind}}
		b.events[id] = e
	}
	if _, dated := e.Props["date"]; !dated && hasDate {
		e.Props["dateText"] = d.Text
		if resolved {
			e.Props["date"] = d.Value
			e.Props["datePrecision"] = string(d.Precision)
		}
	}
	if spec.ordinal > 0 {
		e.Props["round"] = spec.ordinal
	}
	b.evMent = append(b.evMent, mention{
		EntityID: id, Type: "Event", Start: spec.trigStart, End: spec.trigEnd,
		Sentence: v.idx, Text: v.between(spec.trigStart, spec.trigEnd),
	})
	b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], id)
	for _, p := range spec.parts {
		conf := 0.85
		if spec.roles[p.id] != "" {
			conf = 0.9
		}
		b.participate(v, p, id, conf, spec.start, spec.end)
	}
	// Only a dated or numbered session has a venue: the undated talks
	// between two parties are a process held in many places.
	if place, ok := b.venue(v, spec); ok && (resolved || spec.ordinal > 0 || spec.kind != "talks") {
		b.add("HELD_IN", id, place.EntityID, 0.85, nil, v, min(spec.trigStart, place.Start), max(spec.trigEnd, place.End))
	}
	return id
}

// participate records PARTICIPATED_IN with the role written next to the
// participant, if any.
func (b *relBuilder) participate(v *sentView, p arg, eventID string, conf float64, start, end int) {
	props := map[string]any{}
	if loc := reRoleAfter.FindStringSubmatchIndex(v.between(p.end, v.end)); loc != nil {
		props["role"] = strings.ToLower(strings.Join(strings.Fields(v.between(p.end+loc[2], p.end+loc[3])), " "))
		end = max(end, p.end+loc[1])
	}
	b.add("PARTICIPATED_IN", p.id, eventID, conf, props, v, min(start, p.start), end)
}

// venue is the place an event phrase says it happened in: the first place
// or country after "in"/"at" from the trigger on, within 120 bytes, that
// is not a participant.
func (b *relBuilder) venue(v *sentView, spec eventSpec) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < spec.trigStart || m.Start-spec.trigEnd > 120 && m.Start-spec.end > 60 {
			continue
		}
		if (m.Type != "Place" && m.Type != "Country") || m.Demonym {
			continue
		}
		if isPart(spec.parts, m) || !reVenueBefore.MatchString(v.between(max(v.start, m.Start-12), m.Start)) {
			continue
		}
		if strings.ContainsAny(v.between(spec.trigEnd, m.Start), ";") {
			continue
		}
		return m, true
	}
	return mention{}, false
}

func isPart(parts []arg, m mention) bool {
	for _, p := range parts {
		if p.id == m.EntityID || (m.Start >= p.start && m.End <= p.end) {
			return true
		}
	}
	return false
}

// participantSlug joins the sorted local ids of the participants, people
// replaced by the country they hold a role for; "+" separates the parts.
func (b *relBuilder) participantSlug(parts []arg) string {
	seen := map[string]bool{}
	var locals []string
	mapped := true
	for _, p := range parts {
		if p.typ == "Person" {
			if r, ok := b.roleOf[p.id]; !ok || b.typeOf(r.of) != "Country" {
				mapped = false
			}
		}
	}
	for _, p := range parts {
		id := p.id
		if mapped && p.typ == "Person" {
			id = b.roleOf[p.id].of
		}
		_, local, _ := strings.Cut(id, ":")
		if !seen[local] {
			seen[local] = true
			locals = append(locals, local)
		}
	}
	if len(locals) < 2 && mapped && len(parts) >= 2 {
		// Both sides speak for one state: keep the people apart.
		return b.participantSlugPeople(parts)
	}
	sort.Strings(locals)
	return strings.Join(locals, "+")
}

func (b *relBuilder) participantSlugPeople(parts []arg) string {
	seen := map[string]bool{}
	var locals []string
	for _, p := range parts {
		_, local, _ := strings.Cut(p.id, ":")
		if !seen[local] {
			seen[local] = true
			locals = append(locals, local)
		}
	}
	sort.Strings(locals)
	return strings.Join(locals, "+")
}

// eventName is a readable caption built only from what makes up the id,
// so every document names the same event the same way.
func (b *relBuilder) eventName(spec eventSpec, d timex.Expr, resolved bool) string {
	var names []string
	seen := map[string]bool{}
	for _, p := range spec.parts {
		n := b.nameOf(p.id)
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	sort.Strings(names)
	name := strings.Join(names, "–") + " " + spec.kind
	switch {
	case spec.dateless:
	case resolved:
		name += " (" + d.Value + ")"
	case spec.ordinal > 0:
		name += ", round " + strconv.Itoa(spec.ordinal)
	}
	return name
}

func (b *relBuilder) nameOf(id string) string {
	if e, ok := b.ents.Entities[id]; ok && e.Name != "" {
		return e.Name
	}
	if e, ok := b.events[id]; ok {
		return e.Name
	}
	_, local, _ := strings.Cut(id, ":")
	return local
}

// attackEvent builds a dated attack. Its id names attackers and targets;
// only the attackers take part in it (the target is ATTACKED).
func (b *relBuilder) attackEvent(v *sentView, attackers, targets []arg, start, end int) {
	var locals []string
	for _, p := range append(append([]arg{}, attackers...), targets...) {
		_, local, _ := strings.Cut(p.id, ":")
		locals = append(locals, local)
	}
	sort.Strings(locals)
	b.makeEvent(v, eventSpec{kind: "attack", parts: attackers, trigStart: start, trigEnd: end,
		start: start, end: end, needDate: true, slug: strings.Join(dedupe(locals), "-")})
}

// signingEvent builds the dated signing of an agreement ("Iran and the
// P5+1 signed the JPOA on 24 November 2013"): its id is the agreement and
// the date, so every document naming that signing names the same event.
// Undated signings give only PARTY_TO.
func (b *relBuilder) signingEvent(v *sentView, parties []arg, agr mention, verbGap string, start, end int) {
	if !reSigningVerb.MatchString(verbGap) {
		return
	}
	_, local, _ := strings.Cut(agr.EntityID, ":")
	b.makeEvent(v, eventSpec{
		kind: "agreement", parts: parties, trigStart: start, trigEnd: end, start: start, end: end,
		needDate: true, slug: local, name: "Signing of " + b.nameOf(agr.EntityID),
	})
}

var reSigningVerb = regexp.MustCompile(`\b(?:signed|signs|ratified|ratifies|concluded|concludes)\b`)

// talksWithdrawal handles "X no longer plans to engage in talks with Y":
// the talks are an event (undated unless the sentence dates them), X
// withdrew from it.
func (b *relBuilder) talksWithdrawal(v *sentView, from, with []arg, start, end int) {
	parts := append(append([]arg{}, from...), with...)
	ts, te := start, end
	if loc := reTalksWord.FindStringIndex(v.between(start, end)); loc != nil {
		ts, te = start+loc[0], start+loc[1]
	}
	id := b.makeEvent(v, eventSpec{kind: "talks", parts: parts, trigStart: ts, trigEnd: te, start: start, end: end})
	if id == "" {
		return
	}
	for _, f := range from {
		b.add("WITHDREW_FROM", f.id, id, 0.85, nil, v, start, end)
	}
}

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
		e, ok := b.events[id]
		if !ok {
			e = &entity{ID: id, Name: name + " (" + year + ")", Type: "Event", Props: map[string]any{
				"kind": "revolution", "date": year, "datePrecision": "year", "dateText": year,
			}}
			b.events[id] = e
		}
		b.evMent = append(b.evMent, mention{EntityID: id, Type: "Event", Start: ns, End: ne, Sentence: v.idx, Text: v.between(ns, ne)})
	}
}

// operations builds named military operations ("Operation Midnight
// Hammer") the catalog does not know, as attacks named by their name; their
// date is the sentence's when it gives one.
func (b *relBuilder) operations(v *sentView) {
	text := v.between(v.start, v.end)
	if !strings.Contains(text, "Operation") {
		return
	}
	for _, m := range reOperation.FindAllStringSubmatchIndex(text, -1) {
		s, e := v.start+m[0], v.start+m[3]
		for e > s && (v.text[e-1] == ' ' || v.text[e-1] == '\u00a0') {
			e--
		}
		if coveredByEvent(v, s, e) {
			continue
		}
		name := strings.Join(strings.Fields(v.between(s, e)), " ")
		id := "event:attack:" + slugWords(name)
		ev, ok := b.events[id]
		if !ok {
			ev = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": "attack"}}
			b.events[id] = ev
		}
		if _, dated := ev.Props["date"]; !dated {
			if d, ok := pickDate(v, s, e, true); ok && d.Resolved() {
				ev.Props["date"], ev.Props["datePrecision"], ev.Props["dateText"] = d.Value, string(d.Precision), d.Text
			}
		}
		b.evMent = append(b.evMent, mention{EntityID: id, Type: "Event", Start: s, End: e, Sentence: v.idx, Text: v.between(s, e)})
		b.sentenceEvents[v.idx] = append(b.sentenceEvents[v.idx], id)
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

// namedEventParticipants: "President Trump authorized Operation Midnight
// Hammer" gives PARTICIPATED_IN to a catalog event.
func (b *relBuilder) namedEventParticipants(v *sentView) {
	named := append([]mention{}, v.ments...)
	for _, m := range b.evMent {
		if m.Sentence == v.idx && strings.HasPrefix(m.EntityID, "event:attack:operation-") {
			named = append(named, m)
		}
	}
	for _, m := range named {
		if m.Type != "Event" {
			continue
		}
		var subj *arg
		for i := range v.args {
			if v.args[i].end <= m.Start && v.args[i].actor() {
				subj = &v.args[i]
			}
		}
		if subj == nil || !reParticipatedVerb.MatchString(v.between(subj.end, m.Start)) {
			continue
		}
		if b.irrealisClause(v, subj.start, m.End) {
			continue
		}
		b.add("PARTICIPATED_IN", subj.id, m.EntityID, 0.85, nil, v, subj.start, m.End)
	}
}

// mediatorsAndHosts finds MEDIATED and HOSTED for the one event of a
// sentence.
func (b *relBuilder) mediatorsAndHosts(v *sentView, eventID string) {
	if !v.has("mediat", "broker", "facilitat", "host") {
		return
	}
	for _, m := range v.ments {
		id := m.EntityID
		if m.MetonymFor != "" {
			id = m.MetonymFor
		}
		after := v.between(m.End, v.end)
		before := v.between(v.start, m.Start)
		if loc := reMediatedAfter.FindStringIndex(after); loc != nil && (!m.Demonym || strings.HasPrefix(strings.TrimLeft(after, " -"), "media")) {
			b.add("MEDIATED", id, eventID, 0.85, nil, v, m.Start, m.End+loc[1])
		} else if loc := reMediatedBefore.FindStringIndex(before); loc != nil && !m.Demonym {
			b.add("MEDIATED", id, eventID, 0.85, nil, v, v.start+loc[0], m.End)
		}
		if m.Demonym {
			continue
		}
		if loc := reHostedAfter.FindStringIndex(after); loc != nil {
			b.add("HOSTED", m.EntityID, eventID, 0.85, nil, v, m.Start, m.End+loc[1])
		} else if loc := reHostedBefore.FindStringIndex(before); loc != nil {
			b.add("HOSTED", m.EntityID, eventID, 0.85, nil, v, v.start+loc[0], m.End)
		}
	}
}

func dedupe(ids []string) []string {
	seen := map[string]bool{}
	out := ids[:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
