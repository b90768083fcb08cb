package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/kg-project/kg/ingest/timex"
)

// Events named by their year and what happened, in lower case: "the 1970
// coup", "the 1948 war", "the 2015 Saudi-led intervention", "the 1979 Grand Mosque seizure", "the 2019 Abqaiq–Khurais
// attack", "the 1983 Beirut barracks bombings", "the 1979 hostage crisis",
// "the 1987 Mecca incident".
// The definite article and the year make the phrase a name: "a coup" or
// "attacks in 2019" name nothing.

var reYearDeed = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)` + sp + `+)?(?:1[89]|20)\d{2})` + sp + `+((?:[\w'’.–-]+` + sp + `+){0,3}?)` +
	`(coup` + sp + `+d['’]` + `(?:é|e)tat|coup` + sp + `+attempt|coup|bombings?|explosions?|seizure|hostage` + sp + `+crisis|attacks?|massacre|assassination|hijacking|shootdown|shootings?|stampede|war|intervention|blockade|raids?|incident)\b`)

// reCoupYear: a coup told in prose with its year after it ("deposed in a
// bloodless coup (1970)", "seized power in a military coup in 1969", "a
// coup in October 1969", "the coup of 1 September 1969"). A coup is one
// event whatever the article; its year says which, and its day or month
// when written.
var reCoupYear = regexp.MustCompile(`\b(?:[Aa]|[Tt]he)` + sp + `+(?:(?:bloodless|military|palace|failed|successful|army)` + sp + `+)?` +
	`(coup(?:` + sp + `+d['’](?:é|e)tat)?(?:` + sp + `+attempt)?)` + sp + `*(?:\(` + sp + `*|(?:in|of|on)` + sp + `+(?:(?:\d{1,2}` + sp + `+)?` + monthName + sp + `+|` + monthName + sp + `+\d{1,2},?` + sp + `+)?)((?:1[89]|20)\d{2})\b`)

// yearDeedKinds maps a head to the kind of event it names.
var yearDeedKinds = map[string]string{
	"coup": "coup", "bombing": "attack", "bombings": "attack", "explosion": "incident", "explosions": "incident",
	"seizure": "incident", "crisis": "crisis", "attack": "attack", "attacks": "attack", "massacre": "attack",
	"assassination": "incident", "hijacking": "incident", "shootdown": "incident", "war": "war",
	"intervention": "war", "blockade": "blockade", "raid": "attack", "raids": "attack", "incident": "incident",
	"shooting": "attack", "shootings": "attack", "stampede": "incident",
}

// yearDeedWords may stand between the year and the head besides names:
// "the 1983 Beirut barracks bombings", "the 2020 Beirut port explosion".
var yearDeedWords = map[string]bool{
	"military": true, "failed": true, "attempted": true, "bloodless": true, "palace": true, "port": true,
	"barracks": true, "embassy": true, "suicide": true, "car": true, "truck": true, "missile": true,
	"drone": true, "terrorist": true, "chemical": true, "hostage": true, "tanker": true, "mosque": true,
	"airport": true, "synagogue": true, "hotel": true, "bus": true, "market": true, "ship": true,
}

// yearDeeds finds events named by year and deed.
func (b *relBuilder) yearDeeds(v *sentView, text string) {
	if !reYearInName.MatchString(text) {
		return
	}
	for _, m := range reYearDeed.FindAllStringSubmatchIndex(text, -1) {
		s, e := v.start+m[2], v.start+m[7]
		head := strings.ToLower(strings.Fields(text[m[6]:m[7]])[0])
		words := strings.Fields(text[m[4]:m[5]])
		if !yearDeedNamed(words) {
			continue
		}
		// "the 2019 attacks" with nothing between says which attacks no
		// more than "attacks in 2019" does; a coup or a bombing of a
		// year is one event.
		if (head == "attack" || head == "attacks" || head == "raid" || head == "raids" || head == "incident" || head == "shooting" || head == "shootings") && len(words) == 0 {
			continue
		}
		// "the 2016 Jerusalem shooting attack": the shooting names the
		// attack.
		if head == "shooting" || head == "shootings" {
			if loc := reAttackAfter.FindStringIndex(v.between(e, v.end)); loc != nil {
				e, head = e+loc[1], "attack"
			}
		}
		if b.blockedName(v, s, e, v.start+m[6]) || modifiedHead(v.between(e, v.end)) {
			continue
		}
		b.nameEvent(v, yearDeedKinds[head], s, e)
	}
	for _, m := range reCoupYear.FindAllStringSubmatchIndex(text, -1) {
		s, e := v.start+m[2], v.start+m[3]
		if b.blockedName(v, s, e, s) {
			continue
		}
		year := text[m[4]:m[5]]
		name := year + " " + strings.Join(strings.Fields(text[m[2]:m[3]]), " ")
		if ev := b.events[b.nameEventID(v, "coup", slugWords(name), s, e)]; ev != nil {
			ev.Name = name
			if _, ok := ev.Props["date"]; !ok {
				ev.Props["date"], ev.Props["datePrecision"], ev.Props["dateText"] = year, "year", year
				for _, d := range v.dates {
					if d.Start >= e && d.End == v.start+m[5] && d.Resolved() && strings.HasPrefix(d.Value, year) {
						ev.Props["date"], ev.Props["datePrecision"], ev.Props["dateText"] = d.Value, string(d.Precision), d.Text
					}
				}
			}
		}
	}
}

// reAttackAfter: "attack" right after a shooting that names it.
var reAttackAfter = regexp.MustCompile(`^` + sp + `+attacks?\b`)

// yearDeedNamed reports words between a year and a deed that keep the
// phrase a name: names, demonyms and the words of yearDeedWords.
func yearDeedNamed(words []string) bool {
	for _, w := range words {
		if startsUpper(w) || yearDeedWords[strings.ToLower(w)] {
			continue
		}
		return false
	}
	return true
}

// reModifiedHead: a noun after the head makes it a modifier: "the 2019
// war games", "the 1991 war crimes tribunal", "the 2020 attack helicopters".
var reModifiedHead = regexp.MustCompile(`^` + sp + `+(?:games|crimes?|criminals?|powers|effort|chest|cabinet|room|zone|footing|plans?|planners|planes|helicopters?|plotters?|campaigns?|drills|exercises|threats?|memorial|museum|veterans|victims|tribunal|survivors|anniversary|commission|inquiry|report)\b`)

// modifiedHead reports the text after a head that makes the head a modifier.
func modifiedHead(after string) bool { return reModifiedHead.MatchString(after) }

// reDateDeed: a deed named by the day or month it happened, "the October 7
// attack", "the 7 October massacre", "the June 2025 strikes", "the April
// 2024 attack on Israel", "the September 11 attacks".
var reDateDeed = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)` + sp + `+\d{1,2}(?:,?` + sp + `+(?:1[89]|20)\d{2},?)?|\d{1,2}` + sp + `+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:` + sp + `+(?:1[89]|20)\d{2})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)` + sp + `+(?:1[89]|20)\d{2})` + sp + `+(?:(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*|terrorist|terror|missile|drone|suicide|chemical)` + sp + `+){0,2}(?:attacks?|massacre|strikes?|bombings?|assault|raid))\b`)

// dateDeeds builds the deeds named by their date. A date without its year
// names the deed but dates it only when it is recent news: "the September
// 14 attack" in a report of 11 October 2019 is that September's. Which
// year "the October 7 attack" is, a report of 2025 does not say.
func (b *relBuilder) dateDeeds(v *sentView, text string) {
	for _, m := range reDateDeed.FindAllStringSubmatchIndex(text, -1) {
		s, e := v.start+m[2], v.start+m[3]
		if b.blockedName(v, s, e, e-1) || modifiedHead(v.between(e, v.end)) {
			continue
		}
		name := eventName(strings.Join(strings.Fields(strings.ReplaceAll(v.between(s, e), ",", "")), " "))
		id := "event:attack:" + slugWords(name)
		ev, ok := b.events[id]
		if !ok {
			ev = &entity{ID: id, Name: name, Type: "Event", Props: map[string]any{"kind": "attack"}}
			b.events[id] = ev
		}
		if _, dated := ev.Props["date"]; !dated {
			withYear := reYearInName.MatchString(v.between(s, e))
			for _, d := range v.dates {
				if d.Start >= s && d.End <= e && d.Resolved() && (withYear || b.recentDay(d)) {
					ev.Props["date"], ev.Props["datePrecision"], ev.Props["dateText"] = d.Value, string(d.Precision), d.Text
					break
				}
			}
		}
		b.eventMentioned(id, v, s, e)
		// "the September 14 attack on two oil processing facilities in
		// Saudi Arabia" was held where it struck.
		if t, ok := b.attackTarget(v, e); ok {
			b.add("HELD_IN", id, t.EntityID, 0.75, nil, v, s, t.End)
		}
	}
}

// recentNews is how far before a report a day named without its year may
// lie and still be read as that year's (or the year before's, in January).
const recentNews = 60 * 24 * time.Hour

// recentDay reports a day written without its year ("September 14") that
// the report's publication dates to within recentNews before it.
func (b *relBuilder) recentDay(d timex.Expr) bool {
	if b.doc.Published.IsZero() || d.Precision != timex.Day {
		return false
	}
	t, ok := d.Time()
	if !ok {
		return false
	}
	age := b.doc.Published.Sub(t)
	return age >= 0 && age <= recentNews
}
