package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// An attack no sentence names a doer for — "is killed in a bomb attack in
// the capital Tehran", "a suicide bombing at a café in Tripoli, Lebanon,
// kills seven" — is still one event a reader of a news item lists, when
// the item tells it as news (in the present tense, dated by its
// publication day) or a history gives its day or month in full, and says
// where it struck. A bomb or a bomber told with what it did there ("a car
// bomb explodes in", "a bomb planted inside a store in") is its bombing.
// It is named by its noun and its place ("Bomb attack in Tehran"), held
// in that place, and a doer named with "by" right after the noun took
// part in it. A plural ("bombings in Baghdad") is a series, not one
// event; an attack with a doer before its noun is events_attack_nouns.go's,
// but one a doer "carried out" or "launched" is this file's.

var (
	// reIncidentNoun: an article, at most three words that say how it was
	// done, and the noun.
	reIncidentNoun = regexp.MustCompile(`(?i)\b(?:an?|the|(?:yester|to|mon|tues|wednes|thurs|fri|satur|sun)day['’]s)` + sp + `+((?:(?:suicide|car|truck|roadside|bomb|rocket|mortar|missile|drone|grenade|knife|gun|terrorist|terror|deadly|twin|double|coordinated|overnight|suspected|apparent|militant|insurgent|air|explosive)` + sp + `+){0,3})(attack|bombing|blast|explosion|shooting|stabbing|airstrike|strike|ambush|massacre|suicide` + sp + `+bombing|bomb|suicide` + sp + `+bomber)\b`)
	// reIncidentDoerVerb: between a doer named before the noun and its
	// article ("The Islamic Jihad, an Iran-backed group, carried out a",
	// "Houthi rebels claim responsibility for a").
	reIncidentDoerVerb = regexp.MustCompile(`^(?:,[^,;]{1,60},)?` + sp + `+(?:(?:has|had|have|also|then|later)` + sp + `+)*(?:carried` + sp + `+out|carries` + sp + `+out|carry` + sp + `+out|conducted|conducts|conduct|launched|launches|launch|staged|stages|stage|perpetrated|perpetrates|mounted|mounts|(?:rebels|militants|fighters)?` + sp + `*(?:claimed|claims|claim|took|takes|take)` + sp + `+responsibility` + sp + `+for)` + sp + `+$`)
	// reIncidentKilledIn: between a doer and the attack its men killed
	// in ("Hezbollah terrorists killed 241 U.S. military personnel — … —
	// in a").
	reIncidentKilledIn = regexp.MustCompile(`^(?:` + sp + `+(?:terrorists|militants|fighters|gunmen|operatives|forces|troops|members))?` + sp + `+(?:killed|wounded|injured|murdered|kills|wounds|injures)\b[^;]{0,160}?` + sp + `+in` + sp + `+$`)
	// reLeadNotNews: what makes a lead's attack a plan, a fear or a habit
	// ("to" alone does not: "are to be closed … following yesterday's
	// attack").
	reLeadNotNews = regexp.MustCompile(`(?i)\b(?:will|would|may|might|could|should|shall|must|can|cannot|not|never|often|usually|regularly|routinely|every|each|plans?|expected|fears?|feared|warns?|warned|threat\w*)\b`)
	// reAttackAverted: an attack that did not happen.
	reAttackAverted = regexp.MustCompile(`(?i)\b(?:defuse[sd]?|foil(?:s|ed)?|thwart(?:s|ed)?|prevent(?:s|ed)?|disrupt(?:s|ed)?|found|finds|discover(?:s|ed)?|seize[sd]?|plot(?:s|ted)?|planned|planning)\b`)
	// reAttackOnTarget: "on" or "against" right after the noun names its target.
	reAttackOnTarget = regexp.MustCompile(`^` + sp + `+(?:on|against)` + sp)
	// reIncidentBy: the doer right after the noun.
	reIncidentBy = regexp.MustCompile(`^` + sp + `+(?:carried` + sp + `+out` + sp + `+)?by` + sp + `+(?:the` + sp + `+)?$`)
	// reIncidentWhere: between the noun (or its doer and an aside) and the
	// place: a preposition of place and at most a site in the place ("at a
	// café in", "in a mainly Shi'ite area of", "in the capital", "on a cafe
	// in the Lebanese city of", "on a bus in central"). "On" needs the
	// site: "an attack on Israel" names a target, not a venue.
	// The toll may come first: "a suicide bomber killed 32 people and
	// wounded about 100 on Monday in".
	reIncidentWhere = regexp.MustCompile(`^(?:` + sp + `*\([^()]*\))?,?(?:` + sp + `+` + bombVerb + `|` + sp + `+(?:killed|kills|wounded|wounds|injured|injures)` + sp + `+[^,;:()]{1,70}?)?` + sp + `+(?:(?:in|at|near|outside|inside)` + sp + `+(?:` + incidentSite + `){0,2}|on` + sp + `+(?:` + incidentSite + `){1,2})(?:the` + sp + `+)?(?:(?:\p{Lu}[\w'’-]*` + sp + `+)?(?:capital|city|town|village|port|province|district|region|area|governorate)(?:` + sp + `+of)?` + sp + `+)?(?:(?:central|downtown|` + compassWord + `)` + sp + `+)?$`)
	// bombVerb: what a bomb did before its place ("a bomb planted inside a
	// grocery store in", "a car bomb explodes in").
	bombVerb = `(?:planted|hidden|placed|left|explodes|exploded|detonates|detonated|goes` + sp + `+off|went` + sp + `+off|(?:blew|blows)(?:` + sp + `+(?:himself|herself|themselves))?` + sp + `+up)`
	// incidentSite: a site standing in the place, before its preposition.
	incidentSite = `(?:the|an?)` + sp + `+(?:[\w.'’-]+` + sp + `+){0,4}?(?:in|of|near|outside)` + sp + `+`
	// reIncidentNews: a verb in the present tense that tells the news.
	reIncidentNews = regexp.MustCompile(`(?i)\b(?:kills|kill|wounds|injures|explodes|explode|blows` + sp + `+up|goes` + sp + `+off|hits|targets|leaves|stages?|launch(?:es)?|carr(?:y|ies)` + sp + `+out|(?:is|are)` + sp + `+(?:killed|wounded|injured|hit|struck|targeted)|condemns|condemn|claims|claim)\b`)
)

// unclaimedAttacks builds the attacks described above.
func (b *relBuilder) unclaimedAttacks(v *sentView) {
	if !v.has("attack", "bomb", "blast", "explosion", "shooting", "stabbing", "strike", "airstrike", "ambush", "massacre") {
		return
	}
	text := v.between(v.start, v.end)
	for _, loc := range reIncidentNoun.FindAllStringSubmatchIndex(text, -1) {
		ns, ne := v.start+loc[0], v.start+loc[1]
		if b.eventAt(v, ns, ne) || b.mentionIn(v, ns, ne) {
			continue // named already, or a doer inside the phrase ("a Hamas attack")
		}
		if after := v.between(ne, min(v.end, ne+50)); reAttackOnTarget.MatchString(after) && (reMission.MatchString(after) || reShipNoun.MatchString(after)) {
			continue // an attack on an embassy or a ship has rules of its own
		}
		pos := ne
		doer, hasDoer := b.incidentDoerBefore(v, ns)
		// "Israel killed Hamas chief Ahmed Jabari in an airstrike": a
		// named victim's killing is the event (events_killings.go).
		if hasDoer && reIncidentKilledIn.MatchString(v.between(doer.End, ns)) && b.personBetween(v, doer.End, ns) {
			continue
		}
		for _, m := range v.ments {
			if hasDoer {
				break
			}
			if m.Start >= ne && (m.Type == "Organization" || m.Type == "Country") && !m.Demonym && reIncidentBy.MatchString(v.between(ne, m.Start)) {
				doer, hasDoer, pos = m, true, m.End
				break
			}
		}
		place, ok := b.incidentPlace(v, pos)
		if !ok {
			continue
		}
		// "…, killing eight people; al-Shabaab claimed the attack": a
		// doer claiming it later in the sentence.
		if !hasDoer {
			doer, hasDoer = b.claimedAfter(v, place.End)
		}
		near := v.between(runeStartFrom(v.text, max(v.start, ns-25)), place.End)
		if irrealis.MatchString(near) || reDeedDenied.MatchString(near) {
			continue
		}
		// A day a news story tells relative to its own ("early on
		// Wednesday") dates one of the many casualties it reports; an
		// attack a history dates in full, or a news item tells in the
		// present tense, is its subject.
		// A dated item's lead tells its news whatever its verb ("Jordan
		// declares … following yesterday's suicide bomb attack in Rukban").
		lead := v.idx < 3 && !b.doc.Published.IsZero() && !reLeadNotNews.MatchString(text) && !reAttackAverted.MatchString(near)
		news := lead || reIncidentNews.MatchString(text) && !reNotNews.MatchString(text)
		d, dated := pickDate(v, ns, min(v.end, place.End+25), true)
		switch {
		case dated && d.Resolved() && d.Precision != timex.Year && (!d.Relative || news):
		case !dated && news:
			if d, dated = b.publicationDate(); !dated {
				continue
			}
		default:
			continue
		}
		head := headWords(text[loc[2]:loc[5]])
		// A bomb, or a bomber, is the weapon: the event is its bombing
		// ("A car bomb explodes" is a car bombing).
		switch h := headWords(text[loc[4]:loc[5]]); h {
		case "bomb":
			head = strings.TrimSpace(headWords(text[loc[2]:loc[3]]) + " bombing")
		case "suicide bomber":
			head = strings.TrimSpace(headWords(text[loc[2]:loc[3]]) + " suicide bombing")
		}
		name := strings.ToUpper(head[:1]) + head[1:] + " " + placePrep(v.between(pos, place.Start)) + " " + place.Text
		id := b.unclaimedAttack(v, name, place, d, ns, ne)
		if hasDoer {
			b.add("PARTICIPATED_IN", doer.EntityID, id, 0.7, nil, v, ns, doer.End)
		}
	}
}

// unclaimedAttack records the attack named name, told at [ns, ne) and
// held in place on day d, and returns its id. One such attack a place and
// day: a news item tells it again in other words ("a suicide attack",
// "the suicide bomb attack", "a suicide bomber blew himself up"); a
// history lists one a month in the same city.
func (b *relBuilder) unclaimedAttack(v *sentView, name string, place mention, d timex.Expr, ns, ne int) string {
	id := "event:attack:unclaimed-" + localOf(place.EntityID) + ":" + d.Value
	if _, seen := b.events[id]; !seen {
		b.events[id] = &entity{ID: id, Name: name, Type: "Event", Props: datedProps("attack", d)}
	}
	b.eventMentioned(id, v, ns, ne)
	b.add("HELD_IN", id, place.EntityID, 0.7, nil, v, ns, place.End)
	return id
}

// incidentDoerBefore is the state or organisation that "carried out" or
// "launched" the attack whose article starts at ns.
func (b *relBuilder) incidentDoerBefore(v *sentView, ns int) (mention, bool) {
	for i := len(v.ments) - 1; i >= 0; i-- {
		m := v.ments[i]
		if m.End > ns || m.Type != "Organization" && m.Type != "Country" || m.Demonym {
			continue // mentions inside an aside ("an Iran-backed group") are passed over
		}
		if gap := v.between(m.End, ns); reIncidentDoerVerb.MatchString(gap) || reIncidentKilledIn.MatchString(gap) {
			return m, true
		}
		if ns-m.End > 200 {
			break
		}
	}
	return mention{}, false
}

// placePrep is "at" when the last preposition of the place phrase is
// ("a rocket attack at K1 Air Base"), else "in".
func placePrep(phrase string) string {
	words := strings.Fields(phrase)
	for i := len(words) - 1; i >= 0; i-- {
		switch strings.ToLower(words[i]) {
		case "at":
			return "at"
		case "in", "near", "outside", "inside", "on", "of":
			return "in"
		}
	}
	return "in"
}

// mentionIn reports an entity mention of v inside [s, e).
func (b *relBuilder) mentionIn(v *sentView, s, e int) bool {
	for _, m := range v.ments {
		if m.Start >= s && m.End <= e {
			return true
		}
	}
	return false
}

// incidentPlace is the place or state right after pos that reIncidentWhere
// leads to.
func (b *relBuilder) incidentPlace(v *sentView, pos int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < pos {
			continue
		}
		if (m.Type == "Place" || m.Type == "Country") && !m.Demonym && reIncidentWhere.MatchString(v.between(pos, m.Start)) {
			return m, true
		}
		if m.Start-pos > 90 {
			break
		}
	}
	return mention{}, false
}

var (
	// reClaimedIt: after a doer named at the end of the sentence, its claim
	// of the attack told before ("al-Shabaab claimed the attack").
	reClaimedIt = regexp.MustCompile(`^` + sp + `+(?:(?:later|quickly|has|had|swiftly)` + sp + `+)*(?:claimed|claims)(?:` + sp + `+responsibility` + sp + `+for)?` + sp + `+(?:the|this|it)\b`)
	// reClauseBreak: what may stand between the attack's place and such a
	// doer: the rest of the clause, then a semicolon or a comma and "and".
	reClauseBreak = regexp.MustCompile(`^[^;]{0,120}(?:;|,` + sp + `+and)` + sp + `+(?:the` + sp + `+)?$`)
)

// claimedAfter is the state or organisation that claims the attack later
// in its sentence, after its place.
func (b *relBuilder) claimedAfter(v *sentView, pos int) (mention, bool) {
	for _, m := range v.ments {
		if m.Start < pos || m.Type != "Organization" && m.Type != "Country" || m.Demonym {
			continue
		}
		if reClauseBreak.MatchString(v.between(pos, m.Start)) && reClaimedIt.MatchString(v.between(m.End, v.end)) {
			return m, true
		}
	}
	return mention{}, false
}

// personBetween reports a person named in v within [s, e).
func (b *relBuilder) personBetween(v *sentView, s, e int) bool {
	for _, m := range v.ments {
		if m.Type == "Person" && m.Start >= s && m.End <= e {
			return true
		}
	}
	return false
}
