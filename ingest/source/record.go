package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"
)

// record is a document stored as a JSON object: the project's own
// {id, url, title, published, text|html} shape and the WordPress/feed
// export shape {guid, title, link, published, content|summary}.
type record struct {
	ID        string `json:"id"`
	GUID      string `json:"guid"`
	URL       string `json:"url"`
	Link      string `json:"link"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Text      string `json:"text"`
	Markdown  string `json:"markdown"`
	HTML      string `json:"html"`
	Content   string `json:"content"`
	Summary   string `json:"summary"`
}

// item maps a record to an Item under the given locator.
func (rec record) item(locator string) (Item, error) {
	item := Item{
		Locator: locator,
		URL:     strings.TrimSpace(firstNonEmpty(rec.URL, rec.Link)),
		Title:   strings.TrimSpace(html.UnescapeString(rec.Title)),
	}
	item.PublishedText = strings.TrimSpace(firstNonEmpty(rec.Published, rec.Date))
	if t, err := ParseDate(item.PublishedText); err == nil {
		item.Published = t
	}
	switch {
	case strings.TrimSpace(rec.Text) != "":
		item.Kind, item.Body = KindText, []byte(rec.Text)
	case strings.TrimSpace(rec.Markdown) != "":
		item.Kind, item.Body = KindMarkdown, []byte(rec.Markdown)
	case strings.TrimSpace(rec.HTML) != "":
		item.Kind, item.Body = KindHTML, []byte(rec.HTML)
	case strings.TrimSpace(rec.Content) != "":
		item.Kind, item.Body = KindHTML, []byte(rec.Content)
	case strings.TrimSpace(rec.Summary) != "":
		item.Kind, item.Body = KindHTML, []byte(rec.Summary)
	default:
		return Item{}, fmt.Errorf("%w: no text, html, content or summary field", ErrEmpty)
	}
	return item, nil
}

// key is what names a record inside its file.
func (rec record) key() string {
	return strings.TrimSpace(firstNonEmpty(rec.ID, rec.GUID))
}

// readJSON reads a .json file: one record, or an array of records.
func readJSON(locator string, body []byte, yield yieldFunc) bool {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var recs []record
		if err := json.Unmarshal(trimmed, &recs); err != nil {
			return yield(Item{}, itemError(locator, jsonError(err)))
		}
		for i, rec := range recs {
			key := rec.key()
			if key == "" {
				key = strconv.Itoa(i + 1)
			}
			item, err := rec.item(locator + "#" + key)
			if err != nil {
				if !yield(Item{}, itemError(locator+"#"+key, err)) {
					return false
				}
				continue
			}
			if !yield(item, nil) {
				return false
			}
		}
		return true
	}
	var rec record
	if err := json.Unmarshal(trimmed, &rec); err != nil {
		return yield(Item{}, itemError(locator, jsonError(err)))
	}
	item, err := rec.item(locator)
	if err != nil {
		return yield(Item{}, itemError(locator, err))
	}
	return yield(item, nil)
}

// readJSONLines reads one record per line. A bad line is an error naming
// "<file>:<line>"; an item's locator is "<file>#<id>", or "<file>#<line>"
// for a record without an id.
func readJSONLines(locator string, body []byte, yield yieldFunc) bool {
	for n, line := range bytes.Split(body, []byte("\n")) {
		lineNo := n + 1
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		where := locator + ":" + strconv.Itoa(lineNo)
		var rec record
		if err := json.Unmarshal(line, &rec); err != nil {
			if !yield(Item{}, itemError(where, jsonError(err))) {
				return false
			}
			continue
		}
		key := rec.key()
		if key == "" {
			key = strconv.Itoa(lineNo)
		}
		item, err := rec.item(locator + "#" + key)
		if err != nil {
			if !yield(Item{}, itemError(where, err)) {
				return false
			}
			continue
		}
		if !yield(item, nil) {
			return false
		}
	}
	return true
}

// jsonError says what was wrong with a record in reader's terms.
func jsonError(err error) error {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		return fmt.Errorf("bad JSON record: field %q holds a %s", typeErr.Field, typeErr.Value)
	}
	return fmt.Errorf("bad JSON record: %w", err)
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
