package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// collect runs Read and returns what it yielded.
func collect(t *testing.T, args []string, opts Options) ([]Item, []error) {
	t.Helper()
	var items []Item
	var errs []error
	for item, err := range Read(context.Background(), args, opts) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		items = append(items, item)
	}
	return items, errs
}

func writeFile(t *testing.T, dir, name string, body []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, body, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadFileKinds(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		body string
		want Kind
	}{
		{"a.txt", "Plain text.", KindText},
		{"a.md", "# Title\n\nBody.", KindMarkdown},
		{"a.markdown", "Body.", KindMarkdown},
		{"a.html", "<p>Body.</p>", KindHTML},
		{"a.htm", "<p>Body.</p>", KindHTML},
		{"notes", "No extension, still text.", KindText},
		{"page.unknown", "<!DOCTYPE html><html><body><p>x</p></body></html>", KindHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, dir, tt.name, []byte(tt.body))
			items, errs := collect(t, []string{p}, Options{})
			if len(errs) != 0 || len(items) != 1 {
				t.Fatalf("got %d items, errors %v; want 1 item", len(items), errs)
			}
			if items[0].Kind != tt.want {
				t.Errorf("got kind %q, want %q", items[0].Kind, tt.want)
			}
			if items[0].Locator != p || string(items[0].Body) != tt.body {
				t.Errorf("got locator %q body %q", items[0].Locator, items[0].Body)
			}
		})
	}
}

func TestReadBadDocuments(t *testing.T) {
	dir := t.TempDir()
	mostlyBad := append([]byte("Caf"), []byte(strings.Repeat("\xe9 au lait ", 20))...)
	tests := []struct {
		name    string
		body    []byte
		wantErr error
		reason  string
	}{
		{"empty.txt", nil, ErrEmpty, "empty document"},
		{"blank.md", []byte(" \n\t\n"), ErrEmpty, "empty document"},
		{"image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary, "binary content"},
		{"latin1.txt", mostlyBad, ErrInvalidUTF8, "invalid UTF-8"},
		{"data.xml", []byte("<?xml version=\"1.0\"?><catalog><book/></catalog>"), nil, "not an RSS or Atom feed"},
		{"broken.rss", []byte("<rss version=\"2.0\"><channel><item><title>x</titl"), nil, "broken feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, dir, tt.name, tt.body)
			items, errs := collect(t, []string{p}, Options{})
			if len(items) != 0 || len(errs) != 1 {
				t.Fatalf("got %d items and %d errors, want 0 and 1", len(items), len(errs))
			}
			msg := errs[0].Error()
			if !strings.HasPrefix(msg, p+": ") || !strings.Contains(msg, tt.reason) || strings.Contains(msg, "\n") {
				t.Errorf("got error %q, want one line naming %s and %q", msg, p, tt.reason)
			}
			if tt.wantErr != nil && !errors.Is(errs[0], tt.wantErr) {
				t.Errorf("got %v, want errors.Is %v", errs[0], tt.wantErr)
			}
		})
	}
}

func TestReadRepairsFewInvalidBytes(t *testing.T) {
	body := "Talks in Muscat went well. " + strings.Repeat("The envoys met again. ", 20) + "Caf\xe9."
	p := writeFile(t, t.TempDir(), "a.txt", []byte(body))
	items, errs := collect(t, []string{p}, Options{})
	if len(errs) != 0 || len(items) != 1 {
		t.Fatalf("got %d items, errors %v", len(items), errs)
	}
	if got := string(items[0].Body); !strings.HasSuffix(got, "Caf\uFFFD.") {
		t.Errorf("got body ending %q, want the bad byte replaced by U+FFFD", got[len(got)-8:])
	}
}

func TestReadHugeFileRejectedWithoutReading(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Truncate(p, 200<<20); err != nil { // sparse: no 200 MB written
		t.Fatal(err)
	}
	start := time.Now()
	items, errs := collect(t, []string{p}, Options{})
	elapsed := time.Since(start)
	if len(items) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("got %d items, errors %v; want one ErrTooLarge", len(items), errs)
	}
	if !strings.Contains(errs[0].Error(), "200.0 MiB exceeds the 20.0 MiB cap") {
		t.Errorf("got %q, want sizes in the reason", errs[0])
	}
	if elapsed > time.Second {
		t.Errorf("took %v; the size check must not read the file", elapsed)
	}
}

func TestReadSizeCapIsConfigurable(t *testing.T) {
	p := writeFile(t, t.TempDir(), "a.txt", []byte(strings.Repeat("word ", 300)))
	_, errs := collect(t, []string{p}, Options{MaxBytes: 1000})
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("got %v, want one ErrTooLarge", errs)
	}
}

func TestReadContinuesAfterBadDocument(t *testing.T) {
	dir := t.TempDir()
	good1 := writeFile(t, dir, "1.txt", []byte("First."))
	bad := writeFile(t, dir, "2.txt", nil)
	good2 := writeFile(t, dir, "3.txt", []byte("Third."))
	missing := filepath.Join(dir, "missing.txt")
	items, errs := collect(t, []string{good1, bad, missing, good2}, Options{})
	if len(items) != 2 || items[0].Locator != good1 || items[1].Locator != good2 {
		t.Errorf("got items %v, want %s and %s", locators(items), good1, good2)
	}
	if len(errs) != 2 || !strings.HasPrefix(errs[0].Error(), bad+": ") || !strings.HasPrefix(errs[1].Error(), missing+": ") {
		t.Errorf("got errors %v, want %s then %s", errs, bad, missing)
	}
}

func TestReadStopsWhenConsumerStops(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		writeFile(t, dir, n, []byte("Text."))
	}
	count := 0
	for range Read(context.Background(), []string{dir}, Options{}) {
		count++
		break
	}
	if count != 1 {
		t.Errorf("got %d iterations, want 1", count)
	}
}

func TestReadCancelled(t *testing.T) {
	p := writeFile(t, t.TempDir(), "a.txt", []byte("Text."))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errs []error
	for _, err := range Read(ctx, []string{p, p}, Options{}) {
		errs = append(errs, err)
	}
	if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("got %v, want one context.Canceled", errs)
	}
}

func locators(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Locator)
	}
	return out
}
