package graph

import (
	"errors"
	"strings"
	"testing"
)

func validDoc() DocumentGraph {
	return DocumentGraph{
		Document:  Document{ID: "doc:1", ContentHash: "h1", Published: "2025-04-12", Title: "Talks"},
		Sentences: []Sentence{{Index: 0, Start: 0, End: 40, Text: "Witkoff met Araghchi in Muscat."}},
		Entities: []Entity{
			{ID: "person:steve-witkoff", Type: "Person", Name: "Steve Witkoff"},
			{ID: "person:abbas-araghchi", Type: "Person", Name: "Abbas Araghchi"},
		},
		Mentions: []Mention{{EntityID: "person:steve-witkoff", Sentence: 0, Start: 0, End: 7, Text: "Witkoff"}},
		Claims: []Claim{{Type: "MET_WITH", From: "person:steve-witkoff", To: "person:abbas-araghchi", Confidence: 0.8,
			Evidence: []Evidence{{Sentence: 0, Start: 0, End: 30, Text: "Witkoff met Araghchi"}}}},
	}
}

func TestPlanDocumentRejects(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(d *DocumentGraph)
		wantMsg string
	}{
		{"unknown entity type", func(d *DocumentGraph) { d.Entities[0].Type = "Spy" }, `unknown type "Spy"`},
		{"unknown relation type", func(d *DocumentGraph) { d.Claims[0].Type = "LOVES" }, `unknown relation type "LOVES"`},
		{"relation type injection", func(d *DocumentGraph) { d.Claims[0].Type = "MET_WITH]->() DETACH DELETE (" }, "unknown relation type"},
		{"claim to unknown entity", func(d *DocumentGraph) { d.Claims[0].To = "person:nobody" }, `unknown entity "person:nobody"`},
		{"mention of unknown entity", func(d *DocumentGraph) { d.Mentions[0].EntityID = "person:nobody" }, "unknown entity"},
		{"mention in unknown sentence", func(d *DocumentGraph) { d.Mentions[0].Sentence = 3 }, "unknown sentence 3"},
		{"evidence in unknown sentence", func(d *DocumentGraph) { d.Claims[0].Evidence[0].Sentence = 9 }, "unknown sentence 9"},
		{"duplicate sentence", func(d *DocumentGraph) { d.Sentences = append(d.Sentences, d.Sentences[0]) }, "given twice"},
		{"no content hash", func(d *DocumentGraph) { d.Document.ContentHash = "" }, "no content hash"},
		{"bad published", func(d *DocumentGraph) { d.Document.Published = "April 2025" }, "published"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDoc()
			tt.edit(&d)
			_, err := planDocument(d)
			if err == nil {
				t.Fatal("got no error")
			}
			if !errors.Is(err, ErrInvalidInput) || !strings.Contains(err.Error(), "doc:1") || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("got %q; want ErrInvalidInput naming doc:1 and %q", err, tt.wantMsg)
			}
		})
	}
}

func TestPlanDocumentSymmetricAndDuplicateClaims(t *testing.T) {
	d := validDoc()
	// The same meeting said twice, once in each direction.
	d.Claims = append(d.Claims, Claim{Type: "MET_WITH", From: "person:abbas-araghchi", To: "person:steve-witkoff", Confidence: 0.9,
		Evidence: []Evidence{{Sentence: 0, Start: 12, End: 20, Text: "Araghchi"}}})
	p, err := planDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.claims) != 1 {
		t.Fatalf("got %d claims; want 1 (both directions of a symmetric relation are one claim)", len(p.claims))
	}
	props := p.claims[0]
	if props["from"] != "person:abbas-araghchi" || props["to"] != "person:steve-witkoff" || props["confidence"] != 0.9 {
		t.Errorf("got from %v to %v confidence %v; want the smaller id first and the max confidence 0.9",
			props["from"], props["to"], props["confidence"])
	}
	if len(p.evidence) != 2 {
		t.Errorf("got %d evidence rows; want 2 (both spans kept)", len(p.evidence))
	}
	if want := "doc:1|MET_WITH|person:abbas-araghchi|person:steve-witkoff"; p.claims[0]["id"] != want {
		t.Errorf("claim id = %v; want %s", p.claims[0]["id"], want)
	}
}

func TestBatches(t *testing.T) {
	plan := func(rows int) *docPlan { return &docPlan{sentences: make([]map[string]any, rows-1)} }
	plans := []*docPlan{plan(4), plan(4), plan(10), plan(2), plan(2)}
	got := batches(plans, 8)
	var sizes []int
	for _, b := range got {
		sizes = append(sizes, len(b))
	}
	want := []int{2, 1, 2}
	if len(sizes) != len(want) || sizes[0] != want[0] || sizes[1] != want[1] || sizes[2] != want[2] {
		t.Errorf("batch sizes = %v; want %v (a plan over the limit goes alone)", sizes, want)
	}
}
