package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textBlocks splits plain text into blocks: blank lines separate paragraphs,
// wrapped lines inside a paragraph are joined, and a short stand-alone line
// without closing punctuation is taken for a heading.
func textBlocks(body string) []block {
	var blocks []block
	for i, para := range splitParagraphs(body) {
		// "Media Note / Office of the Spokesperson / April 11, 2023": a
		// stack of short capitalised lines at the head is one block per
		// line, not a wrapped paragraph; a byline among them ("Antony J.
		// Blinken, Secretary of State") still names its person.
		if lines := strings.Split(strings.TrimSpace(para), "\n"); i < 4 && headingStack(lines) {
			for _, l := range lines {
				blocks = append(blocks, block{kind: blockParagraph, text: cleanPlain(l)})
			}
			continue
		}
		// A headline over its date line: two blocks (splitDateLines). A
		// date line among a release's head lines ("Press release / From:
		// … / Published 10 October 2022", "Brussels, 23.02.2026 / Press
		// and information team") is a block of its own too.
		if lines := strings.Split(strings.TrimSpace(para), "\n"); i < 3 && len(lines) >= 2 {
			if k := dateLineAt(lines); k >= 0 {
				for _, part := range [][]string{lines[:k], lines[k : k+1], lines[k+1:]} {
					if text := cleanPlain(strings.Join(part, "\n")); text != "" {
						blocks = append(blocks, block{kind: blockParagraph, text: text})
					}
				}
				continue
			}
		}
		// "- War in North-West Pakistan / - The army reports …": a
		// bulleted list is one item per bullet, the line before it a
		// block of its own, as Markdown reads it.
		if items, ok := bulletBlocks(para); ok {
			blocks = append(blocks, items...)
			continue
		}
		if items, ok := entryBlocks(para); ok {
			blocks = append(blocks, items...)
			continue
		}
		// "== Selected visits ==": a wiki heading left in a text dump is a
		// heading with its words alone.
		if m := wikiHeadingRe.FindStringSubmatch(strings.TrimSpace(para)); m != nil {
			blocks = append(blocks, block{kind: blockHeading, text: cleanPlain(m[1])})
			continue
		}
		if items, ok := lineBlocks(para); ok {
			blocks = append(blocks, items...)
			continue
		}
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

// dateLineAt is the index of the date line among lines, -1 when none is.
func dateLineAt(lines []string) int {
	for k, l := range lines {
		if isDateLine(l) {
			return k
		}
		if _, _, ok := readDateLine(l); ok && wordCount(l) <= 12 {
			return k
		}
	}
	return -1
}

// bulletBlocks splits a paragraph whose lines include bulleted ones
// ("- ", "* ", "• ", "1. ") into its list items, each with the lines
// that carry it on, and the lines before the first bullet as one block;
// ok is false when no line opens with a bullet.
func bulletBlocks(para string) ([]block, bool) {
	lines := strings.Split(para, "\n")
	bulleted := 0
	for _, l := range lines {
		if listItemRe.MatchString(l) {
			bulleted++
		}
	}
	// One bulleted line among many may be a dash opening a sentence.
	if bulleted == 0 || bulleted == 1 && len(lines) > 1 && !listItemRe.MatchString(lines[0]) && len(lines) > 2 {
		return nil, false
	}
	var blocks []block
	var cur []string
	kind := blockParagraph
	flush := func() {
		if text := cleanPlain(strings.Join(cur, "\n")); text != "" {
			k := kind
			if k == blockParagraph && looksLikeHeading(text) {
				k = blockHeading
			}
			blocks = append(blocks, block{kind: k, text: text})
		}
		cur = nil
	}
	for _, l := range lines {
		if listItemRe.MatchString(l) {
			flush()
			kind = blockItem
			cur = []string{listItemRe.ReplaceAllString(l, "")}
			continue
		}
		cur = append(cur, strings.TrimSpace(l))
	}
	flush()
	return blocks, true
}

// A chronology writes one entry per line, each opening with its date
// ("6 May – Eritrean and Ethiopian forces clash near Badme.", "Aug. 8,
// 2005 - …", "13 June 2018: …"), often under a line that is only a year.
// Joined as wrapped prose its entries would run into one another, and the
// year heading into the first entry's date.
var (
	entryMonth = `(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`
	// entryLineRe: a line opening with a date and a colon or a dash.
	entryLineRe = regexp.MustCompile(`^\s*(?:\d{1,2} ` + entryMonth + `(?:,? \d{4})?|` + entryMonth + ` \d{1,2}(?:,? \d{4})?|` + entryMonth + `,? \d{4}|(?:1[89]|20)\d\d)(?: \(\p{Lu}\p{Ll}+\))?(?::| ?(?:-|--|–|—) )`)
	// yearLineRe: a line that is only a year.
	yearLineRe = regexp.MustCompile(`^\s*(?:1[89]|20)\d\d\s*:?\s*$`)
)

// entryBlocks splits a paragraph of a chronology into its entries, each a
// block with the lines that carry it on, and its year lines into headings;
// ok is false unless two lines open with a date, or one under a year line.
func entryBlocks(para string) ([]block, bool) {
	lines := strings.Split(strings.TrimSpace(para), "\n")
	entries, years := 0, 0
	for _, l := range lines {
		switch {
		case yearLineRe.MatchString(l):
			years++
		case entryLineRe.MatchString(l):
			entries++
		}
	}
	if entries < 2 && (entries < 1 || years < 1) {
		return nil, false
	}
	var blocks []block
	var cur []string
	flush := func() {
		if text := cleanPlain(strings.Join(cur, "\n")); text != "" {
			blocks = append(blocks, block{kind: blockParagraph, text: text})
		}
		cur = nil
	}
	for _, l := range lines {
		switch {
		case yearLineRe.MatchString(l):
			flush()
			blocks = append(blocks, block{kind: blockHeading, text: strings.TrimSpace(l)})
		case entryLineRe.MatchString(l):
			flush()
			cur = []string{l}
		default:
			cur = append(cur, l)
		}
	}
	flush()
	return blocks, true
}

// lineBlocks splits a paragraph a text dump of a web page wrote line by
// line: a short heading on the line over its first paragraph ("History" /
// "Turkey was the first state …"), and a list written without bullets,
// one item a line ("Heydar Aliyev to Ankara, February 1994" / "Abdullah
// Gül to Baku, August 2010"). Joined as wrapped prose, the heading would
// open the first sentence and the items run into one. ok is false for a
// paragraph of neither shape, which is wrapped prose.
func lineBlocks(para string) ([]block, bool) {
	lines := strings.Split(strings.TrimSpace(para), "\n")
	if len(lines) < 2 {
		return nil, false
	}
	var blocks []block
	rest := lines
	if h := cleanPlain(lines[0]); h != "" && wordCount(h) <= 6 && looksLikeHeading(h) && opensUpper(h) && opensUpper(lines[1]) &&
		utf8.RuneCountInString(h)*2 < utf8.RuneCountInString(strings.TrimSpace(lines[1])) {
		blocks = append(blocks, block{kind: blockHeading, text: h})
		rest = lines[1:]
	}
	if listLines(rest) {
		for _, l := range rest {
			blocks = append(blocks, block{kind: blockItem, text: cleanPlain(l)})
		}
		return blocks, true
	}
	if len(blocks) == 0 {
		return nil, false
	}
	if text := cleanPlain(strings.Join(rest, "\n")); text != "" {
		blocks = append(blocks, block{kind: blockParagraph, text: text})
	}
	return blocks, true
}

// listLines reports two or more lines that each open with a capital or a
// digit, hold a few words and end without a sentence's punctuation: the
// items of a list, since wrapped prose runs on in lower case and ends its
// sentences with a stop.
func listLines(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || !opensUpper(l) || wordCount(l) > 14 || endsSentence(l) || strings.HasSuffix(l, ",") || strings.HasSuffix(l, ";") {
			return false
		}
	}
	return true
}

// opensUpper reports text that opens with a capital or a digit.
func opensUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// headingStack reports two or more lines that each read as a heading and
// open with a capital or a digit, none longer than a few words: lines a
// wrapped sentence would not make, since it runs on in lower case.
func headingStack(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		first, _ := utf8.DecodeRuneInString(l)
		if l == "" || len(strings.Fields(l)) > 6 || !looksLikeHeading(l) && !isDateLine(l) || !unicode.IsUpper(first) && !unicode.IsDigit(first) {
			return false
		}
	}
	return true
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

// wikiHeadingRe is a wiki heading on a line of its own, its words captured.
var wikiHeadingRe = regexp.MustCompile(`^={2,6}[ \t]*([^=\n]{1,120}?)[ \t]*={2,6}$`)

var (
	// wrappedUnderscoreRe matches "_term_" emphasis left by text dumps of
	// wiki pages.
	wrappedUnderscoreRe = regexp.MustCompile(`(^|[\s(“"])_([^_\n]+)_([\s).,;:”"]|$)`)
	spaceInParensRe     = regexp.MustCompile(`\(\s+|\s+\)`)
)

// cleanPlain removes the markup that text dumps keep: reference markers,
// underscore emphasis, glued sentences.
func cleanPlain(s string) string {
	// The cheap Contains checks skip regexps that backtrack on every
	// position of a long paragraph.
	if strings.Contains(s, "[") {
		s = citationRe.ReplaceAllString(s, "")
	}
	if strings.Contains(s, ".") {
		s = dropImageFiles(s)
	}
	if strings.Contains(s, "_") {
		// Twice, because adjacent terms share the space between them.
		s = wrappedUnderscoreRe.ReplaceAllString(s, "$1$2$3")
		s = wrappedUnderscoreRe.ReplaceAllString(s, "$1$2$3")
	}
	s = unglueSentences(s)
	s = collapseSpace(s)
	if strings.Contains(s, "( ") || strings.Contains(s, " )") {
		s = spaceInParensRe.ReplaceAllStringFunc(s, strings.TrimSpace)
	}
	return s
}

// imageFileRe is the file name of an image that text dumps of wiki pages
// leave where a picture stood: "Shahbandar_Cafe.jpg", "Gaza_City.JPG".
var imageFileRe = regexp.MustCompile(`(?i)(?:^|\s)[^\s\[\]|]*[^\s\[\]|.]\.(?:jpe?g|png|svg|gif|tiff?|webp)(?:\s|$)`)

// dropImageFiles removes image file names, so that the sentence after one
// starts with its own first word ("Shahbandar_Cafe.jpg Baghdad and southern
// Iraq remained ..."). A caption's words stay: they may name what the text
// goes on to speak of.
func dropImageFiles(s string) string {
	for range 3 { // adjacent names share the space between them
		if !imageFileRe.MatchString(s) {
			break
		}
		s = imageFileRe.ReplaceAllString(s, " ")
	}
	return s
}

// unglueSentences puts a space into "waters.The United States": text dumps
// glue sentences together where they dropped a footnote between them. Two
// lower-case letters before the stop and a capitalised word after it keep
// "U.S.", "e.g." and "mozilla.org" as they are.
func unglueSentences(s string) string {
	var b strings.Builder
	last := 0
	for i := 2; i+2 < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if !isLowerASCII(s[i-1]) || !isLowerASCII(s[i-2]) || !isUpperASCII(s[i+1]) || !isLowerASCII(s[i+2]) {
			continue
		}
		b.WriteString(s[last : i+1])
		b.WriteByte(' ')
		last = i + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
