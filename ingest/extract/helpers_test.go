package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kg-project/kg/ingest/normalize"
)

var (
	sharedOnce sync.Once
	sharedX    *Extractor
	sharedErr  error
)

// testExtractor is one Extractor for all tests: New compiles the catalog.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	sharedOnce.Do(func() { sharedX, sharedErr = New(Options{}) })
	if sharedErr != nil {
		t.Fatalf("New: %v", sharedErr)
	}
	return sharedX
}

// docOf makes a document of text with one sentence per line, the way the
// normalizer hands over short texts.
func docOf(text string, notEntities ...string) normalize.Document {
	doc := normalize.Document{ID: "doc:test", Locator: "test", Kind: "text", Text: text}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(line, "\n")
		if strings.TrimSpace(body) != "" {
			doc.Sentences = append(doc.Sentences, normalize.Span{Start: start, End: start + len(body)})
		}
		start += len(line)
	}
	for _, ne := range notEntities {
		if i := strings.Index(text, ne); i >= 0 {
			doc.NotEntities = append(doc.NotEntities, normalize.Span{Start: i, End: i + len(ne)})
		}
	}
	return doc
}

// docPublished is docOf's document published on day (YYYY-MM-DD), or
// undated when day is empty.
func docPublished(t testing.TB, text, day string) normalize.Document {
	t.Helper()
	doc := docOf(text)
	if day != "" {
		p, err := time.Parse("2006-01-02", day)
		if err != nil {
			t.Fatal(err)
		}
		doc.Published = p
	}
	return doc
}

// mentionsByID maps entity ids to the texts of their mentions.
func mentionsByID(set *entitySet) map[string][]string {
	out := map[string][]string{}
	for _, m := range set.Mentions {
		out[m.EntityID] = append(out[m.EntityID], m.Text)
	}
	return out
}

// ids lists the entity ids of a set, sorted.
func ids(set *entitySet) []string {
	var out []string
	for id := range set.Entities {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// detectCase is a text with the entity ids the entity stage must and must
// not find in it.
type detectCase struct {
	name, text string
	want       []string // ids that must be found
	absent     []string // ids that must not be found
}

// checkDetection runs the entity stage on every case, one subtest each.
func checkDetection(t *testing.T, x *Extractor, tests []detectCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			for _, id := range tt.want {
				if _, ok := set.Entities[id]; !ok {
					t.Errorf("missing %s; got %v", id, ids(set))
				}
			}
			for _, id := range tt.absent {
				if _, ok := set.Entities[id]; ok {
					t.Errorf("found %s, want none; got %v", id, ids(set))
				}
			}
		})
	}
}

// entityIDs lists the ids of a result's entities.
func entityIDs(res Result) []string {
	ids := make([]string, 0, len(res.Entities))
	for _, e := range res.Entities {
		ids = append(ids, e.ID)
	}
	return ids
}

// checkIDs reports each id of want missing from got and each id of never
// found in it; label says which case.
func checkIDs(t *testing.T, label string, got, want, never []string) {
	t.Helper()
	for _, id := range want {
		if !slices.Contains(got, id) {
			t.Errorf("%s: no %s among %v", label, id, got)
		}
	}
	for _, id := range never {
		if slices.Contains(got, id) {
			t.Errorf("%s: unexpected %s among %v", label, id, got)
		}
	}
}

// findCase is a text and the id of an entity it must yield.
type findCase struct{ text, id string }

// checkFinds detects the entities of each case's text, a document of its
// own, and reports the cases whose entity is missing.
func checkFinds(t *testing.T, x *Extractor, cases []findCase) {
	t.Helper()
	for _, tt := range cases {
		if _, ok := mentionsByID(x.findEntities(docOf(tt.text)))[tt.id]; !ok {
			t.Errorf("%q: no %s", tt.text, tt.id)
		}
	}
}
