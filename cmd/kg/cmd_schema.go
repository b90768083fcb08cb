package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) newSchemaCmd() *cobra.Command {
	schema := &cobra.Command{
		Use:   "schema",
		Short: "Manage the graph's constraints and indexes",
	}
	schema.AddCommand(&cobra.Command{
		Use:   "apply",
		Short: "Create kg's constraints and indexes (idempotent)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runSchemaApply(cmd.Context())
		},
	})
	return schema
}

func (a *app) runSchemaApply(ctx context.Context) error {
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	if err := s.ApplySchema(ctx); err != nil {
		return err
	}
	_, err = fmt.Fprintln(a.stdout, "schema applied")
	return err
}
