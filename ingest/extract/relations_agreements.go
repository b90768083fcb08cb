package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// Agreement-making: several parties reach, sign or conclude an agreement
// together ("Iran and the P5+1 reach a framework agreement on Iran's
// nuclear program", "Iran, the United States, ... and the European Union
// reach an agreement in Lausanne"). Each party is PARTY_TO the agreement,
// took part in the talks that made it, and (up to three parties) negotiated
// with the others. The agreement may be named (an Agreement mention right
// after the verb) or not ("a framework agreement"); an unnamed one becomes
// an Agreement of this stage, like events: its id is "agreement:" and the
// words of the phrase and the year ("agreement:framework-agreement-2015"),
// so every document reporting it that year names the same agreement.
//
// The talks are dated by the sentence, else, for a present-tense report
// ("Iran and the P5+1 reach ...") in a dated document, by the document's
// publication date: news items and readouts report the day's events in
// the present tense. A deadline ("to be finalized by June 30") is not the
// date of the agreement.

var (
	// After the parties: an optional parenthetical (a group's members),
	// auxiliaries, the verb and the agreement phrase's start.
	reAgreeAfterParties = regexp.MustCompile(`^` + sp + `*(?:(?:countries|nations|powers|states|governments|negotiators|delegations)\b` + sp + `*)?(?:\([^()]{1,250}\)` + sp + `*)?` +
		// A parenthetical between commas: ", meeting in Lausanne, Switzerland,".
		`(?:,[^;:()]{1,80}?,` + sp + `*)?` +
		// The place of the talks: "in Lausanne, Switzerland,".
		`(?:(?:in|at)` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.-]*){0,3}(?:,` + sp + `*\p{Lu}[\w\x{00C0}-\x{024F}.-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.-]*){0,2})?` + sp + `*)?,?` + sp + `*(?:(?:have|has|had|finally|formally|jointly|also|today|tentatively)` + sp + `+)*` +
		`(reach|reaches|reached|(?:end|ends|ended|conclude|concludes|concluded|result|results|resulted)` + sp + `+(?:with|in)|announce|announces|announced|agree` + sp + `+on|agrees` + sp + `+on|agreed` + sp + `+on|agree` + sp + `+to|agrees` + sp + `+to|agreed` + sp + `+to|sign|signs|signed|conclude|concludes|concluded|strike|strikes|struck|finalize|finalizes|finalized|finalise|finalises|finalised|clinch|clinches|clinched)` +
		sp + `+(?:(?:an?|the)` + sp + `+)?` +
		// "agree on the key parameters of a ...", "reach agreement on a
		// framework deal": what they agreed is part of it.
		`(?:(?:agreement|consensus)` + sp + `+on` + sp + `+(?:an?|the)` + sp + `+)?(?:(?:key` + sp + `+|main` + sp + `+|broad` + sp + `+)?(?:parameters|outlines?|framework|terms|elements|basis)` + sp + `+(?:of|for)` + sp + `+(?:an?|the)` + sp + `+)?`)
	// A topic naming its state or organisation: "Iran's nuclear program".
	reNamedTopic = regexp.MustCompile(`^[A-Z]`)
	// "talks between" right before the parties, and the verbs the talks take.
	reTalksBetween = regexp.MustCompile(`(?i)\b(?:talks|negotiations)` + sp + `+between` + sp + `+(?:the` + sp + `+)?$`)
	reEndsWith     = regexp.MustCompile(`^(?:end|ends|ended|conclude|concludes|concluded|result|results|resulted) (?:with|in)$`)
	// " with the" between the agreement and the other side.
	reAgreeWith = regexp.MustCompile(`^` + sp + `*,?` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// "an interim agreement between": an unnamed agreement before its parties.
	reAgreementBetween = regexp.MustCompile(`(?i)\b(an?|the|this|that|[12]\d{3})` + sp + `+((?:(?:historic|landmark|preliminary|interim|framework|final|comprehensive|nuclear|provisional|tentative|political|initial|long-term|peace|ceasefire|cease-fire|trade|security)` + sp + `+){0,3}(?:agreement|deal|accord|arrangement|pact))` + sp + `+(?:(?:is|was|has` + sp + `+been|have` + sp + `+been)` + sp + `+)?(?:(?:reached|signed|concluded|struck|agreed)` + sp + `+)?between` + sp + `+(?:the` + sp + `+)?$`)
	// "talks toward an agreement between": one sought, not made.
	reAgreementSought = regexp.MustCompile(`(?i)\b(?:toward|towards|for|on|about|over|seeking|seek|seeks|pursue|pursuing|negotiate|negotiating|negotiated|no|without)` + sp + `+$`)
	// People standing for the parties: "negotiators from Iran and the P5+1".
	reAgreePeopleOf = regexp.MustCompile(`(?i)\b(?:negotiators|diplomats|officials|representatives|delegations|delegates|envoys|foreign` + sp + `+ministers)` + sp + `+(?:from|of)` + sp + `+(?:the` + sp + `+)?$`)
	// The unnamed agreement phrase: up to three modifiers and its head.
	// Any lower-case modifiers will do after an agreement verb with its
	// parties ("a general framework agreement", "an outline deal"), except
	// those that make the agreement unreal (see reAgreementUnreal).
	// A generic phrase may be written in capitals ("an Association
	// Agreement", "a Memorandum of Understanding"): still no name.
	reAgreementPhrase = regexp.MustCompile(`^((?:[a-z][a-z-]+` + sp + `+|(?:Association|Framework|Partnership|Cooperation|Co-operation|Trade|Free` + sp + `+Trade|Memorandum|Strategic|Comprehensive|Peace|Border|Security|Defen[cs]e)` + sp + `+|of` + sp + `+){0,3}(?:agreement|deal|accord|framework|understanding|ceasefire|cease-fire|truce|armistice|Agreement|Accord|Understanding))\b`)
	reAgreementUnreal = regexp.MustCompile(`\b(?:possible|potential|future|proposed|draft|hypothetical|any|no|some|such|new)\b`)
	// "on Iran's nuclear program": the topic that names it.
	reAgreementTopic = regexp.MustCompile(`^` + sp + `+(on|over|for|about)` + sp + `+((?:\p{Lu}[\w\x{00C0}-\x{024F}-]*(?:['’]s)?` + sp + `+)?(?:[a-z-]+` + sp + `+){0,2}(?:program|programme|issue|dispute|activities))\b`)
	// Present-tense verbs: a report of the day's events.
	rePresentAgree = regexp.MustCompile(`^(?:reach|reaches|end|ends|conclude|concludes|result|results|announce|announces|agree|agrees|sign|signs|conclude|concludes|strike|strikes|finalize|finalizes|finalise|finalises|clinch|clinches)\b`)
	// Words that make the clause about something other than a done deal.
	reAgreeIrrealis = regexp.MustCompile(`(?i)\b(?:fail|failed|fails|not|never|no|yet|hope|hopes|hoped|aim|aims|seek|seeks|sought|try|tries|tried|attempt|would|could|might|may|will|shall|should|must|plan|plans|planned|intend|if|unless|whether|expected|likely)` + sp + `*$`)
)

// hasPerson reports a person among args.
func hasPerson(args []arg) bool {
	for _, a := range args {
		if a.typ == "Person" {
			return true
		}
	}
	return false
}

// agreementsReached finds several parties reaching an agreement together.
func (b *relBuilder) agreementsReached(v *sentView) {
	// Every wording ends in an agreement noun: the rarest test first.
	if !v.has("agreement", "deal", "accord", "framework", "understanding", "ceasefire", "cease-fire", "truce", "armistice") && !namesAgreement(v) || !v.has("reach", "agree", "sign", "conclud", "struck", "strike", "finali", "clinch", "announc", "end", "result") {
		return
	}
	for _, g := range groups(v) {
		written := argsOf(v, g)
		parties, ok := b.partiesOf(written)
		if !ok {
			continue
		}
		first, last := written[0], written[len(written)-1]
		// "Negotiations between X and Y end with an agreement": the talks
		// are the subject, their sides the parties.
		talksOf := reTalksBetween.MatchString(v.between(max(v.start, first.start-40), first.start))
		rest := v.between(last.end, v.end)
		loc := reAgreeAfterParties.FindStringSubmatchIndex(rest)
		if loc == nil {
			continue
		}
		verb := strings.Join(strings.Fields(rest[loc[2]:loc[3]]), " ")
		if reEndsWith.MatchString(verb) != talksOf {
			continue // only talks end with an agreement; parties reach it
		}
		phraseStart := last.end + loc[1]
		before := v.between(max(v.start, first.start-40), first.start)
		if reAgreePeopleOf.MatchString(before) {
			before = before[:reAgreePeopleOf.FindStringIndex(before)[0]]
		}
		if reAgreeIrrealis.MatchString(before) || b.irrealisClause(v, first.start, phraseStart) {
			continue
		}
		agrID, agrEnd, ok := b.truceAgreement(v, phraseStart, parties)
		if !ok {
			// A signed agreement is named after its two signatories as well;
			// one reached or announced keeps its phrase, which reports of
			// other parties' ("Kerry and Zarif announce a framework
			// agreement") share.
			var signers []arg
			if strings.HasPrefix(verb, "sign") {
				signers = parties
			}
			agrID, agrEnd, ok = b.agreementAt(v, phraseStart, signers)
		}
		if !ok {
			// "Iran and the IAEA signed an agreement": a bare head
			// named by its two parties. Only a signature: "reached a
			// deal" is as often a named deal written plainly.
			if loc := reBareAgreement.FindStringSubmatchIndex(v.between(phraseStart, v.end)); loc != nil && strings.HasPrefix(verb, "sign") {
				agrEnd = phraseStart + loc[3]
				agrID, ok = b.partiesAgreement(v, phraseStart+loc[2], agrEnd, parties, false)
			}
		}
		if !ok {
			continue
		}
		// "Iran reaches an agreement with the P5+1": the other side after.
		subjects := len(parties)
		if others := objectsAfter(v, agrEnd); len(others) > 0 && reAgreeWith.MatchString(v.between(agrEnd, others[0].start)) {
			for _, o := range others {
				if o.typ == "Country" || o.typ == "Organization" {
					parties = append(parties, o)
				}
			}
		}
		// One party alone reaching a deal says nothing of the others.
		if len(parties) < 2 {
			continue
		}
		for _, p := range parties {
			b.add("PARTY_TO", p.id, agrID, 0.85, nil, v, first.start, agrEnd)
		}
		switch {
		case subjects < len(parties):
			for _, s := range parties[:subjects] {
				for _, o := range parties[subjects:] {
					b.add("NEGOTIATED_WITH", s.id, o.id, 0.8, nil, v, first.start, parties[len(parties)-1].end)
				}
			}
		case len(parties) <= maxPairwise && !strings.HasPrefix(verb, "sign"):
			// "X and Y signed an agreement" reports the signing; the
			// negotiation is said by reaching or concluding it.
			for i := range parties {
				for j := i + 1; j < len(parties); j++ {
					b.add("NEGOTIATED_WITH", parties[i].id, parties[j].id, 0.8, nil, v, first.start, agrEnd)
				}
			}
		}
		// "X and Y signed the Abraham Accords at the White House on
		// September 15, 2020": the signing built from it is the event the
		// sentence tells, no talks besides.
		if strings.HasPrefix(verb, "sign") && b.signedInSentence(v.idx) {
			continue
		}
		// "Foreign Minister Seyoum Mesfin of Ethiopia and his Eritrean
		// counterpart, Haile Woldetensae, sign the Agreement on Cessation
		// of Hostilities": the signing of an agreement named, by the
		// people who signed it.
		if agr, ok := mentionOf(v, agrID, phraseStart); ok && agr.Start >= last.end && agr.Start < agrEnd && strings.HasPrefix(verb, "sign") && hasPerson(written) {
			b.signingEvent(v, written, agr, verb, first.start, agrEnd)
			if b.signedInSentence(v.idx) {
				continue
			}
		}
		spec := eventSpec{kind: "talks", parts: parties, trigStart: last.end + loc[2], trigEnd: agrEnd,
			start: first.start, end: agrEnd, needDate: true}
		// The talks are an event only when the sentence speaks of them or
		// of where they were held: a bare "X signs an agreement with Y"
		// reports the agreement.
		// A truce agreed holds somewhere; where it was agreed is not said.
		if strings.HasPrefix(agrID, "agreement:truce:") && !v.has("talks", "negotiat") {
			continue
		}
		_, held := b.venue(v, spec)
		opening, opens := openingVenue(v)
		if !opens {
			// ", meeting in Lausanne, Switzerland,": between the parties and the verb.
			opening, opens = venueWithin(v, last.end, last.end+loc[2])
		}
		if !held && !opens && !v.has("talks", "negotiat") {
			continue
		}
		if rePresentAgree.MatchString(verb) {
			if d, ok := b.publicationDate(); ok {
				spec.fallbackDate = &d
			}
		}
		if id := b.makeEvent(v, spec); id != "" && !held && opens {
			b.add("HELD_IN", id, opening.EntityID, 0.8, nil, v, opening.Start, agrEnd)
		}
	}
}

// openingVenue is the place a sentence opens with ("In Geneva, Iran and
// the P5+1 agreed ..."): where what the sentence reports happened.
func openingVenue(v *sentView) (mention, bool) {
	for _, m := range v.ments {
		if m.Start-v.start > 40 {
			break
		}
		if (m.Type != "Place" && m.Type != "Country") || m.Demonym {
			continue
		}
		if reOpeningIn.MatchString(v.between(v.start, m.Start)) && reOpeningComma.MatchString(v.between(m.End, v.end)) {
			return m, true
		}
	}
	return mention{}, false
}

// venueWithin is the first place in [from, to) written after "in" or "at".
func venueWithin(v *sentView, from, to int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < from || m.End > to || (m.Type != "Place" && m.Type != "Country") || m.Demonym {
			continue
		}
		if reVenueBefore.MatchString(v.between(max(v.start, m.Start-12), m.Start)) {
			return m, true
		}
	}
	return mention{}, false
}

var (
	reOpeningIn    = regexp.MustCompile(`^(?:On` + sp + `+[^,]{3,30},` + sp + `*)?(?:In|At)` + sp + `+(?:the` + sp + `+)?$`)
	reOpeningComma = regexp.MustCompile(`^(?:,` + sp + `*\p{Lu}[\w\x{00C0}-\x{024F} .]{0,30})?,`)
)

// reNegotiatesAgreement: "X negotiates a broader peace agreement" with no
// "with": the other side is the sentence's one other state.
var reNegotiatesAgreement = regexp.MustCompile(`^` + sp + `+(?:(?:is|are|was|were)` + sp + `+)?(?:negotiates|negotiated|negotiating)` + sp + `+(?:an?|the)` + sp + `+(?:[a-z-]+` + sp + `+){0,3}(?:agreement|deal|accord|settlement)\b`)

// negotiatedAgreements finds NEGOTIATED_WITH for "Iran has agreed to a
// ceasefire as the United States negotiates a broader peace agreement":
// the negotiator and the one other state the sentence names.
func (b *relBuilder) negotiatedAgreements(v *sentView) {
	if !v.has("negotiat") || !v.has("agreement", "deal", "accord", "settlement") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Country" && a.typ != "Organization" {
			continue
		}
		loc := reNegotiatesAgreement.FindStringIndex(v.between(a.end, v.end))
		if loc == nil || strings.HasPrefix(strings.TrimSpace(v.between(a.end+loc[1], v.end)), "with") {
			continue
		}
		if b.irrealisClause(v, a.start, a.end+loc[1]) {
			continue
		}
		other, n := arg{}, 0
		for _, o := range v.args {
			if o.typ == "Country" && o.id != a.id && !o.m.Demonym {
				if n == 0 || o.id != other.id {
					n++
				}
				other = o
			}
		}
		if n == 1 {
			b.add("NEGOTIATED_WITH", a.id, other.id, 0.7, nil, v, min(a.start, other.start), max(a.end+loc[1], other.end))
		}
	}
}

// partiesOf maps the members of a group to the parties they stand for:
// states and organisations themselves, people the state or organisation
// they hold a role for ("Secretary Kerry and Foreign Minister Zarif sign"
// is the United States and Iran signing). Nothing when one has no party.
func (b *relBuilder) partiesOf(group []arg) ([]arg, bool) {
	out := make([]arg, 0, len(group))
	for _, p := range group {
		switch p.typ {
		case "Country", "Organization":
			out = append(out, p)
		case "Person":
			r, ok := b.roleOf[p.id]
			if !ok {
				return nil, false
			}
			q := p
			q.id, q.typ = r.of, b.typeOf(r.of)
			out = append(out, q)
		default:
			return nil, false
		}
	}
	return out, true
}

// agreementsBetween: "an interim agreement between Iran and the P5+1",
// "the JCPOA between Iran and the P5+1": each of the group is party to it
// and (up to three) negotiated it with the others.
func (b *relBuilder) agreementsBetween(v *sentView) {
	named := namesAgreement(v)
	if !v.has("between") || !named && !v.has("agreement", "deal", "accord", "arrangement", "pact") {
		return
	}
	for _, g := range groups(v) {
		parties := argsOf(v, g)
		if len(parties) < 2 {
			continue
		}
		first, last := parties[0], parties[len(parties)-1]
		lo := max(v.start, first.start-100)
		before := v.between(lo, first.start)
		loc := reAgreementBetween.FindStringSubmatchIndex(before)
		if loc == nil {
			if named {
				b.namedAgreementBetween(v, parties)
			}
			continue
		}
		if b.irrealisClause(v, lo+loc[0], last.end) || reAgreementSought.MatchString(v.between(max(v.start, lo+loc[0]-30), lo+loc[0])) {
			continue
		}
		ps, pe := lo+loc[4], lo+loc[5]
		agrID := ""
		// "the JCPOA, an agreement reached between": the phrase is the
		// named agreement before it.
		for _, m := range v.ments {
			if m.Type == "Agreement" && m.End <= lo+loc[0] && reApposLead.MatchString(v.between(m.End, lo+loc[0])) {
				agrID = m.EntityID
			}
		}
		if agrID == "" {
			id, _, ok := b.unnamedAgreement(v, ps, pe)
			if !ok {
				// "The arrangement between Lebanon and Israel": a bare
				// head is named by its parties.
				if id, ok = b.partiesAgreement(v, ps, pe, parties, true); !ok {
					continue
				}
			}
			agrID = id
		}
		for _, p := range parties {
			if p.typ == "Country" || p.typ == "Organization" {
				b.add("PARTY_TO", p.id, agrID, 0.8, nil, v, ps, last.end)
			}
		}
		if len(parties) <= maxPairwise {
			for i := range parties {
				for j := i + 1; j < len(parties); j++ {
					b.add("NEGOTIATED_WITH", parties[i].id, parties[j].id, 0.8, nil, v, ps, last.end)
				}
			}
		}
	}
}

// namesAgreement reports an Agreement mention in v.
func namesAgreement(v *sentView) bool {
	for _, m := range v.ments {
		if m.Type == "Agreement" {
			return true
		}
	}
	return false
}

// agreementAt is the agreement written at pos: a named Agreement starting
// there (after at most one modifier), else the unnamed phrase as an
// Agreement of this stage. It returns the id and the phrase's end.
func (b *relBuilder) agreementAt(v *sentView, pos int, parties []arg) (string, int, bool) {
	if m, ok := nextMention(v, pos); ok && m.Type == "Agreement" && len(strings.Fields(v.between(pos, m.Start))) <= 1 {
		return m.EntityID, m.End, true
	}
	rest := v.between(pos, v.end)
	loc := reAgreementPhrase.FindStringSubmatchIndex(rest)
	if loc == nil {
		return "", 0, false
	}
	// Another entity right after is what the phrase is part of ("a deal
	// with Oman"), or a named agreement ("the framework JCPOA", "the
	// comprehensive peace agreement, known as the Algiers Agreement").
	if m, ok := nextMention(v, pos+loc[1]); ok && m.Type == "Agreement" {
		if gap := v.between(pos+loc[1], m.Start); strings.TrimSpace(gap) == "" || reNameGap.MatchString(gap) {
			return m.EntityID, m.End, true
		}
	}
	return b.unnamedAgreement(v, pos, pos+loc[1], parties...)
}

// namesAgreementOf reports an agreement of the document the catalog
// dates to year.
func (b *relBuilder) namesAgreementOf(year string) bool {
	for _, e := range b.ents.Entities {
		if e.Type == "Agreement" && strings.HasPrefix(e.CatalogDate, year) {
			return true
		}
	}
	return false
}

// reBareAgreement: an agreement's noun alone after a verb of reaching
// it, the noun captured; what comes after is no name ("an agreement in
// Cairo", "a deal to resume inspections").
var reBareAgreement = regexp.MustCompile(`^(?:(?:an?|the)` + sp + `+)?(agreement|deal|accord)(?:` + sp + `*[,.;]|` + sp + `+(?:in|on|at|to|that|which|with|after|under)\b|` + sp + `*$)`)

// partiesAgreement records the agreement a bare head and its two parties
// name, "the arrangement between Lebanon and Israel": "Lebanon–Israel
// arrangement", dated like unnamedAgreement's, the article "the" only (an
// indefinite "a deal between" is any of many).
//
// Parties that reached or signed it ("Iran and the IAEA signed an
// agreement in Cairo") name it whatever its article (definiteOnly false).
func (b *relBuilder) partiesAgreement(v *sentView, pos, phraseEnd int, parties []arg, definiteOnly bool) (string, bool) {
	written := v.between(pos, phraseEnd)
	phrase := strings.ToLower(strings.Join(strings.Fields(written), " "))
	if len(parties) != 2 || strings.Contains(phrase, " ") || definiteOnly && !strings.EqualFold(strings.TrimSpace(v.between(max(v.start, pos-4), pos)), "the") {
		return "", false
	}
	for _, p := range parties {
		if (p.typ != "Country" && p.typ != "Organization") || p.m.Demonym {
			return "", false
		}
	}
	// The mention runs over the parties when they follow ("the
	// arrangement between Lebanon and Israel"), else it is the phrase.
	end := phraseEnd
	if parties[1].end > pos {
		end = parties[1].end
	}
	year := b.agreementYear(v, min(pos, parties[0].start), max(end, phraseEnd))
	// A deal of the year of an agreement the document names is that one
	// written plainly ("In 2015, Iran and the P5+1 reached a deal" is the
	// JCPOA).
	if year == "" || b.namesAgreementOf(year) {
		return "", false
	}
	name := b.nameOf(parties[0].id) + "–" + b.nameOf(parties[1].id) + " " + phrase
	id := "agreement:" + slugWords(name) + "-" + year
	b.unnamedAgreementEntity(id, name, year)
	b.evMent = append(b.evMent, mention{EntityID: id, Type: "Agreement", Start: pos, End: end,
		Sentence: v.idx, Text: v.between(pos, end)})
	return id, true
}

// agreementYear is the year of an unnamed agreement told in [from, to):
// the date the words give, else the document's publication year, else "".
func (b *relBuilder) agreementYear(v *sentView, from, to int) string {
	if d, ok := pickDate(v, from, to, true); ok && d.Resolved() {
		return d.Value[:4]
	}
	if d, ok := b.publicationDate(); ok {
		return d.Value[:4]
	}
	return ""
}

// unnamedAgreementEntity records the unnamed agreement id of that year,
// named "name (year)" with the written forms as aliases before name; met
// again, it gains name as an alias.
func (b *relBuilder) unnamedAgreementEntity(id, name, year string, written ...string) {
	if e, ok := b.events[id]; ok {
		if !typeIn(e.Aliases, name) {
			e.Aliases = append(e.Aliases, name)
		}
		return
	}
	b.events[id] = &entity{ID: id, Name: name + " (" + year + ")", Type: "Agreement",
		Aliases: append(append([]string{}, written...), name),
		Props:   map[string]any{"kind": "unnamed agreement", "date": year, "datePrecision": "year", "dateText": year}}
}

// unnamedAgreement makes the Agreement of the phrase [pos, phraseEnd)
// ("framework agreement") and returns its id and the end of the phrase
// with its topic ("on Iran's nuclear program"); none when nothing dates it.
//
// Two states or bodies that signed it name it too ("Fatah and Hamas
// signed a reconciliation agreement" is the "Fatah–Hamas reconciliation
// agreement"), and "deal", "accord" and "agreement" are one
// noun in its id: a headline's "reconciliation deal" is the body's
// "reconciliation agreement".
func (b *relBuilder) unnamedAgreement(v *sentView, pos, phraseEnd int, parties ...arg) (string, int, bool) {
	written := v.between(pos, phraseEnd)
	phrase := strings.ToLower(strings.Join(strings.Fields(written), " "))
	if reAgreementUnreal.MatchString(phrase) || reNamedInParens.MatchString(v.between(phraseEnd, v.end)) {
		return "", 0, false // "a peace framework (the Camp David Accords)", "…, known as the …": its name follows
	}
	end := phraseEnd
	name := strings.ToUpper(phrase[:1]) + phrase[1:]
	t := reAgreementTopic.FindStringSubmatchIndex(v.between(end, v.end))
	if t != nil {
		topic := strings.Join(strings.Fields(v.between(end+t[2], end+t[5])), " ")
		name += " " + topic
		end += t[1]
	}
	if !strings.Contains(phrase, " ") && phrase != "framework" && phrase != "understanding" && (t == nil || !reNamedTopic.MatchString(v.between(phraseEnd+t[4], phraseEnd+t[5]))) {
		// A bare head ("a deal") names nothing that other documents could
		// share, and is often a named agreement written plainly; its
		// state's topic names it ("a deal on Iran's nuclear program").
		return "", 0, false
	}
	year := b.agreementYear(v, pos, end)
	if year == "" {
		return "", 0, false // an undated unnamed agreement could be any
	}
	idPhrase := phrase
	if strings.Contains(phrase, " ") {
		idPhrase = reDealHead.ReplaceAllString(phrase, "agreement")
	}
	if named, ok := b.twoPartiesNames(parties); ok && t == nil {
		name = named + " " + phrase
		idPhrase = named + " " + idPhrase
	}
	id := "agreement:" + slugWords(idPhrase) + "-" + year
	b.unnamedAgreementEntity(id, name, year, written)
	b.evMent = append(b.evMent, mention{EntityID: id, Type: "Agreement", Start: pos, End: phraseEnd,
		Sentence: v.idx, Text: written})
	return id, end, true
}

// reDealHead is the noun ending an agreement phrase other than
// "agreement".
var reDealHead = regexp.MustCompile(`\b(?:deal|accord)$`)

// twoPartiesNames joins the names of exactly two states or bodies, in
// order of name ("Fatah–Hamas"); none for other parties.
func (b *relBuilder) twoPartiesNames(parties []arg) (string, bool) {
	if len(parties) != 2 {
		return "", false
	}
	var names []string
	for _, p := range parties {
		if (p.typ != "Country" && p.typ != "Organization") || p.m.Demonym {
			return "", false
		}
		names = append(names, b.nameOf(p.id))
	}
	if names[0] == names[1] {
		return "", false
	}
	sort.Strings(names)
	return names[0] + "–" + names[1], true
}

// nameFollows opens a name given right after a description, in
// parentheses or after "known as" ("a peace framework, known as the Camp
// David Accords"); reNamedInParens is it before a capital, reNameGap the
// whole gap between the description and the name.
const nameFollows = sp + `*(?:\(|,` + sp + `*(?:(?:which` + sp + `+(?:is|was|became|came` + sp + `+to` + sp + `+be)` + sp + `+)?(?:known|referred` + sp + `+to)` + sp + `+as|called|dubbed|named|formally|officially))` + sp + `*(?:the` + sp + `+)?`

var (
	reNamedInParens = regexp.MustCompile(`^` + nameFollows + `\p{Lu}`)
	reNameGap       = regexp.MustCompile(`^` + nameFollows + `$`)
)

// publicationDate is the document's publication day as a date expression
// whose text says where it came from.
func (b *relBuilder) publicationDate() (timex.Expr, bool) {
	if b.doc.Published.IsZero() {
		return timex.Expr{}, false
	}
	day := b.doc.Published.Format("2006-01-02")
	return timex.Expr{Text: "publication date " + day, Value: day, Precision: timex.Day, Relative: true}, true
}

// reTruceLength is the length a truce is told with, "four-day".
var reTruceLength = regexp.MustCompile(`(?i)\b(?:[a-z]+|\d+)-(?:hour|day|week|month|year)\b`)

// reBareTruce is a truce word alone, with a modifier or two: "a ceasefire",
// "a complete ceasefire", "a four-day truce", "a 60-day ceasefire".
var reBareTruce = regexp.MustCompile(`^(?:(?:complete|full|comprehensive|permanent|lasting|temporary|humanitarian|immediate|mutual|new|(?:[a-z]+|\d+)-(?:hour|day|week|month|year))` + sp + `+){0,2}(ceasefire|cease-fire|truce|armistice)\b`)

// truceAgreement is the agreement two or more parties reach when they
// "agreed to a ceasefire", or one reaches "a truce with" another: named
// after them and dated by its year ("Hezbollah–Israel ceasefire (2024)"),
// so that every report of it names the same agreement. Not for one party
// alone, nor undated.
func (b *relBuilder) truceAgreement(v *sentView, pos int, parties []arg) (string, int, bool) {
	loc := reBareTruce.FindStringSubmatchIndex(v.between(pos, v.end))
	if loc == nil || reAgreementUnreal.MatchString(v.between(pos, pos+loc[1])) ||
		reTruceCompound.MatchString(v.between(pos+loc[1], v.end)) {
		return "", 0, false // "a ceasefire agreement", "a ceasefire deal": the agreement phrase's
	}
	if len(parties) < 2 {
		others := objectsAfter(v, pos+loc[1])
		if len(others) == 0 || !reAgreeWith.MatchString(v.between(pos+loc[1], others[0].start)) {
			return "", 0, false
		}
		for _, o := range others {
			if o.typ == "Country" || o.typ == "Organization" {
				parties = append(parties, o)
			}
		}
		if len(parties) < 2 {
			return "", 0, false
		}
	}
	year := ""
	if d, ok := pickDate(v, pos, pos+loc[1], true); ok && d.Resolved() {
		year = d.Value[:4]
	} else if d, ok := b.publicationDate(); ok {
		year = d.Value[:4]
	}
	if year == "" {
		return "", 0, false
	}
	locals, names := b.sideKeys(parties)
	id := "agreement:truce:" + strings.Join(dedupe(locals), "-") + "-" + year
	if _, ok := b.events[id]; !ok {
		// Named as the text tells it: its parties in the text's order and
		// what it says of the truce ("Israel–Hamas four-day truce"); the
		// parties in order of name give the other form.
		noun := truceNoun(v.between(pos+loc[2], pos+loc[3]))
		told := strings.Join(dedupe(names), "–") + " " + noun
		if length := reTruceLength.FindString(v.between(pos, pos+loc[2])); length != "" {
			told = strings.Join(dedupe(names), "–") + " " + strings.ToLower(length) + " " + noun
		}
		sort.Strings(names)
		name := strings.Join(dedupe(names), "–") + " " + noun
		aliases := []string{told}
		if name != told {
			aliases = append(aliases, name)
		}
		b.events[id] = &entity{ID: id, Name: told + " (" + year + ")", Type: "Agreement", Aliases: aliases,
			Props: map[string]any{"kind": "unnamed agreement", "date": year, "datePrecision": "year", "dateText": year}}
	}
	b.evMent = append(b.evMent, mention{EntityID: id, Type: "Agreement", Start: pos, End: pos + loc[1],
		Sentence: v.idx, Text: v.between(pos, pos+loc[1])})
	// "a ceasefire in Gaza": where it holds, not where it was agreed.
	end := pos + loc[1]
	// "a truce with Israel" names the other party, read by the caller.
	if m, ok := nextMention(v, end); ok && (m.Type == "Place" || m.Type == "Country") && reTruceIn.MatchString(v.between(end, m.Start)) &&
		!reAgreeWith.MatchString(v.between(end, m.Start)) {
		end = m.End
	}
	return id, end, true
}
