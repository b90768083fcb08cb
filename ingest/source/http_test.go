package source

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	feed, err := os.ReadFile("testdata/whitehouse-feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><body><p>Agent %s</p></body></html>", r.UserAgent())
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(feed)
	})
	mux.HandleFunc("/feed-as-text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write(feed)
	})
	mux.HandleFunc("/notes.md", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/markdown")
		w.Write([]byte("# Notes\n\nText."))
	})
	mux.HandleFunc("/broken-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<rss version="2.0"><channel><item><title>cut`))
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", "5000")
		w.Write([]byte(strings.Repeat("a", 5000)))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 10 {
			w.Write([]byte(strings.Repeat("b", 1000)))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte{0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00})
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestReadURL(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		path      string
		wantItems int
		wantKind  Kind
		wantBody  string
	}{
		{"/article", 1, KindHTML, "Agent kg/1.2.3"},
		{"/moved", 1, KindHTML, "Agent kg/1.2.3"},
		{"/notes.md", 1, KindMarkdown, "# Notes"},
		{"/feed", 30, KindHTML, "President Trump and Republicans Deliver"},
		{"/feed-as-text", 30, KindHTML, "President Trump and Republicans Deliver"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			items, errs := collect(t, []string{srv.URL + tt.path}, Options{Version: "1.2.3"})
			if len(errs) != 0 || len(items) != tt.wantItems {
				t.Fatalf("got %d items, errors %v; want %d items", len(items), errs, tt.wantItems)
			}
			if items[0].Kind != tt.wantKind || !strings.Contains(string(items[0].Body), tt.wantBody) {
				t.Errorf("got kind %q body %q", items[0].Kind, items[0].Body)
			}
			if tt.wantItems == 1 && items[0].Locator != srv.URL+tt.path {
				t.Errorf("got locator %q, want the URL as given", items[0].Locator)
			}
		})
	}
	t.Run("redirect reports the final URL", func(t *testing.T) {
		items, _ := collect(t, []string{srv.URL + "/moved"}, Options{})
		if len(items) != 1 || items[0].URL != srv.URL+"/article" {
			t.Errorf("got %v", items)
		}
	})
	t.Run("default user agent", func(t *testing.T) {
		items, _ := collect(t, []string{srv.URL + "/article"}, Options{})
		if len(items) != 1 || !strings.Contains(string(items[0].Body), "Agent kg/dev") {
			t.Errorf("got %v", items)
		}
	})
}

func TestReadURLFailures(t *testing.T) {
	srv := newServer(t)
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL + "/gone"
	closed.Close()
	tests := []struct {
		name    string
		url     string
		opts    Options
		reason  string
		wantErr error
	}{
		{"not found", srv.URL + "/missing", Options{}, "HTTP 404 Not Found", nil},
		{"redirect loop", srv.URL + "/loop", Options{MaxRedirects: 3}, "more than 3 redirects", nil},
		{"content length over cap", srv.URL + "/big", Options{MaxBytes: 1000}, "4.9 KiB exceeds the 1000 bytes cap", ErrTooLarge},
		{"streamed body over cap", srv.URL + "/big-chunked", Options{MaxBytes: 1000}, "over the 1000 bytes cap", ErrTooLarge},
		{"binary", srv.URL + "/binary", Options{}, "binary content", ErrBinary},
		{"broken feed", srv.URL + "/broken-feed", Options{}, "broken feed", nil},
		{"unreachable", closedURL, Options{}, "connection refused", nil},
		{"timeout", srv.URL + "/slow", Options{Timeout: 200 * time.Millisecond}, "Timeout exceeded", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			items, errs := collect(t, []string{tt.url}, tt.opts)
			if len(items) != 0 || len(errs) != 1 {
				t.Fatalf("got %d items, errors %v; want one error", len(items), errs)
			}
			msg := errs[0].Error()
			if !strings.HasPrefix(msg, tt.url+": ") || !strings.Contains(msg, tt.reason) || strings.Contains(msg, "\n") {
				t.Errorf("got %q, want one line naming the URL and %q", msg, tt.reason)
			}
			if tt.wantErr != nil && !errors.Is(errs[0], tt.wantErr) {
				t.Errorf("got %v, want errors.Is %v", errs[0], tt.wantErr)
			}
			if time.Since(start) > 3*time.Second {
				t.Errorf("took %v, want the failure within the timeout", time.Since(start))
			}
		})
	}
}
