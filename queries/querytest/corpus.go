package querytest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/ingest/normalize"
)

// Entity ids of the sample graph (the extractor's catalog ids).
const (
	Witkoff   = "person:steve-witkoff"
	Araghchi  = "person:abbas-araghchi"
	Albusaidi = "person:badr-albusaidi"
	Iran      = "country:iran"
	US        = "country:united-states"
	Oman      = "country:oman"
	JCPOA     = "agreement:joint-comprehensive-plan-of-action"
)

// corpusDir is the folder the corpus folder is in; documents are ingested
// by the relative path corpus/NAME, so that their ids (a hash of the path
// as given) are the same on every machine.
const corpusDir = "corpus"

// Document ids of the sample graph.
var (
	DocMuscat = normalize.DocumentID(corpusDir + "/2025-04-12-muscat-talks.md")
	DocRome   = normalize.DocumentID(corpusDir + "/2025-04-20-second-report.md")
	DocJCPOA  = normalize.DocumentID(corpusDir + "/2018-05-08-jcpoa-withdrawal.md")
)

// testdata is this package's testdata folder, found from the source file
// so that tests of any package can build the graph.
func testdata() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "testdata")
}

// Build empties the test database, applies the schema and ingests the test
// corpus (testdata/corpus) through the real pipeline: normalize, extract,
// write.
func Build(t testing.TB, s *graph.Store) {
	t.Helper()
	graphtest.Reset(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	prev, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(testdata()); err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Run(ctx, []string{corpusDir}, s, ingest.Options{})
	if cerr := os.Chdir(prev); cerr != nil {
		t.Fatal(cerr)
	}
	if err != nil {
		t.Fatalf("querytest: ingest the test corpus: %v", err)
	}
	if len(sum.Failed) > 0 || sum.Written != 3 {
		t.Fatalf("querytest: ingest the test corpus: %+v, want 3 documents written", sum)
	}
}
