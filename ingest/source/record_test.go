package source

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestReadJSONLines(t *testing.T) {
	dir := t.TempDir()
	body := strings.Join([]string{
		`{"id":"a1","url":"https://example.org/a","title":"First","published":"2025-04-12","text":"Talks began."}`,
		``,
		`{"id":"a2","title":"Second","published":"Sat, 12 Apr 2025 10:00:00 GMT","html":"<p>Talks went on.</p>"}`,
		`{"id": "a3", "text": broken}`,
		`{"title":"No id","text":"Line number names me."}`,
		`{"id":"a5","title":"No body"}`,
	}, "\n")
	p := writeFile(t, dir, "items.jsonl", []byte(body))
	items, errs := collect(t, []string{p}, Options{})
	want := []struct {
		locator, title, published string
		kind                      Kind
	}{
		{p + "#a1", "First", "2025-04-12", KindText},
		{p + "#a2", "Second", "2025-04-12", KindHTML},
		{p + "#5", "No id", "", KindText},
	}
	if len(items) != len(want) {
		t.Fatalf("got items %v, want %d", locators(items), len(want))
	}
	for i, w := range want {
		got := items[i]
		pub := ""
		if !got.Published.IsZero() {
			pub = got.Published.Format("2006-01-02")
		}
		if got.Locator != w.locator || got.Title != w.title || pub != w.published || got.Kind != w.kind {
			t.Errorf("item %d: got %q %q %q %q, want %+v", i, got.Locator, got.Title, pub, got.Kind, w)
		}
	}
	if items[0].URL != "https://example.org/a" {
		t.Errorf("got URL %q", items[0].URL)
	}
	if len(errs) != 2 {
		t.Fatalf("got errors %v, want 2", errs)
	}
	if !strings.HasPrefix(errs[0].Error(), p+":4: bad JSON record") {
		t.Errorf("got %q, want the bad line named as %s:4", errs[0], p)
	}
	if !strings.HasPrefix(errs[1].Error(), p+":6: ") || !errors.Is(errs[1], ErrEmpty) {
		t.Errorf("got %q, want an empty-record error naming %s:6", errs[1], p)
	}
}

func TestReadJSONWordPressRecord(t *testing.T) {
	items, errs := collect(t, []string{"testdata/statedept-shamkhani.json"}, Options{})
	if len(errs) != 0 || len(items) != 1 {
		t.Fatalf("got %d items, errors %v", len(items), errs)
	}
	it := items[0]
	if it.Title != "Iran: Dismantling Shamkhani’s Illicit Shipping Empire" {
		t.Errorf("got title %q", it.Title)
	}
	if want := time.Date(2026, 7, 14, 23, 34, 59, 0, time.UTC); !it.Published.Equal(want) {
		t.Errorf("got published %v, want %v", it.Published, want)
	}
	if it.Kind != KindHTML || !strings.Contains(string(it.Body), "Mohammad Hossein Shamkhani") {
		t.Errorf("got kind %q and a body without the article", it.Kind)
	}
	if !strings.HasPrefix(it.URL, "https://www.state.gov/releases/") {
		t.Errorf("got URL %q, want the record's link", it.URL)
	}
}

func TestReadJSONArrayAndBadJSON(t *testing.T) {
	dir := t.TempDir()
	arr := writeFile(t, dir, "many.json", []byte(`[{"guid":"g1","title":"One","content":"<p>One.</p>"},{"title":"Two","text":"Two."}]`))
	bad := writeFile(t, dir, "bad.json", []byte(`{"title": 5}`))
	items, errs := collect(t, []string{arr, bad}, Options{})
	if got := locators(items); len(got) != 2 || got[0] != arr+"#g1" || got[1] != arr+"#2" {
		t.Errorf("got %v, want #g1 and #2", got)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), bad+": bad JSON record") {
		t.Errorf("got %v, want one error naming %s", errs, bad)
	}
}
