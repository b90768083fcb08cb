package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/source"
)

// seedDoc normalizes the seed article kept with the evaluation inputs.
func seedDoc(tb testing.TB) normalize.Document {
	tb.Helper()
	body, err := os.ReadFile(filepath.Join("testdata", "eval", "seed-000_717946b0a72bbb5c.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := normalize.Normalize(source.Item{Locator: "seed.txt", Kind: source.KindText, Body: body})
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

func TestFindRelationsIsDeterministic(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := seedDoc(t)
	ents := x.findEntities(doc)
	first := x.findRelations(doc, ents, nil)
	if len(first.Relations) == 0 || len(first.Events) == 0 {
		t.Fatalf("got %d relations and %d events from the seed, want some of each", len(first.Relations), len(first.Events))
	}
	for range 10 {
		if again := x.findRelations(doc, ents, nil); !reflect.DeepEqual(again, first) {
			t.Fatal("findRelations gave a different result on the same input")
		}
	}
}

func TestFindRelationsEvidenceIsInItsSentence(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := seedDoc(t)
	rs := x.findRelations(doc, x.findEntities(doc), nil)
	for _, r := range rs.Relations {
		for _, e := range r.Evidence {
			inside := false
			for _, s := range doc.Sentences {
				if e.Start >= s.Start && e.End <= s.End {
					inside = true
				}
			}
			if !inside || e.Start >= e.End {
				t.Errorf("%s %s %s: evidence [%d,%d) is not inside one sentence", r.Type, r.From, r.To, e.Start, e.End)
			}
		}
		if r.Confidence <= 0 || r.Confidence > 1 {
			t.Errorf("%s %s %s: confidence %v, want in (0, 1]", r.Type, r.From, r.To, r.Confidence)
		}
	}
	for _, m := range rs.Mentions {
		if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) || doc.Text[m.Start:m.End] != m.Text {
			t.Errorf("event mention %+v does not match the text", m)
		}
	}
}

func BenchmarkFindRelations(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	doc := seedDoc(b)
	ents := x.findEntities(doc)
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		x.findRelations(doc, ents, nil)
	}
}

func TestRelateEdgeInputs(t *testing.T) {
	tests := []struct {
		name string
		doc  normalize.Document
		ents *entitySet
	}{
		{"empty document", normalize.Document{}, &entitySet{Entities: map[string]*entity{}}},
		{"mention outside every sentence", normalize.Document{Text: "Iran met Oman.", Sentences: nil},
			&entitySet{Entities: map[string]*entity{"country:iran": {ID: "country:iran", Type: "Country"}},
				Mentions: []mention{{EntityID: "country:iran", Type: "Country", Start: 0, End: 4, Sentence: -1, Text: "Iran"}}}},
		{"unbalanced quotation marks", normalize.Document{Text: "“Iran said “no” twice", Sentences: []normalize.Span{{Start: 0, End: 23}}},
			&entitySet{Entities: map[string]*entity{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := relate(tt.doc, tt.ents)
			if len(rs.Relations) != 0 || len(rs.Events) != 0 {
				t.Errorf("got %d relations and %d events, want none", len(rs.Relations), len(rs.Events))
			}
		})
	}
}
