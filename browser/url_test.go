package browser

import (
	"net/url"
	"strings"
	"testing"

	"github.com/kg-project/kg/queries"
)

func TestURL(t *testing.T) {
	l := Link{Browser: "http://127.0.0.1:7474/browser/", Bolt: "bolt://127.0.0.1:7687", Username: "neo4j", Database: "neo4j"}
	stmt := "// name: x :read\nMATCH (e:Entity {name: 'A+B 100% sure'})\nRETURN e.name + '!' AS n"
	got, err := l.URL(stmt)
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(got)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	if q.Get("connectURL") != "bolt://neo4j@127.0.0.1:7687" || q.Get("db") != "neo4j" || q.Get("cmd") != "edit" {
		t.Errorf("got query %v", q)
	}
	back, err := StatementFromURL(got)
	if err != nil {
		t.Fatal(err)
	}
	if back != stmt {
		t.Errorf("Browser would read\n%s\nwant\n%s", back, stmt)
	}
}

func TestURLRefusesWhatBrowserCuts(t *testing.T) {
	l := Link{Browser: "http://127.0.0.1:7474/browser/", Bolt: "bolt://127.0.0.1:7687"}
	for _, s := range []string{"RETURN 'a&b'", "RETURN 1 // #1"} {
		if _, err := l.URL(s); err == nil {
			t.Errorf("%q: got no error", s)
		}
	}
	if _, err := (Link{Browser: "127.0.0.1:7474", Bolt: "bolt://x:1"}).URL(""); err == nil {
		t.Error("a Browser address without scheme: got no error")
	}
}

// TestEveryLibraryQueryHasALink: every built-in query, with its defaults
// inlined, makes a link that Browser reads back unchanged.
func TestEveryLibraryQueryHasALink(t *testing.T) {
	lib, err := queries.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l := Link{Browser: "http://127.0.0.1:7474/browser/", Bolt: "bolt://127.0.0.1:7687", Username: "neo4j"}
	for _, q := range lib.All() {
		args := map[string]string{}
		for _, p := range q.Params {
			if p.Required() {
				args[p.Name] = "doc:0000000000000001"
			}
		}
		params, err := q.Bind(args)
		if err != nil {
			t.Fatal(err)
		}
		text, err := q.Inline(params)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(text, "$") && !strings.Contains(text, "// Resolve $") {
			t.Errorf("%s: a parameter is left after inlining", q.Name)
		}
		link, err := l.URL(text)
		if err != nil {
			t.Errorf("%s: %v", q.Name, err)
			continue
		}
		if back, _ := StatementFromURL(link); back != text {
			t.Errorf("%s: Browser would read a different statement", q.Name)
		}
	}
}

func TestDefaultBrowserURL(t *testing.T) {
	got, err := DefaultBrowserURL("neo4j://db.example:7687")
	if err != nil || got != "http://db.example:7474/browser/" {
		t.Errorf("got %q, %v", got, err)
	}
}
