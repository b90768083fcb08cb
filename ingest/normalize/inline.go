package normalize

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// linkStats counts the links of a rendered span of Markdown, to tell prose
// from link lists and tables of contents.
type linkStats struct {
	links       int
	anchorLinks int // links to "#fragment" inside the same page
	linkText    int // bytes of rendered link text
}

var (
	htmlCommentRe = regexp.MustCompile(`(?s)<!--.*?-->`)
	htmlTagRe     = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	autolinkRe    = regexp.MustCompile(`<(?:https?|mailto|ftp):[^<>\s]*>`)
	// citationRe matches encyclopedia reference markers ("[12]", "[a]",
	// "[citation needed]", "[^3]", "[edit]"); citationAtRe only at the start.
	citationRe   = regexp.MustCompile(citationPattern)
	citationAtRe = regexp.MustCompile(`^` + citationPattern)
)

const citationPattern = `\[(?:\d{1,3}|[a-z]|\^[^\]\s]{1,10}|citation needed|clarification needed|edit|when\?|who\?|according to whom\?)\]`

// renderInline turns one block of Markdown inline syntax into plain text:
// links become their text, images, HTML tags and emphasis markers go.
func renderInline(s string) (string, linkStats) {
	var st linkStats
	s = htmlCommentRe.ReplaceAllString(s, "")
	s = autolinkRe.ReplaceAllString(s, "")
	s = htmlTagRe.ReplaceAllString(s, "")
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|<>~\"'", s[i+1]) >= 0:
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if _, _, end, ok := parseLink(s, i+1); ok {
				i = end // images carry no article text
				continue
			}
		case c == '[':
			if loc := citationAtRe.FindStringIndex(s[i:]); loc != nil {
				i += loc[1] // "[2][3]" is two citations, not a reference link
				continue
			}
			if text, target, end, ok := parseLink(s, i); ok {
				inner, sub := renderInline(text)
				st.links++
				st.anchorLinks += sub.anchorLinks
				if strings.HasPrefix(target, "#") {
					st.anchorLinks++
				}
				st.linkText += len(strings.TrimSpace(inner))
				b.WriteString(inner)
				i = end
				continue
			}
		case c == '`':
			i++
			continue
		case c == '*' || c == '~':
			i++
			continue
		case c == '_':
			if isEmphasisUnderscore(s, i) {
				i++
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	out := html.UnescapeString(b.String())
	out = citationRe.ReplaceAllString(out, "")
	return collapseSpace(out), st
}

// parseLink reads "[text](target)" or "[text][ref]" starting at s[i] == '['.
// It returns the link text, the target and the index after the link.
func parseLink(s string, i int) (text, target string, end int, ok bool) {
	close := matching(s, i, '[', ']')
	if close < 0 {
		return "", "", 0, false
	}
	text = s[i+1 : close]
	if close+1 < len(s) && s[close+1] == '(' {
		paren := matching(s, close+1, '(', ')')
		if paren < 0 {
			return "", "", 0, false
		}
		target = strings.TrimSpace(s[close+2 : paren])
		if sp := strings.IndexAny(target, " \t"); sp > 0 {
			target = target[:sp] // drop a "title"
		}
		return text, target, paren + 1, true
	}
	if close+1 < len(s) && s[close+1] == '[' {
		ref := matching(s, close+1, '[', ']')
		if ref < 0 {
			return "", "", 0, false
		}
		return text, s[close+2 : ref], ref + 1, true
	}
	return "", "", 0, false
}

// matching returns the index of the bracket closing the one at s[i], allowing
// nesting, or -1.
func matching(s string, i int, open, close byte) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j
			}
		case '\n':
			if open == '(' {
				return -1
			}
		}
	}
	return -1
}

// isEmphasisUnderscore tells "_word_" markers from underscores inside names
// such as "snake_case".
func isEmphasisUnderscore(s string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+1:])
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return i == 0 || i+1 == len(s) || !inWord(prev) || !inWord(next)
}
