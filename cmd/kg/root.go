package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// version is set at build time (-ldflags "-X main.version=...").
var version = "dev"

// app carries what every subcommand shares: the standard streams, the loaded
// configuration and the logger. Commands get it through their constructor.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string

	configFile string
	cfg        config
	log        zerolog.Logger
}

// run builds the command tree, executes it and turns the outcome into an
// exit code. It is the only place that prints errors.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	root := a.newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err != nil {
		if ctx.Err() != nil && !errors.Is(err, context.Canceled) {
			err = fmt.Errorf("%w: %v", context.Canceled, err)
		}
		var pe partialError
		if !errors.As(err, &pe) {
			fmt.Fprintf(stderr, "kg: %v\n", err)
		}
	}
	return exitCode(err)
}

func (a *app) newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "kg",
		Short: "Build a knowledge graph of international relations in Neo4j",
		Long: `kg reads news, government statements, encyclopedia pages and feeds, extracts
people, organizations, countries, places, agreements and events with dated,
sourced relations between them, and writes them to Neo4j.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(a.configFile, cmd.Flags(), a.getenv)
			if err != nil {
				return err
			}
			a.cfg = cfg
			a.log, err = newLogger(a.stderr, cfg.Log)
			if err != nil {
				return usageError{err}
			}
			return nil
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "configuration file (default ./config.yaml; env KG_CONFIG)")
	pf.String("uri", "", "Neo4j URI (env NEO4J_URI; default bolt://127.0.0.1:7687)")
	pf.String("username", "", "Neo4j user (env NEO4J_USERNAME; default neo4j)")
	pf.String("database", "", "Neo4j database (env NEO4J_DATABASE; default neo4j)")
	pf.String("log-level", "", "log level: debug, info, warn, error (env KG_LOG_LEVEL)")
	pf.String("log-format", "", "log format: auto, console, json (env KG_LOG_FORMAT)")
	pf.String("queries-dir", "", "folder of your own .cypher queries (env KG_QUERIES_DIR)")

	for _, c := range a.commands() {
		root.AddCommand(c)
	}
	return root
}

// newLogger logs to w: human console output on a terminal, JSON lines
// otherwise (for schedulers and log collectors).
func newLogger(w io.Writer, c logConfig) (zerolog.Logger, error) {
	level, err := zerolog.ParseLevel(c.Level)
	if err != nil || c.Level == "" {
		return zerolog.Logger{}, fmt.Errorf("log level %q: want debug, info, warn or error", c.Level)
	}
	var out io.Writer = w
	switch c.Format {
	case "console":
		out = zerolog.ConsoleWriter{Out: w, NoColor: !isTerminal(w)}
	case "json":
	case "auto", "":
		if isTerminal(w) {
			out = zerolog.ConsoleWriter{Out: w}
		}
	default:
		return zerolog.Logger{}, fmt.Errorf("log format %q: want auto, console or json", c.Format)
	}
	return zerolog.New(out).Level(level).With().Timestamp().Logger(), nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
