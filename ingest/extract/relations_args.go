package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/timex"
)

// sentView is one sentence as the relation rules see it: its mentions, the
// argument phrases built from them, and its date expressions.
type sentView struct {
	text       string // the whole document text
	idx        int
	start, end int // bytes into the document text
	ments      []mention
	args       []arg
	dates      []timex.Expr // offsets into the document text
	// entry is the date labelling the item of a dated list the sentence
	// belongs to when it is not the item's first sentence (see
	// entryDates), or nil.
	entry *timex.Expr
	// head is the first sentence of the dated item the sentence carries
	// on, or nil.
	head     *sentView
	lower    string   // the sentence in lower case, for quick word tests
	trigrams []uint64 // letter trigrams of lower, built on first use
}

// has reports whether the sentence contains any of the given lower-case
// stems; rules whose patterns are slow check it first. Most stems are
// absent from most sentences, so a stem's first three letters are looked
// up in the sentence's letter trigrams before the text is searched.
func (v *sentView) has(stems ...string) bool {
	if v.trigrams == nil {
		v.trigrams = letterTrigrams(v.lower)
	}
	for _, s := range stems {
		if k, ok := trigramKey(s); ok && v.trigrams[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		if strings.Contains(v.lower, s) {
			return true
		}
	}
	return false
}

// trigramSpace is the number of lower-case letter trigrams.
const trigramSpace = 26 * 26 * 26

// letterTrigrams is the set of lower-case letter trigrams of s, as bits.
func letterTrigrams(s string) []uint64 {
	set := make([]uint64, trigramSpace/64+1)
	for i := 0; i+3 <= len(s); i++ {
		if k, ok := trigramKey(s[i : i+3]); ok {
			set[k>>6] |= 1 << (k & 63)
		}
	}
	return set
}

// trigramKey numbers the first three bytes of s when they are all
// lower-case ASCII letters.
func trigramKey(s string) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	k := 0
	for i := 0; i < 3; i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			return 0, false
		}
		k = k*26 + int(c-'a')
	}
	return k, true
}

// arg is an argument phrase: a mention that can take part in a relation,
// widened over what belongs to it. "Iran's Foreign Minister Abbas Araghchi"
// is one arg whose head is Araghchi and whose qualifier is Iran; "the
// Ukrainian delegation" is one arg standing for Ukraine.
type arg struct {
	m          mention // the head mention
	id, typ    string  // the entity the arg stands for (a metonym's state)
	start, end int     // the phrase, bytes into the document text
	qual       *mention
	// roleAfter is an appositive role written after a person and its
	// byte range ("Oman's foreign minister" in "X, Oman's foreign minister"),
	// with the country or organisation it names.
	roleAfter            string
	roleAfterOf          string
	roleAfterS, roleAftE int
}

// argOf is mention m as an argument of its own, not widened over a
// qualifier or a title.
func argOf(m mention) arg {
	return arg{m: m, id: m.EntityID, typ: m.Type, start: m.Start, end: m.End}
}

// actor reports whether the arg can act: people, states and organisations.
func (a arg) actor() bool {
	switch a.typ {
	case "Person", "Country", "Organization":
		return true
	}
	return false
}

var (
	// A qualifier joins the title that follows it: "Iran's", "Iranian",
	// "U.S." (and up to two capitalised words the title may not cover:
	// "U.S. Mideast envoy").
	reQualGap = regexp.MustCompile(`^(?:['’]s)?(?:[\s\x{00A0}]+[A-Z][a-z]+){0,2}[\s\x{00A0}]*$`)
	// "Chairman of the", "Minister of Foreign Affairs of": an office named
	// before the state or organisation it is in.
	// "Minister for Foreign Affairs and Trade of": the brief after "for".
	reOfficeOf = regexp.MustCompile(`(?:^|[^\w])((?:\p{Lu}[\w\x{00C0}-\x{024F}-]*[\s\x{00A0}]+){1,3}(?:(?:of|for)[\s\x{00A0}]+(?:\p{Lu}[\w\x{00C0}-\x{024F}-]*[\s\x{00A0}]+|and[\s\x{00A0}]+){1,4})?)of[\s\x{00A0}]+(?:the[\s\x{00A0}]+)?$`)
	// "the director general of the": the same in lower case, for the
	// offices written so in running text.
	reOfficeOfLower = regexp.MustCompile(`(?i)(?:^|[^\w])((?:(?:deputy|vice|acting|executive|managing)[\s\x{00A0}]+)?(?:director[- ]general|secretary[- ]general|director|head|chief|chairman|chairwoman|chair|president|leader|spokesperson|commander|governor)[\s\x{00A0}]+)of[\s\x{00A0}]+(?:the[\s\x{00A0}]+)?$`)
	// ", HE Dr " between "the Minister of Foreign Affairs of Iraq" and the name.
	// Or a copula: "The current Prime Minister of Iraq is Adil Abdul-Mahdi".
	reOfficeName = regexp.MustCompile(`^[\s\x{00A0}]+(?:is|was)[\s\x{00A0}]+$|^[\s\x{00A0}]*,[\s\x{00A0}]+(?:(?:HE|H\.E\.|H\.M\.|H\.R\.H\.|HRH|His Excellency|Her Excellency|(?:His|Her) (?:Royal )?(?:Highness|Majesty)|Ambassador|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sheikh|Shaikh|Sayyid)[\s\x{00A0}]+)*$`)
	// ", Oman's foreign minister" after a person.
	reApposPossessive = regexp.MustCompile(`^['’]s[\s\x{00A0}]+` + roleNoun + `\b`)
	// ", the Iranian Minister of Foreign Affairs" after a person.
	// The role may end in its department: "Minister of Foreign Affairs";
	// a head of a rank may be followed by its office: "deputy prime
	// minister", "deputy foreign minister", "chief negotiator".
	reApposDemonym = regexp.MustCompile(`^[\s\x{00A0}]+((?:[A-Za-z][\w.'-]*\s+){0,4}?(?i:` + roleHeads + `)(?i:\s+(?:(?:prime|foreign|defen[cs]e|interior|finance|first|special|general)\s+){0,2}` + roleHeads + `)?(?:\s+of\s+(?:the\s+)?\p{Lu}[\w\x{00C0}-\x{024F}-]*(?:\s+(?:and\s+)?\p{Lu}[\w\x{00C0}-\x{024F}-]*){0,3})?)\b`)
	reApposLead    = regexp.MustCompile(`^[\s\x{00A0}]*,[\s\x{00A0}]+(?:the[\s\x{00A0}]+)?$`)
	// "for", "to the" ending the part of a title before a state or
	// organisation: the office's object ("Special Envoy for Yemen").
	reTitleObject = regexp.MustCompile(`\b(?:for|to)[\s\x{00A0}]+(?:the[\s\x{00A0}]+)?$`)
	// " to the UN" after "Iran's ambassador": the rest of the appositive.
	reApposObject = regexp.MustCompile(`^[\s\x{00A0}]+(?:to|at|in|for)[\s\x{00A0}]+(?:the[\s\x{00A0}]+)?$`)
)

// buildViews splits the mentions by sentence and builds each sentence's
// args; dates are the document's date expressions.
func buildViews(doc normalize.Document, ents *entitySet, dates []timex.Expr) []*sentView {
	views := make([]*sentView, len(doc.Sentences))
	for i, s := range doc.Sentences {
		views[i] = &sentView{text: doc.Text, idx: i, start: s.Start, end: s.End}
	}
	for _, m := range ents.Mentions {
		if m.Sentence >= 0 && m.Sentence < len(views) && !opposedOrBacked(doc.Text, m) {
			views[m.Sentence].ments = append(views[m.Sentence].ments, m)
		}
	}
	di := 0
	for _, v := range views {
		sort.SliceStable(v.ments, func(i, j int) bool { return v.ments[i].Start < v.ments[j].Start })
		for di < len(dates) && dates[di].Start < v.start {
			di++
		}
		for k := di; k < len(dates) && dates[k].Start < v.end; k++ {
			// "speaking after May": the month's name is Theresa May's.
			if dates[k].End <= v.end && !insidePersonMention(v.ments, dates[k]) {
				v.dates = append(v.dates, dates[k])
			}
		}
		v.args = buildArgs(doc.Text, ents, v.ments)
		if el := append(append(elidedSubjects(v), saidItSubjects(v)...), whereHeSubjects(v)...); len(el) > 0 {
			v.ments = append(v.ments, el...)
			sort.SliceStable(v.ments, func(i, j int) bool { return v.ments[i].Start < v.ments[j].Start })
			v.args = buildArgs(doc.Text, ents, v.ments)
		}
		v.lower = strings.ToLower(doc.Text[v.start:v.end])
	}
	entryDates(views)
	return views
}

// entryDates gives the later sentences of a dated list's item the date
// that labels it: under "5 June – The Ethiopian Air Force bombs Asmara
// International Airport. Eritrean aircraft strike Mekele in return." the
// second sentence tells what happened on 5 June too. An item ends with
// its line. A sentence that moves in time ("The next day Yeltsin flies
// to Chechnya", "Kushner had visited Riyadh earlier in the week") is not
// of the item's day.
func entryDates(views []*sentView) {
	var label *timex.Expr
	var head *sentView
	for i, v := range views {
		if i > 0 && strings.Contains(v.text[views[i-1].end:v.start], "\n") {
			label, head = nil, nil
		}
		if len(v.dates) > 0 && labelDate(v, v.dates[0]) {
			label, head = &v.dates[0], v
			continue
		}
		v.head = head
		if label != nil && label.Resolved() && !reMovesInTime.MatchString(v.text[v.start:v.end]) {
			v.entry = label
		}
	}
}

// opposedOrBacked reports a body or state named only to say what someone
// stands against or for: "the anti-Taliban cleric Sarfraz Naeemi" is no
// member of the Taliban, nor does it take part in what he does. Such a
// mention plays no part in its sentence's relations.
func opposedOrBacked(text string, m mention) bool {
	if m.Type != "Organization" && m.Type != "Country" || m.Demonym {
		return false
	}
	return stanceBefore(text, m.Start)
}

// reMovesInTime: words that put what a sentence tells on another day
// than the item it belongs to.
var reMovesInTime = regexp.MustCompile(`(?i)\b(?:next|following|previous|earlier|later|afterwards|before|after|ago|since|until|had` + sp + `+(?:\w+` + sp + `+)?\w+ed)\b`)

// Parts a mention can play in its sentence.
const (
	partArg          = iota // an argument of its own
	partQualifier           // names the state or organisation of the titled person after it
	partAppositive          // "Oman's foreign minister" after a person
	partAppositiveOf        // "the chairman of the Joint Chiefs of Staff" after a person
	partAdjective           // a demonym used as an adjective: no argument
	// partAppositiveObject is what an appositive role is for: "the UN" in
	// "X, Iran's ambassador to the UN, said".
	partAppositiveObject
	// partTitleObject is what the office of the titled person after it is
	// for: "Yemen" in "UN Special Envoy for Yemen Hans Grundberg".
	partTitleObject
	// partShortName is the short name a release gives in brackets after
	// the full one, "AHMAD VAHIDI (VAHIDI)": part of that argument.
	partShortName
)

// buildArgs turns a sentence's mentions into argument phrases: qualifiers
// are folded into the titled person after them, demonyms stand for their
// state only before an actor noun (or as a plural noun, "the Iranians"),
// and appositive roles are folded into the person before them.
// reStyleOfAddress is a style of address right before a name or its title:
// "His Majesty", "Her Royal Highness", "His Excellency", "H.E." (also
// written "his Majesty").
var reStyleOfAddress = regexp.MustCompile(`\b(?:(?:[Hh]is|[Hh]er|[Tt]heir)` + sp + `+(?:Royal` + sp + `+)?(?:Majesty|Majesties|Highness|Highnesses|Excellency|Excellencies)|H\.` + sp + `?(?:E|M|R\.` + sp + `?H)\.)` + sp + `+(?:(?:Sheikh|Shaikh|Sayyid|Sheikha)` + sp + `+)?$`)

func buildArgs(text string, ents *entitySet, ments []mention) []arg {
	parts := make([]int, len(ments))
	for i, m := range ments {
		// The mention a qualifier is read against: the next one, or the
		// titled person past an object of its title ("UN Special Envoy for
		// Yemen Hans Grundberg": the UN qualifies the envoy).
		next := i + 1
		if titleObjectAt(text, ments, next) {
			next++
		}
		switch {
		case i > 0 && shortNameAfter(text, ments[i-1], m) >= 0:
			parts[i] = partShortName
		case titleObjectAt(text, ments, i):
			parts[i] = partTitleObject
		case next < len(ments) && isQualifier(m) && qualifies(text, m, ments[next]) && !officeApposedBefore(text, ments, i):
			parts[i] = partQualifier
		case i+1 < len(ments) && isQualifier(m) && ments[i+1].Type == "Person" && ments[i+1].Start >= m.End &&
			reReversedTitle.MatchString(text[m.End:ments[i+1].Start]) && reReversedClose.MatchString(text[ments[i+1].End:]) &&
			!strings.Contains(text[m.End:ments[i+1].Start], "\n"):
			// "met Egypt's foreign minister, Badr Abdelatty, in Doha": the
			// state names the office of the person set off after it.
			parts[i] = partQualifier
		case i+1 < len(ments) && isQualifier(m) && acronymInParens(text, ments, i) && qualifies(text, pastParen(m), ments[i+1]):
			// "UN Office for the Coordination of Humanitarian Affairs
			// (UNOCHA) spokesperson Jens Larkey": the acronym qualifies.
			parts[i] = partQualifier
		case i > 0 && isQualifier(m) && ments[i-1].Type == "Person" &&
			m.Start >= ments[i-1].End && reApposLead.MatchString(text[ments[i-1].End:m.Start]) &&
			apposRole(text, m) != nil:
			parts[i] = partAppositive
		case i > 0 && isQualifier(m) && !m.Demonym && ments[i-1].Type == "Person" &&
			m.Start >= ments[i-1].End && reApposOf.MatchString(text[ments[i-1].End:m.Start]) && !continuesName(text, m.End):
			parts[i] = partAppositiveOf
		case m.Demonym && !actorNoun.MatchString(text[m.End:]) && !coordinatedActor(text[m.End:]) && !strings.HasSuffix(m.Text, "s") &&
			!nominalDemonym(text[:m.Start], m.Text, text[m.End:]):
			parts[i] = partAdjective
		case i > 0 && parts[i-1] == partAppositive && isQualifier(m) && apposObject(text, ments[i-1], m):
			parts[i] = partAppositiveObject
		}
	}
	var args []arg
	for i, m := range ments {
		if parts[i] != partArg {
			continue
		}
		a := argOf(m)
		if e, ok := ents.Entities[m.EntityID]; ok && e.Type != "" {
			a.typ = e.Type
		}
		if m.MetonymFor != "" {
			a.id, a.typ = m.MetonymFor, "Country"
		}
		if m.Type == "Person" && m.Title != "" && m.TitleStart < a.start {
			a.start = m.TitleStart
		}
		if m.Type == "Person" {
			// "spoke with His Majesty King Abdullah II": the style of
			// address belongs to the name, so that the gap before it
			// reads "spoke with".
			lo := max(0, a.start-40)
			if loc := reStyleOfAddress.FindStringIndex(text[lo:a.start]); loc != nil {
				a.start = lo + loc[0]
			}
		}
		prev := i - 1
		if prev > 0 && parts[prev] == partTitleObject {
			prev--
		}
		if prev >= 0 && parts[prev] == partQualifier {
			q := ments[prev]
			if acronymInParens(text, ments, prev) {
				q = pastParen(q)
			}
			a.qual = &q
			a.start = min(a.start, q.Start)
			if office, ok := officeBefore(text, q.Start); ok {
				a.start = min(a.start, office)
			}
		}
		// "Israeli and Hamas negotiators": the noun after the last of a
		// demonym's list belongs to every member, the name included.
		if m.Demonym || i > 0 && ments[i-1].Demonym && ments[i-1].End <= m.Start && coordinatedActor(text[ments[i-1].End:]) {
			if loc := actorNoun.FindStringSubmatchIndex(text[m.End:]); loc != nil {
				a.end = m.End + loc[3]
			}
		}
		if i+1 < len(ments) && parts[i+1] == partShortName {
			// The rules read the words after the name from the end of its
			// mention: here, after the bracket.
			a.end = shortNameAfter(text, m, ments[i+1])
			a.m.End = a.end
		}
		if i+1 < len(ments) && parts[i+1] == partAppositiveOf {
			a.end = ments[i+1].End
		}
		if i+1 < len(ments) && parts[i+1] == partAppositive {
			q := ments[i+1]
			loc := apposRole(text, q)
			a.roleAfter = text[q.End+loc[2] : q.End+loc[3]]
			a.roleAfterOf = q.EntityID
			a.roleAfterS, a.roleAftE = q.Start, q.End+loc[3]
			a.end = q.End + loc[3]
			if i+2 < len(ments) && parts[i+2] == partAppositiveObject {
				a.end = ments[i+2].End
			}
		}
		args = append(args, a)
	}
	return args
}

// reShortNameOpen and reShortNameClose enclose a short name in brackets.
var (
	reShortNameOpen  = regexp.MustCompile(`^` + sp + `*\(["“]?$`)
	reShortNameClose = regexp.MustCompile(`^["”]?\)`)
)

// shortNameAfter returns where the bracketed short name q of the entity
// named by m right before it ends, "AHMAD VAHIDI (VAHIDI)", or -1; an
// organisation's acronym in brackets qualifies what follows instead.
func shortNameAfter(text string, m, q mention) int {
	if m.Type != "Person" || m.EntityID != q.EntityID || q.Start < m.End || !reShortNameOpen.MatchString(text[m.End:q.Start]) {
		return -1
	}
	loc := reShortNameClose.FindStringIndex(text[q.End:])
	if loc == nil {
		return -1
	}
	return q.End + loc[1]
}

// titleObjectAt reports ments[i] written inside the title of the person
// mention right after it as what the office is for: "Yemen" in "Special
// Envoy for Yemen Hans Grundberg". It names neither the holder's state nor
// an argument of the sentence.
func titleObjectAt(text string, ments []mention, i int) bool {
	if i < 0 || i+1 >= len(ments) {
		return false
	}
	q, p := ments[i], ments[i+1]
	return p.Type == "Person" && p.Title != "" && q.Start >= p.TitleStart && q.End <= p.TitleEnd &&
		reTitleObject.MatchString(text[p.TitleStart:q.Start])
}

// apposRole returns the submatch indices of the role written after q in
// an apposition (", Oman's foreign minister", ", the Iranian Minister of
// Foreign Affairs"), relative to q's end, or nil.
func apposRole(text string, q mention) []int {
	if q.Demonym {
		return reApposDemonym.FindStringSubmatchIndex(text[q.End:])
	}
	return reApposPossessive.FindStringSubmatchIndex(text[q.End:])
}

// reStanceBefore: "pro-" or "anti-" glued before a state's name makes it
// a stance ("the pro-Soviet President Nasser"), not the office's state.
var reStanceBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:pro|anti)-$`)

// stanceBefore reports reStanceBefore right before pos, reading only the
// few bytes it needs (a pattern anchored at the end would scan the whole
// text before it).
func stanceBefore(text string, pos int) bool {
	from := max(0, pos-8)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	return reStanceBefore.MatchString(text[from:pos])
}

// qualifies reports whether q names the state or organisation of the
// person mention p right after it: "Iran's Foreign Minister X", "Iranian
// Foreign Minister X", "U.S. Envoy X", or inside p's title ("President of
// France X").
func qualifies(text string, q, p mention) bool {
	if p.Type != "Person" || q.End > p.Start || stanceBefore(text, q.Start) {
		return false
	}
	// "the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim Al-Ja'afari".
	if reOfficeName.MatchString(text[q.End:p.Start]) {
		if _, ok := officeBefore(text, q.Start); ok {
			return true
		}
	}
	if p.Title != "" && q.Start >= p.TitleStart && q.End <= p.TitleEnd {
		// "Special Envoy for Yemen", "Ambassador to the United Nations":
		// what the office is for is part of the title, not its holder.
		return !reTitleObject.MatchString(text[p.TitleStart:q.Start])
	}
	gapEnd := p.Start
	if p.Title != "" && p.TitleStart >= q.End {
		gapEnd = p.TitleStart
	}
	return reQualGap.MatchString(text[q.End:gapEnd])
}

// acronymInParens reports ments[i] written in parentheses right after a
// mention of the same entity: "... Affairs (UNOCHA)".
func acronymInParens(text string, ments []mention, i int) bool {
	m := ments[i]
	return i > 0 && ments[i-1].EntityID == m.EntityID && m.Start > 0 && text[m.Start-1] == '(' &&
		m.End < len(text) && text[m.End] == ')' && strings.TrimSpace(text[ments[i-1].End:m.Start-1]) == ""
}

// pastParen is m read as ending after its closing parenthesis.
func pastParen(m mention) mention {
	m.End++
	return m
}

// officeBefore finds an office written right before a state or
// organisation ("Chairman of the", "Minister of Foreign Affairs of") and
// returns where it starts.
func officeBefore(text string, pos int) (int, bool) {
	lo := max(0, pos-80)
	// An office is written on one line: a line before ends another name
	// (a list of signatures).
	if i := strings.LastIndexByte(text[lo:pos], '\n'); i >= 0 {
		lo += i + 1
	}
	loc := reOfficeOf.FindStringSubmatchIndex(text[lo:pos])
	if loc == nil {
		loc = reOfficeOfLower.FindStringSubmatchIndex(text[lo:pos])
	}
	if loc == nil {
		return 0, false
	}
	office := strings.TrimSpace(text[lo+loc[2] : lo+loc[3]])
	head, _, _ := strings.Cut(office, " of ")
	head, _, _ = strings.Cut(head, " for ")
	if !roleHeadWord.MatchString(head) {
		return 0, false
	}
	return lo + loc[2], true
}

// apposObject reports "to the UN" between an appositive role ("Iran's
// ambassador") and m.
func apposObject(text string, q, m mention) bool {
	loc := reApposPossessive.FindStringSubmatchIndex(text[q.End:])
	if loc == nil || q.End+loc[1] > m.Start {
		return false
	}
	return reApposObject.MatchString(text[q.End+loc[1] : m.Start])
}

// continuesName reports a mention followed by more of a longer name ("the
// U.S. 5th Fleet", "the U.S. Navy"): the mention is not the holder.
func continuesName(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " \u00a0")
	return rest != "" && (rest[0] >= 'A' && rest[0] <= 'Z' || rest[0] >= '0' && rest[0] <= '9')
}

// isQualifier reports whether a mention can name the state or organisation
// a title belongs to.
func isQualifier(m mention) bool {
	return m.Type == "Country" || m.Type == "Organization"
}

// between is the document text from a to b, empty when they are out of order.
func (v *sentView) between(a, b int) string {
	if a > b || a < 0 || b > len(v.text) {
		return ""
	}
	return v.text[a:b]
}

// reCoordinatedAdjective: another adjective coordinated after a demonym
// ("British and French forces"), before the noun that makes both actors.
var reCoordinatedAdjective = regexp.MustCompile(`^(?:[\s\x{00A0}]*,|[\s\x{00A0}]+(?:and|or))[\s\x{00A0}]+\p{Lu}[\w\x{00C0}-\x{024F}-]*`)

// A demonym with no plural written as the people of a state ("the British
// bombed Baghdad", "the French and the British withdrew"): "the" before it,
// and after it a verb or the end of the phrase, not the noun it would qualify.
var (
	reTheNominal      = regexp.MustCompile(`(?:^|[^\w])(?:the|The)[\s\x{00A0}]+$`)
	reNominalAfter    = regexp.MustCompile(`^(?:[\s\x{00A0}]*(?:[,.;:)]|$)|[\s\x{00A0}]+(?:and|or|had|have|were|was|then|also|soon|later|finally|still|did|would|could|during|in|at|from|into|with|under|against|after|before|until|on|who|themselves|took|withdrew|sent|began|fought|won|lost|made|left|gave|struck|drove|came|built|held|kept|sought|brought|bought|overran|forced|agreed|refused|tried)\b|[\s\x{00A0}]+[a-z]+ed[\s\x{00A0}]+(?:the|a|an|to|in|on|at|into|from|[A-Z]))`)
	reNoPluralDemonym = regexp.MustCompile(`(?:ish|ch|ese|ss)$`)
)

func nominalDemonym(before, demonym, after string) bool {
	return reNoPluralDemonym.MatchString(demonym) && reTheNominal.MatchString(before) && reNominalAfter.MatchString(after)
}

// coordinatedActor reports a demonym whose coordinated partner is the
// adjective of an actor noun: "British" in "British and French forces".
func coordinatedActor(after string) bool {
	loc := reCoordinatedAdjective.FindStringIndex(after)
	return loc != nil && actorNoun.MatchString(after[loc[1]:])
}

// matchBefore matches re against the reach bytes of v before pos (re ends
// at pos) and gives its submatch offsets into the document text, or nil.
func matchBefore(v *sentView, pos, reach int, re *regexp.Regexp) []int {
	lo := max(v.start, pos-reach)
	loc := re.FindStringSubmatchIndex(v.between(lo, pos))
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += lo
		}
	}
	return loc
}

// reApposOpen: between a person and the office set off after the name.
var reApposOpen = regexp.MustCompile(`^[\s\x{00A0}]*,[\s\x{00A0}]*(?:the[\s\x{00A0}]+)?$`)

// officeApposedBefore reports the office written before ments[i] ("Minister
// for Foreign Affairs of Finland") set off after a person who has no office
// of their own before the name: in "Zorbo Quxani, Minister for Foreign
// Affairs of Finland, Pedro Dutra, Minister of Defence of Sweden" the first
// office is Quxani's, not Dutra's.
func officeApposedBefore(text string, ments []mention, i int) bool {
	os, ok := officeBefore(text, ments[i].Start)
	if !ok {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		p := ments[k]
		if p.End > os {
			continue
		}
		if p.Type != "Person" || !reApposOpen.MatchString(text[p.End:os]) || p.Title != "" && p.TitleStart < p.Start {
			return false
		}
		// "the Minister of Foreign Affairs of Türkiye, Mr. X, the
		// Minister …": X's office came before X.
		return k == 0 || !(isQualifier(ments[k-1]) && ments[k-1].End <= p.Start && p.Start-ments[k-1].End <= 12)
	}
	return false
}

// insidePersonMention reports a date written inside a person's name: a
// month that is someone's surname ("May", "August" as a given name).
func insidePersonMention(ments []mention, d timex.Expr) bool {
	for _, m := range ments {
		if m.Type == "Person" && m.Start <= d.Start && d.End <= m.End {
			return true
		}
	}
	return false
}
