package main

import (
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

// TestParseFailureFailsOnlyItsDocument runs kg extract against a server that
// parses every text but one.
func TestParseFailureFailsOnlyItsDocument(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if strings.Contains(string(body), "unparsable") {
			http.Error(w, "java.lang.OutOfMemoryError: Java heap space\n\tat edu.stanford.nlp...", http.StatusInternalServerError)
			return
		}
		_, _ = io.WriteString(w, `{"sentences":[]}`)
	}))
	defer srv.Close()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "Oman hosted talks between Iran and the United States in Muscat.",
		"b.txt": "An unparsable text.",
		"c.txt": "Witkoff met Araghchi in Muscat.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runKG(t, nil, "extract", "--format", "json", "--parser", srv.URL, dir)
	if code != exitPartial {
		t.Fatalf("exit %d, want %d; stderr %s", code, exitPartial, errOut)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Errorf("printed %d documents, want 2", n)
	}
	want := "b.txt: parse: corenlp: parse: server said 500 Internal Server Error: java.lang.OutOfMemoryError: Java heap space\n"
	if !strings.HasSuffix(errOut, want) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("stderr %q, want one line ending %q", errOut, want)
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
