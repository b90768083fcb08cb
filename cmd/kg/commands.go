package main

import "github.com/spf13/cobra"

// commands lists the subcommands of kg.
func (a *app) commands() []*cobra.Command {
	return []*cobra.Command{
		a.newVersionCmd(),
		a.newDBCmd(),
		a.newSchemaCmd(),
		a.newIngestCmd(),
		a.newExtractCmd(),
		a.newQueryCmd(),
		a.newCypherCmd(),
		a.newExportCmd(),
		a.newBrowserCmd(),
	}
}
