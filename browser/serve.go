package browser

import (
	"fmt"
	"net/http"
	"strings"
)

// Handler serves the guide and the style sheet to Neo4j Browser: `:play
// URL/guide.html` and `:style URL/kg.grass`. Browser fetches them from its
// own page, another origin, so every answer allows any origin (CORS); and it
// fetches only from hosts on its allowlist (server setting
// browser.remote_content_hostname_allowlist, by default "guides.neo4j.com,
// localhost"), so serve them on localhost. Browser sends no-cache headers,
// so each fetch is preceded by a CORS preflight, answered here too.
func Handler(guide []byte) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /guide.html", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(guide)
	})
	mux.HandleFunc("GET /kg.grass", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte(Style()))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		base := "http://" + r.Host
		_, _ = fmt.Fprint(w, Commands(base))
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		// Browser asks with no-cache headers, which makes the request
		// non-simple: it is preceded by a preflight that must allow them.
		if r.Method == http.MethodOptions {
			h.Set("Access-Control-Allow-Methods", "GET, OPTIONS")
			h.Set("Access-Control-Allow-Headers", r.Header.Get("Access-Control-Request-Headers"))
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

// Commands are the Browser commands that load what Handler serves at base.
func Commands(base string) string {
	base = strings.TrimSuffix(base, "/")
	return ":style " + base + "/kg.grass\n:play " + base + "/guide.html\n"
}
