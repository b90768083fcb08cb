package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConfigPrecedence(t *testing.T) {
	file := writeFile(t, "config.yaml", "neo4j:\n  uri: bolt://from-file:7687\n  database: filedb\nlog:\n  level: warn\n")
	tests := []struct {
		name     string
		env      map[string]string
		flags    []string
		wantURI  string
		wantDB   string
		wantLvl  string
		wantUser string
	}{
		{name: "file over defaults", wantURI: "bolt://from-file:7687", wantDB: "filedb", wantLvl: "warn", wantUser: "neo4j"},
		{name: "env over file", env: map[string]string{"NEO4J_URI": "bolt://from-env:7687", "NEO4J_USERNAME": "alice"},
			wantURI: "bolt://from-env:7687", wantDB: "filedb", wantLvl: "warn", wantUser: "alice"},
		{name: "flags over env", env: map[string]string{"NEO4J_URI": "bolt://from-env:7687", "KG_LOG_LEVEL": "debug"},
			flags: []string{"--uri", "bolt://from-flag:7687", "--log-level", "error"}, wantURI: "bolt://from-flag:7687", wantDB: "filedb", wantLvl: "error", wantUser: "neo4j"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := pflag.NewFlagSet("kg", pflag.ContinueOnError)
			fs.String("uri", "", "")
			fs.String("log-level", "", "")
			if err := fs.Parse(tt.flags); err != nil {
				t.Fatal(err)
			}
			c, err := loadConfig(file, fs, envOf(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if c.Neo4j.URI != tt.wantURI || c.Neo4j.Database != tt.wantDB || c.Log.Level != tt.wantLvl || c.Neo4j.Username != tt.wantUser {
				t.Errorf("got uri=%s db=%s level=%s user=%s, want %s %s %s %s", c.Neo4j.URI, c.Neo4j.Database, c.Log.Level, c.Neo4j.Username,
					tt.wantURI, tt.wantDB, tt.wantLvl, tt.wantUser)
			}
		})
	}
}

func TestConfigPassword(t *testing.T) {
	pwFile := writeFile(t, "pw", "s3cret\n")
	tests := []struct {
		name    string
		env     map[string]string
		yaml    string
		want    string
		wantErr string
	}{
		{name: "from env", env: map[string]string{"NEO4J_PASSWORD": "p1"}, want: "p1"},
		{name: "from file, newline trimmed", env: map[string]string{"NEO4J_PASSWORD_FILE": pwFile}, want: "s3cret"},
		{name: "both is an error", env: map[string]string{"NEO4J_PASSWORD": "p1", "NEO4J_PASSWORD_FILE": pwFile}, wantErr: "not both"},
		{name: "missing file names the variable", env: map[string]string{"NEO4J_PASSWORD_FILE": "/nonexistent/pw"}, wantErr: "NEO4J_PASSWORD_FILE"},
		{name: "refused in config file", yaml: "neo4j:\n  password: oops\n", wantErr: "neo4j.password is not read from files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := writeFile(t, "config.yaml", tt.yaml+"log:\n  level: info\n")
			c, err := loadConfig(file, nil, envOf(tt.env))
			if tt.wantErr != "" {
				var ue usageError
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.As(err, &ue) {
					t.Fatalf("got %v, want a usage error containing %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "oops") || strings.Contains(err.Error(), "s3cret") {
					t.Errorf("error leaks the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.Neo4j.Password != tt.want {
				t.Errorf("password %q, want %q", c.Neo4j.Password, tt.want)
			}
		})
	}
}

func TestConfigMissingExplicitFile(t *testing.T) {
	_, err := loadConfig(filepath.Join(t.TempDir(), "nope.yaml"), nil, envOf(nil))
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Fatalf("got %v, want an error naming the file", err)
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"ok", nil, exitOK},
		{"failure", errors.New("boom"), exitFailure},
		{"usage", usageError{errors.New("bad flag")}, exitUsage},
		{"partial", partialError{failed: 2}, exitPartial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exitCode(tt.err); got != tt.want {
				t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
			}
		})
	}
}
