package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// config is kg's whole configuration, read from config.yaml, then the
// environment, then flags (each overriding the one before).
type config struct {
	Neo4j   neo4jConfig   `mapstructure:"neo4j"`
	Log     logConfig     `mapstructure:"log"`
	Ingest  ingestConfig  `mapstructure:"ingest"`
	Extract extractConfig `mapstructure:"extract"`
	// QueriesDir is a folder of the user's own .cypher files, loaded beside
	// the built-in library.
	QueriesDir string `mapstructure:"queries_dir"`
}

type neo4jConfig struct {
	URI      string `mapstructure:"uri"`
	Username string `mapstructure:"username"`
	Database string `mapstructure:"database"`
	// Password comes only from NEO4J_PASSWORD or the file NEO4J_PASSWORD_FILE
	// names; it is never read from config.yaml and never logged.
	Password string `mapstructure:"-"`
}

type logConfig struct {
	Level  string `mapstructure:"level"`
	Format string `mapstructure:"format"` // auto, console, json
}

type ingestConfig struct {
	Workers      int      `mapstructure:"workers"`
	BatchSize    int      `mapstructure:"batch_size"`
	MaxBytes     int64    `mapstructure:"max_bytes"`
	FetchTimeout string   `mapstructure:"fetch_timeout"`
	Include      []string `mapstructure:"include"`
	Exclude      []string `mapstructure:"exclude"`
	Catalogs     []string `mapstructure:"catalogs"`
}

type extractConfig struct {
	// Parser is the URL of a CoreNLP server (http://host:port) whose
	// dependency parses the extractor reads relations from as well; empty:
	// no parser.
	Parser string `mapstructure:"parser"`
	// ParserTimeout bounds one request to the parser (a Go duration).
	ParserTimeout string `mapstructure:"parser_timeout"`
}

// envNames maps configuration keys to the environment variables that set
// them. Connection settings use the names cypher-shell users already know.
var envNames = map[string]string{
	"neo4j.uri":              "NEO4J_URI",
	"neo4j.username":         "NEO4J_USERNAME",
	"neo4j.database":         "NEO4J_DATABASE",
	"log.level":              "KG_LOG_LEVEL",
	"log.format":             "KG_LOG_FORMAT",
	"ingest.workers":         "KG_INGEST_WORKERS",
	"ingest.batch_size":      "KG_INGEST_BATCH_SIZE",
	"ingest.max_bytes":       "KG_INGEST_MAX_BYTES",
	"ingest.fetch_timeout":   "KG_INGEST_FETCH_TIMEOUT",
	"extract.parser":         "KG_EXTRACT_PARSER",
	"extract.parser_timeout": "KG_EXTRACT_PARSER_TIMEOUT",
	"queries_dir":            "KG_QUERIES_DIR",
}

// flagNames maps configuration keys to the global flags that set them.
var flagNames = map[string]string{
	"neo4j.uri":      "uri",
	"neo4j.username": "username",
	"neo4j.database": "database",
	"log.level":      "log-level",
	"log.format":     "log-format",
	"queries_dir":    "queries-dir",
	// A flag of kg extract and kg ingest only; other commands have none.
	"extract.parser": "parser",
}

// defaults are the values used when nothing else sets a key.
var defaults = map[string]any{
	"neo4j.uri":      "bolt://127.0.0.1:7687",
	"neo4j.username": "neo4j",
	"neo4j.database": "neo4j",
	"log.level":      "info",
	"log.format":     "auto",
	// Extraction is CPU-bound and the machine this was measured on has two
	// cores; more workers than cores only adds contention.
	"ingest.workers": 0, // 0: one per CPU
	// Rows per write transaction; see graph.DefaultBatchSize for the measurement.
	"ingest.batch_size":    0,
	"ingest.max_bytes":     int64(20 << 20),
	"ingest.fetch_timeout": "30s",
	"extract.parser":       "", // no parser
	// The client sends a long document in pieces of up to 40,000 bytes; one
	// takes about 25 s on a two-core machine's server, and longer when
	// several workers' requests queue there. A request that takes longer
	// costs its document its parse, not the document.
	"extract.parser_timeout": "5m",
}

// loadConfig reads the configuration. file is the --config flag ("" means
// ./config.yaml when it exists); getenv is os.Getenv in production.
func loadConfig(file string, flags *pflag.FlagSet, getenv func(string) string) (config, error) {
	v := viper.New()
	for k, d := range defaults {
		v.SetDefault(k, d)
	}
	if file == "" {
		file = getenv("KG_CONFIG")
	}
	explicit := file != ""
	if file == "" {
		file = "config.yaml"
	}
	v.SetConfigFile(file)
	if err := v.ReadInConfig(); err != nil {
		var notFound *os.PathError
		if explicit || !errors.As(err, &notFound) {
			return config{}, usageError{fmt.Errorf("read config %s: %w", file, err)}
		}
	}
	if v.IsSet("neo4j.password") {
		return config{}, usageError{fmt.Errorf("config %s: neo4j.password is not read from files; set NEO4J_PASSWORD or NEO4J_PASSWORD_FILE", file)}
	}
	for key, env := range envNames {
		if val := getenv(env); val != "" {
			v.Set(key, val)
		}
	}
	if flags != nil {
		for key, name := range flagNames {
			if f := flags.Lookup(name); f != nil && f.Changed {
				v.Set(key, f.Value.String())
			}
		}
	}
	var c config
	if err := v.Unmarshal(&c); err != nil {
		return config{}, usageError{fmt.Errorf("config %s: %w", file, err)}
	}
	pw, err := password(getenv)
	if err != nil {
		return config{}, usageError{err}
	}
	c.Neo4j.Password = pw
	return c, nil
}

// password reads NEO4J_PASSWORD, or the file named by NEO4J_PASSWORD_FILE
// (the convention of container secrets). Setting both is an error rather than
// a silent choice.
func password(getenv func(string) string) (string, error) {
	pw, file := getenv("NEO4J_PASSWORD"), getenv("NEO4J_PASSWORD_FILE")
	switch {
	case pw != "" && file != "":
		return "", errors.New("set NEO4J_PASSWORD or NEO4J_PASSWORD_FILE, not both")
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("read NEO4J_PASSWORD_FILE: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	default:
		return pw, nil
	}
}
