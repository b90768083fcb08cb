package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph/graphtest"
)

// runKG runs the CLI in-process with the given environment and returns its
// exit code and output.
func runKG(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	for _, k := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_PASSWORD_FILE", "NEO4J_DATABASE", "KG_CONFIG", "KG_LOG_FORMAT", "KG_EXTRACT_PARSER", "KG_EXTRACT_PARSER_TIMEOUT"} {
		t.Setenv(k, env[k])
	}
	var out, errOut bytes.Buffer
	// No config.yaml is read: tests run in the package folder, which has none.
	code = run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// serverEnv points kg at the test server.
func serverEnv(t *testing.T) map[string]string {
	c := graphtest.Config(t)
	return map[string]string{"NEO4J_URI": c.URI, "NEO4J_USERNAME": c.Username, "NEO4J_PASSWORD": c.Password, "NEO4J_DATABASE": c.Database}
}

func TestPingPrintsServerVersion(t *testing.T) {
	code, out, errOut := runKG(t, serverEnv(t), "db", "ping")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if !strings.Contains(out, "Neo4j 5.26.") || !strings.Contains(out, "community") {
		t.Errorf("got %q, want the server's 5.26.x community version", out)
	}
}

func TestPingUnreachableServer(t *testing.T) {
	env := map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "do-not-print-me"}
	start := time.Now()
	code, _, errOut := runKG(t, env, "db", "ping")
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	if took := time.Since(start); took > 15*time.Second {
		t.Errorf("took %s to give up", took)
	}
	for _, want := range []string{"bolt://127.0.0.1:1", "unreachable"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q does not contain %q", errOut, want)
		}
	}
	for _, bad := range []string{"do-not-print-me", "goroutine", "panic"} {
		if strings.Contains(errOut, bad) {
			t.Errorf("stderr %q contains %q", errOut, bad)
		}
	}
	if n := strings.Count(strings.TrimSpace(errOut), "\n"); n != 0 {
		t.Errorf("stderr has %d lines, want one: %q", n+1, errOut)
	}
}

func TestPingWrongPassword(t *testing.T) {
	env := serverEnv(t)
	env["NEO4J_PASSWORD"] = "wrong-password-xyz"
	code, _, errOut := runKG(t, env, "db", "ping")
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	if strings.Contains(errOut, "wrong-password-xyz") || !strings.Contains(strings.ToLower(errOut), "auth") {
		t.Errorf("stderr %q: want an authentication message without the password", errOut)
	}
}

func TestSchemaApplyTwice(t *testing.T) {
	env := serverEnv(t)
	for i := range 2 {
		code, out, errOut := runKG(t, env, "schema", "apply")
		if code != exitOK || !strings.Contains(out, "schema applied") {
			t.Fatalf("run %d: exit %d, stdout %q, stderr %q", i+1, code, out, errOut)
		}
	}
}

func TestUnknownFlagIsUsageError(t *testing.T) {
	code, _, errOut := runKG(t, nil, "db", "ping", "--no-such-flag")
	if code != exitUsage || !strings.Contains(errOut, "no-such-flag") {
		t.Errorf("exit %d stderr %q, want exit %d naming the flag", code, errOut, exitUsage)
	}
}
