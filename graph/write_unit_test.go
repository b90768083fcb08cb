package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestWriteBatchFailures drives writeBatch's failure policy with a fake
// transaction: memory errors split the batch, document errors isolate the
// bad document, anything else stops the write.
func TestWriteBatchFailures(t *testing.T) {
	memErr := &neo4j.Neo4jError{Code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError"}
	typeErr := &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.TypeError"}
	downErr := &neo4j.ConnectivityError{}
	tests := []struct {
		name       string
		fail       func(batch []string) error
		wantDocs   int
		wantFailed []string
		wantSplits int
		wantErr    error
	}{
		{
			name:     "all fit",
			fail:     func([]string) error { return nil },
			wantDocs: 5,
		},
		{
			name: "memory error splits until batches fit",
			fail: func(b []string) error {
				if len(b) > 2 {
					return &memoryError{memErr}
				}
				return nil
			},
			wantDocs: 5, wantSplits: 2,
		},
		{
			name: "a document too large alone fails alone",
			fail: func(b []string) error {
				if slices.Contains(b, "doc:2") {
					return &memoryError{memErr}
				}
				return nil
			},
			wantDocs: 4, wantFailed: []string{"doc:2"}, wantSplits: 2,
		},
		{
			name: "a rejected document is isolated",
			fail: func(b []string) error {
				if slices.Contains(b, "doc:3") {
					return typeErr
				}
				return nil
			},
			wantDocs: 4, wantFailed: []string{"doc:3"},
		},
		{
			name:    "server down stops the write",
			fail:    func([]string) error { return downErr },
			wantErr: ErrUnreachable,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Store{cfg: Config{URI: "bolt://example:7687", Database: "neo4j"}}
			calls := 0
			s.exec = func(_ context.Context, batch []*docPlan) (batchResult, error) {
				calls++
				var ids []string
				for _, p := range batch {
					ids = append(ids, p.id)
				}
				if err := tt.fail(ids); err != nil {
					return batchResult{}, err
				}
				return batchResult{written: len(batch)}, nil
			}
			var batch []*docPlan
			for i := range 5 {
				batch = append(batch, &docPlan{id: fmt.Sprintf("doc:%d", i)})
			}
			var st WriteStats
			err := s.writeBatch(context.Background(), batch, &st)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("got error %v; want %v", err, tt.wantErr)
				}
				if calls != 1 {
					t.Errorf("got %d transactions; want 1 (no retries of a dead server)", calls)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var failed []string
			for _, f := range st.Failed {
				failed = append(failed, f.DocID)
			}
			if st.Documents != tt.wantDocs || !slices.Equal(failed, tt.wantFailed) || st.Splits != tt.wantSplits {
				t.Errorf("got %d written, failed %v, %d splits; want %d, %v, %d",
					st.Documents, failed, st.Splits, tt.wantDocs, tt.wantFailed, tt.wantSplits)
			}
		})
	}
}

func TestMemoryErrorIsNotRetryable(t *testing.T) {
	err := &memoryError{&neo4j.Neo4jError{Code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError"}}
	if neo4j.IsRetryable(err) {
		t.Error("the driver would retry a wrapped memory error; want it not to")
	}
	if !isMemoryError(err.err) {
		t.Error("isMemoryError does not recognise the memory pool error")
	}
}
