package extract

import (
	"regexp"
	"strings"
)

// An encyclopedia page on one event is titled with the event's name and
// opens by defining it: "Mau Mau uprising" over "The Mau Mau uprising
// (1952–1960), also known as the Kenya Emergency, was a war in the British
// Kenya Colony between …". Written in lower case after a name nobody
// catalogued, the name is no event by its words alone; the title and the
// lead saying what it was make it one. A heading alone names nothing
// (headings are not entities), and a lead that defines something else
// ("was a Kenyan politician") is left alone.

// reLeadDefinesEvent: what follows the subject of a lead that defines an
// event: an aside in parentheses, an aside between commas ("also known
// as the Kenya Emergency"), then "was a war", "is an ongoing armed
// conflict", "was the series of campaigns". The noun is captured.
var reLeadDefinesEvent = regexp.MustCompile(`^(?:` + sp + `*\([^()]{0,200}\))?(?:` + sp + `*,[^;]{0,160}?,)?` + sp + `+(?:was|is)` + sp + `+(?:(?:a|an|the|one)` + sp + `+)?(?:[\w'’-]+` + sp + `+){0,4}?(war|conflict|clash|crisis|incident|uprising|rebellion|revolt|insurgency|insurrection|revolution|coup|battle|siege|campaign|campaigns|offensive|invasion|massacre)\b`)

// leadNounKinds are the event kinds of the nouns a lead defines an event by.
var leadNounKinds = map[string]string{
	"war": "war", "conflict": "war", "rebellion": "war", "revolt": "war", "insurgency": "war", "insurrection": "war",
	"uprising": "war", "clash": "incident", "crisis": "crisis", "incident": "incident", "revolution": "revolution",
	"coup": "coup", "battle": "battle", "siege": "battle", "campaign": "campaign", "campaigns": "campaign",
	"offensive": "campaign", "invasion": "invasion", "massacre": "attack",
}

// titleLeadEvent names the event the page's title and its lead define, in
// the lead's words, when the lead opens the page (its first three
// sentences) with the title after "The".
func (b *relBuilder) titleLeadEvent(v *sentView) {
	if v.idx > 3 {
		return
	}
	title := strings.TrimSpace(b.doc.Title)
	if len(title) < 6 || strings.ContainsAny(title, "()") {
		return
	}
	text := v.between(v.start, v.end)
	rest, ok := strings.CutPrefix(text, "The ")
	if !ok || len(rest) < len(title) || !strings.EqualFold(rest[:len(title)], title) {
		return
	}
	s := v.start + len("The ")
	e := s + len(title)
	m := reLeadDefinesEvent.FindStringSubmatch(v.between(e, v.end))
	if m == nil || coveredByEvent(v, s, e) {
		return
	}
	for _, em := range b.evMent {
		if em.Sentence == v.idx && em.Start < e && s < em.End {
			return
		}
	}
	b.nameEvent(v, leadNounKinds[m[1]], s, e)
}
