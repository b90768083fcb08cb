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
// JSON field) wins, then the body's own metadata, then a dateline, then a
// heading that is nothing but a date (news archives title items that way).
func resolveDate(doc *Document, metaDate string, blocks []block) {
	if !doc.Published.IsZero() {
		if doc.PublishedText == "" {
			doc.PublishedText = doc.Published.Format("2006-01-02T15:04:05Z07:00")
		}
		return
	}
	candidates := []string{strings.TrimSpace(metaDate)}
	for i, b := range blocks {
		if i >= 3 {
			break
		}
		if m := datelineRe.FindStringSubmatch(b.text); m != nil {
			candidates = append(candidates, m[1])
		}
	}
	for _, b := range blocks {
		if b.kind == blockHeading {
			candidates = append(candidates, b.text)
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
	if metaDate != "" {
		doc.PublishedText = metaDate // kept raw even when unreadable
	}
}
