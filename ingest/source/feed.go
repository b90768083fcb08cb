package source

import (
	"bytes"
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
)

// readFeed yields one HTML item per feed entry. A feed that does not parse
// is one error naming the feed; an entry with neither body nor title is an
// error naming the entry.
func (r *reader) readFeed(locator string, body []byte, yield yieldFunc) bool {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return yield(Item{}, itemError(locator, fmt.Errorf("broken feed: %w", err)))
	}
	for i, entry := range feed.Items {
		if entry == nil {
			continue
		}
		item := feedItem(locator, i, entry)
		if len(bytes.TrimSpace(item.Body)) == 0 {
			if !yield(Item{}, itemError(item.Locator, fmt.Errorf("%w: feed entry has no content, description or title", ErrEmpty))) {
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

// feedItem maps a feed entry to an Item. Its locator is
// "<feed>#<guid or link>", falling back to the entry's position.
func feedItem(feedLocator string, index int, e *gofeed.Item) Item {
	id := strings.TrimSpace(e.GUID)
	if id == "" {
		id = strings.TrimSpace(e.Link)
	}
	if id == "" {
		id = strconv.Itoa(index + 1)
	}
	item := Item{
		Locator: feedLocator + "#" + id,
		URL:     strings.TrimSpace(e.Link),
		Title:   strings.TrimSpace(e.Title),
		Kind:    KindHTML,
	}
	switch {
	case e.PublishedParsed != nil:
		item.Published, item.PublishedText = e.PublishedParsed.UTC(), e.Published
	case e.UpdatedParsed != nil:
		item.Published, item.PublishedText = e.UpdatedParsed.UTC(), e.Updated
	default:
		item.PublishedText = strings.TrimSpace(e.Published)
		if t, err := ParseDate(item.PublishedText); err == nil {
			item.Published = t
		}
	}
	content := e.Content
	if strings.TrimSpace(content) == "" {
		content = e.Description
	}
	if strings.TrimSpace(content) == "" && item.Title != "" {
		// Headline-only feeds (the White House briefing room's) still
		// report who did what; the headline is the whole story they carry.
		content = "<p>" + html.EscapeString(item.Title) + "</p>"
	}
	item.Body = []byte(content)
	return item
}
