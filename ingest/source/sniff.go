package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxInvalidShare is the share of invalid UTF-8 bytes repaired rather than
// rejected (see the package documentation).
const maxInvalidShare = 0.01

// checkText rejects binary content, repairs a few invalid UTF-8 bytes and
// rejects text with many, and strips a byte-order mark.
func checkText(body []byte) ([]byte, error) {
	if isBinary(body) {
		return nil, ErrBinary
	}
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	if utf8.Valid(body) {
		return body, nil
	}
	invalid := 0
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		}
		i += size
	}
	share := float64(invalid) / float64(len(body))
	if share > maxInvalidShare {
		return nil, fmt.Errorf("%w: %d invalid bytes (%.1f%% of the document); convert it to UTF-8", ErrInvalidUTF8, invalid, share*100)
	}
	return []byte(strings.ToValidUTF8(string(body), "\uFFFD")), nil
}

// isBinary looks at the first 8 KiB: a NUL byte, or more than 10% control
// bytes other than white space, means the document is not text.
func isBinary(body []byte) bool {
	head := body[:min(len(body), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	control := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			control++
		}
	}
	return control*10 > len(head)
}

// sniff decides the format of a body whose name says nothing.
func sniff(body []byte) format {
	head := strings.ToLower(string(bytes.TrimSpace(body[:min(len(body), 2048)])))
	switch {
	case looksLikeFeed(body):
		return formatFeed
	case strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.Contains(head, "<body") || strings.Contains(head, "<head"):
		return formatHTML
	case strings.HasPrefix(head, "{") && bytes.Count(body, []byte("\n{")) > 0:
		return formatJSONLines
	case strings.HasPrefix(head, "{") || strings.HasPrefix(head, "["):
		return formatJSON
	}
	return formatText
}

// looksLikeFeed reports an RSS, Atom or RDF root element near the start.
func looksLikeFeed(body []byte) bool {
	head := strings.ToLower(string(body[:min(len(body), 4096)]))
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf", "<rdf"} {
		if i := strings.Index(head, root); i >= 0 {
			after := head[i+len(root):]
			if after == "" || strings.ContainsAny(after[:1], " \t\r\n>:") {
				return true
			}
		}
	}
	return false
}
