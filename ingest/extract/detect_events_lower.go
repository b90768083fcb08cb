package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/timex"
)

// Events named in lower case after the place or people they concern: "the
// Red Sea crisis", "the 2017 Qatar diplomatic crisis", "the Lebanese
// parliamentary election", "the Tikrit offensive". The name must open with
// a mention of a state, a place or a people: "the crisis" or "the
// humanitarian crisis" names nothing, and a situation ("the Gaza
// humanitarian crisis") is no event. An offensive is named only after the
// place it was fought for: "the Israeli offensive" describes one.

var (
	reLowerCrisis = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:1[89]|20)\d{2}` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*` + sp + `+){1,3}` +
		`(?:(?:diplomatic|hostage|missile|nuclear|border|oil|shipping|maritime|succession)` + sp + `+)?crisis)\b`)
	reLowerOffensive = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:1[89]|20)\d{2}` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*` + sp + `+){1,3}(?:counter-?)?offensive)\b`)
	// "the Boko Haram insurgency", "the M23 rebellion", "the Sudanese
	// civil war": a war named after the side or the land it is fought by
	// or in.
	reLowerInsurgency = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:1[89]|20)\d{2}` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*` + sp + `+){1,3}(?:insurgency|rebellion|insurrection|civil` + sp + `+war))\b`)
	// A list item that is nothing but a war's name, as a news portal
	// heads the items of one story: "Boko Haram insurgency", "Sudanese
	// civil war", "War in North-West Pakistan".
	reStoryWar = regexp.MustCompile(`^(?:((?:(?:1[89]|20)\d{2}` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*` + sp + `+){1,3}(?:insurgency|rebellion|insurrection|civil` + sp + `+war|conflict|crisis|war))|(War` + sp + `+in` + sp + `+(?:the` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*` + sp + `*){1,3}))$`)
	// "Iranian presidential election, 2009": a list item that is an
	// election's name with its year after a comma, as encyclopedia titles
	// long wrote them.
	reElectionTitleYear = regexp.MustCompile(`^((?:\p{Lu}[\w\x{00C0}-\x{024F}'’-]*` + sp + `+){1,2}(?:presidential|parliamentary|legislative|general|local)` + sp + `+elections?),` + sp + `+((?:19|20)\d{2})$`)
	reLowerElection     = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:\p{Lu}[\w\x{00C0}-\x{024F}'’-]*` + sp + `+){1,2}(presidential|parliamentary|legislative|general|local|municipal|regional)` + sp + `+elections?)\b`)
)

// lowerNamedEvents finds crises, offensives, insurgencies, conflicts and
// elections named in lower case.
func (b *relBuilder) lowerNamedEvents(v *sentView, text string) {
	if strings.Contains(text, "crisis") {
		for _, m := range reLowerCrisis.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+m[2], v.start+m[3]
			if !b.opensWithSubject(v, s) || b.blockedName(v, s, e, e-len("crisis")) {
				continue
			}
			b.nameEvent(v, "crisis", s, e)
		}
	}
	if strings.Contains(text, "offensive") {
		for _, m := range reLowerOffensive.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+m[2], v.start+m[3]
			place, ok := b.openingPlace(v, s)
			if !ok || b.blockedName(v, s, e, e-len("offensive")) {
				continue
			}
			if id := b.nameEvent(v, "campaign", s, e); b.events[id] != nil {
				b.add("HELD_IN", id, place.EntityID, 0.8, nil, v, s, e)
			}
		}
	}
	if strings.Contains(text, "insurgency") || strings.Contains(text, "rebellion") || strings.Contains(text, "insurrection") || strings.Contains(text, "civil war") {
		for _, m := range reLowerInsurgency.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+m[2], v.start+m[3]
			head := strings.LastIndex(v.between(s, e), " ")
			if strings.HasSuffix(v.between(s, e), "civil war") {
				head = strings.LastIndex(v.between(s, e-len(" war")), " ")
			}
			// A body fights its insurgency; a state's or a people's civil
			// war is theirs. A place's insurgency is the document's war
			// named after the place, if any (events_place_wars.go), and a
			// state's may be any of several.
			civil := strings.HasSuffix(v.between(s, e), "civil war")
			_, body := openingMention(v, s, func(m mention) bool { return m.Type == "Organization" && !m.Demonym })
			_, state := openingMention(v, s, func(m mention) bool { return m.Type == "Country" })
			if !body && !(civil && state) || b.blockedName(v, s, e, s+head+1) || coveredByEvent(v, s, e) {
				continue
			}
			// "the Dhofar insurgency" of a text that names the Dhofar
			// Rebellion is that war, under another head word.
			if id, ok := b.warOpenedBy(strings.TrimSpace(v.between(s, s+head))); ok {
				b.eventMentioned(id, v, s, e)
				continue
			}
			b.insurgentWar(v, s, e)
		}
	}
	if strings.Contains(text, "conflict") {
		b.placeConflicts(v, text)
	}
	if strings.Contains(text, "election") {
		b.electionTitleYear(v, text)
		for _, m := range reLowerElection.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+m[2], v.start+m[3]
			if !b.opensWithSubject(v, s) || b.blockedName(v, s, e, v.start+m[4]) {
				continue
			}
			// "the Lebanese parliamentary election was held on 15 May
			// 2022": the year of the sentence's date names which one.
			name := strings.TrimSuffix(eventName(v.between(s, e)), "s")
			// A day told relative to a dated news item ("on Friday") has
			// its year too; "next year" names no year a reader can trust.
			if d, ok := pickDate(v, s, e, true); ok && d.Resolved() && len(d.Value) >= 4 && (!d.Relative || d.Precision == timex.Day) {
				name = d.Value[:4] + " " + name
			}
			if ev := b.events[b.nameEventID(v, "election", slugWords(name), s, e)]; ev != nil {
				ev.Name = name
			}
		}
	}
}

// openingMention returns the first mention fit takes that starts at s, or
// right after a year there ("the 2016 Aleppo offensive").
func openingMention(v *sentView, s int, fit func(mention) bool) (mention, bool) {
	if loc := reYearInName.FindStringIndex(v.between(s, min(v.end, s+5))); loc != nil && loc[0] == 0 {
		s += loc[1]
		for s < v.end && (v.text[s] == ' ' || v.text[s] == '\u00a0') {
			s++
		}
	}
	for _, m := range v.ments {
		if m.Start == s && fit(m) {
			return m, true
		}
	}
	return mention{}, false
}

// openingPlace returns the place a name opens with: "the Tikrit offensive".
func (b *relBuilder) openingPlace(v *sentView, s int) (mention, bool) {
	return openingMention(v, s, func(m mention) bool { return m.Type == "Place" && !m.Demonym })
}

// opensWithSubject reports a name opening with a mention of a state,
// place, organisation or people.
func (b *relBuilder) opensWithSubject(v *sentView, s int) bool {
	_, ok := openingMention(v, s, func(m mention) bool {
		return m.Type == "Country" || m.Type == "Place" || m.Type == "Organization"
	})
	return ok
}

// reWarHeadWords end the names of wars that may be told under another
// head word.
var reWarHeadWords = regexp.MustCompile(`(?i)^(?:rebellion|insurgency|insurrection|uprising|war|civil` + sp + `+war|conflict|revolt)$`)

// warOpenedBy is the one war of the document whose name opens with the
// given words and ends in a head word of war ("Dhofar" → the Dhofar
// Rebellion).
func (b *relBuilder) warOpenedBy(opening string) (string, bool) {
	opening = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(opening, "the "), "The "))
	if opening == "" {
		return "", false
	}
	found := ""
	for _, id := range b.sortedEntityIDs() {
		e := b.ents.Entities[id]
		if e.Type != "Event" || !strings.HasPrefix(e.Name, opening+" ") || !reWarHeadWords.MatchString(strings.TrimPrefix(e.Name, opening+" ")) {
			continue
		}
		if found != "" {
			return "", false
		}
		found = id
	}
	return found, found != ""
}

// storyWar names the war a sentence consists of (reStoryWar), when it
// opens with a state, a place or a body of the document ("Boko Haram
// insurgency") or is a war in a place ("War in North-West Pakistan").
func (b *relBuilder) storyWar(v *sentView, text string) {
	m, at := wholeSentenceMatch(reStoryWar, text)
	if m == nil {
		return
	}
	s, e := v.start+at+m[0], v.start+at+m[1]
	if coveredByEvent(v, s, e) {
		return
	}
	if m[2] >= 0 && !b.opensWithSubject(v, s) {
		return
	}
	if m[2] >= 0 {
		words := strings.Fields(v.between(s, e))
		if id, ok := b.warOpenedBy(strings.Join(words[:len(words)-1], " ")); ok {
			b.eventMentioned(id, v, s, e)
			return
		}
	}
	b.insurgentWar(v, s, e)
}

// insurgentWar names the war at [s, e) of v; a body its name opens with
// ("the Boko Haram insurgency") fights it.
func (b *relBuilder) insurgentWar(v *sentView, s, e int) {
	id := b.nameEvent(v, "war", s, e)
	if b.events[id] == nil {
		return
	}
	if m, ok := openingMention(v, s, func(m mention) bool { return m.Type == "Organization" && !m.Demonym }); ok {
		b.add("PARTICIPATED_IN", m.EntityID, id, 0.75, nil, v, s, e)
	}
}

// reLowerConflict: "the Western Sahara conflict", "the Nagorno-Karabakh
// conflict".
var reLowerConflict = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:1[89]|20)\d{2}` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*` + sp + `+){1,3}conflict)\b`)

// placeConflicts names the conflicts named after the land they are fought
// over, held there: "the Western Sahara conflict". One named after states
// or peoples ("the Syrian conflict") may be any of several wars.
func (b *relBuilder) placeConflicts(v *sentView, text string) {
	for _, m := range reLowerConflict.FindAllStringSubmatchIndex(text, -1) {
		s, e := v.start+m[2], v.start+m[3]
		head := e - len("conflict")
		place, ok := openingMention(v, s, func(m mention) bool { return m.Type == "Place" && !m.Demonym })
		if !ok || strings.TrimSpace(v.between(place.End, head)) != "" || b.blockedName(v, s, e, head) || coveredByEvent(v, s, e) {
			continue
		}
		if id, ok := b.warOpenedBy(strings.TrimSpace(v.between(s, head))); ok {
			b.eventMentioned(id, v, s, e)
			continue
		}
		if id := b.nameEvent(v, "war", s, e); b.events[id] != nil {
			b.add("HELD_IN", id, place.EntityID, 0.75, nil, v, s, e)
		}
	}
}

// electionTitleYear names the election a sentence consists of, written
// with its year after a comma (reElectionTitleYear), as "<year> <name>".
func (b *relBuilder) electionTitleYear(v *sentView, text string) {
	m, at := wholeSentenceMatch(reElectionTitleYear, text)
	if m == nil {
		return
	}
	s, e := v.start+at+m[0], v.start+at+m[1]
	if !b.opensWithSubject(v, s) || coveredByEvent(v, s, e) {
		return
	}
	year := text[at+m[4] : at+m[5]]
	name := year + " " + strings.TrimSuffix(eventName(text[at+m[2]:at+m[3]]), "s")
	if ev := b.events[b.nameEventID(v, "election", slugWords(name), s, e)]; ev != nil {
		ev.Name = name
		if _, dated := ev.Props["date"]; !dated {
			ev.Props["date"], ev.Props["datePrecision"], ev.Props["dateText"] = year, "year", year
		}
	}
}

// wholeSentenceMatch matches re, anchored at both ends, against the
// sentence text with the white space around it left out; it returns the
// match's indices and the offset in text they count from, or nil.
func wholeSentenceMatch(re *regexp.Regexp, text string) ([]int, int) {
	trimmed := strings.TrimSpace(text)
	m := re.FindStringSubmatchIndex(trimmed)
	if m == nil {
		return nil, 0
	}
	return m, strings.Index(text, trimmed)
}
