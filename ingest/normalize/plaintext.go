package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// textBlocks splits plain text into blocks: blank lines separate paragraphs,
// wrapped lines inside a paragraph are joined, and a short stand-alone line
// without closing punctuation is taken for a heading.
func textBlocks(body string) []block {
	var blocks []block
	for _, para := range splitParagraphs(body) {
		text := cleanPlain(para)
		if text == "" {
			continue
		}
		kind := blockParagraph
		if !strings.Contains(strings.TrimSpace(para), "\n") && looksLikeHeading(text) {
			kind = blockHeading
		}
		blocks = append(blocks, block{kind: kind, text: text})
	}
	return blocks
}

// splitParagraphs cuts text at blank lines.
func splitParagraphs(body string) []string {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	var paras []string
	var cur []string
	for _, line := range strings.Split(body, "\n") {
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				paras = append(paras, strings.Join(cur, "\n"))
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		paras = append(paras, strings.Join(cur, "\n"))
	}
	return paras
}

// looksLikeHeading reports a line that reads as a title rather than a
// sentence: short, and not ending like a sentence.
func looksLikeHeading(text string) bool {
	if utf8.RuneCountInString(text) > 120 || len(strings.Fields(text)) > 16 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".!?…,;:\"”’)", last)
}

var (
	// wrappedUnderscoreRe matches "_term_" emphasis left by text dumps of
	// wiki pages.
	wrappedUnderscoreRe = regexp.MustCompile(`(^|[\s(“"])_([^_\n]+)_([\s).,;:”"]|$)`)
	// gluedSentenceRe finds a sentence glued to the previous one
	// ("waters.The United States"), which dumps produce when they drop a
	// footnote between them.
	gluedSentenceRe = regexp.MustCompile(`(\p{Ll}{2,}[.!?])(\p{Lu}\p{Ll}+\s)`)
	spaceInParensRe = regexp.MustCompile(`\(\s+|\s+\)`)
)

// cleanPlain removes the markup that text dumps keep: reference markers,
// underscore emphasis, glued sentences.
func cleanPlain(s string) string {
	s = citationRe.ReplaceAllString(s, "")
	// Twice, because adjacent terms share the space between them.
	s = wrappedUnderscoreRe.ReplaceAllString(s, "$1$2$3")
	s = wrappedUnderscoreRe.ReplaceAllString(s, "$1$2$3")
	s = gluedSentenceRe.ReplaceAllString(s, "$1 $2")
	s = collapseSpace(s)
	return spaceInParensRe.ReplaceAllStringFunc(s, strings.TrimSpace)
}
