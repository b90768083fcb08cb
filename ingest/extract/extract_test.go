package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/source"
)

// normalized reads a file of testdata/entities through the normalizer.
func normalized(t testing.TB, name string) normalize.Document {
	t.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", "entities", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := normalize.Normalize(source.Item{Locator: name, Kind: source.KindText, Body: body})
	if err != nil {
		t.Fatalf("normalize %s: %v", name, err)
	}
	return doc
}

func TestSeedArticle(t *testing.T) {
	res := testExtractor(t).Extract(normalized(t, "seed.txt"))
	byID := map[string]Entity{}
	for _, e := range res.Entities {
		byID[e.ID] = e
	}
	want := map[string]string{
		"person:steve-witkoff": "Person", "person:abbas-araghchi": "Person", "person:donald-trump": "Person",
		"person:vladimir-putin": "Person", "person:masoud-pezeshkian": "Person", "person:karim-sadjadpour": "Person",
		"person:marco-rubio": "Person", "country:united-states": "Country", "country:iran": "Country",
		"country:oman": "Country", "country:israel": "Country", "country:russia": "Country", "country:ukraine": "Country",
		"place:muscat": "Place", "place:tehran": "Place", "organization:white-house": "Organization",
		"organization:carnegie-endowment-for-international-peace": "Organization",
		"agreement:joint-comprehensive-plan-of-action":            "Agreement",
	}
	for id, typ := range want {
		e, ok := byID[id]
		if !ok {
			t.Errorf("missing %s", id)
			continue
		}
		if e.Type != typ {
			t.Errorf("%s: type %s, want %s", id, e.Type, typ)
		}
	}
	texts := func(id string) map[string]bool {
		out := map[string]bool{}
		for _, m := range byID[id].Mentions {
			out[strings.Join(strings.Fields(m.Text), " ")] = true
		}
		return out
	}
	for _, s := range []string{"U.S.", "US", "United States", "Washington"} {
		if !texts("country:united-states")[s] {
			t.Errorf("United States: no mention written %q", s)
		}
	}
	for _, s := range []string{"JCPOA", "Joint Comprehensive Plan of Action", "Iran nuclear deal"} {
		if !texts("agreement:joint-comprehensive-plan-of-action")[s] {
			t.Errorf("JCPOA: no mention written %q", s)
		}
	}
	if !texts("country:iran")["Islamic Republic"] {
		t.Errorf("Iran: the Islamic Republic is not one of its mentions")
	}
	forbidden := []string{"key players", "long road ahead", "glimmers of hope", "mapas", "atlas del mundo",
		"danial", "spinka", "walker", "feeney", "thiel", "lake caesar", "powlowski", "giovanna", "jenkins",
		"dialogue", "world war", "islamic republic"}
	for _, e := range res.Entities {
		name := strings.ToLower(e.Name)
		for _, f := range forbidden {
			if strings.Contains(name, f) {
				t.Errorf("entity %s (%q) must not exist", e.ID, e.Name)
			}
		}
		if e.Name == "X" || e.Name == "Europe" && e.Type != "Place" || e.Name == "Middle East" && e.Type != "Place" {
			t.Errorf("entity %s (%q, %s) must not exist with this type", e.ID, e.Name, e.Type)
		}
	}
	// Roles the relations stage turns into HOLDS_ROLE.
	set := testExtractor(t).findEntities(normalized(t, "seed.txt"))
	roles := map[string]bool{}
	for _, m := range set.Mentions {
		if m.Title != "" {
			roles[m.EntityID+"|"+m.Title+"|"+m.TitleOf] = true
		}
	}
	for _, r := range []string{"person:abbas-araghchi|Foreign Minister|country:iran", "person:steve-witkoff|Special Envoy|",
		"person:vladimir-putin|President|country:russia", "person:masoud-pezeshkian|President|", "person:marco-rubio|Senator|",
		"person:karim-sadjadpour|senior fellow|organization:carnegie-endowment-for-international-peace"} {
		if !roles[r] {
			t.Errorf("missing title %s; got %v", r, roles)
		}
	}
}

func TestDeterminism(t *testing.T) {
	x := testExtractor(t)
	docs := []normalize.Document{normalized(t, "seed.txt"), normalized(t, "wikipedia-iran.txt"),
		docOf("Sen. Jim Banks met Foreign Minister Kamal Xandor in Muscat.\nXandor said the ZDC would meet.")}
	first := make([]Result, len(docs))
	for i, d := range docs {
		first[i] = x.Extract(d)
	}
	order := rand.New(rand.NewSource(7)).Perm(len(docs))
	fresh, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range order {
		again := fresh.Extract(docs[i])
		if !reflect.DeepEqual(first[i], again) {
			t.Errorf("document %d: a second extraction in another order differs", i)
		}
	}
}

func TestAssembleOffsets(t *testing.T) {
	text := "Iran’s Foreign Minister Abbas Araghchi met Steve Witkoff in Muscat.\n“Très bien,” said Araghchi in Türkiye."
	res := testExtractor(t).Extract(docOf(text))
	runes := []rune(text)
	if len(res.Entities) == 0 {
		t.Fatal("no entities")
	}
	for i := 1; i < len(res.Entities); i++ {
		if res.Entities[i-1].ID >= res.Entities[i].ID {
			t.Errorf("entities not sorted by id: %s before %s", res.Entities[i-1].ID, res.Entities[i].ID)
		}
	}
	for _, e := range res.Entities {
		for i, m := range e.Mentions {
			if got := string(runes[m.Start:m.End]); got != m.Text {
				t.Errorf("%s mention [%d,%d): code points give %q, text is %q", e.ID, m.Start, m.End, got, m.Text)
			}
			if i > 0 && e.Mentions[i-1].Start > m.Start {
				t.Errorf("%s: mentions not sorted by offset", e.ID)
			}
			found := false
			for _, s := range res.Sentences {
				if s.Index == m.Sentence {
					found = true
					if m.Start < s.Start || m.End > s.End {
						t.Errorf("%s mention %q lies outside its sentence %d", e.ID, m.Text, s.Index)
					}
				}
			}
			if !found {
				t.Errorf("%s mention %q: sentence %d not in the result", e.ID, m.Text, m.Sentence)
			}
		}
		if !sortedStrings(e.Aliases) {
			t.Errorf("%s: aliases not sorted: %q", e.ID, e.Aliases)
		}
	}
	for _, s := range res.Sentences {
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Errorf("sentence %d: code points give %q, text is %q", s.Index, got, s.Text)
		}
	}
	if n := utf8.RuneCountInString(text); res.Sentences[len(res.Sentences)-1].End != n {
		t.Errorf("last sentence ends at %d, want %d", res.Sentences[len(res.Sentences)-1].End, n)
	}
}

func TestOnlySentencesWithMentions(t *testing.T) {
	res := testExtractor(t).Extract(docOf("Nothing here.\nIran spoke.\nNothing there either."))
	if len(res.Sentences) != 1 || res.Sentences[0].Index != 1 {
		t.Errorf("sentences: got %+v, want only sentence 1", res.Sentences)
	}
}

func TestContentHash(t *testing.T) {
	x := testExtractor(t)
	a := x.Extract(docOf("Iran spoke.")).Document.ContentHash
	if b := x.Extract(docOf("Iran spoke.")).Document.ContentHash; a != b {
		t.Errorf("same text: hashes %s and %s differ", a, b)
	}
	if c := x.Extract(docOf("Oman spoke.")).Document.ContentHash; a == c {
		t.Errorf("different texts share hash %s", a)
	}
	extra := filepath.Join(t.TempDir(), "extra.json")
	if err := os.WriteFile(extra, []byte(`{"version":"1","entities":[{"type":"Person","name":"Jane Roe"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	y, err := New(Options{ExtraCatalog: []string{extra}})
	if err != nil {
		t.Fatal(err)
	}
	if d := y.Extract(docOf("Iran spoke.")).Document.ContentHash; a == d {
		t.Errorf("another catalog gives the same hash %s", a)
	}
}

func sortedStrings(s []string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			return false
		}
	}
	return true
}

func BenchmarkExtract(b *testing.B) {
	x := testExtractor(b)
	benchStage(b, func(doc normalize.Document) { x.Extract(doc) })
}

// BenchmarkNew measures building an extractor: loading the catalog and
// its matcher, which every run pays once before its first document.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindEntities measures the entity stage alone.
func BenchmarkFindEntities(b *testing.B) {
	x := testExtractor(b)
	benchStage(b, func(doc normalize.Document) { x.findEntities(doc) })
}

// benchStage runs stage over a short and a long document, reporting bytes/s.
func benchStage(b *testing.B, stage func(normalize.Document)) {
	for _, name := range []string{"seed.txt", "wikipedia-iran.txt"} {
		doc := normalized(b, name)
		b.Run(strings.TrimSuffix(name, ".txt"), func(b *testing.B) {
			b.SetBytes(int64(len(doc.Text)))
			b.ReportAllocs()
			for b.Loop() {
				stage(doc)
			}
		})
	}
}

func TestExtractEdgeCases(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name string
		doc  normalize.Document
	}{
		{"empty document", normalize.Document{ID: "doc:empty"}},
		{"text without sentences", normalize.Document{ID: "doc:nosent", Text: "Iran and Oman."}},
		{"punctuation only", docOf("— … ” ’s (")},
		{"not-entity span past the end", normalize.Document{ID: "doc:x", Text: "Iran.", Sentences: []normalize.Span{{Start: 0, End: 5}}, NotEntities: []normalize.Span{{Start: 3, End: 50}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(tt.doc)
			for _, e := range res.Entities {
				for _, m := range e.Mentions {
					if m.Sentence < 0 {
						t.Errorf("%s: mention %q outside every sentence", e.ID, m.Text)
					}
				}
			}
			if res.Entities == nil || res.Sentences == nil || res.Relations == nil {
				t.Errorf("nil slices in %+v: JSON would print null", res)
			}
		})
	}
}

func TestExtractConcurrently(t *testing.T) {
	x := testExtractor(t)
	doc := normalized(t, "seed.txt")
	want := x.Extract(doc)
	done := make(chan Result)
	for range 4 {
		go func() { done <- x.Extract(doc) }()
	}
	for range 4 {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Errorf("a concurrent extraction differs")
		}
	}
}
