package normalize

import (
	"testing"
	"time"

	"github.com/kg-project/kg/ingest/source"
)

func TestResolveDate(t *testing.T) {
	item := func(kind source.Kind, body string) source.Item {
		return source.Item{Locator: "x", Kind: kind, Body: []byte(body)}
	}
	tests := []struct {
		name     string
		item     source.Item
		wantDate string
		wantRaw  string
	}{
		{"dateline", item(source.KindText, "WASHINGTON, April 12, 2025 — The envoys met in Muscat."), "2025-04-12", "April 12, 2025"},
		{"dateline with abbreviated month", item(source.KindText, "MUSCAT, Oman, Apr. 12, 2025 - Talks began."), "2025-04-12", "Apr. 12, 2025"},
		{"date line near the top", item(source.KindHTML, "<p>Press Statement</p><p>July 14, 2026</p><p>The United States acted today.</p>"), "2026-07-14", "July 14, 2026"},
		{"a title with its date on the next line", item(source.KindMarkdown, "Statement on the Talks\nApril 12, 2025\n\nOman hosted talks today."), "2025-04-12", "April 12, 2025"},
		{"a short title with its date on the next line", item(source.KindMarkdown, "News\nJune 28, 2021\n\nIraq hosted a summit today."), "2021-06-28", "June 28, 2021"},
		{"a sentence ending in a date is no title", item(source.KindMarkdown, "The envoys of the two states agreed to meet again in Muscat in the spring, and the third round opened on April 12, 2025\n\nMore."), "", ""},
		{"front matter wins over dateline", item(source.KindMarkdown, "---\ndate: '2025-06-17'\n---\nWASHINGTON, April 12, 2025 — Text."), "2025-06-17", "2025-06-17"},
		{"item metadata wins", source.Item{Locator: "x", Kind: source.KindText, Body: []byte("WASHINGTON, April 12, 2025 — Text."), Published: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), PublishedText: "Tue, 02 Jan 2024"}, "2024-01-02", "Tue, 02 Jan 2024"},
		{"the page's day before a UTC stamp is the day of issue", source.Item{Locator: "x", Kind: source.KindHTML, Body: []byte("<p>Readout</p><p>July 14, 2026</p><p>The Secretary met today with the minister.</p>"), Published: time.Date(2026, 7, 15, 0, 14, 36, 0, time.UTC), PublishedText: "2026-07-15T00:14:36+00:00"}, "2026-07-14", "July 14, 2026"},
		{"the page's own day keeps the stamp", source.Item{Locator: "x", Kind: source.KindHTML, Body: []byte("<p>Readout</p><p>July 15, 2026</p><p>The Secretary met today.</p>"), Published: time.Date(2026, 7, 15, 19, 43, 0, 0, time.UTC), PublishedText: "2026-07-15T19:43:00+00:00"}, "2026-07-15", "2026-07-15T19:43:00+00:00"},
		{"a page's date further back is something else", source.Item{Locator: "x", Kind: source.KindHTML, Body: []byte("<p>Readout</p><p>July 12, 2026</p><p>The Secretary met today.</p>"), Published: time.Date(2026, 7, 15, 0, 14, 0, 0, time.UTC), PublishedText: "2026-07-15T00:14:00+00:00"}, "2026-07-15", "2026-07-15T00:14:00+00:00"},
		{"unparsable item date replaced by a readable dateline", source.Item{Locator: "x", Kind: source.KindText, Body: []byte("WASHINGTON, April 12, 2025 — Text."), PublishedText: "sometime in spring"}, "2025-04-12", "April 12, 2025"},
		{"dates deep in the text do not date the document", item(source.KindText, "Talks went on.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMore.\n\nMay 1, 2020"), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Normalize(tt.item)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !d.Published.IsZero() {
				got = d.Published.Format("2006-01-02")
			}
			if got != tt.wantDate || d.PublishedText != tt.wantRaw {
				t.Errorf("got %q (raw %q), want %q (raw %q)", got, d.PublishedText, tt.wantDate, tt.wantRaw)
			}
		})
	}
}
