package browser

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHandlerPreflight(t *testing.T) {
	srv := httptest.NewServer(Handler(nil))
	defer srv.Close()
	req, _ := http.NewRequest("OPTIONS", srv.URL+"/guide.html", nil)
	req.Header.Set("Origin", "http://127.0.0.1:7474")
	req.Header.Set("Access-Control-Request-Method", "GET")
	req.Header.Set("Access-Control-Request-Headers", "pragma,cache-control")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNoContent || res.Header.Get("Access-Control-Allow-Headers") != "pragma,cache-control" ||
		res.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("got %d %v", res.StatusCode, res.Header)
	}
}

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(Handler([]byte("<article>guide</article>")))
	defer srv.Close()
	tests := []struct {
		path, wantType, want string
		status               int
	}{
		{"/guide.html", "text/html", "<article>guide</article>", 200},
		{"/kg.grass", "text/plain", "node.Person {", 200},
		{"/", "text/plain", ":play " + srv.URL + "/guide.html", 200},
		{"/nothing", "", "", 404},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
			req.Header.Set("Origin", "http://127.0.0.1:7474")
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.status {
				t.Fatalf("got status %d, want %d", res.StatusCode, tt.status)
			}
			if got := res.Header.Get("Access-Control-Allow-Origin"); got != "*" {
				t.Errorf("got CORS header %q, want *", got)
			}
			if !strings.HasPrefix(res.Header.Get("Content-Type"), tt.wantType) || !strings.Contains(string(body), tt.want) {
				t.Errorf("got %s %q", res.Header.Get("Content-Type"), body)
			}
		})
	}
}
