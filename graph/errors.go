package graph

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Sentinel errors the store maps driver errors to, so callers (the CLI's exit
// codes, the ingest error policy) can tell them apart without knowing Neo4j's
// error codes. The original driver error stays in the chain for errors.As.
var (
	// ErrUnreachable: no connection to the server could be made.
	ErrUnreachable = errors.New("neo4j unreachable")
	// ErrAuth: the server refused the credentials.
	ErrAuth = errors.New("neo4j authentication failed")
	// ErrDatabaseNotFound: the configured database does not exist.
	ErrDatabaseNotFound = errors.New("neo4j database not found")
	// ErrQuery: the server rejected a statement (syntax, types, semantics).
	ErrQuery = errors.New("neo4j rejected the query")
	// ErrConstraint: a write broke a uniqueness constraint.
	ErrConstraint = errors.New("neo4j constraint violated")
	// ErrInvalidInput: a DocumentGraph breaks the graph model (unknown
	// entity type or relation type, dangling reference, bad date).
	ErrInvalidInput = errors.New("invalid graph input")
)

// mapError classifies a driver error at the package boundary. The message
// names the server (without any user info in the URI) but never the password.
func (s *Store) mapError(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s on %s: %w", op, s.where(), err)
	}
	if sentinel := classify(err); sentinel != nil {
		return fmt.Errorf("%s on %s: %w: %w", op, s.where(), sentinel, err)
	}
	return fmt.Errorf("%s on %s: %w", op, s.where(), err)
}

// where names the server and database for error messages.
func (s *Store) where() string {
	return redactURI(s.cfg.URI) + " (database " + s.cfg.Database + ")"
}

// classify returns the sentinel error err belongs to, or nil.
func classify(err error) error {
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		// The retries-exhausted error has no Unwrap: judge it by its last cause.
		return classify(limit.Errors[len(limit.Errors)-1])
	}
	var n4j *neo4j.Neo4jError
	if errors.As(err, &n4j) {
		switch {
		case strings.HasPrefix(n4j.Code, "Neo.ClientError.Security."):
			return ErrAuth
		case n4j.Code == "Neo.ClientError.Database.DatabaseNotFound":
			return ErrDatabaseNotFound
		case n4j.Code == "Neo.ClientError.Schema.ConstraintValidationFailed":
			return ErrConstraint
		case strings.HasPrefix(n4j.Code, "Neo.ClientError.Statement."):
			return ErrQuery
		}
		return nil
	}
	var conn *neo4j.ConnectivityError
	var netErr net.Error
	if errors.As(err, &conn) || errors.As(err, &netErr) {
		return ErrUnreachable
	}
	// The pool reports an unreachable server as a plain error naming the
	// connect failure; recognise the usual dial failures by their text.
	msg := err.Error()
	for _, s := range []string{"connection refused", "no such host", "i/o timeout", "ConnectivityError", "connect: "} {
		if strings.Contains(msg, s) {
			return ErrUnreachable
		}
	}
	return nil
}

// isMemoryError reports whether the server ran out of transaction memory:
// the batch must be split rather than re-sent.
func isMemoryError(err error) bool {
	var n4j *neo4j.Neo4jError
	if !errors.As(err, &n4j) {
		return false
	}
	return strings.Contains(n4j.Code, "MemoryPoolOutOfMemoryError") ||
		strings.Contains(n4j.Code, "TransactionMemoryLimit") ||
		strings.Contains(n4j.Code, "OutOfMemory")
}

// isDocumentError reports whether a failed batch may have failed because of
// one document's content (a type the server rejects, a constraint), so that
// writing the documents one by one can isolate it. Connectivity, auth and
// server errors fail every document alike and are not worth the retries.
func isDocumentError(err error) bool {
	if errors.Is(err, ErrInvalidInput) {
		return true
	}
	var n4j *neo4j.Neo4jError
	if !errors.As(err, &n4j) {
		return false
	}
	return strings.HasPrefix(n4j.Code, "Neo.ClientError.Statement.") ||
		strings.HasPrefix(n4j.Code, "Neo.ClientError.Schema.") ||
		// What 5.26 reports for a value its index cannot hold (a name of
		// tens of kilobytes): one document's data, not the server's state.
		n4j.Code == "Neo.DatabaseError.Statement.ExecutionFailed"
}

// redactURI drops any user info from a connection URI.
func redactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.User == nil {
		return uri
	}
	u.User = nil
	return u.String()
}
