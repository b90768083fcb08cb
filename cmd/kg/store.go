package main

import (
	"context"

	"github.com/kg-project/kg/graph"
)

// openStore connects to the configured Neo4j server.
func (a *app) openStore(ctx context.Context) (*graph.Store, error) {
	c := a.cfg.Neo4j
	a.log.Debug().Str("uri", c.URI).Str("user", c.Username).Str("database", c.Database).Msg("connecting to neo4j")
	return graph.Open(ctx, graph.Config{
		URI:      c.URI,
		Username: c.Username,
		Password: c.Password,
		Database: c.Database,
	})
}
