package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says where the graph lives and how to write it. Zero values take the
// defaults of applyDefaults.
type Config struct {
	URI      string // bolt://host:7687 (single server) or neo4j://host (routing)
	Username string // empty: no authentication
	Password string
	Database string // default "neo4j"

	// ConnectTimeout bounds connecting to the server, so that an unreachable
	// server fails fast instead of after the driver's 1 min pool timeout.
	ConnectTimeout time.Duration
	// BatchRows is the number of rows (nodes plus relationships) one write
	// transaction carries at most; a single larger document is still written
	// whole, in its own transaction.
	BatchRows int
	// MaxRetryTime bounds the driver's retries of transient failures.
	MaxRetryTime time.Duration
}

// Defaults, each with the reason for its value.
const (
	// DefaultDatabase is Neo4j's default database name.
	DefaultDatabase = "neo4j"
	// DefaultConnectTimeout: loopback and
	// LAN servers answer in milliseconds, so 5 s only matters when down.
	DefaultConnectTimeout = 10 * time.Second
	// DefaultBatchRows: BenchmarkWrite (200 documents, 24k rows, 2 cores,
	// warm server) gave 2.9k rows/s at 500 rows per batch, 7.1k at 5,000
	// and 11.3k at 20,000: each batch costs ~40 statements' round trips, so
	// bigger is faster, and 20k rows stay a few MB of parameters. A batch
	// the server has no memory for is split (see writeBatch).
	DefaultBatchRows = 20000
	// DefaultMaxRetryTime: the driver's default for transient errors.
	DefaultMaxRetryTime = 30 * time.Second
)

func (c *Config) applyDefaults() {
	if c.Database == "" {
		c.Database = DefaultDatabase
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = DefaultConnectTimeout
	}
	if c.BatchRows <= 0 {
		c.BatchRows = DefaultBatchRows
	}
	if c.MaxRetryTime <= 0 {
		c.MaxRetryTime = DefaultMaxRetryTime
	}
}

// Store is a connection to the graph database. It is safe for concurrent use,
// but Write assumes a single writer per database (see docs/graph-model.md).
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	// exec runs one batch in one transaction; tests replace it to inject
	// failures.
	exec func(ctx context.Context, batch []*docPlan) (batchResult, error)
}

// ServerInfo describes the server a Store is connected to.
type ServerInfo struct {
	Address string
	Version string
	Edition string
}

// Open connects to the server in cfg and checks that it answers and accepts
// the credentials. Errors wrap ErrUnreachable, ErrAuth or
// ErrDatabaseNotFound when they are one of those.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg.applyDefaults()
	s := &Store{cfg: cfg}
	if cfg.URI == "" {
		return nil, errors.New("open neo4j: no URI configured")
	}
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.SocketConnectTimeout = cfg.ConnectTimeout
		c.ConnectionAcquisitionTimeout = cfg.ConnectTimeout + time.Second
		c.MaxTransactionRetryTime = cfg.MaxRetryTime
	})
	if err != nil {
		return nil, fmt.Errorf("open neo4j %s: %w", redactURI(cfg.URI), err)
	}
	s.driver = driver
	s.exec = s.execBatch
	vctx, cancel := context.WithTimeout(ctx, cfg.ConnectTimeout+2*time.Second)
	defer cancel()
	if err := driver.VerifyConnectivity(vctx); err != nil {
		_ = driver.Close(ctx)
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
			err = fmt.Errorf("%w: %w", ErrUnreachable, err)
		}
		return nil, s.mapError("open", err)
	}
	// Connectivity does not prove that the database exists; a trivial query
	// against it does.
	if _, err := s.Read(vctx, "RETURN 1", nil); err != nil {
		_ = driver.Close(ctx)
		return nil, err
	}
	return s, nil
}

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	return s.driver.Close(ctx)
}

// Database is the name of the database the store reads and writes.
func (s *Store) Database() string { return s.cfg.Database }

// Ping asks the server who it is.
func (s *Store) Ping(ctx context.Context) (ServerInfo, error) {
	res, err := s.Read(ctx, "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition", nil)
	if err != nil {
		return ServerInfo{}, err
	}
	if len(res.Records) == 0 {
		return ServerInfo{}, fmt.Errorf("ping %s: dbms.components returned nothing", s.where())
	}
	info := ServerInfo{}
	info.Version, _ = res.Records[0][0].(string)
	info.Edition, _ = res.Records[0][1].(string)
	si, err := s.driver.GetServerInfo(ctx)
	if err != nil {
		return ServerInfo{}, s.mapError("ping", err)
	}
	info.Address = si.Address()
	return info, nil
}

// Result is what a read query returns: column names and rows of driver
// values (strings, int64, float64, bool, []any, map[string]any, neo4j.Date,
// neo4j.Node, neo4j.Relationship, ...).
type Result struct {
	Keys    []string
	Records [][]any
}

// Read runs one read-only statement in a managed read transaction, with
// parameters, against the configured database, and returns all its rows.
func (s *Store) Read(ctx context.Context, cypher string, params map[string]any) (*Result, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database),
		neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, s.mapError("read", err)
	}
	out := &Result{Keys: res.Keys, Records: make([][]any, len(res.Records))}
	for i, r := range res.Records {
		out.Records[i] = r.Values
	}
	return out, nil
}

// session opens a session on the configured database.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode})
}
