package extract

import (
	"regexp"
	"strings"
)

// A press statement may open with its author's byline ("Marco Rubio,
// Secretary of State") and speak in the first person after it ("Today, I
// authorized ..."): the whole statement is what that person stated, about
// the first state or organisation it names other than the author's own.

var (
	// The byline: a name, a comma, a title, and nothing else.
	reByline = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*(?:` + sp + `+(?:of|the|for|and|\p{Lu}[\w\x{00C0}-\x{024F}.'’-]*))*)` + sp + `*$`)
	// A first-person sentence.
	reFirstPerson = regexp.MustCompile(`(?:^|[\s“"(])(?:I|I['’]ve|I['’]m|I['’]ll)(?:[\s,]|$)`)
)

// maxBylineSentence is the index of the last sentence a byline may be.
const maxBylineSentence = 2

// bylineStatement records STATED for the author of a first-person
// statement that opens with a byline.
func (b *relBuilder) bylineStatement() {
	var author arg
	var at *sentView
	for _, v := range b.views[:min(len(b.views), maxBylineSentence+1)] {
		if len(v.args) >= 1 && v.args[0].typ == "Person" && v.args[0].start-v.start <= 2 && reByline.MatchString(v.between(v.args[0].m.End, v.end)) {
			author, at = v.args[0], v
			break
		}
	}
	if at == nil {
		return
	}
	first := -1
	for _, v := range b.views[at.idx+1:] {
		if reFirstPerson.MatchString(v.between(v.start, v.end)) && !b.insideQuote(v.start+strings.Index(v.between(v.start, v.end), "I")) {
			first = v.idx
			break
		}
	}
	if first < 0 {
		return
	}
	own := ""
	if r, ok := b.roleOf[author.id]; ok {
		own = r.of
	}
	for _, v := range b.views[at.idx+1:] {
		for _, m := range v.ments {
			id := m.EntityID
			if m.MetonymFor != "" {
				id = m.MetonymFor
			}
			if (m.Type != "Country" && m.Type != "Organization") || id == own || id == author.id {
				continue
			}
			b.add("STATED", author.id, id, 0.7, nil, at, author.start, at.end)
			return
		}
	}
}
