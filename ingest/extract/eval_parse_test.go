package extract_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kg-project/kg/ingest/syntax"
	"github.com/kg-project/kg/ingest/syntax/corenlp"
	"github.com/kg-project/kg/ingest/syntax/corenlp/corenlptest"
)

// evalParser is the CoreNLP server TestEvalParsed runs the evaluation
// with; empty for the other evaluation tests.
var evalParser string

// evalParse gives the evaluation the parser's reading of text when
// KG_EVAL_PARSER names a CoreNLP server, else nil: the figures are then
// those of the rules alone, as `kg extract` without --parser gives them.
// KG_EVAL_PARSE_CACHE names a folder where parses are kept by the text's
// digest, so that repeated runs do not parse again.
func evalParse(t *testing.T, text string) *syntax.Parse {
	t.Helper()
	url := evalParser
	if url == "" {
		url = os.Getenv("KG_EVAL_PARSER")
	}
	if url == "" {
		return nil
	}
	sum := sha256.Sum256([]byte(corenlp.Settings() + "\x00" + text))
	var cacheFile string
	if dir := os.Getenv("KG_EVAL_PARSE_CACHE"); dir != "" {
		cacheFile = filepath.Join(dir, hex.EncodeToString(sum[:12])+".json")
		if b, err := os.ReadFile(cacheFile); err == nil {
			var p syntax.Parse
			if err := json.Unmarshal(b, &p); err == nil {
				return &p
			}
		}
	}
	c, err := corenlp.New(url, 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.Parse(context.Background(), text)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if cacheFile != "" {
		b, _ := json.Marshal(p)
		if err := os.MkdirAll(filepath.Dir(cacheFile), 0o755); err == nil {
			_ = os.WriteFile(cacheFile, b, 0o644)
		}
	}
	return &p
}

// TestEvalParsed measures extraction with the parser on every evaluation
// set and fails when a figure falls below its floor under "<split>+parser"
// in thresholds.json. It needs the CoreNLP server `make test` starts
// (KG_TEST_CORENLP_URL) and fails without one. Splits kept blind print
// figures only, as in the tests without the parser.
func TestEvalParsed(t *testing.T) {
	evalParser = corenlptest.URL(t)
	defer func() { evalParser = "" }()
	fl, err := loadFloors(thresholdsFile)
	if err != nil {
		t.Fatal(err)
	}
	devSet := apartSet{dir: inputDir, gold: goldDir, splits: []string{"dev", "holdout", "re3d"}, blind: map[string]bool{"holdout": true}}
	for _, set := range []apartSet{devSet, blindSet, freshSet, fresh2Set, fresh3Set, fresh4Set} {
		set.score(t, set.run(t), fl, "+parser")
	}
}
