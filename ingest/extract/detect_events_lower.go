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
	reLowerCrisis = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:1[89]|20)\d{2}` + sp + `+)?(?:[A-Z][\w'’.–-]*` + sp + `+){1,3}` +
		`(?:(?:diplomatic|hostage|missile|nuclear|border|oil|shipping|maritime|succession)` + sp + `+)?crisis)\b`)
	reLowerOffensive = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:1[89]|20)\d{2}` + sp + `+)?(?:[A-Z][\w'’.–-]*` + sp + `+){1,3}(?:counter-?)?offensive)\b`)
	reLowerElection  = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:[A-Z][\w'’-]*` + sp + `+){1,2}(presidential|parliamentary|legislative|general|local|municipal|regional)` + sp + `+elections?)\b`)
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
			b.nameEvent(v, "campaign", s, e)
			if id := "event:campaign:" + slugWords(eventName(v.between(s, e))); b.events[id] != nil {
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
			slugName := slugWords(name)
			b.nameEventID(v, "election", slugName, s, e)
			if ev := b.events["event:election:"+slugName]; ev != nil {
				ev.Name = name
			}
		}
	}
}

// openingPlace returns the place named at s, or right after a year there:
// "the Tikrit offensive", "the 2016 Aleppo offensive".
func (b *relBuilder) openingPlace(v *sentView, s int) (mention, bool) {
	s = skipYear(v, s)
	for _, m := range v.ments {
		if m.Start == s && m.Type == "Place" && !m.Demonym {
			return m, true
		}
	}
	return mention{}, false
}

// skipYear returns the position after a year and its spaces at s, or s.
func skipYear(v *sentView, s int) int {
	if loc := reYearInName.FindStringIndex(v.between(s, min(v.end, s+5))); loc != nil && loc[0] == 0 {
		s += loc[1]
		for s < v.end && (v.text[s] == ' ' || v.text[s] == '\u00a0') {
			s++
		}
	}
	return s
}

// opensWithSubject reports a mention of a state, place, organisation or
// people starting at s, or right after a year there.
func (b *relBuilder) opensWithSubject(v *sentView, s int) bool {
	s = skipYear(v, s)
	for _, m := range v.ments {
		if m.Start == s && (m.Type == "Country" || m.Type == "Place" || m.Type == "Organization") {
			return true
		}
	}
	return false
}
