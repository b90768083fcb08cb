package normalize

import (
	"strings"
	"unicode/utf8"
)

// textBlocks splits plain text into blocks: blank lines separate paragraphs,
// wrapped lines inside a paragraph are joined, and a short stand-alone line
// without closing punctuation is taken for a heading.
func textBlocks(body string) []block {
	var blocks []block
	for _, para := range splitParagraphs(body) {
		text := collapseSpace(para)
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
