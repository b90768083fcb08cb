package graph_test

import (
	"context"
	"errors"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
)

// ingestedAt is the one property that holds the time of the run.
const ingestedAt = "ingestedAt"

func write(t *testing.T, s *graph.Store, docs ...graph.DocumentGraph) graph.WriteStats {
	t.Helper()
	st, err := s.Write(context.Background(), docs)
	if err != nil {
		t.Fatalf("write: %v", err)
	}
	for _, f := range st.Failed {
		t.Errorf("document %s failed: %v", f.DocID, f.Err)
	}
	return st
}

func counts(t *testing.T, s *graph.Store) graph.GraphCounts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func edge(t *testing.T, s *graph.Store, relType, from, to string) map[string]any {
	t.Helper()
	res, err := s.Read(context.Background(),
		"MATCH (:Entity {id: $from})-[r:"+relType+"]->(:Entity {id: $to}) RETURN properties(r)",
		map[string]any{"from": from, "to": to})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) > 1 {
		t.Fatalf("%d %s edges %s -> %s; want at most one", len(res.Records), relType, from, to)
	}
	if len(res.Records) == 0 {
		return nil
	}
	return res.Records[0][0].(map[string]any)
}

func TestWriteCounts(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	st := write(t, s, docA(), docB())
	if st.Documents != 2 || st.Unchanged != 0 || st.Replaced != 0 || st.Batches != 1 {
		t.Errorf("stats %+v; want 2 documents in 1 batch, none unchanged or replaced", st)
	}
	c := counts(t, s)
	wantNodes := map[string]int{"Document": 2, "Sentence": 3, "Claim": 6,
		"Entity": 7, "Person": 2, "Country": 2, "Place": 2, "Event": 1}
	wantRels := map[string]int{"HAS_SENTENCE": 3, "MENTIONS": 10, "SUBJECT": 6, "OBJECT": 6, "EVIDENCE": 6,
		"MET_WITH": 1, "HOLDS_ROLE": 1, "MEDIATED": 1, "HELD_IN": 1}
	if !reflect.DeepEqual(c.Nodes, wantNodes) {
		t.Errorf("nodes %v; want %v", c.Nodes, wantNodes)
	}
	if !reflect.DeepEqual(c.Relationships, wantRels) {
		t.Errorf("relationships %v; want %v", c.Relationships, wantRels)
	}
	if st.NodesCreated != c.TotalNodes || st.RelationshipsCreated != c.TotalRelationships {
		t.Errorf("stats say %d nodes, %d relationships created; the graph has %d, %d",
			st.NodesCreated, st.RelationshipsCreated, c.TotalNodes, c.TotalRelationships)
	}

	met := edge(t, s, "MET_WITH", "person:abbas-araghchi", "person:steve-witkoff")
	if met == nil {
		t.Fatal("no MET_WITH edge from the smaller id to the larger")
	}
	if reverse := edge(t, s, "MET_WITH", "person:steve-witkoff", "person:abbas-araghchi"); reverse != nil {
		t.Errorf("symmetric edge also stored the other way: %v", reverse)
	}
	checks := map[string]string{
		"claims": "2", "documents": "2", "docIds": `["doc:aaaaaaaaaaaaaaaa", "doc:bbbbbbbbbbbbbbbb"]`,
		"confidence": "0.9", "firstSeen": "date('2025-04-12')", "lastSeen": "date('2025-04-20')",
		"date": "date('2025-04-12')", "datePrecision": `"day"`,
	}
	for k, want := range checks {
		if got := graphtest.Value(met[k]); got != want {
			t.Errorf("MET_WITH.%s = %s; want %s", k, got, want)
		}
	}
	if role := edge(t, s, "HOLDS_ROLE", "person:abbas-araghchi", "country:iran"); graphtest.Value(role["title"]) != `"Foreign Minister"` {
		t.Errorf("HOLDS_ROLE.title = %v; want Foreign Minister", role["title"])
	}

	res, err := s.Read(context.Background(), `MATCH (e:Entity {id: 'person:abbas-araghchi'}) RETURN e.name, e.aliases`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := graphtest.Value(res.Records[0][1]); got != `["Araghchi", "Seyed Abbas Araghchi"]` {
		t.Errorf("aliases = %s; want the sorted union of both documents'", got)
	}
	res, err = s.Read(context.Background(), `MATCH (e:Event) RETURN e.date, e.datePrecision, e.dateText`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := graphtest.Value(res.Records[0]); got != `[date('2025-04-12'), "day", "2025-04-12"]` {
		t.Errorf("event date = %s; want a Neo4j date with its precision and text", got)
	}
}

func TestWriteSameInputTwiceChangesNothing(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	write(t, s, docA(), docB(), docC())
	before := graphtest.Dump(t, s) // ingestedAt included: it must not move either
	st := write(t, s, docA(), docB(), docC())
	if st.Unchanged != 3 || st.Documents != 0 || st.NodesCreated != 0 || st.PropertiesSet != 0 {
		t.Errorf("second write: %+v; want 3 unchanged and nothing written", st)
	}
	if after := graphtest.Dump(t, s); after != before {
		t.Errorf("graph changed on re-ingesting the same input:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

func TestWriteOrderIndependent(t *testing.T) {
	s := graphtest.Open(t)
	orders := map[string][][]graph.DocumentGraph{
		"A then B then C":  {{docA()}, {docB()}, {docC()}},
		"C then B then A":  {{docC()}, {docB()}, {docA()}},
		"one batch B,C,A":  {{docB(), docC(), docA()}},
		"B,A then C again": {{docB(), docA()}, {docC()}, {docC()}},
	}
	var wantName, want string
	for _, name := range slices.Sorted(maps.Keys(orders)) {
		graphtest.Reset(t, s)
		for _, docs := range orders[name] {
			write(t, s, docs...)
		}
		got := graphtest.Dump(t, s, ingestedAt)
		if want == "" {
			wantName, want = name, got
			continue
		}
		if got != want {
			t.Errorf("%s gives another graph than %s:\n%s", name, wantName, diff(want, got))
		}
	}
}

func TestWriteChangedDocumentReplacesItsContribution(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	write(t, s, docA(), docB())
	st := write(t, s, docAChanged())
	if st.Replaced != 1 || st.Documents != 1 || st.NodesDeleted == 0 {
		t.Errorf("stats %+v; want 1 document written, replacing one, with nodes deleted", st)
	}
	got := graphtest.Dump(t, s, ingestedAt)
	// Replacing must leave exactly what writing the new version fresh does.
	graphtest.Reset(t, s)
	write(t, s, docAChanged(), docB())
	if want := graphtest.Dump(t, s, ingestedAt); got != want {
		t.Errorf("replaced graph differs from a fresh write of the new version:\n%s", diff(want, got))
	}
	for _, gone := range []string{"country:oman", "MEDIATED", "doc:aaaaaaaaaaaaaaaa#2"} {
		if strings.Contains(got, gone) {
			t.Errorf("%s is still in the graph after its only document dropped it", gone)
		}
	}
	met := edge(t, s, "MET_WITH", "person:abbas-araghchi", "person:steve-witkoff")
	// A now says April 2025 and B 19 April: one vote each, earliest wins.
	if graphtest.Value(met["date"]) != "date('2025-04-01')" || graphtest.Value(met["datePrecision"]) != `"month"` {
		t.Errorf("MET_WITH date = %v %v; want the recomputed 2025-04-01 month", met["date"], met["datePrecision"])
	}
}

func TestWriteRejectsBadDocumentAndKeepsTheOthers(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	bad := docC()
	bad.Document.ID = "doc:badbadbadbadbad0"
	bad.Entities[0].Type = "Spaceship"
	st, err := s.Write(context.Background(), []graph.DocumentGraph{docA(), bad, docB()})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Failed) != 1 || st.Failed[0].DocID != bad.Document.ID ||
		!strings.Contains(st.Failed[0].Err.Error(), bad.Document.ID) || !strings.Contains(st.Failed[0].Err.Error(), "Spaceship") ||
		!errors.Is(st.Failed[0].Err, graph.ErrInvalidInput) {
		t.Fatalf("failed = %v; want only %s, naming it and the bad type", st.Failed, bad.Document.ID)
	}
	if st.Documents != 2 {
		t.Errorf("wrote %d documents; want the other 2", st.Documents)
	}
	if c := counts(t, s); c.Nodes["Document"] != 2 || c.Nodes["Agreement"] != 0 {
		t.Errorf("graph has %v; want A and B only", c.Nodes)
	}
}

// TestWriteIsolatesDocumentTheServerRejects sends a document that passes
// the model's checks but that Neo4j refuses (a name too long for the range
// index): the batch fails, the documents are retried one by one, and only
// that one is lost.
func TestWriteIsolatesDocumentTheServerRejects(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	huge := docC()
	huge.Document.ID = "doc:hugehugehugehuge"
	huge.Entities[0].Name = strings.Repeat("Donald Trump ", 5000)
	st, err := s.Write(context.Background(), []graph.DocumentGraph{docA(), huge, docB()})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Failed) != 1 || st.Failed[0].DocID != huge.Document.ID || !strings.Contains(st.Failed[0].Err.Error(), huge.Document.ID) {
		t.Fatalf("failed = %v; want only %s, named in its error", st.Failed, huge.Document.ID)
	}
	if st.Documents != 2 || st.Batches != 2 {
		t.Errorf("stats %+v; want A and B written in a transaction each", st)
	}
	if c := counts(t, s); c.Nodes["Document"] != 2 {
		t.Errorf("%d documents in the graph; want 2", c.Nodes["Document"])
	}
}

func TestWriteSplitsIntoBatchesOfRows(t *testing.T) {
	cfg := graphtest.Config(t)
	cfg.BatchRows = 100
	s, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	graphtest.Reset(t, s)
	docs := syntheticDocs(10, 8)
	st := write(t, s, docs...)
	if st.Batches < 5 || st.Documents != 10 {
		t.Errorf("stats %+v; want 10 documents in several batches of at most 100 rows", st)
	}
	small := graphtest.Dump(t, s, ingestedAt)
	graphtest.Reset(t, s)
	big := graphtest.Open(t)
	write(t, big, docs...)
	if got := graphtest.Dump(t, big, ingestedAt); got != small {
		t.Errorf("batch size changes the graph:\n%s", diff(small, got))
	}
}

// diff lists the lines only in want or only in got.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for _, l := range w {
		if !slices.Contains(g, l) {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range g {
		if !slices.Contains(w, l) {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
