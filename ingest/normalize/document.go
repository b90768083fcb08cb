package normalize

import "time"

// Document is a normalized document: its main text with boilerplate removed,
// its metadata, and sentence boundaries as byte offsets into Text.
type Document struct {
	ID      string // "doc:" + 16 hex digits of SHA-256(Locator)
	Locator string
	URL     string
	Title   string
	// Published is the publication time (zero when unknown); PublishedText is
	// the raw value it was read from.
	Published     time.Time
	PublishedText string
	// Revised says the page names its last revision near its top ("Last
	// edited 15 July 2025"), as reference pages do: whatever its date, the
	// page tells of other times, not of the days before that date.
	Revised   bool
	Kind      string // text, markdown, html
	Text      string
	Sentences []Span
	// NotEntities are spans of Text (headings, link text, captions kept for
	// reading) that must not yield entities by themselves.
	NotEntities []Span
}

// Span is a half-open byte range [Start, End) of Document.Text.
type Span struct {
	Start, End int
}
