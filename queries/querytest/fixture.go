package querytest

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
)

// Build empties the test database, applies the schema and writes the
// sample graph.
func Build(t testing.TB, s *graph.Store) {
	t.Helper()
	graphtest.Reset(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if _, err := s.Write(ctx, Documents()); err != nil {
		t.Fatalf("querytest: write the sample graph: %v", err)
	}
}

// docBuilder assembles a DocumentGraph from sentences, computing offsets.
type docBuilder struct {
	g    graph.DocumentGraph
	text string // the document text so far, sentences separated by a space
}

func newDoc(id, title, published string) *docBuilder {
	return &docBuilder{g: graph.DocumentGraph{Document: graph.Document{
		ID: id, Title: title, Published: published, URL: "https://example.org/" + strings.TrimPrefix(id, "doc:"),
		Source: "example.org", Kind: "article", ContentHash: "hash-" + id,
	}}}
}

func (b *docBuilder) entity(id, typ, name string, aliases []string, props map[string]any) *docBuilder {
	b.g.Entities = append(b.g.Entities, graph.Entity{ID: id, Type: typ, Name: name, Aliases: aliases, Props: props})
	return b
}

// sentence adds a sentence and a mention for each (entity id, text) pair.
func (b *docBuilder) sentence(text string, mentions ...string) int {
	if b.text != "" {
		b.text += " "
	}
	start := utf8.RuneCountInString(b.text)
	b.text += text
	idx := len(b.g.Sentences)
	b.g.Sentences = append(b.g.Sentences, graph.Sentence{Index: idx, Start: start, End: start + utf8.RuneCountInString(text), Text: text})
	for i := 0; i+1 < len(mentions); i += 2 {
		s, e := b.span(idx, mentions[i+1])
		b.g.Mentions = append(b.g.Mentions, graph.Mention{EntityID: mentions[i], Sentence: idx, Start: s, End: e, Text: mentions[i+1]})
	}
	return idx
}

// span finds text in sentence idx, in code points from the document start.
func (b *docBuilder) span(idx int, text string) (int, int) {
	s := b.g.Sentences[idx]
	i := strings.Index(s.Text, text)
	if i < 0 {
		panic("querytest: " + text + " is not in sentence " + s.Text)
	}
	start := s.Start + utf8.RuneCountInString(s.Text[:i])
	return start, start + utf8.RuneCountInString(text)
}

func (b *docBuilder) claim(typ, from, to string, sentence int, evidence string, props map[string]any) *docBuilder {
	s, e := b.span(sentence, evidence)
	b.g.Claims = append(b.g.Claims, graph.Claim{Type: typ, From: from, To: to, Confidence: 0.9, Props: props,
		Evidence: []graph.Evidence{{Sentence: sentence, Start: s, End: e, Text: evidence}}})
	return b
}

func (b *docBuilder) done() graph.DocumentGraph {
	b.g.Document.SentenceCount = len(b.g.Sentences)
	return b.g
}
