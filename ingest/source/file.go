package source

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// readFile reads one file and yields the item or items it holds.
func (r *reader) readFile(path string, yield yieldFunc) bool {
	body, err := r.readCapped(path)
	if err != nil {
		return yield(Item{}, itemError(path, err))
	}
	return r.readBody(path, "", extKind(path), body, yield)
}

// readCapped reads a whole file, refusing one over the size cap before
// reading anything: the size is checked first, and the reader is limited in
// case the file grows or is not a regular file.
func (r *reader) readCapped(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if info.Size() > r.opts.MaxBytes {
		return nil, tooLarge(info.Size(), r.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(f, r.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(body)) > r.opts.MaxBytes {
		return nil, tooLarge(-1, r.opts.MaxBytes)
	}
	return body, nil
}

func tooLarge(size, limit int64) error {
	if size < 0 {
		return fmt.Errorf("%w: over the %s cap", ErrTooLarge, humanBytes(limit))
	}
	return fmt.Errorf("%w: %s exceeds the %s cap", ErrTooLarge, humanBytes(size), humanBytes(limit))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// format is how a body is to be read.
type format int

const (
	formatSniff format = iota // unknown: decide from the content
	formatText
	formatMarkdown
	formatHTML
	formatFeed // RSS, Atom or RDF, confirmed by sniffing
	formatJSON
	formatJSONLines
)

// extKind maps a file name's extension to a format.
func extKind(name string) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return formatText
	case ".md", ".markdown":
		return formatMarkdown
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case ".xml", ".rss", ".atom", ".rdf":
		return formatFeed
	case ".json":
		return formatJSON
	case ".jsonl", ".ndjson":
		return formatJSONLines
	}
	return formatSniff
}

// readBody checks a document's bytes and yields its items by format.
// locator names the document; url is its web address when known.
func (r *reader) readBody(locator, url string, f format, body []byte, yield yieldFunc) bool {
	if len(bytes.TrimSpace(body)) == 0 {
		return yield(Item{}, itemError(locator, ErrEmpty))
	}
	body, err := checkText(body)
	if err != nil {
		return yield(Item{}, itemError(locator, err))
	}
	if f == formatSniff {
		f = sniff(body)
	}
	switch f {
	case formatFeed:
		if !looksLikeFeed(body) {
			return yield(Item{}, itemError(locator, fmt.Errorf("not an RSS or Atom feed: no <rss>, <feed> or <rdf> root")))
		}
		return r.readFeed(locator, body, yield)
	case formatJSON:
		return readJSON(locator, body, yield)
	case formatJSONLines:
		return readJSONLines(locator, body, yield)
	}
	kind := map[format]Kind{formatText: KindText, formatMarkdown: KindMarkdown, formatHTML: KindHTML}[f]
	return yield(Item{Locator: locator, URL: url, Kind: kind, Body: body}, nil)
}
