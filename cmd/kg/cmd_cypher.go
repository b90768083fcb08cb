package main

import (
	"context"

	"github.com/spf13/cobra"
)

func (a *app) newCypherCmd() *cobra.Command {
	var o queryOptions
	c := &cobra.Command{
		Use:   "cypher 'MATCH ...' [--param key=value ...]",
		Short: "Run an ad-hoc read-only Cypher statement",
		Long: `Run one Cypher statement that only reads, and print its rows. A statement
that would change the graph is refused before it runs.

Parameters are strings unless typed: --param name=Oman, --param limit:int=5,
--param since:date=2025-01-01, --param names:list<string>=Oman,Qatar.`,
		Example: `  kg cypher 'MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT $n' --param n:int=10`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runCypher(cmd.Context(), args[0], o)
		},
	}
	addParamFlag(c, &o.params)
	addFormatFlags(c, &o)
	return c
}

func (a *app) runCypher(ctx context.Context, text string, o queryOptions) error {
	format, err := parseFormat(o.format)
	if err != nil {
		return err
	}
	params, err := adhocParams(o.params)
	if err != nil {
		return err
	}
	return a.readAndRender(ctx, "statement", text, params, format, renderOptions{MaxWidth: o.maxWidth})
}
