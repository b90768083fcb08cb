package graph

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// WriteStats says what one Write did.
type WriteStats struct {
	Documents int // documents written (new or replaced)
	Unchanged int // documents skipped: same id and content hash already stored
	// UnchangedIDs are the ids of the Unchanged documents.
	UnchangedIDs []string
	Replaced     int        // of Documents, those that replaced an older version
	Failed       []DocError // documents not written, with the reason
	Batches      int        // transactions committed
	Splits       int        // batches split after the server ran out of memory
	Rows         int        // rows sent in committed batches
	Counters                // the server's counts, committed transactions only
}

// DocError is a document that could not be written.
type DocError struct {
	DocID string
	Err   error
}

func (e DocError) Error() string { return e.Err.Error() }

// Write stores the documents as docs/graph-model.md describes, in batches of
// at most BatchRows rows per transaction. A document already stored with the
// same content hash is skipped; one stored with another hash is replaced
// (its old contribution removed in the same transaction). A document that
// breaks the model, or that the server rejects, is reported in
// WriteStats.Failed and the others are still written. The error is for what
// stops the whole write: the server is unreachable, credentials, ctx.
func (s *Store) Write(ctx context.Context, docs []DocumentGraph) (WriteStats, error) {
	var st WriteStats
	var plans []*docPlan
	seen := map[string]bool{}
	for _, d := range docs {
		p, err := planDocument(d)
		if err == nil && seen[p.id] {
			err = fmt.Errorf("document %s: %w: given twice in one write", p.id, ErrInvalidInput)
		}
		if err != nil {
			st.Failed = append(st.Failed, DocError{DocID: d.Document.ID, Err: err})
			continue
		}
		seen[p.id] = true
		plans = append(plans, p)
	}
	for _, batch := range batches(plans, s.cfg.BatchRows) {
		if err := s.writeBatch(ctx, batch, &st); err != nil {
			return st, err
		}
	}
	return st, nil
}

// batches groups plans in input order into batches of at most maxRows rows;
// a plan larger than maxRows is a batch of its own.
func batches(plans []*docPlan, maxRows int) [][]*docPlan {
	var out [][]*docPlan
	var cur []*docPlan
	rows := 0
	for _, p := range plans {
		if len(cur) > 0 && rows+p.rows() > maxRows {
			out = append(out, cur)
			cur, rows = nil, 0
		}
		cur = append(cur, p)
		rows += p.rows()
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// memoryError carries a server out-of-memory error out of a transaction
// function. It deliberately has no Unwrap: the driver would see a transient
// error and re-send the same oversized batch until its retry time ran out.
type memoryError struct{ err error }

func (e *memoryError) Error() string { return e.err.Error() }

// batchResult is what one committed batch did.
type batchResult struct {
	written, unchanged, replaced int
	unchangedIDs                 []string
	rows                         int
	c                            Counters
}

// writeBatch writes one batch, splitting it when the server runs out of
// memory and falling back to one document per transaction when it is
// rejected for what may be one document's fault.
func (s *Store) writeBatch(ctx context.Context, batch []*docPlan, st *WriteStats) error {
	res, err := s.exec(ctx, batch)
	if err == nil {
		st.Documents += res.written
		st.Unchanged += res.unchanged
		st.UnchangedIDs = append(st.UnchangedIDs, res.unchangedIDs...)
		st.Replaced += res.replaced
		st.Rows += res.rows
		st.Batches++
		st.Counters.Add(res.c)
		return nil
	}
	if ctxErr := ctx.Err(); ctxErr != nil {
		return fmt.Errorf("write: %w", ctxErr)
	}
	var mem *memoryError
	switch {
	case errors.As(err, &mem) && len(batch) > 1:
		st.Splits++
		half := len(batch) / 2
		if err := s.writeBatch(ctx, batch[:half], st); err != nil {
			return err
		}
		return s.writeBatch(ctx, batch[half:], st)
	case errors.As(err, &mem):
		st.Failed = append(st.Failed, DocError{DocID: batch[0].id,
			Err: fmt.Errorf("document %s: too large for the server's transaction memory: %w", batch[0].id, mem.err)})
		return nil
	case isDocumentError(err) && len(batch) > 1:
		for _, p := range batch {
			if err := s.writeBatch(ctx, []*docPlan{p}, st); err != nil {
				return err
			}
		}
		return nil
	case isDocumentError(err):
		st.Failed = append(st.Failed, DocError{DocID: batch[0].id, Err: s.mapError("write document "+batch[0].id, err)})
		return nil
	}
	return s.mapError(fmt.Sprintf("write %d documents", len(batch)), err)
}

// execBatch runs one batch in one managed write transaction.
func (s *Store) execBatch(ctx context.Context, batch []*docPlan) (batchResult, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r := &txRunner{ctx: ctx, tx: tx}
		res, err := r.writeDocuments(batch)
		if err != nil {
			if isMemoryError(err) {
				return nil, &memoryError{err}
			}
			return nil, err
		}
		res.c = r.c
		return res, nil
	})
	if err != nil {
		return batchResult{}, err
	}
	return out.(batchResult), nil
}

// writeDocuments is the body of one write transaction: it is re-run from the
// start if the driver retries, so it decides everything from what it reads.
func (r *txRunner) writeDocuments(batch []*docPlan) (batchResult, error) {
	var res batchResult
	ids := make([]string, len(batch))
	for i, p := range batch {
		ids[i] = p.id
	}
	recs, err := r.run(stmtDocumentHashes, map[string]any{"ids": ids})
	if err != nil {
		return res, err
	}
	stored := map[string]string{}
	for _, rec := range recs {
		stored[str(rec.Values[0])] = str(rec.Values[1])
	}
	var todo []*docPlan
	var replaced []string
	for _, p := range batch {
		hash, ok := stored[p.id]
		switch {
		case ok && hash == p.hash:
			res.unchanged++
			res.unchangedIDs = append(res.unchangedIDs, p.id)
			continue
		case ok:
			replaced = append(replaced, p.id)
		}
		todo = append(todo, p)
		res.rows += p.rows()
	}
	res.written, res.replaced = len(todo), len(replaced)
	if len(replaced) > 0 {
		// Remove first, orphan entities included, so that an entity only
		// the old version described is rebuilt from the new one alone.
		if _, err := r.removeDocuments(replaced); err != nil {
			return res, err
		}
	}
	if len(todo) == 0 {
		return res, nil
	}
	if err := r.writeEntities(todo); err != nil {
		return res, err
	}
	var docs, sentences, claims, hasSentence, mentions, endpoints, evidence []map[string]any
	var keys []edgeKey
	for _, p := range todo {
		docs = append(docs, p.document)
		sentences = append(sentences, p.sentences...)
		claims = append(claims, p.claims...)
		hasSentence = append(hasSentence, p.hasSentence...)
		mentions = append(mentions, p.mentions...)
		endpoints = append(endpoints, p.endpoints...)
		evidence = append(evidence, p.evidence...)
		keys = append(keys, p.edges...)
	}
	// Nodes before the relationships that match them.
	for _, step := range []struct {
		stmt string
		rows []map[string]any
	}{
		{stmtWriteDocuments, docs},
		{stmtWriteSentences, sentences},
		{stmtWriteClaims, claims},
		{stmtWriteHasSentence, hasSentence},
		{stmtWriteMentions, mentions},
		{stmtWriteEndpoints, endpoints},
		{stmtWriteEvidence, evidence},
	} {
		if err := r.runRows(step.stmt, step.rows); err != nil {
			return res, err
		}
	}
	if _, _, err := r.refreshEdges(keys); err != nil {
		return res, err
	}
	return res, nil
}

// writeEntities merges the batch's descriptions of each entity with the
// stored one and writes the result, one statement per type label.
func (r *txRunner) writeEntities(todo []*docPlan) error {
	merged := map[string]*entityState{}
	for _, p := range todo {
		for id, e := range p.entities {
			cp := *e
			cp.props = maps.Clone(e.props)
			if prev, ok := merged[id]; ok {
				prev.merge(&cp)
			} else {
				merged[id] = &cp
			}
		}
	}
	ids := slices.Sorted(maps.Keys(merged))
	recs, err := r.run(stmtReadEntities, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	for _, rec := range recs {
		props, _ := rec.Values[0].(map[string]any)
		old := entityFromProps(props)
		if e, ok := merged[old.id]; ok {
			e.merge(old)
		}
	}
	byType := map[string][]map[string]any{}
	for _, id := range ids {
		e := merged[id]
		byType[e.typ] = append(byType[e.typ], e.stored())
	}
	for _, t := range EntityTypes {
		if err := r.runRows(writeEntityStatements[t], byType[t]); err != nil {
			return err
		}
	}
	return nil
}
