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

// A statement whose title names its author ("Remarks by President
// Biden on the Middle East", "Statement by Secretary Kerry on the Joint
// Comprehensive Plan of Action") and that speaks in the first person is
// that person's, as a byline's is.

// reAuthoredTitle: the kind of text, "by" or "from", the author's titles,
// and the author's name words up to "on", "at", "to" or the end.
var reAuthoredTitle = regexp.MustCompile(`^(?:Remarks|Statement|Press` + sp + `+Statement|Address|Speech|Message|Letter|Op-Ed)` + sp + `+(?:by|from|of)` + sp + `+(?:the` + sp + `+)?((?:\p{Lu}[\w.'’-]*` + sp + `*)+?)(?:` + sp + `+(?:on|at|to|for|before|after|in|regarding)\b|` + sp + `*[:,(]|$)`)

// titleAuthor is the person of the document the title names as the
// author of its text: the one whose name ends as the title's name words
// do ("President Biden" is Joe Biden); nil when none or several.
func (b *relBuilder) titleAuthor() (arg, bool) {
	m := reAuthoredTitle.FindStringSubmatch(b.doc.Title)
	if m == nil {
		return arg{}, false
	}
	words := strings.Fields(m[1])
	last := strings.ToLower(strings.TrimRight(words[len(words)-1], ".,"))
	var found arg
	for _, v := range b.views {
		for _, a := range v.args {
			if a.typ != "Person" || a.m.Pronoun {
				continue
			}
			name := strings.Fields(strings.ToLower(b.nameOf(a.id)))
			if len(name) == 0 || name[len(name)-1] != last {
				continue
			}
			if found.id != "" && found.id != a.id {
				return arg{}, false // two people of that name: which is not said
			}
			found = a
		}
	}
	return found, found.id != ""
}

// bylineStatement records STATED for the author of a first-person
// statement that opens with a byline, or whose title names its author.
func (b *relBuilder) bylineStatement() {
	var author arg
	from := -1 // the first sentence of the statement
	for _, v := range b.views[:min(len(b.views), maxBylineSentence+1)] {
		if len(v.args) >= 1 && v.args[0].typ == "Person" && v.args[0].start-v.start <= 2 && reByline.MatchString(v.between(v.args[0].m.End, v.end)) {
			author, from = v.args[0], v.idx+1
			break
		}
	}
	if from < 0 {
		a, ok := b.titleAuthor()
		if !ok {
			return
		}
		author, from = a, 0
	}
	var first *sentView
	for _, v := range b.views[from:] {
		if reFirstPerson.MatchString(v.between(v.start, v.end)) && !b.insideQuote(v.start+strings.Index(v.between(v.start, v.end), "I")) {
			first = v
			break
		}
	}
	if first == nil {
		return
	}
	own := ""
	if r, ok := b.roleOf[author.id]; ok {
		own = r.of
	}
	for _, v := range b.views[from:] {
		for _, m := range v.ments {
			id := m.EntityID
			if m.MetonymFor != "" {
				id = m.MetonymFor
			}
			if (m.Type != "Country" && m.Type != "Organization") || id == own || id == author.id {
				continue
			}
			b.add("STATED", author.id, id, 0.7, nil, first, first.start, first.end)
			return
		}
	}
}
