package browser

import (
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/queries"
)

var update = flag.Bool("update", false, "rewrite docs/browser/guide.html")

// guideFile is the committed guide, served or opened with `:play`.
var guideFile = filepath.Join("..", "docs", "browser", "guide.html")

// TestGuideInSync keeps docs/browser/guide.html equal to what `kg browser
// guide` prints for the built-in library.
func TestGuideInSync(t *testing.T) {
	lib, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Guide(lib, nil)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.MkdirAll(filepath.Dir(guideFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(guideFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(guideFile)
	if err != nil {
		t.Fatalf("%v (run go test ./browser -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s is out of date with the query library: run go test ./browser -update", guideFile)
	}
}

func TestGuideListsEveryQuery(t *testing.T) {
	lib, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	out, err := Guide(lib, map[string]string{"doc": "doc:0000000000000001"})
	if err != nil {
		t.Fatal(err)
	}
	// Well-formed markup: every element closed.
	dec := xml.NewDecoder(strings.NewReader(string(out)))
	dec.Strict = true
	for {
		if _, err := dec.Token(); err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("guide is not well-formed: %v", err)
			}
			break
		}
	}
	html := string(out)
	if n := strings.Count(html, `<slide class="row-fluid">`); n != lib.Len()+1 {
		t.Errorf("got %d slides, want %d queries and an index", n, lib.Len())
	}
	for _, q := range lib.All() {
		if !strings.Contains(html, "<h3>"+q.Name+"</h3>") {
			t.Errorf("no slide for %s", q.Name)
		}
	}
	if !strings.Contains(html, "toLower(&#39;Araghchi&#39;)") {
		t.Error("defaults are not inlined as literals (want toLower('Araghchi'))")
	}
	if !strings.Contains(html, "{id: &#39;doc:0000000000000001&#39;}") {
		t.Error("the example document id is not inlined")
	}
}
