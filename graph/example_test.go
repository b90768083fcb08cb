package graph_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/kg-project/kg/graph"
)

// Open connects and checks the server; errors say which of the usual
// problems it is.
func ExampleOpen() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{
		URI:      "bolt://127.0.0.1:7687",
		Username: "neo4j",
		Password: "secret",
	})
	switch {
	case errors.Is(err, graph.ErrUnreachable):
		log.Fatal("is Neo4j running? ", err)
	case errors.Is(err, graph.ErrAuth):
		log.Fatal("check NEO4J_USERNAME and NEO4J_PASSWORD: ", err)
	case err != nil:
		log.Fatal(err)
	}
	defer s.Close(ctx)
	if err := s.ApplySchema(ctx); err != nil {
		log.Fatal(err)
	}
	info, err := s.Ping(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Neo4j", info.Version, info.Edition, "at", info.Address)
}

// Write stores what documents say; writing the same documents again is a
// no-op, and a changed document replaces its earlier version.
func ExampleStore_Write() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{URI: "bolt://127.0.0.1:7687", Username: "neo4j", Password: "secret"})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close(ctx)
	doc := graph.DocumentGraph{
		Document:  graph.Document{ID: "doc:0123456789abcdef", Title: "Talks in Muscat", Published: "2025-04-12", ContentHash: "3f2a"},
		Sentences: []graph.Sentence{{Index: 0, Start: 0, End: 33, Text: "Witkoff met Araghchi in Muscat."}},
		Entities: []graph.Entity{
			{ID: "person:steve-witkoff", Type: "Person", Name: "Steve Witkoff"},
			{ID: "person:abbas-araghchi", Type: "Person", Name: "Abbas Araghchi"},
		},
		Mentions: []graph.Mention{
			{EntityID: "person:steve-witkoff", Sentence: 0, Start: 0, End: 7, Text: "Witkoff"},
			{EntityID: "person:abbas-araghchi", Sentence: 0, Start: 12, End: 20, Text: "Araghchi"},
		},
		Claims: []graph.Claim{{
			Type: "MET_WITH", From: "person:steve-witkoff", To: "person:abbas-araghchi", Confidence: 0.9,
			Props:    map[string]any{"date": "2025-04-12"},
			Evidence: []graph.Evidence{{Sentence: 0, Start: 0, End: 20, Text: "Witkoff met Araghchi"}},
		}},
	}
	st, err := s.Write(ctx, []graph.DocumentGraph{doc})
	if err != nil {
		log.Fatal(err) // the server, not a document: nothing more can be written
	}
	for _, f := range st.Failed {
		log.Printf("skipped %s: %v", f.DocID, f.Err)
	}
	fmt.Printf("%d written, %d unchanged, %d nodes created\n", st.Documents, st.Unchanged, st.NodesCreated)
}
