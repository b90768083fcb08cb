package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

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
		if code != exitUsage || !strings.Contains(errOut, "query who-met-whom: no parameter colour (it takes name=string? from=date? to=date?)") {
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

func TestBrowserServe(t *testing.T) {
	t.Setenv("KG_QUERIES_DIR", "")
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"browser", "serve", "--addr", "localhost:0"}, strings.NewReader(""), out, io.Discard)
	}()
	var base string
	for i := 0; i < 100 && base == ""; i++ {
		time.Sleep(20 * time.Millisecond)
		if m := regexp.MustCompile(`serving (http://localhost:\d+)/`).FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		t.Fatalf("no address printed: %q", out.String())
	}
	if !strings.Contains(out.String(), ":play "+base+"/guide.html") {
		t.Errorf("the :play command is not printed: %q", out.String())
	}
	res, err := http.Get(base + "/guide.html")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), "<h3>who-met-whom</h3>") {
		t.Errorf("guide lacks who-met-whom")
	}
	cancel()
	select {
	case code := <-done:
		if code != exitInterrupted && code != exitOK {
			t.Errorf("exit %d after interrupt", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop when its context ended")
	}
}

// syncBuffer is a bytes.Buffer safe to read while the command writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestBrowserOpen(t *testing.T) {
	t.Setenv("KG_QUERIES_DIR", "")
	dir := t.TempDir()
	got := filepath.Join(dir, "opened")
	script := filepath.Join(dir, "fake-browser")
	writeQueryFile(t, script, "#!/bin/sh\nprintf '%s' \"$1\" > "+got+".tmp && mv "+got+".tmp "+got+"\n")
	if err := os.Chmod(script, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BROWSER", script)
	env := map[string]string{"NEO4J_URI": "bolt://127.0.0.1:7691"}
	code, out, errOut := runKG(t, env, "browser", "who-met-whom", "--param", "name=Araghchi", "--open")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var opened []byte
	for i := 0; i < 100; i++ {
		if b, err := os.ReadFile(got); err == nil {
			opened = b
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if string(opened) != strings.TrimSpace(out) {
		t.Errorf("opened %q, want the printed link %q", opened, strings.TrimSpace(out))
	}
}
