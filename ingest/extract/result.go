package extract

// Result is what extraction finds in one document. Its JSON form is the public
// output of `kg extract --format json` (see docs/extract-json.md). Offsets are
// Unicode code points into the document's normalized text.
type Result struct {
	Document  DocumentInfo `json:"document"`
	Sentences []Sentence   `json:"sentences"`
	Entities  []Entity     `json:"entities"`
	Relations []Relation   `json:"relations"`
}

// DocumentInfo identifies the document a Result was extracted from.
type DocumentInfo struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"` // YYYY-MM-DD, or "" when unknown
	URL       string `json:"url,omitempty"`
	Source    string `json:"source"`
	Kind      string `json:"kind"`
	// ContentHash changes whenever the normalized text or the extractor changes.
	ContentHash string `json:"contentHash"`
}

// Sentence is a sentence that carries at least one mention or evidence span.
type Sentence struct {
	Index int    `json:"index"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Entity is one resolved entity of the document with all its mentions.
type Entity struct {
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Type       string         `json:"type"` // Person, Organization, Country, Place, Agreement, Event
	Aliases    []string       `json:"aliases"`
	Mentions   []Span         `json:"mentions"`
	Properties map[string]any `json:"properties"`
}

// Relation is one typed fact between two entities of the document, with the
// spans that support it.
type Relation struct {
	Type       string         `json:"type"`
	From       string         `json:"from"`
	To         string         `json:"to"`
	Confidence float64        `json:"confidence"`
	Properties map[string]any `json:"properties"`
	Evidence   []Span         `json:"evidence"`
}

// Span is a piece of the document's text: [Start, End) in code points, the
// index of the sentence it lies in, and the text itself.
type Span struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
}
