// Package corenlptest connects tests to a real CoreNLP server: the one
// `make test` starts and names in KG_TEST_CORENLP_URL. A missing variable
// fails the test: an integration test that silently skips proves nothing.
package corenlptest

import (
	"os"
	"testing"
)

// URL returns the test server's URL from KG_TEST_CORENLP_URL, or fails t.
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("KG_TEST_CORENLP_URL")
	if u == "" {
		t.Fatal("KG_TEST_CORENLP_URL is not set: the parser tests need a CoreNLP server " +
			"(run `make test`, or start one with tools/corenlp/corenlp.sh start and set " +
			"KG_TEST_CORENLP_URL=http://127.0.0.1:9000)")
	}
	return u
}
