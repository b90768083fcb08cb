// Command kg is the command-line interface of the kg knowledge-graph builder.
//
// This package is the only place that reads configuration (config.yaml,
// environment, flags), builds the library objects, renders output and turns
// errors into exit codes. Every subcommand has a newXCmd constructor, an
// options struct and a runX function that tests call directly.
package main
