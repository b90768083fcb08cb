package extract

import (
	"regexp"
	"strings"
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
	reLowerElection  = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:\p{Lu}[\w\x{00C0}-\x{024F}'’-]*` + sp + `+){1,2}(presidential|parliamentary|legislative|general|local|municipal|regional)` + sp + `+elections?)\b`)
)

// lowerNamedEvents finds crises, offensives and elections named in lower
// case.
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
	if strings.Contains(text, "election") {
		for _, m := range reLowerElection.FindAllStringSubmatchIndex(text, -1) {
			s, e := v.start+m[2], v.start+m[3]
			if !b.opensWithSubject(v, s) || b.blockedName(v, s, e, v.start+m[4]) {
				continue
			}
			// "the Lebanese parliamentary election was held on 15 May
			// 2022": the year of the sentence's date names which one.
			name := strings.TrimSuffix(eventName(v.between(s, e)), "s")
			if d, ok := pickDate(v, s, e, true); ok && d.Resolved() && len(d.Value) >= 4 && !d.Relative {
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
