package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/kg-project/kg/ingest/syntax/corenlp/corenlptest"
)

func TestConfigParser(t *testing.T) {
	file := writeFile(t, "config.yaml", "extract:\n  parser: http://from-file:9000\n")
	tests := []struct {
		name  string
		file  string
		env   map[string]string
		flags []string
		want  string
	}{
		{name: "none by default", file: writeFile(t, "empty.yaml", "log:\n  level: info\n"), want: ""},
		{name: "file", file: file, want: "http://from-file:9000"},
		{name: "env over file", file: file, env: map[string]string{"KG_EXTRACT_PARSER": "http://from-env:9000"}, want: "http://from-env:9000"},
		{name: "flag over env", file: file, env: map[string]string{"KG_EXTRACT_PARSER": "http://from-env:9000"},
			flags: []string{"--parser", "http://from-flag:9000"}, want: "http://from-flag:9000"},
		{name: "an empty flag turns the file's parser off", file: file, flags: []string{"--parser", ""}, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := pflag.NewFlagSet("kg", pflag.ContinueOnError)
			fs.String("parser", "", "")
			if err := fs.Parse(tt.flags); err != nil {
				t.Fatal(err)
			}
			c, err := loadConfig(tt.file, fs, envOf(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if c.Extract.Parser != tt.want {
				t.Errorf("extract.parser %q, want %q", c.Extract.Parser, tt.want)
			}
		})
	}
}

func TestParserNotAnsweringFailsFast(t *testing.T) {
	doc := "../../ingest/sample/wh-2025-11-23-readout-geneva-talks-witkoff.md"
	for _, cmd := range []string{"extract", "ingest"} {
		t.Run(cmd, func(t *testing.T) {
			// The Neo4j URI is unreachable too: the parser is checked first.
			env := map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"}
			start := time.Now()
			code, out, errOut := runKG(t, env, cmd, "--parser", "http://127.0.0.1:1", doc)
			if code != exitFailure {
				t.Errorf("exit %d, want %d; stderr %s", code, exitFailure, errOut)
			}
			want := "kg: extract.parser http://127.0.0.1:1: not answering: "
			if !strings.HasPrefix(errOut, want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("stderr %q, want one line starting %q", errOut, want)
			}
			if strings.Contains(errOut, "properties") {
				t.Errorf("stderr shows the request's query: %q", errOut)
			}
			if out != "" {
				t.Errorf("printed %q before failing", out)
			}
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("took %s to give up", took)
			}
		})
	}
}

func TestParserBadURLIsUsage(t *testing.T) {
	for _, bad := range []string{"127.0.0.1:9000", "ftp://h/", "http://"} {
		code, _, errOut := runKG(t, map[string]string{"KG_EXTRACT_PARSER": bad}, "extract", "../../ingest/sample/wh-2025-11-23-readout-geneva-talks-witkoff.md")
		if code != exitUsage || !strings.Contains(errOut, "extract.parser") {
			t.Errorf("%q: exit %d, stderr %q; want %d naming extract.parser", bad, code, errOut, exitUsage)
		}
	}
}

func TestConfigParserTimeout(t *testing.T) {
	file := writeFile(t, "config.yaml", "extract:\n  parser_timeout: 90s\n")
	tests := []struct {
		name string
		file string
		env  map[string]string
		want string
	}{
		{name: "5m by default", file: writeFile(t, "empty.yaml", "log:\n  level: info\n"), want: "5m"},
		{name: "file", file: file, want: "90s"},
		{name: "env over file", file: file, env: map[string]string{"KG_EXTRACT_PARSER_TIMEOUT": "20m"}, want: "20m"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := loadConfig(tt.file, nil, envOf(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if c.Extract.ParserTimeout != tt.want {
				t.Errorf("extract.parser_timeout %q, want %q", c.Extract.ParserTimeout, tt.want)
			}
			if _, err := parserTimeout(c.Extract.ParserTimeout); err != nil {
				t.Errorf("parserTimeout(%q): %v", c.Extract.ParserTimeout, err)
			}
		})
	}
}

func TestParserTimeoutBadValueIsUsage(t *testing.T) {
	tests := []struct {
		value string
		want  string
	}{
		{"soon", `kg: extract.parser_timeout "soon": time: invalid duration "soon"`},
		{"300", `kg: extract.parser_timeout "300": time: missing unit in duration "300"`},
		{"0s", `kg: extract.parser_timeout "0s": want a positive duration, e.g. 5m`},
		{"-1m", `kg: extract.parser_timeout "-1m": want a positive duration, e.g. 5m`},
	}
	doc := "../../ingest/sample/wh-2025-11-23-readout-geneva-talks-witkoff.md"
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			// No parser is set: the value is checked all the same.
			code, out, errOut := runKG(t, map[string]string{"KG_EXTRACT_PARSER_TIMEOUT": tt.value}, "extract", doc)
			if code != exitUsage || errOut != tt.want+"\n" {
				t.Errorf("exit %d, stderr %q; want %d and the one line %q", code, errOut, exitUsage, tt.want)
			}
			if out != "" {
				t.Errorf("printed %q before failing", out)
			}
		})
	}
}

// fakeCoreNLP is a server that answers every text with an empty parse but
// fails those containing "unparsable" with CoreNLP's error for a full heap,
// and answers those containing "slow" only after 10 s (or when the client
// gives up).
func fakeCoreNLP(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		switch {
		case strings.Contains(string(body), "unparsable"):
			http.Error(w, "java.lang.OutOfMemoryError: Java heap space\n\tat edu.stanford.nlp...", http.StatusInternalServerError)
			return
		case strings.Contains(string(body), "slow"):
			select {
			case <-time.After(10 * time.Second):
			case <-r.Context().Done():
				return
			}
		}
		_, _ = io.WriteString(w, `{"sentences":[]}`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// parseDocs writes a folder with two texts the fake server parses and b.txt,
// whose text is body, and returns it.
func parseDocs(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "Oman hosted talks between Iran and the United States in Muscat.",
		"b.txt": body,
		"c.txt": "Witkoff met Araghchi in Muscat.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// logLine is one line of kg's JSON log.
type logLine struct {
	Level   string `json:"level"`
	Source  string `json:"source"`
	Error   string `json:"error"`
	Message string `json:"message"`
}

// TestParseFailureExtractsItsDocumentWithoutParse runs kg extract against a
// server that fails one text, or takes longer on it than
// extract.parser_timeout allows: that document is printed as without
// parser, the others with their parse, and one warning line names it.
func TestParseFailureExtractsItsDocumentWithoutParse(t *testing.T) {
	url := fakeCoreNLP(t)
	tests := []struct {
		name       string
		body       string
		timeout    string
		wantReason string // its start: the rest is the HTTP client's wording
	}{
		{name: "server error", body: "An unparsable text.",
			wantReason: "parse: corenlp: parse: server said 500 Internal Server Error: java.lang.OutOfMemoryError: Java heap space"},
		{name: "timeout", body: "A slow text.", timeout: "500ms",
			wantReason: "parse: corenlp: parse at " + url + ": context deadline exceeded (Client.Timeout exceeded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := parseDocs(t, tt.body)
			env := map[string]string{"KG_EXTRACT_PARSER_TIMEOUT": tt.timeout}
			code, out, errOut := runKG(t, env, "extract", "--format", "json", "--parser", url, dir)
			if code != exitOK {
				t.Fatalf("exit %d, want %d; stderr %s", code, exitOK, errOut)
			}
			lines := strings.SplitAfter(out, "\n")
			if len(lines) != 4 || lines[3] != "" {
				t.Fatalf("printed %d documents, want 3:\n%s", len(lines)-1, out)
			}
			// Without parse, b.txt's line is exactly what a run without
			// parser prints (its content hash included); a.txt and c.txt's
			// hashes name the parser.
			_, plain, _ := runKG(t, nil, "extract", "--format", "json", dir)
			want := strings.SplitAfter(plain, "\n")
			for i, name := range []string{"a.txt", "b.txt", "c.txt"} {
				if same := lines[i] == want[i]; same != (name == "b.txt") {
					t.Errorf("%s: same output as without parser %v, want %v", name, same, !same)
				}
			}
			var l logLine
			if strings.Count(errOut, "\n") != 1 || json.Unmarshal([]byte(errOut), &l) != nil {
				t.Fatalf("stderr %q, want one JSON log line", errOut)
			}
			if l.Level != "warn" || !strings.HasSuffix(l.Source, "b.txt") || !strings.HasPrefix(l.Error, tt.wantReason) || l.Message != "parse failed, extracted without parser" {
				t.Errorf("logged %+v, want a warning naming b.txt with a reason starting %q", l, tt.wantReason)
			}
		})
	}
}

// TestParserCheckIsNotCutByParserTimeout checks that the start-of-run check
// has its own bound: a server slower than extract.parser_timeout on the
// check's parse (as a cold one is) still passes it, and only the documents
// pay the setting.
func TestParserCheckIsNotCutByParserTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(time.Second):
			_, _ = io.WriteString(w, `{"sentences":[]}`)
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	env := map[string]string{"KG_EXTRACT_PARSER_TIMEOUT": "300ms"}
	code, out, errOut := runKG(t, env, "extract", "--format", "json", "--parser", srv.URL, "../../ingest/sample/us-iran-peace-talks.txt")
	if code != exitOK || strings.Count(out, "\n") != 1 {
		t.Fatalf("exit %d, printed %d documents; want %d and 1; stderr %s", code, strings.Count(out, "\n"), exitOK, errOut)
	}
	if !strings.Contains(errOut, "parse failed, extracted without parser") || !strings.Contains(errOut, "Client.Timeout exceeded") {
		t.Errorf("stderr %q, want the document's timeout logged", errOut)
	}
}

func TestExtractWithParserIsByteIdentical(t *testing.T) {
	url := corenlptest.URL(t)
	docs := []string{
		"../../ingest/sample/wh-2025-11-23-readout-geneva-talks-witkoff.md",
		"../../ingest/sample/wh-2022-11-08-sullivan-busaidi-readout.md",
		"../../ingest/sample/currentevents-2015-04-02-p5plus1-lausanne-framework.md",
	}
	// Once through the flag, once through the environment.
	code1, out1, err1 := runKG(t, nil, append([]string{"extract", "--format", "json", "--workers", "1", "--parser", url}, docs...)...)
	code2, out2, err2 := runKG(t, map[string]string{"KG_EXTRACT_PARSER": url}, append([]string{"extract", "--format", "json", "--workers", "4"}, docs...)...)
	if code1 != exitOK || code2 != exitOK {
		t.Fatalf("exit %d and %d; stderr %s %s", code1, code2, err1, err2)
	}
	if out1 != out2 {
		t.Errorf("two runs printed different output (%d and %d bytes)", len(out1), len(out2))
	}
	if n := strings.Count(out1, "\n"); n != len(docs) {
		t.Errorf("printed %d documents, want %d", n, len(docs))
	}
}
