package main

import (
	"net/url"
	"strings"
	"testing"

	"github.com/kg-project/kg/browser"
)

func TestBrowserLink(t *testing.T) {
	t.Setenv("KG_QUERIES_DIR", "")
	t.Setenv("KG_BROWSER_URL", "")
	env := map[string]string{"NEO4J_URI": "bolt://127.0.0.1:7691", "NEO4J_USERNAME": "neo4j", "NEO4J_DATABASE": "neo4j", "NEO4J_PASSWORD": "secret-password"}
	code, out, errOut := runKG(t, env, "browser", "who-met-whom", "--param", "name=Araghchi", "--param", "from=2025-01-01")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	link := strings.TrimSpace(out)
	if strings.Contains(link, "secret-password") {
		t.Fatal("the password is in the link")
	}
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	if u.Host != "127.0.0.1:7474" || u.Path != "/browser/" || u.Query().Get("connectURL") != "bolt://neo4j@127.0.0.1:7691" {
		t.Errorf("got %s", link)
	}
	stmt, err := browser.StatementFromURL(link)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"// name: who-met-whom :read", "toLower('Araghchi')", "date('2025-01-01') IS NULL", "(null IS NULL OR day <= null)"} {
		if !strings.Contains(stmt, want) {
			t.Errorf("the statement Browser reads lacks %q:\n%s", want, stmt)
		}
	}

	t.Run("browser url flag", func(t *testing.T) {
		code, out, _ := runKG(t, env, "browser", "--browser-url", "http://localhost:7481/browser/")
		if code != exitOK || !strings.HasPrefix(out, "http://localhost:7481/browser/?connectURL=") || strings.Contains(out, "cmd=") {
			t.Errorf("exit %d, got %q", code, out)
		}
	})
	t.Run("bad parameter", func(t *testing.T) {
		code, _, errOut := runKG(t, env, "browser", "who-met-whom", "--param", "colour=red")
		if code != exitUsage || !strings.Contains(errOut, "query who-met-whom has no parameter colour") {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
}

func TestBrowserStyleAndGuide(t *testing.T) {
	t.Setenv("KG_QUERIES_DIR", "")
	code, out, _ := runKG(t, nil, "browser", "style")
	if code != exitOK || out != browser.Style() {
		t.Errorf("exit %d; style output differs from the embedded sheet", code)
	}
	code, out, _ = runKG(t, nil, "browser", "style", "--json")
	if code != exitOK || !strings.HasPrefix(out, `{"node":{`) {
		t.Errorf("exit %d; got %.60q", code, out)
	}
	code, out, _ = runKG(t, nil, "browser", "guide")
	if code != exitOK || !strings.Contains(out, "<h3>who-met-whom</h3>") {
		t.Errorf("exit %d; guide lacks who-met-whom", code)
	}
}
