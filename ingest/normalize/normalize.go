package normalize

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/source"
)

// Normalize turns an item into a Document: main text without markup or
// boilerplate, metadata, and sentence spans.
func Normalize(item source.Item) (Document, error) {
	if !utf8.Valid(item.Body) {
		return Document{}, fmt.Errorf("normalize %s: invalid UTF-8", item.Locator)
	}
	doc := Document{
		ID:        DocumentID(item.Locator),
		Locator:   item.Locator,
		URL:       item.URL,
		Title:     item.Title,
		Published: item.Published,
		Kind:      string(item.Kind),
	}
	blocks := textBlocks(string(item.Body))
	a := assemble(blocks)
	doc.Text, doc.Sentences, doc.NotEntities = a.text, a.sentences, a.notEntities
	if doc.Title == "" {
		doc.Title = fallbackTitle(blocks)
	}
	if strings.TrimSpace(doc.Text) == "" {
		return doc, fmt.Errorf("normalize %s: no text left", item.Locator)
	}
	return doc, nil
}

// DocumentID derives a document's id from its locator, so the same source
// always maps to the same graph node.
func DocumentID(locator string) string {
	sum := sha256.Sum256([]byte(locator))
	return "doc:" + hex.EncodeToString(sum[:])[:16]
}

// fallbackTitle is the first heading, or else the first block's first line.
func fallbackTitle(blocks []block) string {
	for _, b := range blocks {
		if b.kind == blockHeading {
			return b.text
		}
	}
	if len(blocks) == 0 {
		return ""
	}
	title := blocks[0].text
	if utf8.RuneCountInString(title) > 200 {
		cut := strings.LastIndexByte(title[:200], ' ')
		if cut > 0 {
			title = title[:cut]
		}
	}
	return title
}
