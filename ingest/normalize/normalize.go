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
// boilerplate, metadata, and sentence spans. It fails only when the body is
// not UTF-8 or leaves no text at all; the error names the item's locator.
func Normalize(item source.Item) (Document, error) {
	if !utf8.Valid(item.Body) {
		return Document{}, fmt.Errorf("normalize %s: invalid UTF-8", item.Locator)
	}
	doc := Document{
		ID:        DocumentID(item.Locator),
		Locator:   item.Locator,
		URL:       item.URL,
		Title:     strings.TrimSpace(item.Title),
		Published: item.Published,
		// Kept raw: a date the source could not parse is still worth showing.
		PublishedText: item.PublishedText,
		Kind:          string(item.Kind),
	}
	var meta metadata
	var blocks []block
	body := string(item.Body)
	switch {
	case item.Kind == source.KindHTML:
		meta, blocks = htmlBlocks(body)
	case item.Kind == source.KindMarkdown || looksLikeMarkdown(body):
		meta, body = splitFrontMatter(body)
		blocks = markdownBlocks(body)
	default:
		blocks = textBlocks(body)
	}
	all := blocks
	blocks = removeBoilerplate(blocks)
	if !hasProse(blocks) {
		// A news item can be its headline alone: then the headline is the
		// text, not a heading to keep entities away from.
		blocks = removeBoilerplate(promoteHeadlines(all))
	}
	a := assemble(blocks)
	doc.Text, doc.Sentences, doc.NotEntities = a.text, a.sentences, a.notEntities
	if doc.Text == "" {
		return doc, fmt.Errorf("normalize %s: no text left after removing markup and boilerplate", item.Locator)
	}
	if doc.URL == "" {
		doc.URL = meta.url
	}
	if doc.Title == "" {
		doc.Title = meta.title
	}
	if doc.Title == "" {
		doc.Title = fallbackTitle(blocks)
	}
	resolveDate(&doc, meta.published, blocks)
	doc.Revised = revisedPage(all)
	if doc.Published.IsZero() {
		// A date line kept out of the text as page furniture still dates
		// the page: "CRS Insight | November 15, 2005".
		if t, text, ok := topDate(all); ok {
			doc.Published, doc.PublishedText = t, text
		}
	}
	return doc, nil
}

// metadata is what a body says about itself: front matter or HTML meta tags.
type metadata struct {
	title     string
	published string
	url       string
}

// DocumentID derives a document's id from its locator, so the same source
// always maps to the same graph node.
func DocumentID(locator string) string {
	sum := sha256.Sum256([]byte(locator))
	return "doc:" + hex.EncodeToString(sum[:])[:16]
}

// fallbackTitle is a heading that opens the document (skipping a bare
// date), or else the first sentence of the first block, cut at a word
// boundary. A heading further down names a section, not the document.
func fallbackTitle(blocks []block) string {
	for len(blocks) > 0 && blocks[0].kind == blockHeading {
		if _, err := source.ParseDate(blocks[0].text); err != nil {
			return blocks[0].text
		}
		blocks = blocks[1:]
	}
	if len(blocks) == 0 {
		return ""
	}
	title := blocks[0].text
	if spans := splitSentences(title); len(spans) > 0 {
		title = title[spans[0].Start:spans[0].End]
	}
	if utf8.RuneCountInString(title) > 200 {
		if cut := strings.LastIndexByte(title[:200], ' '); cut > 0 {
			title = title[:cut]
		}
	}
	return title
}

// hasProse reports whether any block is prose rather than a heading.
func hasProse(blocks []block) bool {
	for _, b := range blocks {
		if b.kind != blockHeading {
			return true
		}
	}
	return false
}

// promoteHeadlines turns headings that read as headlines (four words or
// more, not a bare date) into paragraphs; section labels such as "Source:"
// stay headings, so the boilerplate rules still drop what they introduce.
func promoteHeadlines(blocks []block) []block {
	out := make([]block, len(blocks))
	copy(out, blocks)
	for i, b := range out {
		if b.kind != blockHeading || wordCount(b.text) < 4 {
			continue
		}
		if _, err := source.ParseDate(b.text); err == nil {
			continue
		}
		out[i].kind = blockParagraph
	}
	return out
}
