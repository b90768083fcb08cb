package graph

import (
	"errors"
	"fmt"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"bad credentials", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized"}, ErrAuth},
		{"no database", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound"}, ErrDatabaseNotFound},
		{"syntax", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}, ErrQuery},
		{"constraint", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}, ErrConstraint},
		{"connectivity", &neo4j.ConnectivityError{}, ErrUnreachable},
		{"wrapped", fmt.Errorf("run: %w", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized"}), ErrAuth},
		{"retries exhausted", &neo4j.TransactionExecutionLimit{Errors: []error{&neo4j.ConnectivityError{}}}, ErrUnreachable},
		{"deadlock is none of them", &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := classify(tt.err); !errors.Is(got, tt.want) || (tt.want == nil) != (got == nil) {
				t.Errorf("classify(%v) = %v; want %v", tt.err, got, tt.want)
			}
		})
	}
}

func TestMapErrorKeepsCauseAndHidesUserInfo(t *testing.T) {
	s := &Store{cfg: Config{URI: "bolt://kg:hunter2@db.example:7687", Database: "neo4j"}}
	cause := &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized", Msg: "auth failed"}
	err := s.mapError("open", cause)
	var n4j *neo4j.Neo4jError
	if !errors.Is(err, ErrAuth) || !errors.As(err, &n4j) {
		t.Errorf("got %v; want ErrAuth with the driver error still in the chain", err)
	}
	if want := "open on bolt://db.example:7687 (database neo4j): neo4j authentication failed: Neo4jError: Neo.ClientError.Security.Unauthorized (auth failed)"; err.Error() != want {
		t.Errorf("got %q; want %q", err, want)
	}
}
