package extract

import (
	"regexp"
	"strings"
)

var (
	// "Iran's foreign minister, Abbas Araghchi, ...", "the Iranian
	// foreign minister, Abbas Araghchi": the title between a state or
	// organisation and a name set off by a comma.
	reReversedTitle = regexp.MustCompile(`^(?:['’]s)?` + sp + `+` + roleNoun + sp + `*,` + sp + `*(?:(?:H\.E\.|H\.M\.|H\.R\.H\.|His` + sp + `+Excellency|Her` + sp + `+Excellency|(?:His|Her)` + sp + `+(?:Royal` + sp + `+)?(?:Highness|Majesty)|Sheikh|Shaikh|Sayyid)` + sp + `+)*$`)
	// After the name: the apposition closes, or the sentence goes on with
	// a verb; "Iran's foreign minister, Abbas Araghchi and Oman's ..." is
	// a list whose first item is the office itself.
	reReversedClose = regexp.MustCompile(`^` + sp + `*(?:[,;:.)]|$|` + sp + `+(?:said|says|told|met|was|is|has|had|will|would|visited|arrived|spoke|added|called|announced|\w+ed)\b)`)
	// "'s ambassador to the": an office posted to a state or body.
	rePostedTitle = regexp.MustCompile(`^['’]s` + sp + `+((?:(?:permanent|special|deputy|former|new)` + sp + `+)?(?:ambassador|envoy|representative|delegate))` + sp + `+(?:to|at|in)` + sp + `+(?:the` + sp + `+)?$`)
	// " ambassador to the" after a state's demonym; " Special Envoy for"
	// after a body written as a modifier ("the UN Special Envoy for
	// Syria, Staffan de Mistura").
	rePostedTitleDemonym = regexp.MustCompile(`^` + sp + `+((?i:(?:(?:permanent|special|deputy|former|new)` + sp + `+)?(?:ambassador|envoy|representative|delegate)))` + sp + `+(?:to|at|in|for)` + sp + `+(?:the` + sp + `+)?$`)
	// "<organisation>, led by X", "<organisation>, which is headed by X",
	// "<organisation>, led by incumbent Prime Minister X", "the Arab
	// Legion, commanded by the British officer John Glubb", "the Free
	// Officers under Gamal Abdel Nasser".
	// A list of parties writes it after a dash: "Kurdistan Democratic
	// Party (KDP) – led by Massoud Barzani". An acronym's bracket may
	// close before the comma: "the Sudanese Armed Forces (SAF), led by".
	reLedBy = regexp.MustCompile(`^(?:\)?` + sp + `*,` + sp + `+(?:(?:which|that)` + sp + `+(?:is|was)` + sp + `+|the` + sp + `+(?:group|movement|party|organi[sz]ation|militia|faction|alliance|coalition|bloc|network)` + sp + `+|(?:which|that)` + sp + `+[^,;:()]{1,60}?` + sp + `+and` + sp + `+(?:is|was)` + sp + `+)?|` + sp + `+(?:is|was|will` + sp + `+be|has` + sp + `+been)` + sp + `+|\)?(?:` + sp + `*\([^()]{1,60}\))?` + sp + `*[–—]` + sp + `*)(?:(?:then|now|long|currently)` + sp + `+)?(led|headed|chaired|commanded)` + sp + `+by` + sp + `+(?:the` + sp + `+)?(?:(?:incumbent|former|current|interim|acting|outgoing|longtime|long-time|veteran)` + sp + `+)*$|^` + sp + `+(under)` + sp + `+(?:the` + sp + `+)?(?:(?:leadership|command)` + sp + `+of` + sp + `+)?$`)
	// "X led Hezbollah from 1992", "X has headed the PLO since 2004".
	// Also after an apposition that describes the person: "Mosaddegh, a
	// veteran politician who led the National Front".
	reLeads = regexp.MustCompile(`^(?:` + sp + `*,` + sp + `+(?:an?|the)` + sp + `+[^,;:()]{1,60}?` + sp + `+who)?` + sp + `+(?:(?:has|had|also|then|long|later|will)` + sp + `+)*(led|leads|headed|heads|chaired|chairs|chair|commanded|commands|took` + sp + `+over|ruled|rules|reigned` + sp + `+over)` + sp + `+(?:the` + sp + `+)?$`)
	// what may follow the organisation a person leads: a time, or the end
	// of the clause, not "Hezbollah fighters" or "Hamas's attack".
	reLeadsEnd = regexp.MustCompile(`^(?:` + sp + `*(?:[,;.]|$)|` + sp + `+(?:from|since|until|between|for|in|during|through|after)\b)`)
)

// reRankTitle is a military rank written before a name.
// reStyleTitle: a style a name is written with, no office of its own:
// "the Saudi foreign minister, Prince Faisal bin Farhan", "the British
// ambassador, Sir Henry Mack".
var reStyleTitle = regexp.MustCompile(`^(?:Sir|Dame|Lord|Lady|Prince|Princess)$`)

var reRankTitle = regexp.MustCompile(`^(?:(?:Field|Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|Vice|Rear|Air|Staff|Chief` + sp + `+Master)(?:` + sp + `+|-))*(?:General|Gen\.|Marshal|Admiral|Adm\.|Colonel|Col\.|Commodore|Captain|Capt\.|Sergeant|Sgt\.)$`)

// leaderTitle is the office a verb of leading speaks of.
var leaderTitle = map[string]string{"led": "Leader", "leads": "Leader", "headed": "Head", "heads": "Head", "chaired": "Chairman", "chairs": "Chairman", "chair": "Chairman",
	"commanded": "Commander", "commands": "Commander", "under": "Leader", "took over": "Leader", "ruled": "Ruler", "rules": "Ruler", "reigned over": "Ruler"}

// reRuledEnd follows a state its ruler led: a span of years or the end of
// the clause; "led Iran in the talks" is a delegation's lead, not the
// state's.
var reRuledEnd = regexp.MustCompile(`^(?:` + sp + `*(?:[,;.]|$)|` + sp + `+(?:from|since|until|between)\b)`)

// stateLeadVerb are the verbs of leading that also say who led a state
// ("Ali Khamenei has led Iran since 1989", "Reza Shah ruled Iran from
// 1925"); commanding or taking over a state is conquest, not office.
var stateLeadVerb = map[string]bool{"led": true, "leads": true, "headed": true, "heads": true, "ruled": true, "rules": true, "reigned over": true}

// reversedRoles finds HOLDS_ROLE written title first, name second, and
// the leadership of an organisation told with a verb.
func (b *relBuilder) reversedRoles(v *sentView) {
	for _, a := range v.args {
		if a.typ != "Person" || a.m.Anaphor {
			continue
		}
		q, ok := prevMention(v, a.m.Start)
		// "The Egyptian Chief of Intelligence, General Omar Suleiman": a
		// rank before the name is no office; the office is before it.
		nameStart := a.m.Start
		if a.m.Title != "" && (reRankTitle.MatchString(a.m.Title) || reStyleTitle.MatchString(a.m.Title)) {
			nameStart = a.m.TitleStart
		}
		if ok && isQualifier(q) && (a.m.Title == "" || nameStart < a.m.Start) {
			gap := v.between(q.End, nameStart)
			if loc := reReversedTitle.FindStringSubmatchIndex(gap); loc != nil && !strings.Contains(gap[loc[2]:loc[3]], ",") && reReversedClose.MatchString(v.between(a.m.End, v.end)) {
				b.addRole(a.id, q.EntityID, canonTitle(gap[loc[2]:loc[3]]), 0.85, v, q.Start, a.m.End)
			}
		}
		// "Iran's ambassador to the United Nations, Amir Saeid Iravani":
		// an office with its posting, between the state and the name.
		if ok && a.m.Title == "" && reCommaOnly.MatchString(v.between(q.End, a.m.Start)) && reReversedClose.MatchString(v.between(a.m.End, v.end)) {
			if q0, ok0 := prevMention(v, q.Start); ok0 && isQualifier(q0) {
				// "The Nepalese ambassador to Qatar, Maya Kumari Sharma".
				posted := rePostedTitle
				if q0.Demonym || !strings.HasPrefix(v.between(q0.End, q.Start), "'") && !strings.HasPrefix(v.between(q0.End, q.Start), "’") {
					posted = rePostedTitleDemonym
				}
				if loc := posted.FindStringSubmatchIndex(v.between(q0.End, q.Start)); loc != nil {
					gap := v.between(q0.End, q.Start)
					b.addRole(a.id, q0.EntityID, canonTitle(gap[loc[2]:loc[3]]), 0.85, v, q0.Start, a.m.End)
				}
			}
		}
		org, orgOK := q, ok
		if a.qual != nil {
			// "the Arab Legion, commanded by the British officer John
			// Glubb": the mention before is the person's own qualifier.
			org, orgOK = prevMention(v, a.start)
		}
		if orgOK && org.Type == "Organization" {
			q := org
			// "the Sudanese Armed Forces (SAF), led by General Abdel
			// Fattah al-Burhan": a rank before the name is the office
			// readers give the commander.
			end, rank := a.start, ""
			if a.m.Title != "" && reRankTitle.MatchString(a.m.Title) && a.m.TitleStart >= q.End && a.m.TitleStart <= a.start+len(a.m.Title)+1 {
				end, rank = min(a.start, a.m.TitleStart), canonTitle(a.m.Title)
			}
			gap := v.between(q.End, end)
			if loc := reLedBy.FindStringSubmatchIndex(gap); loc != nil && !b.irrealisOffice(v, q.Start, end) {
				verb := "under"
				if loc[2] >= 0 {
					verb = gap[loc[2]:loc[3]]
				}
				title := leaderTitle[verb]
				if rank != "" {
					title = rank
				}
				b.addRole(a.id, q.EntityID, title, 0.8, v, q.Start, a.m.End)
			}
		}
		b.succession(v, a)
		if v.has("elected to") {
			b.electedToAs(v, a)
		}
		if v.has("elected", "appointed", "named", "chose", "nominated") {
			b.electedObject(v, a)
		}
		if v.has(" its ") {
			b.itsOffice(v, a)
		}
		if v.has(" was ", " is ", "became", "remained", " been ") {
			b.copulaOrgRoles(v, a)
		}
		if v.has(" was ", " is ", "became", "becomes", " been ", "served as", "serves as") {
			b.becameDemonymOffice(v, a)
		}
		if v.has("who serve", "who also serve", "who later serve", "who then serve", "who briefly serve", "who has serve", "who has been", "who had been", "who became", "who later became", "who was", "who is", " and ") {
			b.describedServedAs(v, a)
		}
		if next, ok := nextMention(v, a.m.End); ok && (next.Type == "Organization" || next.Type == "Country" && !next.Demonym) && reLeadsEnd.MatchString(v.between(next.End, v.end)) {
			gap := v.between(a.m.End, next.Start)
			if loc := reLeads.FindStringSubmatchIndex(gap); loc != nil && !b.irrealisOffice(v, a.start, next.Start) && !otherInAppos(gap[:loc[2]]) {
				verb := strings.Join(strings.Fields(gap[loc[2]:loc[3]]), " ")
				if next.Type == "Organization" || stateLeadVerb[verb] && reRuledEnd.MatchString(v.between(next.End, v.end)) {
					b.addRole(a.id, next.EntityID, leaderTitle[verb], 0.8, v, a.m.Start, next.End)
				}
			}
		}
	}
}

// prevMention is the last mention of the sentence that ends at or before
// pos.
func prevMention(v *sentView, pos int) (mention, bool) {
	var last mention
	ok := false
	for _, m := range v.ments {
		if m.End > pos {
			break
		}
		last, ok = m, true
	}
	return last, ok
}

// reServedAsOf reads an office held, told with a copula or "served as"
// between the name and the state: "X served as president of Iran", "X,
// who was prime minister of Iraq", "X was foreign minister of Oman", "X
// served as the chief negotiator for Iran", "X, who later became Prime
// Minister of Israel", "congratulations to X on his election to serve as
// the 11th President of the State of Israel", "X I (born …; 1892 – 1975)
// was Emperor of Ethiopia".
var reServedAsOf = regexp.MustCompile(`^(?:` + sp + `+[IVX]{1,5}\b)?` + birthAside + sp + `*(?:,` + sp + `+who` + sp + `+)?(?:(?:also|then|later|previously|once|briefly|long)` + sp + `+)?(?:(?:served|serves|has` + sp + `+served|had` + sp + `+served)(?:` + sp + `+` + timesServed + `)?` + sp + `+as|was|is|has` + sp + `+been|had` + sp + `+been|became|would` + sp + `+become|on` + sp + `+(?:his|her|their)` + sp + `+(?:re-?)?(?:election|appointment|nomination|confirmation|inauguration|swearing-in)(?:` + sp + `+to` + sp + `+serve)?` + sp + `+as)` + sp + `+(?:(?:the|a|an)` + sp + `+)?(` + roleNoun + `(?:` + sp + `+of` + sp + `+the` + sp + `+` + stateCabinet + `)?)(?:` + sp + `+for` + sp + `+\p{Lu}[\w\x{00C0}-\x{024F}-]*(?:` + sp + `+(?:and` + sp + `+)?\p{Lu}[\w\x{00C0}-\x{024F}-]*){0,4})?` + sp + `+(?:of|for|at)` + sp + `+(?:the` + sp + `+)?` + stateLongForm + `$`)

// reLaterOfficeOf is a further office told after the first one's state and
// span: "was Regent of Ethiopia from 1916 to 1930 and Emperor of Ethiopia",
// "… from 1969 to 1982 and was the third President of Azerbaijan".
var reLaterOfficeOf = regexp.MustCompile(`^(?:` + sp + `+(?:from|between|since|in|until)` + sp + `+[^,;()]{1,30}?)?` + sp + `*,?` + sp + `+and` + sp + `+(?:(?:later|then|also|subsequently|afterwards|finally)` + sp + `+)?(?:(?:was|became|served` + sp + `+as|as)` + sp + `+)?(?:(?:the|a|an)` + sp + `+)?(` + roleNoun + `)` + sp + `+(?:of|for)` + sp + `+(?:the` + sp + `+)?$`)

// conjunctOffices reads the offices coordinated after the one a copula
// gave person a for the mention first: each holds for the state or body
// right after it.
func (b *relBuilder) conjunctOffices(v *sentView, a arg, first mention) {
	prev := first
	for {
		next, ok := nextMention(v, prev.End)
		if !ok || !isQualifier(next) || next.Demonym || continuesName(v.text, next.End) {
			return
		}
		loc := reLaterOfficeOf.FindStringSubmatchIndex(v.between(prev.End, next.Start))
		if loc == nil {
			return
		}
		gap := v.between(prev.End, next.Start)
		b.addRole(a.id, next.EntityID, canonTitle(gap[loc[2]:loc[3]]), 0.85, v, a.m.Start, next.End)
		prev = next
	}
}

// stateLongForm is the long form of a state's name written before the
// name the catalog knows: "the Democratic Republic of Georgia".
const stateLongForm = `(?:(?:(?:Democratic|People's|Islamic|Federal|Federative|Socialist|Arab)` + sp + `+){1,3}Republic` + sp + `+of` + sp + `+)?`

// stateCabinet is a state's government named between the office and the
// state: "chairman of the government of the Democratic Republic of
// Georgia", "president of the council of ministers of Lebanon".
const stateCabinet = `(?:government|cabinet|council` + sp + `+of` + sp + `+ministers|presidential` + sp + `+council)`

// timesServed is how often an office was held: "served fourteen times
// as", "was twice Minister of Foreign Affairs of Uzbekistan".
const timesServed = `(?:twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|several|many)` + sp + `+times)`

// reDescribedServedAs reads an office told in a relative clause after a
// description of the person: "X was an Israeli general and politician
// who served as the 11th Prime Minister of Israel", "X is a Turkish
// politician who has been the 12th president of Turkey since 2014", "X
// was a Lebanese cleric who was Secretary-General of Hezbollah", "X
// was an Iraqi soldier and politician who served fourteen times as Prime
// Minister of Iraq". Only demonyms may be named inside the description.
var reDescribedServedAs = regexp.MustCompile(`^` + birthAside + sp + `+(?:was|is)` + sp + `+(?:a|an)` + sp + `+((?:[\w'’-]+` + sp + `+){0,9}?)who` + sp + `+(?:(?:also|later|then|briefly)` + sp + `+)?(?:(?:served|serves|has` + sp + `+served)(?:` + sp + `+` + timesServed + `)?` + sp + `+as|(?:(?:has|had)` + sp + `+been|became|becomes|was|is)(?:` + sp + `+(?:twice|thrice))?)` + sp + `+(?:the` + sp + `+)?(` + roleNoun + `(?:` + sp + `+of` + sp + `+the` + sp + `+` + stateCabinet + `)?)` + sp + `+of` + sp + `+(?:the` + sp + `+)?` + stateLongForm + `$`)

// reDescribedAnd reads an office coordinated with a description of the
// person: "X was an Israeli politician and the seventh Prime Minister of
// Israel", "X was a Lebanese business tycoon and Prime Minister of
// Lebanon".
var reDescribedAnd = regexp.MustCompile(`^` + birthAside + sp + `+(?:was|is)` + sp + `+(?:a|an)` + sp + `+((?:[\w'’-]+` + sp + `+){0,6}?)and` + sp + `+(?:(?:the|a|an)` + sp + `+)?(?:(?:former|then|later|current|longtime|long-serving)` + sp + `+)?` + roleNoun + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)

// reKinOfOffice: a tie to an office's holder, not the office: "became
// the friend of the President", "the son of the King".
var reKinOfOffice = regexp.MustCompile(`(?i)\b(?:friend|ally|son|daughter|wife|husband|brother|sister|father|mother|rival|opponent|critic|enemy|nephew|niece|cousin|widow|confidant)\b`)

// birthAside is the parenthesis a biography's first sentence puts after
// the name, and the other name it may give after it: "Ali Larijani (born 3
// June 1957) is", "Nouri al-Maliki (born 20 June 1950), also known as
// Jawad al-Maliki, is".
const birthAside = `(?:` + sp + `*\([^()]{1,160}\))?(?:` + sp + `*,` + sp + `+(?:(?:also|better|commonly)` + sp + `+known` + sp + `+as|also` + sp + `+(?:spelled|spelt|written|transliterated))` + sp + `+[^,;()]{1,80},)?`

// reBirthAside: such a parenthesis, with a date in it.
var reBirthAside = regexp.MustCompile(`^` + sp + `*\([^()]*\d[^()]*\)`)

// pastBirthAside is pos moved past the parenthesis with a date that a
// biography's first sentence puts after the name, when one follows: a
// name inside it ("Moshe Sharett (born Moshe Shertok; 15 October 1894 –
// 7 July 1965) was the first Foreign Minister of Israel") is the person's
// own, not the holder of the office told after it.
func pastBirthAside(v *sentView, pos int) int {
	if loc := reBirthAside.FindStringIndex(v.between(pos, v.end)); loc != nil {
		return pos + loc[1]
	}
	return pos
}

// reDescriptionOther: "a friend of a man who served as": the clause
// belongs to someone else the description names.
var reDescriptionOther = regexp.MustCompile(`(?i)\b(?:of|with|to|for|by|from|whose|whom|than|like|a|an|the|his|her)\b`)

// reOfOrigin: where a person's family came from, part of the description
// ("an Egyptian statesman of Armenian origin who served as").
var reOfOrigin = regexp.MustCompile(`\bof` + sp + `+(?:\p{Lu}[\w'’-]*` + sp + `+){1,2}(?:origin|descent|extraction|heritage|parentage)\b`)

// namesOther reports a description naming someone else, whose clause the
// relative clause after it may be (see reDescriptionOther).
func namesOther(desc string) bool {
	return reDescriptionOther.MatchString(reOfOrigin.ReplaceAllString(desc, ""))
}

// reDescribedServedAsBare is reDescribedServedAs with no state after
// the office: "X is an Israeli politician who served as Minister of
// Defense from 2001 to 2003". The office is held for the state of the
// description's one demonym.
var reDescribedServedAsBare = regexp.MustCompile(`^` + birthAside + sp + `+(?:was|is)` + sp + `+(?:a|an)` + sp + `+((?:[\w'’-]+` + sp + `+){0,9}?)who` + sp + `+(?:(?:also|later|then|briefly)` + sp + `+)?(?:(?:served|serves|has` + sp + `+served)(?:` + sp + `+` + timesServed + `)?` + sp + `+as|(?:(?:has|had)` + sp + `+been|became|becomes|was|is)(?:` + sp + `+(?:twice|thrice))?)` + sp + `+(?:the` + sp + `+)?` + roleNoun + `(?:` + sp + `*[,;.]|` + sp + `+(?:from|between|until|since|in|during|under)\b|` + sp + `*$)`)

// describedServedAs finds the office of reDescribedServedAs, reDescribedAnd and
// reDescribedServedAsBare.
func (b *relBuilder) describedServedAs(v *sentView, a arg) {
	var demonyms []mention
	from := pastBirthAside(v, a.m.End)
	for _, q := range v.ments {
		if q.Start < from || q.EntityID == a.m.EntityID {
			continue // the person's other name ("also known as")
		}
		if q.Demonym {
			demonyms = append(demonyms, q)
			continue // "an Israeli general": part of the description
		}
		if !isQualifier(q) || continuesName(v.text, q.End) {
			return
		}
		gap := v.between(a.m.End, q.Start)
		if b.describedServedAsPossessive(v, a, q, gap) {
			return
		}
		loc := reDescribedServedAs.FindStringSubmatchIndex(gap)
		if loc == nil {
			loc = reDescribedAnd.FindStringSubmatchIndex(gap)
		}
		if loc != nil && !namesOther(gap[loc[2]:loc[3]]) && !reKinOfOffice.MatchString(gap[loc[4]:loc[5]]) && !b.irrealisClause(v, a.start, q.Start) {
			// The birth date of the aside dates no office.
			b.undated = reBirthAside.MatchString(gap)
			b.addRole(a.id, q.EntityID, canonTitle(gap[loc[4]:loc[5]]), 0.8, v, a.m.Start, q.End)
			b.undated = false
			return
		}
		break
	}
	// No state after the office: the description's one demonym says whose.
	if len(demonyms) != 1 {
		return
	}
	d := demonyms[0]
	rest := v.between(a.m.End, v.end)
	loc := reDescribedServedAsBare.FindStringSubmatchIndex(rest)
	if loc == nil || a.m.End+loc[3] <= d.Start || d.End > a.m.End+loc[3] || namesOther(rest[loc[2]:loc[3]]) || reKinOfOffice.MatchString(rest[loc[4]:loc[5]]) || b.irrealisClause(v, a.start, a.m.End+loc[5]) {
		return // the demonym must lie in the description, before "who"
	}
	b.undated = reBirthAside.MatchString(rest)
	b.addRole(a.id, d.EntityID, canonTitle(rest[loc[4]:loc[5]]), 0.75, v, a.m.Start, a.m.End+loc[5])
	b.undated = false
}

// reDescribedServedAsPoss is reDescribedServedAs with the state's
// possessive before the office: "X was an Egyptian jurist and diplomat who
// served as Egypt's Minister of State for Foreign Affairs from 1977 to
// 1991". It runs to the state; reOfficeAfterPossessive reads the office.
var (
	reDescribedServedAsPoss = regexp.MustCompile(`^` + birthAside + sp + `+(?:was|is)` + sp + `+(?:a|an)` + sp + `+((?:[\w'’-]+` + sp + `+){0,9}?)who` + sp + `+(?:(?:also|later|then|briefly)` + sp + `+)?(?:served|serves|has` + sp + `+served)` + sp + `+as` + sp + `+$`)
	reOfficeAfterPossessive = regexp.MustCompile(`^['’]s` + sp + `+(` + roleNoun + `(?:` + sp + `+for` + sp + `+\p{Lu}[\w-]*(?:` + sp + `+(?:and` + sp + `+)?\p{Lu}[\w-]*){0,3})?)`)
)

// describedServedAsPossessive reads reDescribedServedAsPoss: the office
// after the state's possessive is held for it, and the offices
// coordinated after it ("and as the sixth Secretary-General of the United
// Nations") for the bodies they name.
func (b *relBuilder) describedServedAsPossessive(v *sentView, a arg, q mention, gap string) bool {
	loc := reDescribedServedAsPoss.FindStringSubmatchIndex(gap)
	if loc == nil || namesOther(gap[loc[2]:loc[3]]) {
		return false
	}
	after := v.between(q.End, v.end)
	m := reOfficeAfterPossessive.FindStringSubmatchIndex(after)
	if m == nil || b.irrealisClause(v, a.start, q.End+m[1]) {
		return false
	}
	b.undated = reBirthAside.MatchString(gap)
	b.addRole(a.id, q.EntityID, canonTitle(after[m[2]:m[3]]), 0.8, v, a.m.Start, q.End+m[1])
	b.undated = false
	office := q
	office.End = q.End + m[1]
	b.conjunctOffices(v, a, office)
	return true
}

// reElectedToAs reads an office won in an election to a body: "X was
// elected to the first Knesset as head of Herut" (the body is a
// membership the other patterns find).
var reElectedToAs = regexp.MustCompile(`^` + sp + `+(?:was|had` + sp + `+been|has` + sp + `+been)` + sp + `+(?:re-?)?elected` + sp + `+to` + sp + `+[^,;:.()]{1,50}?` + sp + `+as` + sp + `+(?:the` + sp + `+)?` + roleNoun + sp + `+(?:of|for)` + sp + `+(?:the` + sp + `+)?$`)

// electedToAs finds the office of reElectedToAs.
func (b *relBuilder) electedToAs(v *sentView, a arg) {
	if q, title, ok := officeAfter(v, a, reElectedToAs, 120); ok {
		b.addRole(a.id, q.EntityID, title, 0.8, v, a.m.Start, q.End)
	}
}

// officeAfter finds the first state or body after person a, within reach
// bytes, whose gap from a matches re (group 1 the office): a body named
// on the way ("elected to the Knesset as head of Herut", "the candidate
// for the March 8 Alliance") is passed.
func officeAfter(v *sentView, a arg, re *regexp.Regexp, reach int) (mention, string, bool) {
	for _, q := range v.ments {
		if q.Start < a.m.End || q.Demonym || !isQualifier(q) {
			continue
		}
		if q.Start-a.m.End > reach {
			break
		}
		gap := v.between(a.m.End, q.Start)
		if loc := re.FindStringSubmatchIndex(gap); loc != nil && !continuesName(v.text, q.End) {
			return q, canonTitle(gap[loc[2]:loc[3]]), true
		}
	}
	return mention{}, "", false
}

var (
	// "The parliament elected X, the candidate of Y, Prime Minister of
	// Lebanon": the verb before the person ...
	reElectsBefore = regexp.MustCompile(`\b(?:elected|re-elected|reelected|appointed|named|chose|nominated)` + sp + `+$`)
	// ... and the office after it, past an apposition.
	reElectedObjectOffice = regexp.MustCompile(`^(?:` + sp + `*,[^,;:()]{1,80},)?` + sp + `+(?:as` + sp + `+)?(?:the` + sp + `+)?` + roleNoun + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
)

// electedObject finds the office of a person elected or appointed by
// someone else, told in the active voice.
func (b *relBuilder) electedObject(v *sentView, a arg) {
	if !reElectsBefore.MatchString(v.between(max(v.start, a.start-20), a.start)) {
		return
	}
	if q, title, ok := officeAfter(v, a, reElectedObjectOffice, 150); ok && !b.irrealisClause(v, a.start, q.Start) {
		b.addRole(a.id, q.EntityID, title, 0.8, v, a.m.Start, q.End)
	}
}

// reItsOffice: "X became its first president": an office of the body
// the sentence before is about.
var reItsOffice = regexp.MustCompile(`^` + sp + `+(?:(?:later|then|soon|also)` + sp + `+)?(?:became|was|is|served` + sp + `+as)` + sp + `+its` + sp + `+` + roleNoun + `(?:` + sp + `*[,.;]|` + sp + `+(?:in|from|until|since|and)\b)`)

// reWasFounded: "was established", "was founded": the sentence before is
// about the body's coming into being, and "its" in the next is the body's.
var reWasFounded = regexp.MustCompile(`^` + sp + `+(?:was|were)` + sp + `+(?:(?:officially|formally|first|then|later)` + sp + `+)?(?:established|founded|formed|created|set` + sp + `+up|launched|proclaimed|declared)\b`)

// itsOffice finds the office of reItsOffice: "its" is the organisation or
// state that opens the sentence before as the subject of its founding.
func (b *relBuilder) itsOffice(v *sentView, a arg) {
	loc := reItsOffice.FindStringSubmatchIndex(v.between(a.m.End, v.end))
	if loc == nil || v.idx == 0 {
		return
	}
	prev := b.views[v.idx-1]
	if len(prev.args) == 0 {
		return
	}
	owner := prev.args[0]
	if owner.typ != "Organization" && owner.typ != "Country" || owner.m.Demonym || !reClauseOpening.MatchString(prev.between(prev.start, owner.start)) ||
		!reWasFounded.MatchString(prev.between(owner.end, prev.end)) {
		return
	}
	after := v.between(a.m.End, v.end)
	b.addRole(a.id, owner.id, canonTitle(after[loc[2]:loc[3]]), 0.7, v, a.m.Start, a.m.End+loc[3])
}

// reParticipleFirst: "was elected president of": a verb, which the
// appointment patterns read, not a word of the title.
var reParticipleFirst = regexp.MustCompile(`^[A-Za-z]+ed\b`)

var (
	// "X succeeded Y as president of Iran": both held the office.
	reSucceeded = regexp.MustCompile(`^` + sp + `+(?:succeeded|succeeds|replaced|replaces)` + sp + `+(?:(?:his|her|their)` + sp + `+(?:late` + sp + `+)?(?:father|mother|brother|half-brother|uncle|cousin|nephew|son|husband|predecessor)` + sp + `*,?` + sp + `+)?$`)
	reAsOf      = regexp.MustCompile(`^` + sp + `+as` + sp + `+(?:the` + sp + `+)?` + roleNoun + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
)

// succession finds "X succeeded Y as president of Iran": the successor
// and the one succeeded both held the office.
func (b *relBuilder) succession(v *sentView, a arg) {
	pred, ok := nextMention(v, a.m.End)
	if !ok || pred.Type != "Person" || !reSucceeded.MatchString(v.between(a.m.End, pred.Start)) {
		return
	}
	q, ok := nextMention(v, pred.End)
	if !ok || !isQualifier(q) || continuesName(v.text, q.End) {
		return
	}
	gap := v.between(pred.End, q.Start)
	loc := reAsOf.FindStringSubmatchIndex(gap)
	if loc == nil || b.irrealisClause(v, a.start, q.Start) {
		return
	}
	title := canonTitle(gap[loc[2]:loc[3]])
	b.addRole(a.id, q.EntityID, title, 0.8, v, a.m.Start, q.End)
	b.addRole(pred.EntityID, q.EntityID, title, 0.8, v, a.m.Start, q.End)
}

// reWillBe: the future of an office announced ("will chair", "will be
// chaired by"), which holds as an appointment.
var reWillBe = regexp.MustCompile(`\bwill(?:` + sp + `+be)?` + sp + `+`)

// irrealisOffice is irrealisClause for an office: an office someone will
// hold is announced, not hoped for; "may", "would" or "not" still count.
func (b *relBuilder) irrealisOffice(v *sentView, start, end int) bool {
	return irrealis.MatchString(reWillBe.ReplaceAllString(clauseOf(v, start, end), " "))
}

// otherInAppos reports an apposition before "who" that describes another
// person: "Mosaddegh, a friend of the man who led".
func otherInAppos(s string) bool {
	before, _, ok := strings.Cut(s, " who")
	if !ok {
		return false
	}
	desc := strings.TrimLeft(before, ", \u00a0")
	for _, art := range []string{"a ", "an ", "the "} {
		desc = strings.TrimPrefix(desc, art)
	}
	return reDescriptionOther.MatchString(desc)
}
