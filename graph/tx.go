package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Counters are the server's own counts of what a write changed, summed over
// the statements of committed transactions only.
type Counters struct {
	NodesCreated         int `json:"nodesCreated"`
	NodesDeleted         int `json:"nodesDeleted"`
	RelationshipsCreated int `json:"relationshipsCreated"`
	RelationshipsDeleted int `json:"relationshipsDeleted"`
	PropertiesSet        int `json:"propertiesSet"`
	LabelsAdded          int `json:"labelsAdded"`
	LabelsRemoved        int `json:"labelsRemoved"`
}

func (c *Counters) addSummary(s neo4j.ResultSummary) {
	n := s.Counters()
	c.NodesCreated += n.NodesCreated()
	c.NodesDeleted += n.NodesDeleted()
	c.RelationshipsCreated += n.RelationshipsCreated()
	c.RelationshipsDeleted += n.RelationshipsDeleted()
	c.PropertiesSet += n.PropertiesSet()
	c.LabelsAdded += n.LabelsAdded()
	c.LabelsRemoved += n.LabelsRemoved()
}

// Add adds o to c.
func (c *Counters) Add(o Counters) {
	c.NodesCreated += o.NodesCreated
	c.NodesDeleted += o.NodesDeleted
	c.RelationshipsCreated += o.RelationshipsCreated
	c.RelationshipsDeleted += o.RelationshipsDeleted
	c.PropertiesSet += o.PropertiesSet
	c.LabelsAdded += o.LabelsAdded
	c.LabelsRemoved += o.LabelsRemoved
}

// replanSkip keeps the server from re-planning a write statement when the
// graph's statistics change. Every statement here looks nodes up by a
// uniquely constrained id, so its plan never improves with statistics, but
// a graph growing from empty crosses the re-plan threshold again and again:
// measured on a fresh database, a 14-sentence document took 7.6 s of which
// almost all was re-planning, and 0.3 s once plans were kept.
const replanSkip = "CYPHER replan=skip\n"

// txRunner runs the statements of one managed transaction and counts what
// they change. A managed transaction may be retried from the start, so a
// txRunner lives inside the transaction function and its counts are read
// only after the commit succeeded.
type txRunner struct {
	ctx context.Context
	tx  neo4j.ManagedTransaction
	c   Counters
}

// run executes one statement and returns its records. Driver errors are
// returned unwrapped, so the driver still recognises the retryable ones.
func (r *txRunner) run(cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := r.tx.Run(r.ctx, replanSkip+cypher, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(r.ctx)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(r.ctx)
	if err != nil {
		return nil, err
	}
	r.c.addSummary(sum)
	return recs, nil
}

// runRows runs a $rows statement unless rows is empty.
func (r *txRunner) runRows(cypher string, rows []map[string]any) error {
	if len(rows) == 0 {
		return nil
	}
	_, err := r.run(cypher, map[string]any{"rows": rows})
	return err
}
