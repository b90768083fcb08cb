package extract

import "regexp"

// Uprisings and revolts named in lower case after the place they happened
// or a name given them: "the Hama uprising", "protests known as the
// Al-Wathbah uprising". A people's or a state's uprising ("the Kurdish
// uprising", "the Iraqi revolt") names no one event.

var (
	reLowerRising = regexp.MustCompile(`\b[Tt]he` + sp + `+((?:(?:1[89]|20)\d{2}` + sp + `+)?(?:(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*|(?:al|el|as|ad|an|ash|at|az|ar)-\p{Lu}[\w\x{00C0}-\x{024F}'’.–-]*)` + sp + `+){1,3}(uprising|revolt|rebellion|riots|pogrom))\b`)
	// A name given right before: "known as the", "referred to as the".
	reNamedAsBefore = regexp.MustCompile(`(?i)\b(?:known|referred` + sp + `+to|remembered)` + sp + `+as` + sp + `+$`)
)

// risingKinds maps a lower-case head to the kind of event it names.
var risingKinds = map[string]string{"uprising": "protest", "riots": "protest", "revolt": "war", "rebellion": "war", "pogrom": "attack"}

// lowerRisings finds uprisings, revolts and pogroms named in lower case.
// A name that opens with a place is held there.
func (b *relBuilder) lowerRisings(v *sentView, text string) {
	for _, m := range reLowerRising.FindAllStringSubmatchIndex(text, -1) {
		s, e, head := v.start+m[2], v.start+m[3], v.start+m[4]
		place, atPlace := b.placeOpening(v, s)
		named := reNamedAsBefore.MatchString(v.between(max(v.start, s-30), s-len("the ")))
		if !atPlace && !named || b.blockedName(v, s, e, head) {
			continue
		}
		kind := risingKinds[v.between(head, e)]
		b.nameEvent(v, kind, s, e)
		id := "event:" + kind + ":" + slugWords(eventName(v.between(s, e)))
		if atPlace && b.events[id] != nil {
			b.add("HELD_IN", id, place, 0.8, nil, v, s, e)
		}
	}
}

// placeOpening is the place (not a state, nor a people) whose mention
// opens the name at s, after a year if one opens it.
func (b *relBuilder) placeOpening(v *sentView, s int) (string, bool) {
	if loc := reYearInName.FindStringIndex(v.between(s, min(v.end, s+5))); loc != nil && loc[0] == 0 {
		s += loc[1]
		for s < v.end && (v.text[s] == ' ' || v.text[s] == '\u00a0') {
			s++
		}
	}
	for _, m := range v.ments {
		if m.Start == s && m.Type == "Place" && !m.Demonym && m.MetonymFor == "" {
			return m.EntityID, true
		}
	}
	return "", false
}
