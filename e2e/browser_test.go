//go:build e2e

package e2e

import (
	"bufio"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/kg-project/kg/browser"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/queries/querytest"
)

// session is one Chromium tab on the test server's Neo4j Browser.
type session struct {
	ctx      context.Context
	kg       string // the kg binary
	env      []string
	password string
}

func TestBrowser(t *testing.T) {
	httpURL := os.Getenv("KG_TEST_NEO4J_HTTP_URL")
	if httpURL == "" {
		t.Fatal("KG_TEST_NEO4J_HTTP_URL is not set: run make test-e2e (tools/with-test-neo4j.sh sets it)")
	}
	cfg := graphtest.Config(t)
	querytest.Build(t, graphtest.Open(t))

	s := &session{kg: buildKG(t), password: cfg.Password, env: append(os.Environ(),
		"NEO4J_URI="+cfg.URI, "NEO4J_USERNAME="+cfg.Username, "NEO4J_DATABASE="+cfg.Database,
		"NEO4J_PASSWORD="+cfg.Password, "KG_BROWSER_URL="+strings.TrimSuffix(httpURL, "/")+"/browser/",
		"KG_QUERIES_DIR=", "KG_CONFIG=", "KG_LOG_LEVEL=warn")}
	s.ctx = newChromium(t)

	rules, err := browser.ParseStyle(browser.Style())
	if err != nil {
		t.Fatal(err)
	}
	colour := func(sel string) string {
		for _, r := range rules {
			if r.Selector == sel {
				c, _ := r.Get("color")
				return strings.ToLower(c)
			}
		}
		return ""
	}

	t.Run("style", func(t *testing.T) {
		style := s.kgOut(t, "browser", "style", "--json")
		link := s.kgOut(t, "browser") + "&cmd=edit&arg=" + url.QueryEscape(":style "+style)
		s.open(t, link)
		s.runUntil(t, `[data-testid="frameContents"]`, "node.Person")
		// Browser keeps the style in local storage, written a moment after
		// the command; the next page load reads it from there.
		s.waitJS(t, fmt.Sprintf(`Object.keys(localStorage).some(k => (localStorage.getItem(k) || '').toLowerCase().includes(%q))`, colour("node.Person")))
	})

	t.Run("graph view", func(t *testing.T) {
		s.open(t, s.kgOut(t, "browser", "neighbourhood", "--param", "name=Araghchi"))
		drawn := s.runUntilNodes(t, 6)
		nodes := map[string]string{}
		for _, n := range drawn {
			nodes[n[0]] = n[1]
		}
		want := map[string]string{
			"Abbas Araghchi": colour("node.Person"),
			"Steve Witkoff":  colour("node.Person"),
			"Iran":           colour("node.Country"),
			"United States":  colour("node.Country"),
		}
		// The two meetings are events; Browser cuts their long names to fit
		// the circle, so they are found by colour.
		events := 0
		for _, n := range drawn {
			if strings.ToLower(n[1]) == colour("node.Event") {
				events++
			}
		}
		if events != 2 {
			t.Errorf("got %d nodes in the Event colour, want the 2 meetings (nodes %v)", events, drawn)
		}
		for caption, fill := range want {
			got, ok := nodes[caption]
			if !ok {
				t.Errorf("no node captioned %q in the graph view (got %v)", caption, nodes)
				continue
			}
			if strings.ToLower(got) != fill {
				t.Errorf("node %q is %s, want %s from the style sheet", caption, got, fill)
			}
		}
		s.screenshot(t, "neighbourhood.png", filepath.Join("..", "docs", "img", "browser.png"))
	})

	t.Run("guide", func(t *testing.T) {
		base := s.serve(t)
		s.open(t, s.kgOut(t, "browser")+"&cmd=edit&arg="+url.QueryEscape(":play "+base+"/guide.html"))
		s.runUntil(t, `[data-testid="frameContents"]`, "kg: the query library")
		// The index slide lists every query; its slides have runnable code.
		s.waitText(t, `[data-testid="frameContents"]`, "who-met-whom: Who met or negotiated")
		s.screenshot(t, "guide.png")
	})

	t.Run("who-met-whom link", func(t *testing.T) {
		link := s.kgOut(t, "browser", "who-met-whom", "--param", "name=Araghchi")
		u, err := url.Parse(link)
		if err != nil {
			t.Fatal(err)
		}
		if got := u.Query().Get("connectURL"); got != strings.Replace(cfg.URI, "bolt://", "bolt://"+cfg.Username+"@", 1) {
			t.Errorf("link connects to %q, want the test server %s", got, cfg.URI)
		}
		s.open(t, link)
		editor := s.waitText(t, `[data-testid="activeEditor"]`, "who-met-whom")
		for _, want := range []string{"// name: who-met-whom :read", "'Araghchi'"} {
			if !strings.Contains(editor, want) {
				t.Errorf("the editor lacks %q:\n%s", want, editor)
			}
		}
		s.screenshot(t, "who-met-whom-editor.png")
		s.runUntil(t, `[data-testid="frameContents"]`, "Steve Witkoff")
		s.screenshot(t, "who-met-whom-result.png")
	})
}

// serve starts `kg browser serve` on a free port until the test ends and
// returns its address.
func (s *session) serve(t *testing.T) string {
	t.Helper()
	cmd := exec.Command(s.kg, "browser", "serve", "--addr", "localhost:0")
	cmd.Env = s.env
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("kg browser serve printed no address: %v", err)
	}
	f := strings.Fields(line) // "serving http://localhost:PORT/ — ..."
	if len(f) < 2 || !strings.HasPrefix(f[1], "http://localhost:") {
		t.Fatalf("kg browser serve printed %q", line)
	}
	return strings.TrimSuffix(f[1], "/")
}

// buildKG compiles the kg command for the test.
func buildKG(t *testing.T) string {
	bin := filepath.Join(t.TempDir(), "kg")
	out, err := exec.Command("go", "build", "-o", bin, "../cmd/kg").CombinedOutput()
	if err != nil {
		t.Fatalf("build kg: %v\n%s", err, out)
	}
	return bin
}

// newChromium starts headless Chromium (Debian's package) for the test.
func newChromium(t *testing.T) context.Context {
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Fatal("no Chromium: apt-get install -y chromium")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path),
		chromedp.NoSandbox, chromedp.WindowSize(1400, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	if err := chromedp.Do(ctx); err != nil { // starts the browser, without a deadline
		t.Fatalf("start chromium: %v", err)
	}
	tctx, cancel := context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(func() { cancel(); cancelTab(); cancelAlloc() })
	return tctx
}

// kgOut runs kg and returns its standard output without the final newline.
func (s *session) kgOut(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(s.kg, args...)
	cmd.Env = s.env
	out, err := cmd.Output()
	if err != nil {
		stderr := ""
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("kg %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	return strings.TrimSuffix(string(out), "\n")
}

// connState tells whether the page shows the login form, is connected (a
// frame is shown and no banner says the database is not available), or is
// still loading.
const connState = `(() => {
  if (document.querySelector('input[data-testid="password"]')) return 'login';
  if (document.querySelector('[data-testid="disconnectedBanner"]')) return 'loading';
  if (document.querySelector('[data-testid="frame"]')) return 'connected';
  return 'loading';
})()`

// connectWait bounds how long open waits for Browser to connect; a first
// page load on a cold machine (new Chromium profile, server just started)
// can take most of a minute.
const connectWait = 120 * time.Second

// loginRetry is how long a submitted login form may stay on screen before
// it is filled in and submitted again: on a cold start the first attempt
// can be lost while Browser is still setting up its connection.
const loginRetry = 15 * time.Second

// open loads a Browser link and logs in if Browser asks for the password
// (a reload may reconnect by itself).
func (s *session) open(t *testing.T, link string) {
	t.Helper()
	if err := chromedp.Do(s.ctx, chromedp.Navigate(link)); err != nil {
		t.Fatalf("open %s: %v", link, err)
	}
	var submitted time.Time
	deadline := time.Now().Add(connectWait)
	for time.Now().Before(deadline) {
		st, err := chromedp.Run(s.ctx, chromedp.Evaluate[string](connState))
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case st == "connected":
			return
		case st == "login" && time.Since(submitted) > loginRetry:
			submitted = time.Now()
			// Select what the field holds, so a second attempt replaces
			// the password rather than appending to it.
			pw := chromedp.CSS(`input[data-testid="password"]`)
			err := chromedp.Do(s.ctx,
				chromedp.Focus(pw),
				chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
				chromedp.SendKeys(pw, s.password),
				chromedp.Click(chromedp.CSS(`button[data-testid="connect"]`)))
			if err != nil {
				t.Fatalf("log in: %v", err)
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	s.screenshot(t, "failed-connect.png")
	t.Fatalf("Browser did not connect to the test server within %s", connectWait)
}

// run clicks the editor's run button.
func (s *session) run(t *testing.T) {
	t.Helper()
	if err := chromedp.Do(s.ctx, chromedp.Click(chromedp.CSS(`[data-testid="editor-Run"]`))); err != nil {
		t.Fatalf("run: %v", err)
	}
}

// runUntil runs the editor's statement and waits until an element matching
// css contains text. A click that lands while the editor is still loading
// its statement runs nothing, and nothing says so; one more click after
// quiet seconds is harmless, the statements being reads.
func (s *session) runUntil(t *testing.T, css, text string) string {
	t.Helper()
	for try := 0; try < 2; try++ {
		s.run(t)
		if got, ok := s.pollText(t, css, text, 15*time.Second); ok {
			return got
		}
	}
	return s.waitText(t, css, text)
}

// pollText is waitText that gives up quietly after d, with the last text
// it saw.
func (s *session) pollText(t *testing.T, css, text string, d time.Duration) (string, bool) {
	t.Helper()
	js := fmt.Sprintf(`Array.from(document.querySelectorAll(%q)).map(e => e.innerText.replace(/\u00a0/g, ' ')).join('\n')`, css)
	var got string
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(300 * time.Millisecond) {
		var err error
		got, err = chromedp.Run(s.ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(got, text) {
			return got, true
		}
	}
	return got, false
}

// waitText waits until an element matching css contains text, and
// returns the matching elements' text.
func (s *session) waitText(t *testing.T, css, text string) string {
	t.Helper()
	got, ok := s.pollText(t, css, text, 30*time.Second)
	if ok {
		return got
	}
	s.screenshot(t, "failed-wait.png")
	t.Fatalf("%s never showed %q; it shows:\n%s", css, text, got)
	return ""
}

// waitJS waits until the expression is true.
func (s *session) waitJS(t *testing.T, expr string) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(300 * time.Millisecond) {
		ok, err := chromedp.Run(s.ctx, chromedp.Evaluate[bool](expr))
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			return
		}
	}
	t.Fatalf("never true: %s", expr)
}

// runUntilNodes is runUntil for the graph view: it runs the editor's
// statement, clicking once more if nothing is drawn after quiet seconds,
// and returns what waitNodes returns.
func (s *session) runUntilNodes(t *testing.T, n int) [][]string {
	t.Helper()
	for try := 0; try < 2; try++ {
		s.run(t)
		if got, ok := s.pollNodes(t, n, 15*time.Second); ok {
			return got
		}
	}
	return s.waitNodes(t, n)
}

// waitNodes waits until the graph view draws at least n nodes, lets the
// layout settle, and returns each node's caption (its text lines joined)
// and fill colour.
func (s *session) waitNodes(t *testing.T, n int) [][]string {
	t.Helper()
	got, ok := s.pollNodes(t, n, 30*time.Second)
	if ok {
		return got
	}
	s.screenshot(t, "failed-graph.png")
	t.Fatalf("the graph view shows %d nodes, want %d: %v", len(got), n, got)
	return nil
}

// pollNodes is waitNodes that gives up quietly after d, with the last
// nodes it saw.
func (s *session) pollNodes(t *testing.T, n int, d time.Duration) ([][]string, bool) {
	t.Helper()
	// Only the newest frame that drew a graph counts: a second click
	// leaves two frames on the page.
	const js = `(() => {
  const f = Array.from(document.querySelectorAll('[data-testid="frame"]')).find(f => f.querySelector('svg g.node'));
  return f ? Array.from(f.querySelectorAll('svg g.node')).map(g => [
    Array.from(g.querySelectorAll('text')).map(t => t.textContent.trim()).filter(x => x).join(' '),
    (g.querySelector('circle.b-outline') || g.querySelector('circle')).getAttribute('fill') || '']) : [];
})()`
	var got [][]string
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(300 * time.Millisecond) {
		var err error
		got, err = chromedp.Run(s.ctx, chromedp.Evaluate[[][]string](js))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) >= n {
			time.Sleep(2 * time.Second) // the force layout settles
			got, err = chromedp.Run(s.ctx, chromedp.Evaluate[[][]string](js))
			if err != nil {
				t.Fatal(err)
			}
			return got, true
		}
	}
	return got, false
}

// screenshot saves the page as e2e/screenshots/name, and copies it to each
// of also.
func (s *session) screenshot(t *testing.T, name string, also ...string) {
	png, err := chromedp.Run(s.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	for _, p := range append([]string{filepath.Join("screenshots", name)}, also...) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Error(err)
			continue
		}
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Error(err)
		}
	}
}
