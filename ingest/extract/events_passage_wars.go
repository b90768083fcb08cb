package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kg-project/kg/ingest/normalize"
)

// The sides of a war told over a passage. An encyclopedia section on a war
// or a battle names it once, in its heading or in an opening sentence, and
// then tells the fighting without the name: "Battle of Karameh ... On the
// night of 21 March, the IDF attacked Karameh ...". A state or group that
// attacks or is attacked in such a passage took part in the war it is
// about. The war of a sentence is the one war named earlier in its
// paragraph, else the war its section heading names; a paragraph naming
// two wars tells of neither, and a sentence naming one is left to the
// rules that read its own words.

var (
	// Words of a war's name or catalog description.
	reWarWord = regexp.MustCompile(`(?i)\b(?:war|wars|battle|conflict|invasion|rebellion|insurgency|revolt|siege|offensive|intifada|civil` + sp + `+strife)\b`)
	// A war the sentence tells of that is not the passage's: "during the
	// war in Yemen", "another war".
	reOtherWar = regexp.MustCompile(`\b(?:(?:war|wars|battle|conflict|fighting)` + sp + `+(?:in|of|against|with|between|over)` + sp + `+(?:the` + sp + `+)?\p{Lu}|(?:another|a` + sp + `+new|a` + sp + `+second|an` + sp + `+earlier|the` + sp + `+previous|the` + sp + `+next|the` + sp + `+first)` + sp + `+(?:war|battle|conflict)\b)`)
)

// worldWars name the time of a paragraph in this domain's texts more
// often than its subject: "After the beginning of World War II, the
// Haganah suspended its activity against the British. The smaller Lehi
// continued anti-British attacks" tells of Lehi, no side of the world war.
// A section headed by one is about it.
var worldWars = map[string]bool{"event:world-war-i": true, "event:world-war-ii": true}

// passageWarSides adds PARTICIPATED_IN for both ends of every attack told
// in a passage about a war (see above).
func (b *relBuilder) passageWarSides() {
	attacks := map[int][]relation{}
	for _, r := range b.rels {
		if r.Type != "ATTACKED" || len(r.Evidence) == 0 {
			continue
		}
		if v := b.viewAt(r.Evidence[0].Start); v != nil {
			attacks[v.idx] = append(attacks[v.idx], r)
		}
	}
	section, para := "", ""
	for i, v := range b.views {
		if i == 0 || strings.Contains(b.doc.Text[b.views[i-1].end:v.start], "\n\n") {
			para = ""
		}
		if b.isHeading(v) {
			section, para = b.warTitled(v.between(v.start, v.end)), ""
			continue
		}
		// A sentence naming a war is read by the rules of its own wording;
		// the war it names is the passage's from the next sentence on.
		named := b.warsNamedIn(v)
		war := para
		if war == "" {
			war = section
		}
		for _, id := range named {
			if para == "" {
				para = id
			} else if para != id {
				para = "-"
			}
		}
		if len(named) > 0 || war == "" || war == "-" || reOtherWar.MatchString(v.between(v.start, v.end)) ||
			war == para && worldWars[war] {
			continue
		}
		b.foughtInPassage(v, war)
		for _, r := range attacks[i] {
			if attackOutside(r, b.events[war], b.ents.Entities[war]) || namesEvent(v, r.Evidence[0]) || b.noKnownSide(war, r) {
				continue // an attack the sentence names is its own event, not the war's
			}
			for _, id := range []string{r.From, r.To} {
				if t := b.typeOf(id); t == "Country" || t == "Organization" {
					ev := r.Evidence[0]
					b.add("PARTICIPATED_IN", id, war, 0.6, nil, v, ev.Start, ev.End)
				}
			}
		}
	}
}

// reInTheFighting: after a state or group, what it did "in the fighting"
// of the passage's war ("the Jordanian army achieved dominance in the
// fighting").
var reInTheFighting = regexp.MustCompile(`^[^;:,.]{0,60}?\b(?:in|into|during)` + sp + `+the` + sp + `+(?:fighting|war|battle|conflict|clashes|hostilities)\b`)

// reWarOutcome: right after a state or group, how the passage's war
// ended for it ("The Ottomans conceded defeat", "Iraq was defeated").
var reWarOutcome = regexp.MustCompile(`^` + sp + `+(?:(?:finally|eventually|quickly|soon|then|later|ultimately)` + sp + `+)?(?:conceded` + sp + `+defeat|(?:was|were)` + sp + `+(?:defeated|routed|victorious)|surrendered|capitulated|(?:won|lost)` + sp + `+the` + sp + `+(?:battle|war)|prevailed|emerged` + sp + `+victorious)\b`)

// foughtInPassage adds PARTICIPATED_IN for the states and groups of v that
// did something "in the fighting" of the passage's war, or that won or
// lost it.
func (b *relBuilder) foughtInPassage(v *sentView, war string) {
	if !v.has("fighting", "war", "battle", "conflict", "clashes", "hostilities", "defeat", "surrender", "capitulat", "victor", "won", "lost", "routed", "prevail") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Country" && a.typ != "Organization" {
			continue
		}
		loc := reInTheFighting.FindStringIndex(v.between(a.end, v.end))
		if loc == nil {
			loc = reWarOutcome.FindStringIndex(v.between(a.end, v.end))
		}
		if loc == nil || b.irrealisClause(v, a.start, a.end+loc[1]) {
			continue
		}
		b.add("PARTICIPATED_IN", a.id, war, 0.6, nil, v, a.start, a.end+loc[1])
	}
}

// namesEvent reports whether evidence ev is exactly a mention of an event
// in v: "the September 11 attacks" told in a passage on a war.
func namesEvent(v *sentView, ev normalize.Span) bool {
	for _, m := range v.ments {
		if m.Type == "Event" && m.Start == ev.Start && m.End == ev.End {
			return true
		}
	}
	return false
}

// isHeading reports a sentence that is a heading: a paragraph of its own
// that the normalizer marked as yielding no entities.
func (b *relBuilder) isHeading(v *sentView) bool {
	if !aloneInParagraph(b.doc.Text, v.start, v.end) {
		return false
	}
	for _, s := range b.doc.NotEntities {
		if s.Start <= v.start && s.End >= v.end {
			return true
		}
	}
	return false
}

// warsNamedIn are the wars sentence v names or built.
func (b *relBuilder) warsNamedIn(v *sentView) []string {
	var ids []string
	for _, m := range b.sentenceEventsWhere(v, b.isWar) {
		// "…during the Iraq War.]] Iraq invaded Iran": before the "]]"
		// that closes it is an image caption of a wiki page.
		if !strings.Contains(b.doc.Text[m.End:min(len(b.doc.Text), v.end+3)], "]]") {
			ids = append(ids, m.EntityID)
		}
	}
	return ids
}

// warTitled is the document's war a heading names, or "".
func (b *relBuilder) warTitled(heading string) string {
	h := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(heading), "The "))
	if h == "" {
		return ""
	}
	ids := b.sortedEntityIDs()
	built := make([]string, 0, len(b.events))
	for id := range b.events {
		built = append(built, id)
	}
	sort.Strings(built)
	found := ""
	for _, id := range append(ids, built...) {
		e := b.ents.Entities[id]
		if e == nil {
			e = b.events[id]
		}
		if e.Type != "Event" || !b.isWar(id) {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if strings.EqualFold(strings.TrimPrefix(n, "the "), h) {
				if found != "" && found != id {
					return ""
				}
				found = id
			}
		}
	}
	return found
}

// isWar reports an event that is fighting: one warLike reports, an
// invasion, or an event named or described with a word of war ("Black
// September" is described as a conflict).
func (b *relBuilder) isWar(id string) bool {
	if b.warLike(id) {
		return true
	}
	if e, ok := b.events[id]; ok {
		k, _ := e.Props["kind"].(string)
		return k == "invasion" || reWarWord.MatchString(e.Name)
	}
	return b.typeOf(id) == "Event" && b.namedOrDescribed(id, reWarWord)
}

// attackOutside reports an attack dated to a year before the war began
// or after the catalog says it ended ("war between Iran and Iraq,
// 1980–1988"): a passage on a war may recall an older one or go on to a
// later one ("During the Iran–Iraq War, ... On 2 August 1990, Iraq
// invaded Kuwait").
func attackOutside(r relation, built, named *entity) bool {
	ay := yearOf(r.Props)
	if ay == "" {
		return false
	}
	for _, e := range []*entity{built, named} {
		if e == nil {
			continue
		}
		if wy := yearOf(e.Props); wy != "" && ay < wy {
			return true
		}
		desc, _ := e.Props["description"].(string)
		if m := reTermYears.FindStringSubmatch(strings.TrimSpace(desc)); m != nil && ay > m[2] {
			return true
		}
	}
	return false
}

// noKnownSide reports an attack between none of the sides the catalog
// names for the war: "the Israeli Air Force destroyed a nuclear reactor in
// Syria", told after the Battle of Gaza of Hamas and Fatah, is another
// story.
func (b *relBuilder) noKnownSide(war string, r relation) bool {
	e, ok := b.ents.Entities[war]
	return ok && len(e.Sides) > 0 && !b.sideOrItsForce(e.Sides, r.From) && !b.sideOrItsForce(e.Sides, r.To)
}

// sideOrItsForce reports one of sides, or a body the catalog describes
// as a side state's ("Israel's military" is the IDF).
func (b *relBuilder) sideOrItsForce(sides []string, id string) bool {
	if hasString(sides, id) {
		return true
	}
	if b.descriptionOf(id) == "" {
		return false
	}
	for _, s := range sides {
		if b.typeOf(s) == "Country" && b.describedWith(id, s) {
			return true
		}
	}
	return false
}

// yearOf is the four-digit year of a "date" property, or "".
func yearOf(props map[string]any) string {
	d, _ := props["date"].(string)
	if len(d) >= 4 {
		return d[:4]
	}
	return ""
}
