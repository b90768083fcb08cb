package graph_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
)

func TestRemoveDocument(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()

	// What A and B alone give, to compare with A, B, C minus C.
	graphtest.Reset(t, s)
	write(t, s, docA(), docB())
	want := graphtest.Dump(t, s, ingestedAt)

	graphtest.Reset(t, s)
	write(t, s, docA(), docB(), docC())
	st, err := s.RemoveDocument(ctx, docC().Document.ID)
	if err != nil {
		t.Fatal(err)
	}
	// C alone brought Trump, the United States and the JCPOA; Iran stays.
	if !st.Found || st.EntitiesDeleted != 3 || st.EdgesDeleted != 2 || st.EdgesUpdated != 0 {
		t.Errorf("remove C: %+v; want found, 3 entities and 2 edges deleted", st)
	}
	if got := graphtest.Dump(t, s, ingestedAt); got != want {
		t.Errorf("A, B, C minus C differs from A, B:\n%s", diff(want, got))
	}

	// B shares the meeting and the role with A: the edges stay, recomputed.
	st, err = s.RemoveDocument(ctx, docB().Document.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.EntitiesDeleted != 1 || st.EdgesUpdated != 2 || st.EdgesDeleted != 0 {
		t.Errorf("remove B: %+v; want Rome deleted and 2 shared edges updated", st)
	}
	met := edge(t, s, "MET_WITH", "person:abbas-araghchi", "person:steve-witkoff")
	got := map[string]string{}
	for _, k := range []string{"claims", "documents", "docIds", "confidence", "firstSeen", "lastSeen", "date"} {
		got[k] = graphtest.Value(met[k])
	}
	wantEdge := map[string]string{"claims": "1", "documents": "1", "docIds": `["doc:aaaaaaaaaaaaaaaa"]`, "confidence": "0.9",
		"firstSeen": "date('2025-04-12')", "lastSeen": "date('2025-04-12')", "date": "date('2025-04-12')"}
	if !reflect.DeepEqual(got, wantEdge) {
		t.Errorf("MET_WITH after removing B = %v; want %v", got, wantEdge)
	}
	c := counts(t, s)
	if c.Nodes["Document"] != 1 || c.Nodes["Place"] != 1 || c.Nodes["Person"] != 2 {
		t.Errorf("after removing B: %v; want A's document, Muscat and both people", c.Nodes)
	}

	hashes, err := s.DocumentHashes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if wantHashes := map[string]string{docA().Document.ID: "hash-a1"}; !reflect.DeepEqual(hashes, wantHashes) {
		t.Errorf("hashes = %v; want %v", hashes, wantHashes)
	}

	// Removing A empties the graph.
	if _, err := s.RemoveDocument(ctx, docA().Document.ID); err != nil {
		t.Fatal(err)
	}
	if c := counts(t, s); c.TotalNodes != 0 || c.TotalRelationships != 0 {
		t.Errorf("after removing every document: %d nodes, %d relationships; want none", c.TotalNodes, c.TotalRelationships)
	}
}

func TestRemoveMissingDocumentChangesNothing(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	write(t, s, docA())
	before := graphtest.Dump(t, s)
	st, err := s.RemoveDocument(context.Background(), "doc:0000000000000000")
	if err != nil {
		t.Fatal(err)
	}
	if st != (graph.RemoveStats{}) {
		t.Errorf("stats %+v; want zero", st)
	}
	if after := graphtest.Dump(t, s); after != before {
		t.Errorf("graph changed:\n%s", diff(before, after))
	}
}
