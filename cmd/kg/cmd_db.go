package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) newDBCmd() *cobra.Command {
	db := &cobra.Command{
		Use:   "db",
		Short: "Check the Neo4j connection",
	}
	db.AddCommand(&cobra.Command{
		Use:   "ping",
		Short: "Connect to Neo4j and print the server's version and edition",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runPing(cmd.Context())
		},
	})
	return db
}

func (a *app) runPing(ctx context.Context) error {
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	info, err := s.Ping(ctx)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(a.stdout, "connected to %s: Neo4j %s %s, database %q\n", info.Address, info.Version, info.Edition, a.cfg.Neo4j.Database)
	return err
}
