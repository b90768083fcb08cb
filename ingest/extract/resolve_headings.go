package extract

import (
	"regexp"
	"strings"
)

// A section headed by an event's name is about that event: "Iran–Iraq War"
// above a passage that goes on to tell "the war" without naming it again.
// Headings yield no entities by themselves, since a heading's words are
// capitalised whatever they are; a heading that is exactly a catalog
// event's name, over a section that speaks of it by its kind, does name
// it. The passage rules (events_passage_wars.go) then read the section's
// fighting as that war's.

// reSectionAnaphor is the kind of event a section speaks of without its
// name.
// "When war broke out between …" opens the section on the war.
var reSectionAnaphor = regexp.MustCompile(`\b(?:the|this)` + sp + `+(?:war|battle|conflict|crisis|revolution|uprising|invasion|rebellion|insurgency|intifada|coup|fighting|clashes|hostilities)\b|\b(?:war|fighting|clashes|hostilities)` + sp + `+broke` + sp + `+out\b`)

// titledEvent reports a catalog event mention that is a whole heading of
// its own, over a section that refers back to the event by its kind.
func (s *scan) titledEvent(m pending) bool {
	if m.typ != "Event" || m.entry < 0 {
		return false
	}
	text := s.doc.Text
	start, end := s.toks[m.from].start, s.toks[m.to-1].end
	lineStart := strings.LastIndex(text[:start], "\n") + 1
	lineEnd := len(text)
	if i := strings.Index(text[end:], "\n"); i >= 0 {
		lineEnd = end + i
	}
	head := strings.TrimSpace(text[lineStart:start])
	if (head != "" && head != "The" && head != "the") || strings.TrimSpace(text[end:lineEnd]) != "" {
		return false
	}
	if !aloneInParagraph(text, lineStart, lineEnd) {
		return false
	}
	return reSectionAnaphor.MatchString(sectionAfter(text, lineEnd))
}

// aloneInParagraph reports whether text[start:end] is a paragraph of its
// own: blank lines, or the text's ends, on both sides.
func aloneInParagraph(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " \t")
	after := strings.TrimLeft(text[end:], " \t")
	return (before == "" || strings.HasSuffix(before, "\n\n")) && (after == "" || strings.HasPrefix(after, "\n\n"))
}

// sectionAfter is the text from off to the next line that stands alone
// between blank lines and is short enough to be a heading.
func sectionAfter(text string, off int) string {
	rest := text[off:]
	pos := 0
	for {
		i := strings.Index(rest[pos:], "\n\n")
		if i < 0 {
			return rest
		}
		p := pos + i + 2
		j := strings.Index(rest[p:], "\n\n")
		if j >= 0 && j < 60 && !strings.ContainsAny(rest[p:p+j], ".\n") {
			return rest[:pos+i]
		}
		if j < 0 {
			return rest
		}
		pos = p
	}
}
