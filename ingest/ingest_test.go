package ingest_test

import (
	"context"
	"testing"

	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/ingest"
)

// The sample corpus is the one `make run` ingests.
const sample = "sample"

func TestIngestTwiceChangesNothing(t *testing.T) {
	s := graphtest.Open(t)
	graphtest.Reset(t, s)
	ctx := context.Background()

	first, err := ingest.Run(ctx, []string{sample}, s, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if first.Written == 0 || len(first.Failed) != 0 {
		t.Fatalf("first run wrote %d documents, failed %v", first.Written, first.Failed)
	}
	before := graphtest.Dump(t, s)

	second, err := ingest.Run(ctx, []string{sample}, s, ingest.Options{Workers: 1, BatchDocs: 3})
	if err != nil {
		t.Fatal(err)
	}
	if second.Written != 0 || second.Unchanged != first.Written {
		t.Errorf("second run wrote %d, unchanged %d; want 0 and %d", second.Written, second.Unchanged, first.Written)
	}
	g := second.Graph
	if g.NodesCreated+g.NodesDeleted+g.RelationshipsCreated+g.RelationshipsDeleted+g.PropertiesSet != 0 {
		t.Errorf("second run changed the graph: %+v", g)
	}
	if after := graphtest.Dump(t, s); after != before {
		t.Errorf("graph differs after the second run (dump %d bytes before, %d after)", len(before), len(after))
	}
}

func TestIngestOrderDoesNotMatter(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	files := []string{
		"sample/us-iran-peace-talks.txt",
		"sample/wh-2025-11-23-readout-geneva-talks-witkoff.md",
		"sample/wh-2024-04-14-g7-statement-iran-attack-israel.md",
		"sample/currentevents-2016-01-17-jcpoa-implementation-sanctions-lifted.md",
	}
	reversed := []string{files[3], files[2], files[1], files[0]}

	graphtest.Reset(t, s)
	if _, err := ingest.Run(ctx, files, s, ingest.Options{BatchDocs: 1}); err != nil {
		t.Fatal(err)
	}
	forward := graphtest.Dump(t, s, "ingestedAt")

	graphtest.Reset(t, s)
	if _, err := ingest.Run(ctx, reversed, s, ingest.Options{BatchDocs: 2, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	if backward := graphtest.Dump(t, s, "ingestedAt"); backward != forward {
		t.Errorf("ingesting in reverse order gives another graph")
	}
}
