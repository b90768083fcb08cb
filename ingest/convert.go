package ingest

import (
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
)

// toGraph turns one document's extraction into its contribution to the graph.
func toGraph(doc normalize.Document, r extract.Result) graph.DocumentGraph {
	g := graph.DocumentGraph{
		Document: graph.Document{
			ID:            r.Document.ID,
			URL:           r.Document.URL,
			Source:        r.Document.Source,
			Title:         r.Document.Title,
			Kind:          r.Document.Kind,
			Published:     r.Document.Published,
			PublishedText: doc.PublishedText,
			ContentHash:   r.Document.ContentHash,
			SentenceCount: len(doc.Sentences),
		},
		Sentences: make([]graph.Sentence, 0, len(r.Sentences)),
		Entities:  make([]graph.Entity, 0, len(r.Entities)),
		Claims:    make([]graph.Claim, 0, len(r.Relations)),
	}
	for _, s := range r.Sentences {
		g.Sentences = append(g.Sentences, graph.Sentence{Index: s.Index, Start: s.Start, End: s.End, Text: s.Text})
	}
	for _, e := range r.Entities {
		g.Entities = append(g.Entities, graph.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases, Props: e.Properties})
		for _, m := range e.Mentions {
			g.Mentions = append(g.Mentions, graph.Mention{EntityID: e.ID, Sentence: m.Sentence, Start: m.Start, End: m.End, Text: m.Text})
		}
	}
	for _, rel := range r.Relations {
		c := graph.Claim{Type: rel.Type, From: rel.From, To: rel.To, Confidence: rel.Confidence, Props: rel.Properties}
		for _, ev := range rel.Evidence {
			c.Evidence = append(c.Evidence, graph.Evidence{Sentence: ev.Sentence, Start: ev.Start, End: ev.End, Text: ev.Text})
		}
		g.Claims = append(g.Claims, c)
	}
	return g
}
