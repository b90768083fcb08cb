package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/ingest"
)

// badInputs writes a folder with one good document and one of every kind of
// bad input, and returns it.
func badInputs(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"good.md":     "---\ntitle: Talks in Muscat\ndate: 2025-04-12\n---\n\nSpecial Envoy Steve Witkoff met Iranian Foreign Minister Abbas Araghchi in Muscat, Oman, on April 12, 2025.\n",
		"broken.html": "<html><head><title>Oman hosts talks</title><body><div><p>Oman hosted talks between Iran and the United States in Muscat.<p>The White House called them constructive.</div",
		"empty.txt":   "",
		"binary.dat":  "\x00\x01\x02\x03PK\x03\x04\x00\x00\xff\xfe\x00garbage\x00",
		"latin1.txt":  strings.Repeat("Caf\xe9 cr\xe8me \xe0 la mode. ", 40),
		"broken.xml":  "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>unclosed",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// A 200 MB file, sparse so the test stays cheap: it must be refused
	// from its size, without being read.
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return dir
}

func TestIngestBadInputKeepsTheRest(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	dir := badInputs(t)
	unreachable := "http://127.0.0.1:1/article.html"

	code, out, errOut := runKG(t, serverEnv(t), "ingest", "--format", "json", dir, unreachable)
	if code != exitPartial {
		t.Fatalf("exit %d, want %d (partial); stderr %s", code, exitPartial, errOut)
	}
	var sum ingest.Summary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, out)
	}
	wantFailed := map[string]string{
		"empty.txt":  "empty",
		"binary.dat": "binary",
		"latin1.txt": "UTF-8",
		"huge.txt":   "MiB",
		"broken.xml": "feed",
		unreachable:  "127.0.0.1:1",
	}
	if len(sum.Failed) != len(wantFailed) {
		t.Errorf("failed %d documents, want %d: %+v", len(sum.Failed), len(wantFailed), sum.Failed)
	}
	for _, f := range sum.Failed {
		matched := false
		for name, reason := range wantFailed {
			if strings.HasSuffix(f.Locator, name) {
				matched = true
				if !strings.Contains(f.Reason, reason) || strings.Contains(f.Reason, "\n") {
					t.Errorf("%s: reason %q, want one line mentioning %q", name, f.Reason, reason)
				}
			}
		}
		if !matched {
			t.Errorf("unexpected failure %s: %s", f.Locator, f.Reason)
		}
	}
	if sum.Written != 2 {
		t.Errorf("written %d documents, want 2 (good.md and broken.html)", sum.Written)
	}
	res, err := s.Read(context.Background(), "MATCH (d:Document) RETURN d.title ORDER BY d.title", nil)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, r := range res.Records {
		titles = append(titles, r[0].(string))
	}
	if strings.Join(titles, "|") != "Oman hosts talks|Talks in Muscat" {
		t.Errorf("documents in the graph: %q", titles)
	}
}

func TestExtractIsByteIdentical(t *testing.T) {
	args := []string{"extract", "--format", "json", "../../ingest/sample"}
	code1, out1, err1 := runKG(t, nil, append(args, "--workers", "1")...)
	code2, out2, _ := runKG(t, nil, append(args, "--workers", "4")...)
	if code1 != exitOK || code2 != exitOK {
		t.Fatalf("exit %d and %d; stderr %s", code1, code2, err1)
	}
	if out1 != out2 {
		t.Errorf("two runs printed different output (%d and %d bytes)", len(out1), len(out2))
	}
	if n := strings.Count(out1, "\n"); n < 10 {
		t.Errorf("printed %d documents, want the whole sample", n)
	}
}

func TestPrintSummaryParseFallbacks(t *testing.T) {
	const line = "parse      2 failed, extracted without parser (a run whose parser answers rewrites them)\n"
	tests := []struct {
		name      string
		fallbacks int
		format    string
		want      string // in the output
		wantNot   string // not in the output
	}{
		{name: "text: a line when some fell back", fallbacks: 2, format: "text", want: line},
		{name: "text: no line when none did", fallbacks: 0, format: "text", wantNot: "parse "},
		{name: "json: the count", fallbacks: 2, format: "json", want: `"parseFallbacks":2,`},
		{name: "json: the count, zero too", fallbacks: 0, format: "json", want: `"parseFallbacks":0,`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			sum := ingest.Summary{Documents: 3, Written: 3, ParseFallbacks: tt.fallbacks}
			if err := printSummary(&out, tt.format, sum, 20); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tt.want) {
				t.Errorf("got\n%s\nwant it to contain %q", out.String(), tt.want)
			}
			if tt.wantNot != "" && strings.Contains(out.String(), tt.wantNot) {
				t.Errorf("got\n%s\nwant no %q", out.String(), tt.wantNot)
			}
		})
	}
}

// TestIngestParseFailureIsWrittenWithoutParse runs kg ingest against a
// server that fails one text: all three documents are written, the run
// succeeds, and the summary counts the one extracted without parse.
func TestIngestParseFailureIsWrittenWithoutParse(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	dir := parseDocs(t, "An unparsable text.")
	code, out, errOut := runKG(t, serverEnv(t), "ingest", "--format", "json", "--parser", fakeCoreNLP(t), dir)
	if code != exitOK {
		t.Fatalf("exit %d, want %d; stderr %s", code, exitOK, errOut)
	}
	var sum ingest.Summary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, out)
	}
	if sum.Written != 3 || len(sum.Failed) != 0 || sum.ParseFallbacks != 1 {
		t.Errorf("written %d, failed %v, parse fallbacks %d; want 3, none, 1", sum.Written, sum.Failed, sum.ParseFallbacks)
	}
	if n := strings.Count(errOut, "parse failed, extracted without parser"); n != 1 || !strings.Contains(errOut, "b.txt") {
		t.Errorf("stderr names the fallback %d times, want once, naming b.txt:\n%s", n, errOut)
	}
}
