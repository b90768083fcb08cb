package source

import "time"

// Kind says how an Item's Body is to be read by the normalizer.
type Kind string

// The kinds of body a source can hand over.
const (
	KindText     Kind = "text"
	KindMarkdown Kind = "markdown"
	KindHTML     Kind = "html"
)

// Item is one document as read from its source, before normalization.
type Item struct {
	// Locator names where the document came from: a URL, a file path as given,
	// "<feed>#<guid>" for a feed item, "<file>#<id or line>" for a JSON Lines record.
	// Document ids are derived from it, so it must be stable across runs.
	Locator string
	// URL is the document's canonical web address when known.
	URL string
	// Title and Published come from metadata (feed item, JSON field) when the
	// source has them; the normalizer may find better ones in the body.
	Title     string
	Published time.Time
	// PublishedText is the raw date value Published was read from; it is
	// kept when the value could not be parsed and Published stays zero.
	PublishedText string
	Kind          Kind
	Body          []byte
}
