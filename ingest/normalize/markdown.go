package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	atxHeadingRe = regexp.MustCompile(`^\s{0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$`)
	listItemRe   = regexp.MustCompile(`^\s*(?:[-*+•]|\d{1,3}[.)])\s+`)
	ruleRe       = regexp.MustCompile(`^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$`)
	setextRe     = regexp.MustCompile(`^\s{0,3}(?:=+|-+)\s*$`)
	fenceRe      = regexp.MustCompile("^\\s{0,3}(```|~~~)")
	tableSepRe   = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	// inlineHeadingRe finds a heading marker that a flattened text left in
	// the middle of a line, right after the end of a sentence.
	inlineHeadingRe = regexp.MustCompile(`([.!?"”’)])[ \t]+(#{1,6})[ \t]+(\p{Lu})`)
	// markdownHintRe matches syntax that marks a .txt file as Markdown.
	markdownHintRe = regexp.MustCompile(`(?m)^\s{0,3}#{1,6}\s+\S|\*\*\S[^*\n]*\*\*|\]\((?:#|https?://)|[.!?]\s+#{2,6}\s+\p{Lu}`)
)

// looksLikeMarkdown reports plain text that uses Markdown syntax: headings,
// bold runs or links.
func looksLikeMarkdown(body string) bool {
	if len(body) > 64<<10 {
		body = body[:64<<10]
	}
	if !strings.Contains(body, "#") && !strings.Contains(body, "**") && !strings.Contains(body, "](") {
		return false // the common case for plain text, without running the regexp
	}
	return len(markdownHintRe.FindAllStringIndex(body, 3)) >= 2
}

// rawBlock is a block of Markdown source lines before inline rendering.
type rawBlock struct {
	kind  blockKind
	level int // heading level, 1-6
	lines []string
	// headline marks the line over a date line: a story's headline, read
	// as prose like a headline sentence (see splitDateLines).
	headline bool
}

// markdownBlocks parses Markdown block structure and renders each block's
// inline syntax. Code blocks are dropped: they carry no article prose.
func markdownBlocks(body string) []block {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = inlineHeadingRe.ReplaceAllString(body, "$1\n$2 $3")
	var raws []rawBlock
	var cur *rawBlock
	flush := func() {
		if cur != nil && len(cur.lines) > 0 {
			raws = append(raws, *cur)
		}
		cur = nil
	}
	inFence := ""
	for _, line := range strings.Split(body, "\n") {
		if inFence != "" {
			if strings.HasPrefix(strings.TrimSpace(line), inFence) {
				inFence = ""
			}
			continue
		}
		if m := fenceRe.FindStringSubmatch(line); m != nil {
			flush()
			inFence = m[1]
			continue
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
		case strings.Count(line, "](#") >= 2:
			// A table of contents flattened onto one line: keep it apart
			// from the paragraph it follows so that it can be dropped whole.
			flush()
			raws = append(raws, rawBlock{kind: blockParagraph, lines: []string{trimmed}})
		case cur != nil && cur.kind == blockParagraph && len(cur.lines) == 1 && setextRe.MatchString(line):
			level := 2
			if strings.HasPrefix(trimmed, "=") {
				level = 1
			}
			cur.kind, cur.level = blockHeading, level
			flush()
		case ruleRe.MatchString(line):
			flush()
		case atxHeadingRe.MatchString(line):
			flush()
			m := atxHeadingRe.FindStringSubmatch(line)
			heading, rest := splitRunInHeading(m[2])
			kind := blockHeading
			if isHeadlineSentence(heading) {
				kind = blockParagraph
			}
			raws = append(raws, rawBlock{kind: kind, level: len(m[1]), lines: []string{heading}})
			if rest != "" {
				cur = &rawBlock{kind: blockParagraph, lines: []string{rest}}
			}
		case tableSepRe.MatchString(line) && strings.Contains(line, "-"):
			// The row under a table header carries no text.
		case strings.HasPrefix(trimmed, "|"):
			flush()
			cells := strings.Split(strings.Trim(trimmed, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			raws = append(raws, rawBlock{kind: blockItem, lines: []string{strings.Join(nonEmpty(cells), "; ")}})
		case listItemRe.MatchString(line):
			flush()
			cur = &rawBlock{kind: blockItem, lines: []string{listItemRe.ReplaceAllString(line, "")}}
		case strings.HasPrefix(trimmed, ">"):
			text := strings.TrimSpace(strings.TrimLeft(trimmed, "> "))
			if cur == nil {
				cur = &rawBlock{kind: blockParagraph}
			}
			cur.lines = append(cur.lines, text)
		default:
			if cur == nil {
				cur = &rawBlock{kind: blockParagraph}
			}
			cur.lines = append(cur.lines, trimmed)
		}
	}
	flush()
	return renderBlocks(splitDateLines(raws))
}

// splitDateLines parts a date line from the title above it: "Joint
// Statement on the Summit" over "March 28, 2022" is one paragraph to
// Markdown, but a headline and its date to a reader. Apart, the headline
// keeps its words as prose (a headline names the story's actors, as a
// headline sentence does) and the date reads as the document's (see
// topDate); joined, the date would date whatever the headline names. Only
// the top of a document is read so.
func splitDateLines(raws []rawBlock) []rawBlock {
	var out []rawBlock
	for i, rb := range raws {
		n := len(rb.lines)
		if i < 3 && rb.kind == blockParagraph && n >= 2 && isDateLine(rb.lines[n-1]) {
			out = append(out,
				rawBlock{kind: blockParagraph, lines: rb.lines[:n-1], headline: true},
				rawBlock{kind: blockParagraph, lines: rb.lines[n-1:]})
			continue
		}
		out = append(out, rb)
	}
	return out
}

// renderBlocks renders inline syntax and drops blocks that are only links to
// anchors of the same page (tables of contents).
func renderBlocks(raws []rawBlock) []block {
	var blocks []block
	for _, rb := range raws {
		text, st := renderInline(strings.Join(rb.lines, "\n"))
		if text == "" {
			continue
		}
		if isTableOfContents(text, st) {
			continue
		}
		b := block{kind: rb.kind, level: rb.level, text: text}
		if b.kind == blockParagraph && len(rb.lines) == 1 && !rb.headline && looksLikeHeading(text) && st.links == 0 {
			b.kind = blockHeading
		}
		// A list item or paragraph that is nothing but a link names a
		// source or a related page; its words are not article prose.
		if st.links > 0 && st.linkText*10 >= len(text)*9 {
			b.notEntity = true
		}
		blocks = append(blocks, b)
	}
	return blocks
}

// isTableOfContents reports text made of in-page anchor links with little
// else around them.
func isTableOfContents(text string, st linkStats) bool {
	if st.anchorLinks == 0 || st.anchorLinks*2 < st.links {
		return false
	}
	if st.anchorLinks == 1 {
		return st.linkText*10 >= len(text)*9
	}
	return len(text)-st.linkText <= 40
}

// minorWords may stay lower case inside a title-cased heading.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true,
	"nor": true, "for": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "by": true, "with": true, "from": true, "into": true, "as": true,
	"vs": true, "via": true, "per": true, "over": true, "up": true, "is": true,
	"are": true, "than": true, "about": true,
}

// splitRunInHeading separates a heading from the paragraph that flattened
// text ran into it ("## The Historical Context The narrative of ..."). The
// heading is the title-cased run of words; the paragraph starts at the last
// capitalised word before the first lower-case prose word. Short headings
// are left alone: a real heading rarely holds more than a dozen words.
func splitRunInHeading(text string) (heading, rest string) {
	words := strings.Fields(text)
	if len(words) < 12 {
		return text, ""
	}
	stop := -1
	for k := 0; k < len(words); k++ {
		if !startsLower(words[k]) {
			continue
		}
		j := k
		for j < len(words) && startsLower(words[j]) && minorWords[strings.ToLower(words[j])] {
			j++
		}
		if j > k && j < len(words) && !startsLower(words[j]) {
			k = j // "of Iran", "on the Path": minor words inside a title
			continue
		}
		stop = k
		break
	}
	if stop < 0 {
		return text, ""
	}
	start := -1
	for k := stop - 1; k >= 0; k-- {
		if startsUpper(words[k]) {
			start = k
			break
		}
	}
	// A title-cased run longer than this, or one ending in a minor word or
	// an open bracket, is a headline sentence, not a heading.
	if start < 2 || start > 14 || minorWords[strings.ToLower(words[start-1])] || strings.ContainsAny(words[start-1], "([") {
		return text, ""
	}
	// A paragraph opening inside a name is no paragraph: "# The Foreign
	// Minister of Iran Mohammad Javad Zarif says …" is a headline, not the
	// heading "… Mohammad Javad" before "Zarif says …". A paragraph that
	// opens with a word opening sentences ("The narrative …") may follow
	// capitalised heading words.
	if start >= 2 && startsUpper(words[start-2]) && !minorWords[strings.ToLower(words[start-2])] && !sentenceStarters[strings.Trim(words[start], "\"'“‘(")] {
		return text, ""
	}
	// "# The United States launches …": "The" and one word make no
	// heading.
	if start == 2 && strings.EqualFold(words[0], "the") {
		return text, ""
	}
	// What ran into the heading is a paragraph, so it holds several
	// sentences; one sentence after a few capitalised words is a headline
	// ("# Europe and the United States lift sanctions ...").
	rest = strings.Join(words[start:], " ")
	if len(splitSentences(rest)) < 2 {
		return text, ""
	}
	return strings.Join(words[:start], " "), rest
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘("))
	return unicode.IsUpper(r)
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// isHeadlineSentence reports a heading that is really a sentence (news
// summaries use "# <whole story>."): its words are article prose and must
// not be masked as a heading.
func isHeadlineSentence(text string) bool {
	n := wordCount(text)
	return n > 20 || (n > 10 && endsSentence(strings.TrimSpace(text)))
}
