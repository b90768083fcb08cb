package source

import (
	"strings"
	"testing"
	"time"
)

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Talks</title>
  <id>urn:feed</id>
  <updated>2025-04-13T08:00:00Z</updated>
  <entry>
    <title>Envoys meet in Muscat</title>
    <id>urn:talks:1</id>
    <link href="https://example.org/talks/1"/>
    <published>2025-04-12T18:30:00Z</published>
    <content type="html">&lt;p&gt;Steve Witkoff met Abbas Araghchi.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Second round</title>
    <id>urn:talks:2</id>
    <updated>2025-04-19T10:00:00+02:00</updated>
    <summary>More talks in Rome.</summary>
  </entry>
  <entry>
    <id>urn:talks:3</id>
  </entry>
</feed>`

func TestReadFeedFile(t *testing.T) {
	p := writeFile(t, t.TempDir(), "talks.atom", []byte(atomFeed))
	items, errs := collect(t, []string{p}, Options{})
	if len(items) != 2 {
		t.Fatalf("got items %v, want 2", locators(items))
	}
	first := items[0]
	if first.Locator != p+"#urn:talks:1" || first.Title != "Envoys meet in Muscat" || first.URL != "https://example.org/talks/1" {
		t.Errorf("got %q %q %q", first.Locator, first.Title, first.URL)
	}
	if !first.Published.Equal(time.Date(2025, 4, 12, 18, 30, 0, 0, time.UTC)) {
		t.Errorf("got published %v", first.Published)
	}
	if first.Kind != KindHTML || string(first.Body) != "<p>Steve Witkoff met Abbas Araghchi.</p>" {
		t.Errorf("got kind %q body %q", first.Kind, first.Body)
	}
	if string(items[1].Body) != "More talks in Rome." || !items[1].Published.Equal(time.Date(2025, 4, 19, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("got body %q published %v, want the summary and the updated date", items[1].Body, items[1].Published)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), p+"#urn:talks:3: empty document") {
		t.Errorf("got %v, want the empty entry named", errs)
	}
}

func TestReadRealRSSFeed(t *testing.T) {
	items, errs := collect(t, []string{"testdata/whitehouse-feed.xml"}, Options{})
	if len(errs) != 0 || len(items) != 30 {
		t.Fatalf("got %d items and errors %v, want 30 items", len(items), errs)
	}
	it := items[1]
	wantLoc := "testdata/whitehouse-feed.xml#https://www.whitehouse.gov/fact-sheets/2026/08/fact-sheet-president-donald-j-trump-launches-the-golden-age-of-space-transportation/"
	if it.Locator != wantLoc {
		t.Errorf("got locator %q, want %q", it.Locator, wantLoc)
	}
	if it.Published.UTC().Format(time.RFC3339) != "2026-08-20T20:58:25Z" {
		t.Errorf("got published %v", it.Published)
	}
	if !strings.Contains(string(it.Body), "Golden Age of Space Transportation") {
		t.Errorf("got body %q, want the headline for a headline-only feed", it.Body)
	}
}

func TestFeedNeedsRootElement(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{`<?xml version="1.0"?><rss version="2.0">`, true},
		{`<feed xmlns="http://www.w3.org/2005/Atom">`, true},
		{`<rdf:RDF xmlns:rdf="x">`, true},
		{`<feedback>no</feedback>`, false},
		{`plain text about an rss feed`, false},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			if got := looksLikeFeed([]byte(tt.body)); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
