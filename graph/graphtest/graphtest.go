// Package graphtest connects integration tests to a real Neo4j and gives them
// an empty database with the kg schema, plus a canonical dump of the graph to
// compare states with.
//
// The server comes from the environment: KG_TEST_NEO4J_URI (required),
// KG_TEST_NEO4J_USERNAME (default neo4j), KG_TEST_NEO4J_PASSWORD and
// KG_TEST_NEO4J_DATABASE (default neo4j). `make test` starts a throwaway
// server and sets them. A missing variable or an unreachable server fails the
// test: an integration test that silently skips proves nothing.
package graphtest

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Config returns the test server's configuration from the environment, or
// fails t.
func Config(t testing.TB) graph.Config {
	t.Helper()
	uri := os.Getenv("KG_TEST_NEO4J_URI")
	if uri == "" {
		t.Fatal("KG_TEST_NEO4J_URI is not set: integration tests need a Neo4j server " +
			"(run `make test`, or start one with tools/neo4j/neo4j.sh start and set " +
			"KG_TEST_NEO4J_URI=bolt://127.0.0.1:7687 and KG_TEST_NEO4J_PASSWORD)")
	}
	cfg := graph.Config{
		URI:      uri,
		Username: envOr("KG_TEST_NEO4J_USERNAME", "neo4j"),
		Password: os.Getenv("KG_TEST_NEO4J_PASSWORD"),
		Database: envOr("KG_TEST_NEO4J_DATABASE", "neo4j"),
	}
	return cfg
}

// Open connects to the test server and closes the store when t ends.
func Open(t testing.TB) *graph.Store {
	t.Helper()
	cfg := Config(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("graphtest: connect to the test Neo4j (KG_TEST_NEO4J_URI=%s): %v", cfg.URI, err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	return s
}

// Reset empties the test database and applies the schema. Integration tests
// run one package at a time (go test -p 1), so wiping is safe.
func Reset(t testing.TB, s *graph.Store) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := wipe(ctx, Config(t)); err != nil {
		t.Fatalf("graphtest: wipe the test database: %v", err)
	}
	if err := s.ApplySchema(ctx); err != nil {
		t.Fatalf("graphtest: apply schema: %v", err)
	}
}

// wipe deletes every node in batches, in auto-commit transactions (the only
// kind CALL ... IN TRANSACTIONS runs in), through a driver of its own: the
// store deliberately has no "delete everything" method.
func wipe(ctx context.Context, cfg graph.Config) error {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return err
	}
	defer driver.Close(ctx)
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err != nil {
		return err
	}
	if _, err := res.Consume(ctx); err != nil {
		return fmt.Errorf("detach delete: %w", err)
	}
	return nil
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
