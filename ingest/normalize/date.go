package normalize

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/source"
)

// datelineRe matches a news dateline opening the first paragraphs:
// "WASHINGTON, April 12, 2025 —" or "MUSCAT, Oman, Apr. 12, 2025 -".
var datelineRe = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'-]+(?:, [\p{L} .]+)?, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})\s*(?:[—–-]|\(|$)`)

// resolveDate fills Published and PublishedText. Item metadata (a feed or
// JSON field) wins, then the body's own metadata (front matter, meta tags),
// then, near the top of the text, a dateline or a line that is nothing but
// a date (press releases and news archives print it that way).
func resolveDate(doc *Document, metaDate string, blocks []block) {
	if !doc.Published.IsZero() {
		if doc.PublishedText == "" {
			doc.PublishedText = doc.Published.Format("2006-01-02T15:04:05Z07:00")
		}
		return
	}
	if doc.PublishedText != "" {
		// The item carried a date its reader could not parse: keep it raw
		// and still look for a readable one.
		metaDate = firstNonEmpty(metaDate, doc.PublishedText)
	}
	candidates := []string{strings.TrimSpace(metaDate)}
	// Only the top of a document dates it; dates further down are events.
	for i, b := range blocks {
		if i >= 8 {
			break
		}
		if m := datelineRe.FindStringSubmatch(b.text); m != nil {
			candidates = append(candidates, m[1])
		} else if wordCount(b.text) <= 6 {
			candidates = append(candidates, b.text) // "July 14, 2026", "### 2015-04-2"
		}
	}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if t, err := source.ParseDate(c); err == nil {
			doc.Published, doc.PublishedText = t, c
			return
		}
	}
	if doc.PublishedText == "" {
		doc.PublishedText = metaDate // kept raw even when unreadable
	}
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}
