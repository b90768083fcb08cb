package extract

import (
	"regexp"
	"sort"
	"strings"
)

// Who did a deed and who was at a gathering, told around a named event.
// "Al-Qaeda carried out the September 11 attacks", "Khalid Sheikh
// Mohammed masterminded the 9/11 attacks", "Hezbollah was responsible for
// the 1983 Beirut barracks bombings": the doer took part in the deed.
// "Bin Laden's role in the September 11 attacks", "Bin Laden is known for
// his role in masterminding the September 11 attacks": the one whose role
// it was took part. "At the Yalta Conference, Stalin, Roosevelt and
// Churchill agreed …": whoever acts at a gathering the sentence opens
// with was at it.

var (
	// Between the doers and the deed.
	reDeedDoneBy = regexp.MustCompile(`^(?:` + sp + `+(?:organi[sz]ation|group|movement|network|militia))?` + sp + `+(?:(?:also|later|then|jointly|had|has|have|was|were|is|are)` + sp + `+)*(?:planned|plotted|masterminded|orchestrated|organi[sz]ed|perpetrated|carried` + sp + `+out|committed|claimed(?:` + sp + `+responsibility` + sp + `+for)?|took` + sp + `+responsibility` + sp + `+for|(?:(?:was|were|is|are)` + sp + `+)?(?:held` + sp + `+)?responsible` + sp + `+for|(?:was|were|is|are)` + sp + `+behind)(?:,` + sp + `+(?:in` + sp + `+addition` + sp + `+to|including|among` + sp + `+them))?` + sp + `+(?:the` + sp + `+)?$`)
	// Between the ones who began a military action and its name:
	// "Nazi Germany began the so-called Operation Barbarossa", "Israel
	// launched Operation Cast Lead".
	reDeedBegun = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|then|jointly|had|has|have)` + sp + `+)*(?:launched|began|started|initiated|commenced|mounted|unleashed|waged|conducted)` + sp + `+(?:(?:the|an?)` + sp + `+)?(?:so-called` + sp + `+|(?:full-scale|large-scale|major|massive|joint|military|ground|surprise)` + sp + `+)*$`)
	// The military actions one begins.
	reBegunName = regexp.MustCompile(`(?i)\b(?:operation|offensive|invasion|war|attacks?|strikes?|raids?|bombing|campaign` + sp + `+of` + sp + `+bombing|incursion|intervention)\b`)
	// Between the senders and a gathering or war: "sent a delegation to
	// the Geneva Conference", "were represented at the summit", "sent
	// troops to the Gulf War".
	reSentTo = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|then|jointly|both|all|had|has|have)` + sp + `+)*(?:(?:sent|dispatched|deployed)` + sp + `+(?:(?:a|an|its|their|his|her)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(?:delegations?|envoys?|representatives?|delegates|observers?|ministers?|negotiators|troops|forces|soldiers|warships|contingents?)` + sp + `+(?:to|into)|(?:was|were)` + sp + `+(?:also` + sp + `+)?represented` + sp + `+(?:at|in))` + sp + `+(?:the` + sp + `+)?$`)
	// Before an event that names the deed just told: "X invaded Iran in
	// August 1941, in what became known as the Anglo-Soviet invasion of
	// Iran", "X began engaging government forces in what was the beginning
	// of the First Kurdish Iraqi War".
	reKnownAs = regexp.MustCompile(`(?:,` + sp + `*|` + sp + `+)in` + sp + `+what` + sp + `+(?:became|is|was|has` + sp + `+become|came` + sp + `+to` + sp + `+be|would` + sp + `+become)` + sp + `+(?:(?:(?:widely|commonly|later|now)` + sp + `+)?(?:known` + sp + `+as|called|dubbed|remembered` + sp + `+as)|the` + sp + `+(?:beginning|start|onset|opening|first` + sp + `+phase)` + sp + `+of)` + sp + `+(?:the` + sp + `+)?$`)
	// The subject's verb right after it.
	reSubjectVerb = regexp.MustCompile(`^` + sp + `+(?:(?:also|jointly|together|then|later|first)` + sp + `+)?(?:[a-z]+ed|began|fought|led|took|sent|struck|overran|won|lost|broke)\b`)
	// A verb of force and its target place right after it.
	reForceOn = regexp.MustCompile(`^` + sp + `+(?:(?:also|jointly|together|then|later|first)` + sp + `+)?(?:invaded|attacked|occupied|struck|bombed|raided|entered|annexed|shelled)` + sp + `+(?:the` + sp + `+)?$`)
	// Between an event and who hosted or mediated it: ", hosted by",
	// "was mediated by", ", which was brokered by".
	reEventBy = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:(?:which|that)` + sp + `+)?(?:(?:was|were|had` + sp + `+been|has` + sp + `+been)` + sp + `+)?(?:(?:jointly|also)` + sp + `+)?(hosted|mediated|brokered|facilitated)` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	// Between a possessor and the deed: "'s role in", "'s involvement in
	// planning".
	reRoleIn = regexp.MustCompile(`^['’]s` + sp + `+(?:(?:key|central|leading|direct|major)` + sp + `+)?(?:role|part|involvement|complicity)` + sp + `+in` + sp + `+(?:(?:planning|masterminding|orchestrating|organi[sz]ing|plotting|carrying` + sp + `+out)` + sp + `+)?(?:the` + sp + `+)?$`)
	// The same after "his"/"her", which stands for the sentence's subject.
	rePronRoleIn = regexp.MustCompile(`\b(his|her)` + sp + `+(?:(?:key|central|leading|direct|major)` + sp + `+)?(?:role|part|involvement|complicity)` + sp + `+in` + sp + `+(?:(?:planning|masterminding|orchestrating|organi[sz]ing|plotting|carrying` + sp + `+out)` + sp + `+)?(?:the` + sp + `+)?$`)
	// The deeds the rules read: violent acts with a doer.
	reDeedName = regexp.MustCompile(`(?i)\b(?:attacks?|bombings?|assassination|raids?|massacre|hijackings?|coup|killings?|explosions?|strikes?|shootdown|plot|invasion|uprising|revolt|rebellion)\b`)
	// Denials and doubt between doer and deed.
	reDeedDenied = regexp.MustCompile(`(?i)\b(?:not|never|no|denied|deny|denies|rejected|whether|if)\b|n['’]t\b`)
	// A claim someone makes about the doer is no fact of the text:
	// "Nasrallah insists that Israel was responsible for …".
	reDeedClaimed = regexp.MustCompile(`(?i)\b(?:insist\w*|claim\w*|alleg\w*|accus\w*|said|says|say|believ\w*|argu\w*|suggest\w*|suspect\w*|blam\w*|assert\w*|maintain\w*|contend\w*|think\w*|thought|denied|deny|denies|rumou?r\w*|theor\w*|speculat\w*)\b`)

	// A sentence opening with the gathering: "At the Yalta Conference, ",
	// "During the 1943 Tehran Conference, ".
	reAtGathering = regexp.MustCompile(`^(?:(?:In|On)` + sp + `+[^,;]{1,30},` + sp + `*(?:at|during)|At|During)` + sp + `+(?:(?:the|an?)` + sp + `+)?(?:\d{4}` + sp + `+)?$`)
	// Between the comma after the gathering and its actors: nothing, or a
	// noun phrase the actors stand in apposition to ("the Allied "Big
	// Three"—").
	// The gathering's place may come before the comma, the actors' titles
	// after it ("in New York, Secretary-General").
	reGatheringToActors = regexp.MustCompile(`^(?:` + sp + `+in` + sp + `+(?:the` + sp + `+)?\p{Lu}[^,;.]{0,30})?,` + sp + `*(?:[^,;.—–]{1,40}(?:—|–|:)` + sp + `*)?(?:\p{Lu}[\w-]*` + sp + `+){0,3}$`)
	// The place a gathering was held in, right after it: " in ".
	reGatheringIn = regexp.MustCompile(`^` + sp + `+in` + sp + `+(?:the` + sp + `+)?$`)
	// Between a semicolon and the subject of the next clause: its titles
	// ("; Israeli ambassador ").
	reNextSpeaker = regexp.MustCompile(`^;` + sp + `*(?:(?:\p{Lu}[\w'’-]*|[a-z]+)` + sp + `+){0,3}$`)
	// After the actors: a verb of what they did there.
	reActedThere = regexp.MustCompile(`^(?:` + sp + `*(?:—|–)` + sp + `*|,?` + sp + `+)(?:(?:also|jointly|together|all|both|publicly|formally|then|later)` + sp + `+)?(?:says|warns|calls|urges|tells|accuses|condemns|demands|stresses|insists|announces|describes|agreed|signed|issued|met|discussed|decided|announced|adopted|approved|declared|pledged|held|negotiated|reached|endorsed|called|committed|spoke|presented|proposed|set|established|launched|unveiled|reaffirmed|warned|urged|discussed|addressed|accepted|recognized|recognised|divided|drew|outlined|vowed|promised|said|told|stated|emphasized|emphasised|stressed|made|gave|delivered|failed|sought|demanded|insisted)\b`)
	// What makes the gathering a meeting of people.
	reGatheringName = regexp.MustCompile(`(?i)\b(?:conference|summit|meeting|talks|negotiations|forum|congress|convention|dialogue|assembly)\b`)
)

// deedsAndGatherings reads the doers of deeds and who was at a gathering.
func (b *relBuilder) deedsAndGatherings(v *sentView) {
	b.shipAttacks(v)
	b.planeAttacks(v)
	b.killings(v)
	b.shootings(v)
	evs := b.eventMentsOf(v)
	if len(evs) == 0 {
		return
	}
	b.demonymSides(v)
	if v.has("launched", "began", "started", "initiated", "commenced", "mounted", "unleashed", "waged", "conducted", "plan", "plot", "mastermind", "orchestrat", "organi", "perpetrat", "carried out", "committed", "claimed", "responsib", "behind", "role", "part in", "involvement", "complicity") {
		b.deedDoers(v, evs)
	}
	if v.has("sent", "dispatched", "deployed", "represented", "attended", "joined", "took part", "participated", "fought", "entered", "intervened", "chaired", "spoke at", "addressed", "launched", "conducted", "carried out", "led", "began", "started") {
		b.groupTakingPart(v, evs)
	}
	if v.has("known as", "called", "dubbed", "remembered as", "in what was the") {
		b.knownAsDeed(v, evs)
	}
	if v.has("hosted by", "mediated by", "brokered by", "facilitated by") {
		b.eventHostedBy(v, evs)
	}
	if strings.HasPrefix(v.between(v.start, v.end), "At ") || strings.HasPrefix(v.between(v.start, v.end), "During ") || v.has("at the", "during the") {
		b.gatheringActors(v, evs)
	}
}

// eventMentsOf are the event mentions of v: the entity stage's and the
// relation stage's, in text order.
func (b *relBuilder) eventMentsOf(v *sentView) []mention {
	var out []mention
	for _, m := range v.ments {
		if m.Type == "Event" {
			out = append(out, m)
		}
	}
	for _, m := range b.evMent {
		if m.Sentence == v.idx && m.Type == "Event" {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// eventNameOf is the name of an event of the document.
func (b *relBuilder) eventNameOf(id string) string {
	if e, ok := b.events[id]; ok {
		return e.Name
	}
	if e, ok := b.ents.Entities[id]; ok {
		return e.Name
	}
	return ""
}

// deedDoers: "X carried out the E", "X's role in the E", "X … his role in
// the E".
func (b *relBuilder) deedDoers(v *sentView, evs []mention) {
	gs := groups(v)
	for _, e := range evs {
		deed := reDeedName.MatchString(e.Text) || reDeedName.MatchString(b.eventNameOf(e.EntityID))
		begun := reBegunName.MatchString(e.Text) || reBegunName.MatchString(b.eventNameOf(e.EntityID))
		if !deed && !begun {
			continue
		}
		for _, g := range gs {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if last.end > e.Start {
				break
			}
			gap := v.between(last.end, e.Start)
			doers := argsOf(v, g)
			switch {
			case deed && reDeedDoneBy.MatchString(gap):
			case begun && reDeedBegun.MatchString(gap):
			case deed && reRoleIn.MatchString(gap):
				// "A and B's role": the possessor is the last of the group.
				doers, first = []arg{last}, last
			default:
				continue
			}
			if reDeedDenied.MatchString(gap) || reDeedClaimed.MatchString(v.between(v.start, first.start)) || b.irrealisClause(v, first.start, e.End) {
				continue
			}
			for _, a := range doers {
				if a.m.Demonym || a.id == e.EntityID {
					continue
				}
				b.add("PARTICIPATED_IN", a.id, e.EntityID, 0.75, nil, v, first.start, e.End)
			}
		}
		if deed {
			b.pronounRole(v, e)
		}
	}
}

// pronounRole: "Bin Laden is most known for his role in the September 11
// attacks": "his" is the person the sentence opens with, when no other
// person stands between.
func (b *relBuilder) pronounRole(v *sentView, e mention) {
	before := v.between(v.start, e.Start)
	loc := rePronRoleIn.FindStringIndex(before)
	if loc == nil || len(v.args) == 0 {
		return
	}
	pron := v.start + loc[0]
	subj := v.args[0]
	if subj.typ != "Person" || subj.m.Demonym || subj.start > pron || !reEventOpens.MatchString(v.between(v.start, subj.start)) {
		return
	}
	for _, a := range v.args[1:] {
		if a.start < pron && a.typ == "Person" && a.id != subj.id {
			return
		}
	}
	if reDeedDenied.MatchString(v.between(subj.end, e.Start)) || reDeedClaimed.MatchString(v.between(v.start, e.Start)) || b.irrealisClause(v, subj.start, e.End) {
		return
	}
	b.add("PARTICIPATED_IN", subj.id, e.EntityID, 0.7, nil, v, subj.start, e.End)
}

// gatheringActors: "At the Yalta Conference, Stalin, Roosevelt and
// Churchill agreed …": the actors right after the opening gathering,
// followed by what they did, were at it.
func (b *relBuilder) gatheringActors(v *sentView, evs []mention) {
	e := evs[0]
	if !reAtGathering.MatchString(v.between(v.start, e.Start)) {
		return
	}
	if !reGatheringName.MatchString(e.Text) && !reGatheringName.MatchString(b.eventNameOf(e.EntityID)) {
		return
	}
	gs := groups(v)
	for i, g := range gs {
		first := v.args[g[0]]
		if first.start < e.End {
			continue
		}
		// "At an emergency meeting of the UN Security Council in New
		// York, …": the place it was held in.
		if first.typ == "Place" && reGatheringIn.MatchString(v.between(e.End, first.start)) {
			continue
		}
		if !reGatheringToActors.MatchString(v.between(e.End, first.start)) {
			return
		}
		if !b.actedThere(v, e, g) {
			return
		}
		// "…, Guterres warns that …; Israeli ambassador Gilad Erdan calls
		// for …": the speakers of the clauses after spoke there too.
		for _, h := range gs[i+1:] {
			prev := v.args[g[len(g)-1]].end
			semi := strings.IndexByte(v.between(prev, v.end), ';')
			if semi < 0 {
				return
			}
			if v.args[h[0]].start < prev+semi {
				continue
			}
			if !reNextSpeaker.MatchString(v.between(prev+semi, v.args[h[0]].start)) || !b.actedThere(v, e, h) {
				return
			}
			g = h
		}
		return
	}
}

// actedThere gives PARTICIPATED_IN in the gathering e for the group g
// when a verb of what they did follows it.
func (b *relBuilder) actedThere(v *sentView, e mention, g []int) bool {
	first, last := v.args[g[0]], v.args[g[len(g)-1]]
	loc := reActedThere.FindStringIndex(v.between(last.end, v.end))
	if loc == nil || b.irrealisClause(v, first.start, last.end+loc[1]) {
		return false
	}
	b.tookPart(v, argsOf(v, g), e.EntityID, 0.75, e.Start, last.end+loc[1])
	return true
}

// groupTakingPart: every member of a group that took part, sent envoys or
// troops, or was represented: "Delegates from Iran and Iraq attended the
// Algiers Conference", "Iran sent a delegation to the Geneva Conference",
// "Israel and Egypt were represented at the Camp David Summit".
func (b *relBuilder) groupTakingPart(v *sentView, evs []mention) {
	gs := groups(v)
	for _, e := range evs {
		for _, g := range gs {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if last.end > e.Start {
				break
			}
			gap := v.between(last.end, e.Start)
			if !reParticipatedVerb.MatchString(gap) && !reSentTo.MatchString(gap) {
				continue
			}
			if reDeedDenied.MatchString(gap) || b.irrealisClause(v, first.start, e.End) {
				continue
			}
			for _, a := range argsOf(v, g) {
				if a.m.Demonym || a.id == e.EntityID {
					continue
				}
				b.add("PARTICIPATED_IN", a.id, e.EntityID, 0.75, nil, v, first.start, e.End)
			}
		}
	}
}

// knownAsDeed: "The Soviet Union and the United Kingdom jointly invaded
// Iran in August 1941, in what became known as the Anglo-Soviet invasion
// of Iran": the clause's subjects took part in the event so named, and the
// place the force was used on is where it happened.
func (b *relBuilder) knownAsDeed(v *sentView, evs []mention) {
	for _, e := range evs {
		if !reKnownAs.MatchString(v.between(v.start, e.Start)) {
			continue
		}
		gs := groups(v)
		if len(gs) == 0 {
			return
		}
		g := gs[0]
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		if last.end > e.Start || !reEventOpens.MatchString(v.between(v.start, first.start)) || !reSubjectVerb.MatchString(v.between(last.end, v.end)) {
			continue
		}
		if reDeedDenied.MatchString(v.between(last.end, e.Start)) || b.irrealisClause(v, first.start, e.End) {
			continue
		}
		for _, a := range argsOf(v, g) {
			if !a.m.Demonym && a.id != e.EntityID {
				b.add("PARTICIPATED_IN", a.id, e.EntityID, 0.75, nil, v, first.start, e.End)
			}
		}
		// The target right after the verb of force.
		for _, t := range v.args[g[len(g)-1]+1:] {
			if t.start > e.Start {
				break
			}
			if reForceOn.MatchString(v.between(last.end, t.start)) && (t.typ == "Place" || t.typ == "Country") && !t.m.Demonym {
				b.add("HELD_IN", e.EntityID, t.id, 0.75, nil, v, first.start, e.End)
			}
			break
		}
	}
}

// eventHostedBy: "The Madrid Conference, hosted by Spain, opened …", "The
// talks were mediated by Oman and Qatar": the group right after the
// participle hosted or mediated the event before it. Only states and
// places host.
func (b *relBuilder) eventHostedBy(v *sentView, evs []mention) {
	gs := groups(v)
	for _, e := range evs {
		for _, g := range gs {
			first, last := v.args[g[0]], v.args[g[len(g)-1]]
			if first.start < e.End {
				continue
			}
			m := reEventBy.FindStringSubmatch(v.between(e.End, first.start))
			if m == nil || b.irrealisClause(v, e.Start, last.end) || reDeedDenied.MatchString(v.between(e.End, first.start)) {
				break
			}
			for _, a := range argsOf(v, g) {
				if a.m.Demonym || a.id == e.EntityID {
					continue
				}
				if m[1] == "hosted" {
					if a.typ == "Country" || a.typ == "Place" {
						b.add("HOSTED", a.id, e.EntityID, 0.75, nil, v, e.Start, last.end)
					}
					continue
				}
				b.add("MEDIATED", a.id, e.EntityID, 0.75, nil, v, e.Start, last.end)
			}
			break
		}
	}
}
