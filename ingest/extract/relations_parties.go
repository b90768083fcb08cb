package extract

import (
	"regexp"
	"slices"
	"strings"
)

var (
	// PARTY_TO: "X signed Y", "X is a party to Y".
	// "put their signatures to", "put their names to": signed.
	rePartyVerb = regexp.MustCompile(preVerbWhen + `(?:signed|signs|(?:put|puts|affixed)` + sp + `+(?:their|his|her|its)` + sp + `+(?:signatures?|names?)` + sp + `+to|initialled|initialed|inked|ratified|ratifies|joined|joins|acceded` + sp + `+to|accedes` + sp + `+to|agreed` + sp + `+to|(?:is|was|are|were|became|remains?|as)` + sp + `+(?:(?:an?|the)` + sp + `+)?(?:(?:original|founding|full|non-nuclear-weapon|state|newest|latest|new|first)` + sp + `+)*(?:party|parties|signatory|signatories)` + sp + `+(?:to|of)|concluded|reached|came` + sp + `+to` + sp + `+(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:agreement|deal|accord)` + sp + `*\(?_?)` + sp + `*(?:the` + sp + `+)?$`)
	// "Iran's commitments under the JCPOA", "Iran has complied with the JCPOA".
	rePartyCommitments = regexp.MustCompile(`^(?:['’]s` + sp + `+(?:[\w-]+` + sp + `+)?(?:commitments|obligations)` + sp + `+under|` + sp + `+(?:has` + sp + `+|had` + sp + `+|have` + sp + `+)?complied` + sp + `+with(?:` + sp + `+its` + sp + `+(?:commitments|obligations)` + sp + `+under)?|['’]s` + sp + `+(?:full` + sp + `+)?compliance` + sp + `+with)` + sp + `+(?:the` + sp + `+)?$`)
	// "the return of Iran and the U.S. to full compliance with the JCPOA".
	rePartyReturnBefore = regexp.MustCompile(`(?i)\breturn` + sp + `+(?:of` + sp + `+)?(?:the` + sp + `+)?$`)
	rePartyReturnAfter  = regexp.MustCompile(`^` + sp + `+to` + sp + `+(?:full` + sp + `+)?compliance` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// "Iran signs an interim agreement with the P5+1": before the agreement...
	rePartySignsWith = regexp.MustCompile(preVerbWhen + `(?:signed|signs|initialled|initialed|inked|reached|reaches|concluded|concludes|struck)` + sp + `+(?:(?:an?|the)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?$`)
	// ...and after it.
	rePartyWith = regexp.MustCompile(`^` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// "Upon ratifying the NPT, Iran ...": the party after the clause.
	rePartyUpon      = regexp.MustCompile(`(?i)\b(?:upon|after|by|since)` + sp + `+(?:ratifying|signing|acceding` + sp + `+to|joining)` + sp + `+(?:the` + sp + `+)?$`)
	rePartyUponAfter = regexp.MustCompile(`^` + sp + `*(?:\([^()]{1,40}\))?` + sp + `*(?:in` + sp + `+[\w ]{1,20})?,` + sp + `*(?:the` + sp + `+)?$`)
	// "after its compliance with obligations under the nuclear agreement".
	rePartyItsObligations = regexp.MustCompile(`\bits` + sp + `+(?:full` + sp + `+)?(?:compliance` + sp + `+with` + sp + `+(?:its` + sp + `+)?)?(?:commitments|obligations)` + sp + `+under` + sp + `+(?:the` + sp + `+)?$`)
	// "its Comprehensive Safeguards Agreement".
	rePartyIts = regexp.MustCompile(`\bits` + sp + `+$`)
	// "Iran's Comprehensive Safeguards Agreement": a state's own agreement.
	rePartyPossessive = regexp.MustCompile(`^['’]s` + sp + `+$`)
	// "Iran, a party to the NPT": an appositive after the party.
	rePartyAppos = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:an?|the)` + sp + `+(?:(?:founding|original|full|non-nuclear-weapon|state)` + sp + `+)*(?:party|signatory)` + sp + `+(?:to|of)` + sp + `+(?:the` + sp + `+)?$`)
	// "the parties to the JCPOA (China, France, ... and Iran)": the list after.
	rePartiesOfBefore = regexp.MustCompile(`(?i)\b(?:parties|participants|signatories|signatory` + sp + `+states|states` + sp + `+parties)` + sp + `+(?:to|of)` + sp + `+(?:the` + sp + `+)?$`)
	// "non-signatories to the NPT are Israel, ...": the opposite.
	reNonParties     = regexp.MustCompile(`(?i)\bnon-?` + sp + `*(?:parties|participants|signatories|signatory|states` + sp + `+parties)` + sp + `+(?:to|of)` + sp + `+(?:the` + sp + `+)?$`)
	rePartiesOfAfter = regexp.MustCompile(`^` + sp + `*(?:\(|:|—|–|,` + sp + `*(?:namely` + sp + `+)?|` + sp + `+(?:include|includes|included|are|were|comprise|comprised)` + sp + `*:?)` + sp + `*(?:the` + sp + `+)?$`)
	// "the JCPOA, signed by X and Y", "the JCPOA was signed in Vienna on
	// 14 July 2015 by X and Y", "the Camp David Accords were a pair of
	// political agreements signed by X and Y", "the Bishkek Protocol is a
	// document signed in Bishkek, the capital of Kyrgyzstan, on 5 May 1994
	// by representatives of X and Y".
	// "the Zürich and London Agreements of February 1959, concluded
	// between the prime ministers X of Greece and Y of Turkey": a date
	// may close the name, and the signers' offices open their list.
	rePartySignedBy = regexp.MustCompile(`^(?:` + sp + `+of` + sp + `+(?:[A-Z][a-z]+` + sp + `+)?\d{4})?` + sp + `*,?` + sp + `+(?:(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:agreement|deal|accord|treaty)` + sp + `+|(?:was|were|is|are)` + sp + `+(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,4}?(?:agreements?|deals?|accords?|treat(?:y|ies)|documents?|frameworks?)` + sp + `+)?(?:(?:was|were|is|has` + sp + `+been|had` + sp + `+been)` + sp + `+)?(?:signed|agreed|concluded|reached|ratified)(?:,?` + sp + `+(?:in|at|on)` + sp + `+[^;:()]{1,60}?)*` + sp + `+(?:by|between)` + sp + `+(?:the` + sp + `+)?(?:(?:(?:prime|foreign|defen[cs]e)` + sp + `+ministers|presidents|kings|leaders|heads` + sp + `+of` + sp + `+(?:state|government)|representatives|envoys)` + sp + `+)?(?:of` + sp + `+(?:the` + sp + `+)?)?$`)
)

func (b *relBuilder) parties(v *sentView) {
	b.partiesAgreedTo(v)
	b.partiesMore(v)
	b.partiesJoining(v)
	b.partiesDescribed(v)
	b.partiesOfSeries(v)
	b.pairSigners(v)
	b.passiveSignings(v)
	if !v.has("sign", "ratif", "join", "acced", "agree", "part", "between", "signator", "conclud", "reach", "came", "commitment", "obligation", "compl", "'s", "’s", "its ", "endorsed", "adopted", "established", "founded", "launched") {
		return
	}
	gs := groups(v)
	for gi, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		agr, ok := nextMention(v, last.end)
		if ok && agr.Type == "Place" {
			agr, ok = agreementAfterMeeting(v, last.end)
		}
		if !ok || agr.Type != "Agreement" {
			continue
		}
		// "Foreign Minister Seyoum Mesfin of Ethiopia and Foreign Minister
		// Haile Woldetensae of Eritrea signed …": the last signer's state
		// closes the list of signers, who are the subject.
		if h, ok := holderAfter(v, g[0]+1); ok && len(g) == 1 && h == g[0] && gi > 0 && slices.Contains(gs[gi-1], h-1) && len(gs[gi-1]) > 1 {
			g = gs[gi-1]
			first = v.args[g[0]]
		}
		gap := v.between(last.end, agr.Start)
		if reApposedMember.MatchString(v.between(max(v.start, last.start-24), last.start)) {
			// "… and the host, Kazakh President Nursultan Nazarbayev, put
			// their signatures to": the comma closes the apposition.
			gap = strings.Replace(gap, ",", " ", 1)
		}
		if !rePartyVerb.MatchString(gap) {
			gap = undescribed(gap)
		}
		// "the leaders of Russia, Ukraine and Belarus met at Viskuli and
		// signed the Belovezha Accords": those who met signed, and the
		// meeting is the signing's event (events_meetings.go builds it).
		met := false
		if loc := reMetAndThen.FindStringIndex(gap); loc != nil {
			gap, met = " "+gap[loc[1]:], true
		}
		// "X signs an agreement with Y": both parties, and they negotiated.
		if rePartySignsWith.MatchString(gap) {
			if others := objectsAfter(v, agr.End); len(others) > 0 && rePartyWith.MatchString(v.between(agr.End, others[0].start)) {
				end := others[len(others)-1].end
				if !b.irrealisClause(v, first.start, end) {
					subj := argsOf(v, g)
					// People sign for the state or body they serve.
					for _, p := range b.subjectIDs(append(append([]arg{}, subj...), others...), true) {
						b.add("PARTY_TO", p, agr.EntityID, 0.85, nil, v, first.start, end)
					}
					for _, s := range subj {
						for _, o := range others {
							b.add("NEGOTIATED_WITH", s.id, o.id, 0.8, nil, v, first.start, end)
						}
					}
					b.signingEvent(v, append(append([]arg{}, subj...), others...), agr, gap, first.start, end)
				}
				continue
			}
		}
		switch {
		case rePartyAppos.MatchString(gap) && len(g) == 1:
			b.add("PARTY_TO", first.id, agr.EntityID, 0.85, nil, v, first.start, agr.End)
		case rePartyVerb.MatchString(gap):
			if b.irrealisClause(v, first.start, agr.End) {
				continue
			}
			for _, p := range b.subjectIDs(argsOf(v, g), true) {
				b.add("PARTY_TO", p, agr.EntityID, 0.85, nil, v, first.start, agr.End)
			}
			if !met {
				b.signingEvent(v, argsOf(v, g), agr, gap, first.start, agr.End)
			}
		case rePartyCommitments.MatchString(gap),
			rePartyReturnAfter.MatchString(gap) && rePartyReturnBefore.MatchString(v.between(v.start, first.start)):
			// Compliance presupposes being a party, whatever the clause wishes.
			for _, p := range argsOf(v, g) {
				b.add("PARTY_TO", p.id, agr.EntityID, 0.8, nil, v, first.start, agr.End)
			}
		}
	}
	for i, m := range v.ments {
		if m.Type != "Agreement" {
			continue
		}
		// "Upon ratifying the NPT, Iran accepted safeguards".
		if loc := rePartyUpon.FindStringIndex(v.between(max(v.start, m.Start-40), m.Start)); loc != nil {
			if c, ok := nextMention(v, m.End); ok && (c.Type == "Country" || c.Type == "Organization") && !c.Demonym &&
				rePartyUponAfter.MatchString(v.between(m.End, c.Start)) {
				b.add("PARTY_TO", c.EntityID, m.EntityID, 0.8, nil, v, max(v.start, m.Start-40)+loc[0], c.End)
			}
		}
		// "Iran ... under its Safeguards Agreement": the one state or
		// organisation before "its" owns it.
		if rePartyIts.MatchString(v.between(max(v.start, m.Start-6), m.Start)) {
			// Owning a named agreement presupposes being party to it,
			// whatever the clause wishes ("Iran must honour its ...").
			if owner, ok := onlyActorBefore(v, m.Start); ok {
				b.add("PARTY_TO", owner.id, m.EntityID, 0.7, nil, v, owner.start, m.End)
			}
		}
		// "Iran ... its obligations under the JCPOA": obligations under an
		// agreement are a party's, whatever the clause says of them.
		if rePartyItsObligations.MatchString(v.between(max(v.start, m.Start-70), m.Start)) {
			if owner, ok := onlyActorBefore(v, m.Start); ok {
				b.add("PARTY_TO", owner.id, m.EntityID, 0.75, nil, v, owner.start, m.End)
			}
		}
		// "Iran's Comprehensive Safeguards Agreement".
		if i > 0 {
			p := v.ments[i-1]
			if p.Type == "Country" && !p.Demonym && rePartyPossessive.MatchString(v.between(p.End, m.Start)) {
				b.add("PARTY_TO", p.EntityID, m.EntityID, 0.75, nil, v, p.Start, m.End)
			}
		}
	}
	// "the parties to the JCPOA (China, France, ... and Iran)".
	for _, m := range v.ments {
		before := v.between(max(v.start, m.Start-40), m.Start)
		if m.Type != "Agreement" || !rePartiesOfBefore.MatchString(before) || reNonParties.MatchString(before) {
			continue
		}
		b.partiesListedAfter(v, gs, m, rePartiesOfAfter)
	}
	b.plainAgreementParty(v)
	b.partiesWhichSigned(v, gs)
	// "the JCPOA, signed by X and Y".
	for _, m := range v.ments {
		if m.Type != "Agreement" {
			continue
		}
		b.partiesListedAfter(v, gs, m, rePartySignedBy)
		b.statesEndorsing(v, gs, m)
		// "the Camp David Accords between Egypt and Israel": a named
		// agreement between two or more sides binds them.
		for _, g := range gs {
			if len(g) >= 2 && v.args[g[0]].start >= m.End && rePartyBetween.MatchString(v.between(m.End, v.args[g[0]].start)) {
				for _, p := range argsOf(v, g) {
					if p.typ != "Person" {
						b.add("PARTY_TO", p.id, m.EntityID, 0.8, nil, v, m.Start, v.args[g[len(g)-1]].end)
					}
				}
				break
			}
		}
	}
}

// "The declaration was endorsed by the following countries: Bulgaria,
// Canada, …", "The Artemis Accords were established in 2020 by the United
// States": states that endorsed, adopted or founded an accord are its
// parties. Only states: a council that endorses a deal (the Security
// Council, the JCPOA) is no party to it.
var rePartyEndorsedBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:(?:was|were|is|are|has` + sp + `+been|have` + sp + `+been|had` + sp + `+been)` + sp + `+)?(?:(?:formally|jointly|also|first|originally)` + sp + `+)?(?:endorsed|adopted|established|founded|launched|joined)(?:` + sp + `+(?:in|on)` + sp + `+[^,;:()]{1,30}?)?` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:following` + sp + `+(?:countries|states|nations|governments)` + sp + `*:` + sp + `*(?:the` + sp + `+)?)?$`)

// statesEndorsing reads rePartyEndorsedBy after agreement m.
func (b *relBuilder) statesEndorsing(v *sentView, gs [][]int, m mention) {
	if !v.has("endorsed", "adopted", "established", "founded", "launched", "joined") {
		return
	}
	for _, g := range gs {
		first := v.args[g[0]]
		if first.start < m.End || !rePartyEndorsedBy.MatchString(v.between(m.End, first.start)) {
			continue
		}
		for _, p := range argsOf(v, g) {
			if p.typ != "Country" || p.m.Demonym {
				return
			}
		}
		if b.irrealisClause(v, m.Start, v.args[g[len(g)-1]].end) {
			return
		}
		for _, p := range argsOf(v, g) {
			b.add("PARTY_TO", p.id, m.EntityID, 0.8, nil, v, m.Start, v.args[g[len(g)-1]].end)
		}
		return
	}
}

// reWhichSigners and reSignedAfterGroup frame the signers of a named
// agreement in a relative clause: "the Washington Declaration, which King
// Hussein and Prime Minister Yitzhak Rabin signed at a White House
// ceremony", "the Cooperative Framework Agreement of 2010, which Ethiopia,
// Uganda and other upstream states signed".
var (
	reWhichSigners     = regexp.MustCompile(`^(?:` + sp + `+of` + sp + `+(?:\p{Lu}[a-z]+` + sp + `+)?\d{4})?` + sp + `*,?` + sp + `+(?:which|that)` + sp + `+(?:the` + sp + `+)?$`)
	reSignedAfterGroup = regexp.MustCompile(`^(?:` + sp + `*,?` + sp + `+and` + sp + `+(?:other|several|some|many|most)` + sp + `+[\w -]{1,30}?)?` + sp + `+(?:(?:had|have|has|jointly|later|formally|then)` + sp + `+)*(?:signed|ratified|concluded|initialed|initialled)\b`)
)

// partiesWhichSigned reads the signers of a relative clause after a named
// agreement: the states they sign for, or they themselves, are its
// parties. The clause tells of the agreement, not of a ceremony: no
// signing event is built from it.
func (b *relBuilder) partiesWhichSigned(v *sentView, gs [][]int) {
	for _, m := range v.ments {
		if m.Type != "Agreement" {
			continue
		}
		for _, g := range gs {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if first.start < m.End {
				continue
			}
			if !reWhichSigners.MatchString(v.between(m.End, first.start)) {
				break
			}
			loc := reSignedAfterGroup.FindStringIndex(v.between(last.end, v.end))
			if loc == nil || b.irrealisClause(v, m.Start, last.end+loc[1]) {
				break
			}
			signers := argsOf(v, g)
			for _, p := range b.subjectIDs(signers, true) {
				b.add("PARTY_TO", p, m.EntityID, 0.8, nil, v, m.Start, last.end+loc[1])
			}
			break
		}
	}
}

// reApposedMember: a list's last member set off with a comma after what
// it is ("and the host, ", "and his Omani counterpart, ").
var reApposedMember = regexp.MustCompile(`\b(?:host|counterparts?)` + sp + `*,` + sp + `*$`)

// rePartyBetween: right after a named agreement, before its sides; its
// official name may come between ("the Arusha Accords, officially the
// Peace Agreement between Rwanda and the Rwandese Patriotic Front").
var rePartyBetween = regexp.MustCompile(`^["”’]?` + sp + `*(?:\([^()]{1,20}\)` + sp + `*)?,?` + sp + `*(?:(?:signed|concluded|reached)` + sp + `+|(?:officially|formally)` + sp + `+(?:the` + sp + `+)?\p{Lu}[^,;:()]{0,60}?` + sp + `+)?between` + sp + `+(?:the` + sp + `+)?$`)

// reItsObligationsPlain: "its obligations under the nuclear agreement",
// the agreement written as a common noun.
var reItsObligationsPlain = regexp.MustCompile(`\bits` + sp + `+(?:full` + sp + `+)?(?:compliance` + sp + `+with` + sp + `+(?:its` + sp + `+)?)?(?:commitments|obligations)` + sp + `+under` + sp + `+the` + sp + `+(?:[a-z-]+` + sp + `+){0,2}(?:agreement|deal|accord)\b`)

// plainAgreementParty: "Iran ... its obligations under the nuclear
// agreement" in a document naming exactly one agreement: the owner of the
// obligations is party to it.
func (b *relBuilder) plainAgreementParty(v *sentView) {
	if !v.has("obligations", "commitments") {
		return
	}
	agr := ""
	for id, e := range b.ents.Entities {
		if e.Type != "Agreement" {
			continue
		}
		if agr != "" {
			return // several agreements: which one is meant is not said
		}
		agr = id
	}
	if agr == "" {
		return
	}
	text := v.between(v.start, v.end)
	for _, loc := range reItsObligationsPlain.FindAllStringIndex(text, -1) {
		start, end := v.start+loc[0], v.start+loc[1]
		if m, ok := nextMention(v, start); ok && m.Start < end {
			continue // a named agreement: the mention rules read it
		}
		if owner, ok := onlyActorBefore(v, start); ok {
			b.add("PARTY_TO", owner.id, agr, 0.65, nil, v, owner.start, end)
		}
	}
}

// onlyActorBefore is the one state or organisation named before pos in v
// (people are not parties); none when there are several.
func onlyActorBefore(v *sentView, pos int) (arg, bool) {
	var found arg
	n := 0
	for _, a := range v.args {
		if a.end > pos || (a.typ != "Country" && a.typ != "Organization") {
			continue
		}
		if n == 0 || a.id != found.id {
			n++
		}
		found = a
	}
	return found, n == 1
}

// partiesListedAfter makes every party of the first argument group that
// follows agreement mention m, joined to it by words matching link, a party
// to the agreement.
func (b *relBuilder) partiesListedAfter(v *sentView, gs [][]int, m mention, link *regexp.Regexp) {
	for _, g := range gs {
		first := v.args[g[0]]
		if first.start < m.End || !link.MatchString(v.between(m.End, first.start)) {
			continue
		}
		// "signed by Egyptian President Anwar Sadat and Israeli Prime
		// Minister Menachem Begin": people sign for the states they serve.
		parties, ok := b.partiesOf(argsOf(v, g))
		if !ok {
			parties = argsOf(v, g)
		}
		for _, p := range parties {
			b.add("PARTY_TO", p.id, m.EntityID, 0.85, nil, v, m.Start, v.args[g[len(g)-1]].end)
		}
		return
	}
}

// reMetAndThen: a meeting told between the signers and their signing,
// with no one else in it ("met at Viskuli in the Belovezha Forest and").
var reMetAndThen = regexp.MustCompile(`^` + sp + `+(?:met|gathered|convened|assembled)` + sp + `+(?:(?:in|at|on)` + sp + `+[^,;:()]{1,60}?` + sp + `+)?and` + sp + `+`)

// agreementAfterMeeting is the agreement signed after a meeting told in
// the places it was held: the first mention past pos that is no place,
// when the words up to it tell the meeting and then the signing.
func agreementAfterMeeting(v *sentView, pos int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < pos || m.Type == "Place" {
			continue
		}
		if loc := reMetAndThen.FindStringIndex(v.between(pos, m.Start)); m.Type == "Agreement" && loc != nil && rePartyVerb.MatchString(" "+v.between(pos+loc[1], m.Start)) {
			return m, true
		}
		break
	}
	return mention{}, false
}

// undescribed is the gap before an agreement's name without the
// description the name follows: "signed the comprehensive peace
// agreement, known as the" is "signed the".
func undescribed(gap string) string {
	if loc := reDescribedBefore.FindStringSubmatchIndex(gap); loc != nil {
		return gap[:loc[2]] + "the "
	}
	return gap
}

// reDescribedBefore: an agreement's description right before its name,
// the description's article captured.
var reDescribedBefore = regexp.MustCompile(`\b((?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,4}?(?:agreement|treaty|pact|accord|accords|deal|framework|declaration|memorandum|protocol|convention))` + nameFollows + `$`)
