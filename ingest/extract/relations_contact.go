package extract

import (
	"regexp"
	"strings"
)

// interaction is a meeting or talks between arguments of one sentence, as
// the contact rules found it; the event rules turn it into an Event when
// the event can be identified.
type interaction struct {
	kind               string // "talks" or "meeting"
	parts              []arg
	trigStart, trigEnd int // the trigger phrase ("talks between", "met")
	start, end         int // the evidence span
	ordinal            int // "the first round of talks": 1
	// needDate: the wording ("reached a deal") says negotiation happened
	// but names no session; only a dated sentence identifies one.
	needDate bool
	// context is the sentence before, when it supplied the subject ("They
	// held talks with ..."): its date and the place it says the subject
	// visited are the session's.
	context *sentView
}

const sp = `[\s\x{00A0}]`

var (
	// Between two coordinated arguments: ", ", " and ", ", and ", after
	// a group's noun ("the P5+1 countries and Iran"), a preposition said
	// again ("talks with Siniora and with Nabih Berri").
	reCoord = regexp.MustCompile(`^(?:` + sp + `+(?:countries|nations|powers))?` + sp + `*(?:,` + sp + `*(?:and` + sp + `+(?:with` + sp + `+)?|as well as` + sp + `+)?|` + sp + `+and` + sp + `+(?:with` + sp + `+)?|` + sp + `+as well as` + sp + `+|` + sp + `*&` + sp + `*)(?:the` + sp + `+)?` +
		// An honorific the title did not take ("Mr. Jared Kushner"), or
		// the office a state is named by ("President of France, Chancellor
		// of Germany").
		`(?:(?:Mr|Mrs|Ms|Dr)\.?` + sp + `+|(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*` + sp + `+){1,3}of` + sp + `+(?:the` + sp + `+)?)?$`)
	// "X and his Turkish counterpart, Y": the two are one list.
	// "X, Y and the host, Z": the host is the list's last member.
	reCounterpartCoord = regexp.MustCompile(`^` + sp + `+and` + sp + `+(?:(?:his|her|their)` + sp + `+(?:\p{Lu}[\w-]*` + sp + `+)?counterparts?|the` + sp + `+host)` + sp + `*,?` + sp + `+$`)
	// reOpeningPlace: a sentence opening with where it happened, up to a
	// body named as the place ("In the Aula of the University of ",
	// "10 October 2009 – At the ").
	reOpeningPlace     = regexp.MustCompile(`^(?:[^,;:]{0,30}[–—-]` + sp + `+)?(?:In|At|Inside)` + sp + `+(?:the` + sp + `+)?(?:[\w'’-]+` + sp + `+){0,4}?(?:(?:of|in)` + sp + `+)?(?:the` + sp + `+)?$`)
	reCounterpartOf    = regexp.MustCompile(`^` + sp + `+and` + sp + `+(?:his|her|their)` + sp + `+$`)
	reCounterpartNamed = regexp.MustCompile(`^` + sp + `+counterparts?` + sp + `*,?` + sp + `+\p{Lu}`)
	// Words that may stand between a subject and its verb: a parenthetical
	// (", the lead negotiator,"), auxiliaries and the time of a news
	// item's day ("this morning opened").
	preVerb = `^\)?` + sp + `*(?:,[^,;:()]{1,80},` + sp + `*)?(?:(?:has|have|had|also|then|later|reportedly|first|finally|again|separately|jointly|today|yesterday|recently|even|soon|still|once|[a-z]+ly|(?:this|last)` + sp + `+(?:morning|afternoon|evening|night|week))` + sp + `+)*`
	// reUpToVerb: all that may stand between a subject and its verb.
	reUpToVerb = regexp.MustCompile(preVerb + `$`)
	// reBareCommaMet: a comma and the verb alone between the two.
	reBareCommaMet = regexp.MustCompile(`^` + sp + `*,` + sp + `*(?:met|meets)\b`)
	// "X met (with) Y", "Britain's prime minister, Tony Blair, met Y" (the
	// comma closes the apposition the subject is).
	reGapMet = regexp.MustCompile(preVerb + `(?:,` + sp + `*)?(?:(met|meets|sat` + sp + `+down|sits` + sp + `+down|conferred|confers)` + sp + `+(?:(?:separately|privately|again|twice|once|briefly|virtually|directly|informally|personally|face-to-face|in` + sp + `+person|today|yesterday|this` + sp + `+(?:morning|afternoon|evening)|for` + sp + `+(?:(?:about|nearly|almost|some|over|more` + sp + `+than)` + sp + `+)?(?:an?|one|two|three|four|five|six|several|\d+)` + sp + `+(?:hours?|minutes))` + sp + `+)*(?:` + placeThenWith + `|(?:with` + sp + `+)?)|(spoke|speaks|talked)` + sp + `+(?:(?:by` + sp + `+phone|by` + sp + `+telephone|today|yesterday|again|separately)` + sp + `+)*with` + sp + `+)(?:(?:the|an?)` + sp + `+)?(?:` + placeOffice + `|` + describedMet + `)?` + officialsOf + `$`)
	// "X held talks with Y", "X held an extensive and productive meeting with Y",
	// "X held talks about Iraq with Y", "X agreed to a new round of talks
	// with Y" (talks agreed are talks a report counts).
	// officialsOf: "met with the foreign ministers of Turkey and Saudi
	// Arabia": the officials stand for their states.
	// "with their counterparts, X and Y": the counterparts named after.
	officialsOf = `(?:(?:[\w-]+` + sp + `+){0,2}?(?:ministers?|leaders|presidents|heads` + sp + `+of` + sp + `+state|officials|representatives|envoys|ambassadors|delegations?|counterparts)` + sp + `+(?:of|from)` + sp + `+(?:the` + sp + `+)?|(?:his|her|their|its)` + sp + `+counterparts?,?` + sp + `+)?`
	reGapHeld   = regexp.MustCompile(`^(?:,` + sp + `*who` + sp + `+)?` + preVerb[1:] + `(?:held|holds|hold|conducted|conducts|had|opened|began|begins|resumed|resumes|concluded|launched|started|(?:entered|enters)(?:` + sp + `+into)?|(?:is|are|was|were)` + sp + `+in|(?:agreed|agrees)` + sp + `+to(?:` + sp + `+(?:hold|resume|open|start|begin))?)` + sp + `+(?:(?:a|an|the|their|his|her|its|two|several)` + sp + `+)?(?:[\w-]+` + sp + `+){0,4}?(talks|negotiations|meeting|meetings|discussions|consultations|summit|call|calls|conversation)` + topicBeforeWith + placeBeforeWith + sp + `+with` + sp + `+(?:the` + sp + `+|(?:his|her|their|its)` + sp + `+counterparts?,?` + sp + `+)?$`)
	// "X traveled to Muscat for talks with Y", "X is in Geneva for a
	// meeting with Y".
	reGapTravelFor = regexp.MustCompile(preVerb + `(?:(?:traveled|travelled|travels|flew|flies|went|goes|arrived|arrives|headed|heads|came|comes|(?:is|was|are|were)` + sp + `+(?:in|at))(?:` + sp + `+(?:to|in|at))?(?:` + sp + `+[^,;:()]{1,40}?)?)` + sp + `+for` + sp + `+(?:(?:a|an|the|further|new|more|direct|indirect|another|fresh)` + sp + `+)?(?:[\w-]+` + sp + `+){0,2}?(talks|negotiations|meeting|meetings|discussions|consultations)` + topicBeforeWith + placeBeforeWith + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// "X negotiated with Y".
	reGapNegotiated = regexp.MustCompile(preVerb + `(?:(?:is|are|was|were|has` + sp + `+been|have` + sp + `+been)` + sp + `+)?(negotiated|negotiates|negotiating)` + sp + `+(?:(?:directly|indirectly|secretly|separately|again|at` + sp + `+length)` + sp + `+)?with` + sp + `+(?:the` + sp + `+)?$`)
	// "X negotiated a six-point ceasefire plan with Y", "X negotiated
	// repeatedly with Y": the two negotiated with each other; what they
	// negotiated, or how often, not a session, is told.
	reGapNegotiatedWhat = regexp.MustCompile(preVerb + `(?:(?:is|are|was|were|has` + sp + `+been|have` + sp + `+been)` + sp + `+)?(?:negotiated|negotiates|negotiating)` + sp + `+(?:(?:a|an|the|their|its|his|her)` + sp + `+(?:[\w-]+` + sp + `+){0,4}?(?:plan|deal|agreement|accord|treaty|ceasefire|truce|settlement|terms|withdrawal|release|exchange|protocol|framework|roadmap)|repeatedly|often|many` + sp + `+times|several` + sp + `+times|for` + sp + `+years)` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// "X received Y", "X hosted Y": only with a person as Y.
	// "Kim Dae-jung called on Kim Yong-nam": a visit of courtesy.
	reGapReceived = regexp.MustCompile(preVerb + `(received|receives|hosted|hosts|welcomed|welcomes|called` + sp + `+on|calls` + sp + `+on|paid` + sp + `+a` + sp + `+(?:courtesy` + sp + `+)?call` + sp + `+on)` + sp + `+(?:the` + sp + `+)?$`)
	// reUrgedTo: after the one "called on", what makes the words a plea
	// ("called on Y to resign"), not a visit.
	reUrgedTo = regexp.MustCompile(`^` + sp + `*(?:,[^,;]{1,100},)?` + sp + `*to` + sp + `+[a-z]`)
	// "X was received in Najaf by Y": received by a person, X met him.
	// reReceivedIn is the same up to the place, which the rule steps over.
	wasReceived     = preVerb + `(?:was|were|had` + sp + `+been)` + sp + `+(?:(?:warmly|officially|later|then)` + sp + `+)?(received)`
	reGapReceivedBy = regexp.MustCompile(wasReceived + `(?:` + sp + `+(?:in|at)` + sp + `+[^,;.()]{1,40}?)?` + sp + `+by` + sp + `+(?:the` + sp + `+)?$`)
	reReceivedIn    = regexp.MustCompile(wasReceived + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?$`)
	// "X took part in the talks with Y".
	reGapEngaged = regexp.MustCompile(preVerb + `(?:took` + sp + `+part|participated|engaged)` + sp + `+in` + sp + `+(?:the` + sp + `+|a` + sp + `+|an` + sp + `+)?(?:[\w-]+` + sp + `+){0,3}?(talks|negotiations|meeting|meetings|discussions)` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// "X's talks with Y".
	// "X's talks yesterday in Sharm el-Sheikh with Y": a time and a place
	// may stand before "with".
	reGapPossessive = regexp.MustCompile(`^['’]s` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(talks|negotiations|meeting|meetings)(?:` + sp + `+(?:today|yesterday|earlier` + sp + `+today|last` + sp + `+week|on` + sp + `+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?(?:` + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?\p{Lu}[^,;:()]{0,40}?)?` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)
	// After a coordinated group: "X and Y met", "X and Y held talks", "X
	// and Y held a Strategic Dialogue".
	reAfterGroup = regexp.MustCompile(`^[\s\x{00A0})]*(?:\([^()]{1,40}\))?[\s\x{00A0}]*,?` + sp + `*(?:(?:have|had|also|then|later|finally|first|reportedly|jointly)` + sp + `+)*(met|meet|(?:held|concluded|concludes|conclude|began|begin|begins|resumed|resume|resumes|opened|open|opens)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:rounds?` + sp + `+of` + sp + `+(?:[\w-]+` + sp + `+){0,2}?)?(?:talks|negotiations|meeting|meetings|discussions|[Dd]ialogue)|(?:hold|holds|(?:are|were)` + sp + `+in)` + sp + `+(?:[\w-]+` + sp + `+){0,3}?(?:talks|negotiations)|negotiated|negotiate|(?:reached|reach|reaches|came` + sp + `+to)` + sp + `+(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?:agreement|deal|accord))\b`)
	// After a coordinated group, a call: "X and Y spoke by phone", "X and
	// Y discussed the truce by phone". Without the phone, "X and Y spoke"
	// may be two speeches at one event.
	reAfterGroupCall = regexp.MustCompile(`^` + sp + `*(?:of` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}.-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.-]*){0,3})?` + sp + `*,?` + sp + `*(?:(?:have|had|also|then|later|today|yesterday)` + sp + `+)*((?:held|had|hold|have)` + sp + `+an?` + sp + `+(?:phone|telephone)` + sp + `+(?:call|conversation)|(?:spoke|speak|talked)` + sp + `+(?:(?:today|yesterday|again)` + sp + `+)?(?:by` + sp + `+(?:phone|telephone)|on` + sp + `+the` + sp + `+(?:phone|telephone)|(?:with|to)` + sp + `+each` + sp + `+other)|discussed` + sp + `+[^.;:]{1,100}?(?:by` + sp + `+(?:phone|telephone)|(?:in|during)` + sp + `+an?` + sp + `+(?:phone` + sp + `+|telephone` + sp + `+)?call))\b`)
	// "X received a call from Y", "X took a phone call from Y".
	reGapCallFrom = regexp.MustCompile(preVerb + `(?:received|receives|took|takes|returned|returns)` + sp + `+(?:an?|the)` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(calls?)` + sp + `+from` + sp + `+(?:the` + sp + `+)?$`)
	// "X telephoned Y", "X phones Y": a call between people; a comma may
	// close an apposition on the caller ("The Emir of Kuwait, Sheikh
	// Sabah, telephones Emir Tamim").
	reGapPhoned = regexp.MustCompile(`^,?` + preVerb[1:] + `(telephoned|telephones|phoned|phones)` + sp + `+(?:(?:the|an?)` + sp + `+)?` + officialsOf + `$`)
	// "X and Y discussed", after a group of people.
	reAfterGroupDiscussed = regexp.MustCompile(`^` + sp + `*(?:of` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}.-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.-]*){0,3})?` + sp + `*,?` + sp + `*(?:(?:also|today|yesterday|again|further)` + sp + `+)*(discussed|reviewed)\b`)
	// "fourth round of", inside a trigger.
	reRoundOf = regexp.MustCompile(`(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))` + sp + `+round` + sp + `+of\b`)
	// Before a coordinated group: "talks between", "the first round of talks between".
	reBetween = regexp.MustCompile(`(?i)\b(?:(?:the|a)` + sp + `+)?(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|next|latest|new|final)` + sp + `+)?(?:rounds?` + sp + `+of` + sp + `+)?(?:(?:[\w-]+)` + sp + `+){0,2}?(talks|negotiations|dialogue|meeting|meetings|discussions|summit)(?:` + sp + `+in` + sp + `+\p{Lu}[\p{L}'’-]*(?:` + sp + `+\p{Lu}[\p{L}'’-]*){0,2})?` + sp + `*,?` + sp + `+(between|of)` + sp + `+(?:the` + sp + `+)?$`)
)

// reArmyOf: the armed force of the person after it ("the army of Sultan
// Selim"), whose meeting another is a battle.
var reArmyOf = regexp.MustCompile(`\b(?:army|armies|forces|troops|fleet|navy|soldiers|men|cavalry)` + sp + `+of` + sp)

// armedSide reports an argument written as the armed force of the person
// it names.
func armedSide(v *sentView, a arg) bool {
	return reArmyOf.MatchString(v.between(max(v.start, a.start-20), a.m.Start))
}

// contactKind maps a trigger word to the interaction it names.
func contactKind(word string) string {
	w := strings.ToLower(word)
	switch {
	case strings.HasSuffix(w, " talks"), strings.HasSuffix(w, " negotiations"):
		return "talks" // "hold talks", "are in talks"
	case strings.HasPrefix(w, "talk"), strings.HasPrefix(w, "negotiat"), w == "dialogue":
		return "talks"
	case strings.Contains(w, "phone"), strings.Contains(w, "conversation"):
		// "telephoned", "held a telephone conversation".
		return "call"
	case strings.HasPrefix(w, "held"):
		if strings.Contains(w, "talks") || strings.Contains(w, "negotiations") || strings.HasSuffix(w, "dialogue") {
			return "talks"
		}
	case strings.HasSuffix(w, " on"):
		return "meeting" // "called on", "paid a courtesy call on": a visit
	case strings.HasPrefix(w, "reach"), strings.HasPrefix(w, "came"):
		return "talks" // reaching a deal is the end of negotiating it
	case w == "spoke", w == "speaks", w == "talked", strings.HasPrefix(w, "call"), w == "conversation":
		// A call is a contact, not a meeting to build an event for.
		return "call"
	}
	return "meeting"
}

// groups splits a sentence's actor args into runs of coordinated ones
// ("Secretary Rubio, Special Envoy Witkoff, and Secretary Driscoll"); each
// group is a list of indices into v.args.
func groups(v *sentView) [][]int {
	var out [][]int
	skipped := -1 // a counterpart's state, passed over
	for i, a := range v.args {
		if !a.actor() {
			continue
		}
		// "X and his Turkish counterpart, Y": the adjective names Y's
		// state, no third member.
		if a.m.Demonym && i > 0 && reCounterpartOf.MatchString(v.between(v.args[i-1].end, a.start)) && reCounterpartNamed.MatchString(v.between(a.m.End, v.end)) {
			skipped = i
			continue
		}
		if n := len(out); n > 0 {
			last := out[n-1][len(out[n-1])-1]
			// "King Abdullah II of Jordan and President el-Sisi of Egypt
			// met": a state after "of" right after a listed person is that
			// person's, and the list of people goes on after it.
			// "X of Ethiopia and his Eritrean counterpart, Y": so too with a
			// counterpart's state passed over.
			hi := i
			if skipped == i-1 {
				hi = i - 1
			}
			if lastHolder, ok := holderAfter(v, hi); ok && a.typ == "Person" && len(out[n-1]) == 1 && out[n-1][0] == lastHolder && n >= 2 &&
				out[n-2][len(out[n-2])-1] == hi-2 && (reCoord.MatchString(v.between(v.args[lastHolder].end, a.start)) || reCounterpartCoord.MatchString(v.between(v.args[lastHolder].end, a.m.Start))) && !partnerAside(v, out[n-2], a) {
				out = out[:n-1] // the holder is no member of the list
				out[n-2] = append(out[n-2], i)
				continue
			}
			// A pronoun after a comma opens a clause of its own: "talks
			// between Turkey and Greece, and he expressed support" lists
			// two states, not three.
			gap := v.between(v.args[last].end, a.start)
			if len(out[n-1]) == 1 && strings.HasPrefix(strings.TrimSpace(gap), ",") && reOpeningPlace.MatchString(v.between(v.start, v.args[last].start)) {
				out = append(out, []int{i}) // "In the Aula of the University of Zurich, X and Y sign": a place, then the subject
				continue
			}
			if (last == i-1 || skipped == i-1 && last == i-2 || insideTitles(v, last, i)) && (reCoord.MatchString(gap) || reCoordDescribed.MatchString(gap) || reCounterpartCoord.MatchString(gap)) && !partnerAside(v, out[n-1], a) &&
				!(a.m.Pronoun && strings.Contains(v.between(v.args[last].end, a.start), ",")) && !possessorAside(v, v.args[last], a) {
				out[n-1] = append(out[n-1], i)
				continue
			}
		}
		out = append(out, []int{i})
	}
	return dropRespectiveStates(v, out)
}

// dropRespectiveStates drops the list of states whose holders the list
// after it names in the same order: in "the foreign ministers of Russia,
// Iran and Turkey, Sergei Lavrov, Mohammad Javad Zarif and Mevlut
// Cavusoglu, meet in Moscow" the ministers meet (respectiveOffices gives
// their offices). The two lists may have been read as one.
func dropRespectiveStates(v *sentView, gs [][]int) [][]int {
	for k, g := range gs {
		n := 0 // the states opening the group
		for n < len(g) && v.args[g[n]].typ == "Country" && !v.args[g[n]].m.Demonym {
			n++
		}
		states, people := g[:n], g[n:]
		if n == len(g) && k+1 < len(gs) {
			people = gs[k+1]
		}
		if len(states) < 2 || len(people) != len(states) {
			continue
		}
		for _, p := range people {
			if v.args[p].typ != "Person" {
				return gs
			}
		}
		first, last := v.args[states[0]], v.args[states[len(states)-1]]
		if !rePluralOfficeOf.MatchString(v.between(max(v.start, first.start-60), first.start)) ||
			!reListsApart.MatchString(v.between(last.end, v.args[people[0]].start)) {
			continue
		}
		if n < len(g) {
			out := append([][]int{}, gs...)
			out[k] = people
			return out
		}
		return append(gs[:k:k], gs[k+1:]...)
	}
	return gs
}

// rePossessorAside: after a state or body set off by a comma, the
// possessive and the lower-case description that make it an aside on the
// person before: "Ali al-Sistani, Iraq's most senior Shia cleric".
var rePossessorAside = regexp.MustCompile(`^['’]s` + sp + `+[a-z]`)

// possessorAside reports arg a written as the possessor in an aside on the
// person prev ("Grand Ayatollah Ali al-Sistani, Iraq's most senior Shia
// cleric"): no member of prev's list.
func possessorAside(v *sentView, prev, a arg) bool {
	gap := v.between(prev.end, a.start)
	return prev.typ == "Person" && a.typ != "Person" && strings.Contains(gap, ",") && !strings.Contains(gap, "and") &&
		rePossessorAside.MatchString(v.between(a.m.End, v.end))
}

// rePartnerBefore opens an aside that names a partner: "under Prime
// Minister Ecevit in coalition with the religious National Salvation
// Party, Turkey carried out …".
var rePartnerBefore = regexp.MustCompile(`(?i)\b(?:in` + sp + `+(?:coalition|alliance|cooperation|partnership)` + sp + `+with|together` + sp + `+with|along` + sp + `+with|alongside|with` + sp + `+the` + sp + `+(?:help|support|backing)` + sp + `+of|backed` + sp + `+by|supported` + sp + `+by)` + sp + `+(?:the` + sp + `+)?(?:[a-z][\w-]*` + sp + `+){0,2}$`)

// reCoordDescribed joins a name described before it: "Israel and the
// Palestinian militant organization Hamas".
var reCoordDescribed = regexp.MustCompile(`^` + sp + `*,?` + sp + `+and` + sp + `+the` + sp + `+(?:\p{Lu}[\w-]*` + sp + `+)?(?:[a-z][\w-]*` + sp + `+){0,2}(?:organization|organisation|group|movement|militia|faction|party)` + sp + `+$`)

// holderAfter is the arg right before args[i] when it names, after "of",
// the state or body of the person before it ("Abdullah II of Jordan").
func holderAfter(v *sentView, i int) (int, bool) {
	h := i - 1
	if h < 1 {
		return 0, false
	}
	holder, person := v.args[h], v.args[h-1]
	if (holder.typ != "Country" && holder.typ != "Organization") || person.typ != "Person" ||
		!reOfHolder.MatchString(v.between(person.end, holder.start)) {
		return 0, false
	}
	return h, true
}

// insideTitles reports that every arg between last and i lies inside the
// title written before arg i: "and Middle East envoy Steve Witkoff" names a
// region in the envoy's title, not one more member of the list.
func insideTitles(v *sentView, last, i int) bool {
	a := v.args[i]
	if a.typ != "Person" || a.start >= a.m.Start {
		return false
	}
	for k := last + 1; k < i; k++ {
		if x := v.args[k]; x.start < a.start || x.end > a.m.Start {
			return false
		}
	}
	return true
}

// partnerAside reports a group that is the partner of such an aside, and
// a that follows its comma: the clause's subject, not one more partner.
func partnerAside(v *sentView, g []int, a arg) bool {
	first := v.args[g[0]]
	if len(g) != 1 || !rePartnerBefore.MatchString(v.between(max(v.start, first.start-40), first.start)) ||
		strings.TrimSpace(v.between(first.end, a.start)) != "," {
		return false
	}
	// "with the support of Jordan, Pakistan and the UK": a list of
	// partners goes on after a.
	for _, b := range v.args {
		if b.start >= a.end {
			return !reCoord.MatchString(v.between(a.end, b.start))
		}
	}
	return true
}

// reApposOpens: the comma that opens an apposition right before a name,
// past the style the name is written with ("The UAE National Security
// Adviser, Sheikh Tahnoun bin Zayed Al Nahyan, met").
// A style of address may come first: ", His Excellency Dato Lim Jock Hoi".
var reApposOpens = regexp.MustCompile(`,` + sp + `*(?:(?:His|Her)` + sp + `+(?:Royal` + sp + `+)?(?:Excellency|Majesty|Highness)` + sp + `+)?(?:(?:` + nameStyle + `|Dato['’]?|Datuk|Tan` + sp + `+Sri|Samdech)` + sp + `+)*$`)

// contacts finds MET_WITH and NEGOTIATED_WITH and returns the interactions
// for the event rules.
func (b *relBuilder) contacts(v *sentView) []interaction {
	var found []interaction
	gs := groups(v)
	for gi, g := range gs {
		first, last := v.args[g[0]], v.args[g[len(g)-1]]
		// "talks between X and Y".
		if len(g) >= 2 {
			// The trigger ends right before the group; a window is enough.
			lo := max(v.start, first.start-120)
			before := v.between(lo, first.start)
			// "Meeting in Moscow of Boris Yeltsin and …": a meeting "of"
			// people; "the summit of Israel, Greece and Cyprus" is the
			// states' gathering, not a meeting of each with each.
			if loc := reBetween.FindStringSubmatchIndex(before); loc != nil && (strings.EqualFold(before[loc[6]:loc[7]], "between") || allPeople(v, g)) {
				kind := contactKind(before[loc[4]:loc[5]])
				it := interaction{
					kind: kind, parts: argsOf(v, g),
					trigStart: lo + loc[0], trigEnd: lo + loc[5],
					start: lo + loc[0], end: last.end,
				}
				if loc[2] >= 0 {
					it.ordinal = ordinals[strings.ToLower(before[loc[2]:loc[3]])]
				}
				found = append(found, b.contact(v, it, 0.9))
			}
			// "X and Y met"; "X of Jordan and Y of Egypt met".
			lastEnd := last.end
			if g[len(g)-1]+1 < len(v.args) {
				if h, ok := holderAfter(v, g[len(g)-1]+2); ok {
					lastEnd = v.args[h].end
				}
			}
			after := v.between(lastEnd, v.end)
			if byAside(v, first, after) {
				// "The Geneva International Discussions, co-chaired by the
				// UN, the EU and the OSCE, have met": the chairs are no
				// subject.
				after = ""
			}
			if loc := reAfterGroupCall.FindStringSubmatchIndex(after); loc != nil {
				it := interaction{
					kind: "call", parts: argsOf(v, g),
					trigStart: lastEnd + loc[2], trigEnd: lastEnd + loc[3],
					start: first.start, end: lastEnd + loc[1],
				}
				found = append(found, b.contact(v, it, 0.85))
			} else if loc := reAfterGroupDiscussed.FindStringSubmatchIndex(after); loc != nil && allPeople(v, g) {
				// "President Biden and Amir Tamim discussed the hostage
				// deal": two people who discussed spoke to each other.
				it := interaction{
					kind: "call", parts: argsOf(v, g),
					trigStart: lastEnd + loc[2], trigEnd: lastEnd + loc[3],
					start: first.start, end: lastEnd + loc[1],
				}
				found = append(found, b.contact(v, it, 0.8))
			} else if loc := reAfterGroup.FindStringSubmatchIndex(after); loc != nil && !reWithAfter.MatchString(after[loc[1]:]) {
				// Not "X and Y met with Z": the two are one side of that
				// meeting, read below, not a meeting of their own.
				word := after[loc[2]:loc[3]]
				it := interaction{
					kind: contactKind(word), parts: argsOf(v, g),
					trigStart: lastEnd + loc[2], trigEnd: lastEnd + loc[3],
					start: first.start, end: lastEnd + loc[1],
					needDate: strings.HasPrefix(word, "reach") || strings.HasPrefix(word, "came"),
				}
				// "held their fourth round of talks": the session's number.
				if r := reRoundOf.FindStringSubmatch(word); r != nil {
					it.ordinal = ordinals[strings.ToLower(r[1])]
				}
				found = append(found, b.contact(v, it, 0.9))
			}
		}
		if gi+1 >= len(gs) {
			continue
		}
		// "X met with Y", "X held talks with Y", "X's talks with Y".
		if ofHolder(v, gs, gi) {
			continue // "President X of Iran met with Y": Iran is X's, the side is X
		}
		next := gs[gi+1]
		obj := v.args[next[0]]
		gap := v.between(last.end, obj.start)
		gapAt := last.end // where gap begins in the text
		// "Prime Minister X of Iraq met with Y": the state after "of" is
		// whose minister X is, not a side; the verb comes after it.
		if gi+2 < len(gs) && ofHolder(v, gs, gi+1) {
			holder := obj
			next = gs[gi+2]
			obj = v.args[next[0]]
			gap, gapAt = v.between(holder.end, obj.start), holder.end
		}
		// "X met his Omani counterpart Y": Y is the one met, and holds the
		// office X holds, for the counterpart's state.
		if k, ok := counterpartOf(v, obj); ok {
			if loc := reHisBefore.FindStringIndex(gap); loc != nil {
				gap = gap[:loc[0]] + " "
				b.counterpartRole(v, v.args[g[len(g)-1]], obj, v.args[k])
				next, obj = []int{k}, v.args[k]
			}
		}
		if len(gap) > maxContactGap {
			continue
		}
		// "X meets in Vienna, Austria, with Y": the place between the verb
		// and "with" is where they met, not the other side.
		if (onlyPlaces(v, next) || venueThenWith(v, gs, gi+1)) && reMeetsIn.MatchString(gap) {
			k := gi + 2 // past "Vienna", ", Austria"
			for k < len(gs) && onlyPlaces(v, gs[k]) && strings.TrimSpace(v.between(v.args[gs[k-1][len(gs[k-1])-1]].end, v.args[gs[k][0]].start)) == "," {
				k++
			}
			if k < len(gs) {
				next = gs[k]
				obj = v.args[next[0]]
				gap, gapAt = v.between(last.end, obj.start), last.end
			}
		}
		// "X was received in Najaf by Y": the place is where, not whom.
		if onlyPlaces(v, next) && reReceivedIn.MatchString(gap) && gi+2 < len(gs) {
			next = gs[gi+2]
			obj = v.args[next[0]]
			gap, gapAt = v.between(last.end, obj.start), last.end
		}
		// "X held talks about Iraq with Y": a state in the topic is not the
		// other side; the group after it is.
		if gi+2 < len(gs) && reTopicEnd.MatchString(gap) {
			next = gs[gi+2]
			obj = v.args[next[0]]
			gap, gapAt = v.between(last.end, obj.start), last.end
		}
		if reGapNegotiatedWhat.MatchString(gap) && !b.irrealisClause(v, first.start, obj.end) {
			for _, a := range argsOf(v, g) {
				for _, o := range argsOf(v, next) {
					b.add("NEGOTIATED_WITH", a.id, o.id, 0.8, nil, v, first.start, obj.end)
				}
			}
			continue
		}
		for _, re := range []*regexp.Regexp{reGapMet, reGapHeld, reGapTravelFor, reGapNegotiated, reGapEngaged, reGapPossessive, reGapReceived, reGapReceivedBy, reGapCallFrom, reGapPhoned} {
			loc := re.FindStringSubmatchIndex(gap)
			if loc == nil {
				continue
			}
			if (re == reGapReceived || re == reGapReceivedBy || re == reGapCallFrom || re == reGapPhoned) && (obj.typ != "Person" || v.args[g[len(g)-1]].typ != "Person") {
				break // "received support", "hosted the talks", "a call from the UN to stop": not a meeting
			}
			if re == reGapReceived && strings.HasSuffix(gap[loc[2]:loc[3]], " on") {
				trig := gap[loc[2]:loc[3]]
				// "Kim Dae-jung called on Kim Yong-nam": a visit. Not "called
				// on Y to resign", a plea; the words that make a plea make
				// no wish of the visit.
				clause := strings.Replace(clauseOf(v, first.start, obj.end), trig, "visited", 1)
				if reUrgedTo.MatchString(v.between(obj.m.End, v.end)) || irrealis.MatchString(clause) {
					break
				}
				for _, a := range argsOf(v, g) {
					for _, o := range argsOf(v, next) {
						from, to := b.sameLevel(a, o)
						b.add("MET_WITH", from, to, 0.85, nil, v, first.start, obj.end)
					}
				}
				break
			}
			if re == reGapMet && armedSide(v, first) {
				break // "the Ottoman army of Sultan Selim met Shah Ismail": a battle
			}
			// A bare comma before "met" closes an apposition only when the
			// subject is one: "Britain's prime minister, Tony Blair, met",
			// not "on a visit to Morocco, meets".
			if re == reGapMet && reBareCommaMet.MatchString(gap) && !(len(g) == 1 && first.typ == "Person" && reApposOpens.MatchString(v.between(v.start, first.m.Start))) {
				break
			}
			conf := 0.9
			if len(gap) > 60 {
				conf = 0.8
			}
			parts := append(argsOf(v, g), argsOf(v, next)...)
			if loc[2] < 0 && len(loc) > 5 {
				// The trigger is the pattern's second group ("spoke with").
				loc[2], loc[3] = loc[4], loc[5]
			}
			it := interaction{
				kind: contactKind(gap[loc[2]:loc[3]]), parts: parts,
				trigStart: gapAt + loc[2], trigEnd: gapAt + loc[3],
				start: first.start, end: v.args[next[len(next)-1]].end,
			}
			it.parts = parts
			found = append(found, b.contactSides(v, it, len(g), conf))
			break
		}
	}
	found = append(found, b.contactsSpokeTo(v, gs)...)
	found = append(found, b.contactsAtTheirGathering(v, gs)...)
	found = append(found, b.callsWith(v, gs)...)
	b.contactsVisits(v, gs)
	if it, ok := b.delegationTalks(v); ok {
		found = append(found, b.contact(v, it, 0.85))
	}
	out := found[:0]
	for _, it := range found {
		if it.kind != "" {
			out = append(out, it)
		}
	}
	return out
}

// reOfHolder: "of" between a person and the state or body whose office
// the person holds.
var reOfHolder = regexp.MustCompile(`^` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)

// ofHolder reports group gi of gs as one state or body written after "of"
// right after a person ("President X of Iran"): whose office the person
// holds, not an actor of the sentence's verb.
func ofHolder(v *sentView, gs [][]int, gi int) bool {
	if gi <= 0 || len(gs[gi]) != 1 {
		return false
	}
	holder := v.args[gs[gi][0]]
	prev := v.args[gs[gi-1][len(gs[gi-1])-1]]
	return (holder.typ == "Country" || holder.typ == "Organization") && prev.typ == "Person" &&
		reOfHolder.MatchString(v.between(prev.end, holder.start))
}

// reMeetsIn: a meeting verb and the preposition of its place, with the
// city when the group after it is the city's state ("meets in Vienna, ").
var reMeetsIn = regexp.MustCompile(`\b(?:met|meets)` + sp + `+(?:(?:today|yesterday|again|separately|privately|briefly)` + sp + `+)?(?:in|at)` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*){0,3},` + sp + `+)?$`)

// describedMet is a description of the one met set off before the name:
// "met the new leader, Ahmed al-Sharaa, in the capital".
const describedMet = `(?:[\p{Ll}-]+` + sp + `+){0,2}?(?i:` + roleHeads + `)` + sp + `*,` + sp + `*`

// placeOffice is a place's office before the person who holds it: "met
// Dubai's ruler, Sheikh X" met X.
const placeOffice = `\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*){0,2}['’]s` + sp + `+(?:[\w-]+` + sp + `+){0,2}?(?i:` + roleHeads + `)` + sp + `*,?` + sp + `*(?:(?:Sheikh|Shaikh|Sayyid|Prince|Emir|Amir|Dr\.|Mr\.|H\.E\.)` + sp + `+)*`

// onlyPlaces reports a group of places and states only.
func onlyPlaces(v *sentView, g []int) bool {
	for _, i := range g {
		if t := v.args[i].typ; t != "Place" && t != "Country" {
			return false
		}
	}
	return true
}

// reWithNext: "with" right after a venue, before the one met.
var reWithNext = regexp.MustCompile(`^` + sp + `*,?` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)

// venueThenWith reports group gs[k] as one building or body named where
// people met, "met today at the Department of State with Prince Saud": a
// single organisation right before "with" and another group.
func venueThenWith(v *sentView, gs [][]int, k int) bool {
	if k+1 >= len(gs) || len(gs[k]) != 1 || v.args[gs[k][0]].typ != "Organization" {
		return false
	}
	next := v.args[gs[k+1][0]]
	return reWithNext.MatchString(v.between(v.args[gs[k][0]].end, next.start)) || reStyleOfAddress.MatchString(v.between(v.args[gs[k][0]].end, next.start)) && strings.Contains(v.between(v.args[gs[k][0]].end, next.start), " with ")
}

// reTopicEnd: talks and a topic's preposition right before a group:
// "held talks about".
var reTopicEnd = regexp.MustCompile(`\b(?:talks|negotiations|discussions|consultations)` + sp + `+(?:about|on|over|regarding)` + sp + `+(?:the` + sp + `+)?(?:future` + sp + `+of` + sp + `+)?$`)

// topicBeforeWith is what talks are about, told between the talks and
// "with": " about Iraq", " on the nuclear file".
const topicBeforeWith = `(?:` + sp + `+(?:about|on|over|regarding)` + sp + `+[^,;:()]{1,60}?)?`

// placeThenWith is where a meeting was held, told between its verb and
// "with", its state after it: "meets in Vienna, Austria, with".
const placeThenWith = `(?:in|at)` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*(?:` + sp + `+(?:of` + sp + `+(?:the` + sp + `+)?)?\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*){0,3}(?:,` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*){0,2})?,?` + sp + `+with` + sp + `+`

// placeBeforeWith is where and when talks were held, told between the
// talks and "with": " in the Oval Office", " at Camp David", " earlier in
// the day".
const placeBeforeWith = `(?:` + sp + `+(?:in|at)` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*(?:` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*){0,3})?` +
	`(?:` + sp + `+(?:(?:earlier|later)` + sp + `+(?:in` + sp + `+the` + sp + `+day|today|this` + sp + `+week)|on` + sp + `+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?`

// maxContactGap bounds the words between two sides of a contact ("X, the
// lead negotiator, met with Y"): the patterns allow a parenthetical of 80
// bytes and a few words, and longer gaps only cost time.
const maxContactGap = 200

// maxPairwise is the largest group whose members all get pairwise
// MET_WITH or NEGOTIATED_WITH: beyond three, "X, Y, Z and W met" is better
// read as a multilateral event with participants than as six pairs.
const maxPairwise = 3

// contact records the pairwise relation among all parts of an interaction
// (a coordinated group), unless its clause is irrealis; the returned
// interaction has an empty kind when it was dropped.
func (b *relBuilder) contact(v *sentView, it interaction, conf float64) interaction {
	if b.irrealisClause(v, it.start, it.end) {
		return interaction{}
	}
	typ := relTypeOf(it.kind)
	if len(it.parts) > maxPairwise {
		return it // a multilateral meeting is its event, not every pair
	}
	met := b.talksInPerson(v, it)
	bargained := !met || b.bargaining(v)
	for i := range it.parts {
		for j := i + 1; j < len(it.parts); j++ {
			b.contactPair(v, it, typ, it.parts[i], it.parts[j], met, bargained, conf)
		}
	}
	return it
}

// contactSides records the relation between each subject (the first n
// parts) and each object (the rest).
func (b *relBuilder) contactSides(v *sentView, it interaction, n int, conf float64) interaction {
	if b.irrealisClause(v, it.start, it.end) {
		return interaction{}
	}
	typ := relTypeOf(it.kind)
	met := b.talksInPerson(v, it)
	bargained := !met || b.bargaining(v)
	for _, s := range it.parts[:n] {
		for _, o := range it.parts[n:] {
			b.contactPair(v, it, typ, s, o, met, bargained, conf)
		}
	}
	return it
}

// contactPair records the contact of one pair: typ, except for people who
// met in person at talks that bargain over nothing, and MET_WITH as well
// for people who met in person.
func (b *relBuilder) contactPair(v *sentView, it interaction, typ string, s, o arg, met, bargained bool, conf float64) {
	from, to := b.sameLevel(s, o)
	people := s.typ == "Person" && o.typ == "Person"
	if bargained || !people {
		b.add(typ, from, to, conf, nil, v, it.start, it.end)
	}
	if met && people {
		b.add("MET_WITH", from, to, conf-0.1, nil, v, it.start, it.end)
	}
	// "X met today in Muscat with Y, in a first round of talks": a
	// meeting that was a round of talks is a negotiation too.
	if typ == "MET_WITH" && people && reInRoundOfTalks.MatchString(v.between(it.end, v.end)) {
		b.add("NEGOTIATED_WITH", from, to, conf-0.1, nil, v, it.start, it.end)
	}
}

// reInRoundOfTalks: right after a meeting, the talks it was.
var reInRoundOfTalks = regexp.MustCompile(`^` + sp + `*,?` + sp + `+(?:in|during|for)` + sp + `+(?:an?|the|their)` + sp + `+(?:[a-z-]+` + sp + `+){0,2}?(?:round` + sp + `+of` + sp + `+(?:[a-z-]+` + sp + `+)?(?:talks|negotiations)|(?:talks|negotiations))\b`)

// reNotInPerson: talks held apart or at a distance, where no one met.
var reNotInPerson = regexp.MustCompile(`(?i)\b(?:indirect(?:ly)?|proximity|virtual(?:ly)?|video|phone|telephone|remote(?:ly)?)\b`)

// talksInPerson reports talks whose people sat together: two people who
// held talks met, unless the talks were indirect or remote.
// reBargaining marks talks that bargain over something (a deal, a truce,
// a programme, a round) or that an envoy holds or a host mediates. Without
// it, people holding talks in person met: "X held talks with Y in Riyadh"
// in a readout is a meeting; "X held nuclear talks with Y" is a
// negotiation too.
var reBargaining = regexp.MustCompile(`(?i)\b(?:negotiat\w*|envoy|mediat\w*|hosted|nuclear|peace|deal|agreement|accord|ceasefire|cease-fire|truce|round|framework|treaty|settlement|hostages?|indirect|prisoner|exchange|normali[sz]ation|sanctions|program(?:me)?)\b`)

// bargaining reports a sentence whose talks bargain over something.
func (b *relBuilder) bargaining(v *sentView) bool {
	return reBargaining.MatchString(v.between(v.start, v.end))
}

func (b *relBuilder) talksInPerson(v *sentView, it interaction) bool {
	return it.kind == "talks" && !reNotInPerson.MatchString(v.between(min(it.start, it.trigStart), max(it.end, it.trigEnd)))
}

// sameLevel puts both sides of a meeting on one level: people meet people
// and states meet states, so a person meeting a state's delegation stands
// for the state they hold a role for ("Secretary Rubio met the Ukrainian
// delegation": the United States met Ukraine); with no such role the pair
// gives nothing, unless the other side is an organisation.
func (b *relBuilder) sameLevel(s, o arg) (string, string) {
	state := func(a arg) string {
		if a.typ != "Person" {
			return a.id
		}
		if r, ok := b.roleOf[a.id]; ok && b.typeOf(r.of) == "Country" {
			return r.of
		}
		return ""
	}
	if (s.typ == "Person") == (o.typ == "Person") {
		return s.id, o.id
	}
	// "Mofaz negotiated with the Zionist Union": a person who holds no
	// state's office deals with a party or group in his own name.
	if from, to := state(s), state(o); from != "" && to != "" {
		return from, to
	}
	if p, g := s, o; p.typ == "Person" && g.typ == "Organization" || g.typ == "Person" && p.typ == "Organization" {
		return s.id, o.id
	}
	return "", ""
}

func relTypeOf(kind string) string {
	if kind == "talks" {
		return "NEGOTIATED_WITH"
	}
	return "MET_WITH"
}

func argsOf(v *sentView, idx []int) []arg {
	out := make([]arg, len(idx))
	for i, k := range idx {
		out[i] = v.args[k]
	}
	return out
}

// irrealisClause reports whether the clause holding [start, end) denies,
// plans, wishes or asks for what it says rather than asserting it. The
// clause starts after the last comma, semicolon, dash or subordinating word
// ("after", "when") before start, at most 60 bytes back.
func (b *relBuilder) irrealisClause(v *sentView, start, end int) bool {
	clause := clauseOf(v, start, end)
	if !irrealis.MatchString(clause) {
		return false
	}
	// "with the support of Egypt" tells who helped, not a wish.
	clause = reWithSupportOf.ReplaceAllString(clause, "with help of")
	// The words of a name say nothing of the clause: "Operation Earnest
	// Will", "Operation Resolute Support".
	return irrealis.MatchString(withoutNames(v, clause, end-len(clause)))
}

// reWithSupportOf: support as the help someone gave, "with the support
// of", "with support from".
var reWithSupportOf = regexp.MustCompile(`(?i)\bwith` + sp + `+(?:the` + sp + `+)?(?:[a-z]+` + sp + `+)?support` + sp + `+(?:of|from)\b`)

// withoutNames is clause, which starts at byte from of the document, with
// every mention of v inside it written as "N".
func withoutNames(v *sentView, clause string, from int) string {
	var out strings.Builder
	last := 0
	for _, m := range v.ments {
		s, e := m.Start-from, m.End-from
		if s < last || e > len(clause) {
			continue
		}
		out.WriteString(clause[last:s])
		out.WriteString("N")
		last = e
	}
	out.WriteString(clause[last:])
	return out.String()
}

// clauseOf is the text of [start, end) with the words of its clause
// before it (up to 60 bytes, from the last clause boundary).
func clauseOf(v *sentView, start, end int) string {
	lo := max(v.start, start-60)
	prefix := v.between(lo, start)
	if locs := reClauseBoundary.FindAllStringIndex(prefix, -1); len(locs) > 0 {
		prefix = prefix[locs[len(locs)-1][1]:]
	}
	return prefix + v.between(start, end)
}

var reClauseBoundary = regexp.MustCompile(`[,;:—]|\b(?:after|before|when|while|because|since|following)\b`)

// reHisBefore: "his", "her" or "their" closing the words before a
// counterpart.
var reHisBefore = regexp.MustCompile(sp + `+(?:his|her|their)` + sp + `*$`)

// reCounterpartName: between "<demonym> counterpart" and the name.
var reCounterpartName = regexp.MustCompile(`^` + sp + `*,?` + sp + `*$`)

// counterpartOf finds the person named right after a demonym argument
// that reads "<demonym> counterpart" ("Omani counterpart Badr
// Albusaidi"), as an index into v.args.
func counterpartOf(v *sentView, a arg) (int, bool) {
	if !a.m.Demonym || !strings.HasSuffix(v.between(a.start, a.end), "counterpart") {
		return 0, false
	}
	for k, p := range v.args {
		if p.start >= a.end {
			return k, p.typ == "Person" && reCounterpartName.MatchString(v.between(a.end, p.start))
		}
	}
	return 0, false
}

// counterpartRole gives the counterpart the office of the one who met
// them, held for the counterpart's state: "Iranian Foreign Minister Abbas
// Araghchi met his Omani counterpart Badr Albusaidi".
func (b *relBuilder) counterpartRole(v *sentView, subj, state, cp arg) {
	if subj.typ != "Person" {
		return
	}
	title := roleTitle(v, subj)
	if counterpartOffice(title) == "" {
		title = b.heldTitle(subj.id) // "Mr. Sullivan" of a readout that named his office
	}
	if title = counterpartOffice(title); title == "" {
		return
	}
	b.addRole(cp.id, state.id, title, 0.75, v, state.start, cp.end)
}

// counterpartOffice is the office a counterpart of the holder of title
// holds: the same one for the offices every state has, the foreign
// minister for a Secretary of State; "" when it cannot be told.
func counterpartOffice(title string) string {
	switch {
	case headOfStateTitle.MatchString(title), strings.Contains(strings.ToLower(title), "minister"), reSameOffice.MatchString(title):
		return title
	case reSecretaryOfState.MatchString(title):
		return "Foreign Minister"
	case reSecretaryOfDefense.MatchString(title):
		return "Defense Minister"
	}
	return ""
}

var (
	reSameOffice         = regexp.MustCompile(`(?i)^(?:National Security (?:Advis[eo]r|Adviser)|Chief of (?:the General )?Staff|Speaker)$`)
	reSecretaryOfState   = regexp.MustCompile(`(?i)^Secretary of State$`)
	reSecretaryOfDefense = regexp.MustCompile(`(?i)^(?:Secretary of (?:Defen[cs]e|War)|(?:Defen[cs]e|War) Secretary)$`)
)

// heldTitle is the title of the one office the document gives person id,
// "" when it gives none or several.
func (b *relBuilder) heldTitle(id string) string {
	title := ""
	for _, r := range b.rels {
		if r.Type != "HOLDS_ROLE" || r.From != id {
			continue
		}
		t, _ := r.Props["title"].(string)
		if title != "" && !strings.EqualFold(title, t) {
			return ""
		}
		title = t
	}
	return title
}

// counterparts reads "X invited his Israeli counterpart, Y, to ...": a
// counterpart named with any verb holds the subject's office for the
// counterpart's state (the verbs of meeting read it with the meeting).
func (b *relBuilder) counterparts(v *sentView) {
	if !v.has("counterpart") {
		return
	}
	for _, a := range v.args {
		k, ok := counterpartOf(v, a)
		if !ok || !reHisBefore.MatchString(v.between(v.start, a.start)) {
			continue
		}
		// The subject: the first person of the sentence, before "his".
		for _, s := range v.args {
			if s.typ == "Person" && s.end <= a.start {
				b.counterpartRole(v, s, a, v.args[k])
				break
			}
		}
	}
	// "Sheikh Tahnoun, the National Security Advisor of the UAE, and Ajit
	// Doval, his Indian counterpart": the counterpart named before, the
	// one whose counterpart he is the nearest person before him with an
	// office.
	for i, a := range v.args {
		if i == 0 || !a.m.Demonym {
			continue
		}
		// The demonym's mention may take in its noun ("Indian counterpart").
		after := v.between(a.end, v.end)
		if strings.HasSuffix(v.between(a.start, a.end), "counterpart") {
			after = " counterpart" + after
		}
		if !reCounterpartAfter.MatchString(after) {
			continue
		}
		cp := v.args[i-1]
		if cp.typ != "Person" || !reCounterpartApposed.MatchString(v.between(cp.end, a.start)) {
			continue
		}
		for j := i - 2; j >= 0; j-- {
			s := v.args[j]
			if s.typ != "Person" {
				continue
			}
			// An honorific ("Sheikh") is no office: the office the
			// document gives him is.
			if counterpartOffice(roleTitle(v, s)) != "" || counterpartOffice(b.heldTitle(s.id)) != "" {
				b.counterpartRole(v, s, a, cp)
				break
			}
		}
	}
}

var (
	// Between a person and the demonym of "his Indian counterpart" after
	// the name.
	reCounterpartApposed = regexp.MustCompile(`^` + sp + `*,` + sp + `*(?:his|her|their)` + sp + `+$`)
	// The demonym's noun closes the apposition.
	reCounterpartAfter = regexp.MustCompile(`^` + sp + `+counterpart\b(?:` + sp + `*[,.;)]|$|` + sp + `+(?:and|to|in|at|on)\b)`)
)

// reByAsideBefore: an aside's participle and "by" right before a group.
var reByAsideBefore = regexp.MustCompile(`,` + sp + `*(?:(?:co-?chaired|chaired|co-?hosted|hosted|led|mediated|brokered|sponsored|organi[sz]ed|convened|facilitated|backed|supported|attended|witnessed)` + sp + `+by)` + sp + `+(?:the` + sp + `+)?$`)

// byAside reports a group set off in an aside by a participle and "by"
// (", co-chaired by the UN, the EU and the OSCE,"), whose verb after the
// closing comma is another subject's.
func byAside(v *sentView, first arg, after string) bool {
	return strings.HasPrefix(strings.TrimLeft(after, " "), ",") && reByAsideBefore.MatchString(v.between(max(v.start, first.start-40), first.start))
}
