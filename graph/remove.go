package graph

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// RemoveStats says what removing a document changed.
type RemoveStats struct {
	Found           bool // the document was in the graph
	EdgesUpdated    int  // aggregated edges recomputed and kept
	EdgesDeleted    int  // aggregated edges left without claims
	EntitiesDeleted int  // entities left without mentions or claims
	Counters
}

// RemoveDocument takes exactly one document's contribution out of the graph:
// its Document, Sentences (with their MENTIONS) and Claims (with their
// evidence), recomputes the aggregated edges its claims supported, and
// deletes the edges and entities nothing supports any more. Removing a
// document that is not there changes nothing.
func (s *Store) RemoveDocument(ctx context.Context, id string) (RemoveStats, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		r := &txRunner{ctx: ctx, tx: tx}
		found, err := r.run(stmtDocumentHashes, map[string]any{"ids": []string{id}})
		if err != nil {
			return nil, err
		}
		st, err := r.removeDocuments([]string{id})
		if err != nil {
			return nil, err
		}
		st.Found = len(found) > 0
		st.Counters = r.c
		return st, nil
	})
	if err != nil {
		return RemoveStats{}, s.mapError("remove document "+id, err)
	}
	return out.(RemoveStats), nil
}

// removeDocuments removes the contribution of the documents ids inside the
// running transaction.
func (r *txRunner) removeDocuments(ids []string) (RemoveStats, error) {
	var st RemoveStats
	params := map[string]any{"ids": ids}
	recs, err := r.run(stmtRemovedEdges, params)
	if err != nil {
		return st, err
	}
	var keys []edgeKey
	var touched []string
	for _, rec := range recs {
		m := rec.AsMap()
		k := edgeKey{str(m["type"]), str(m["from"]), str(m["to"])}
		keys = append(keys, k)
		touched = append(touched, k.From, k.To)
	}
	if recs, err = r.run(stmtRemovedEntities, params); err != nil {
		return st, err
	}
	for _, rec := range recs {
		touched = append(touched, str(rec.Values[0]))
	}
	for _, stmt := range []string{stmtDeleteClaims, stmtDeleteSentences, stmtDeleteDocuments} {
		if _, err := r.run(stmt, params); err != nil {
			return st, err
		}
	}
	if st.EdgesUpdated, st.EdgesDeleted, err = r.refreshEdges(keys); err != nil {
		return st, err
	}
	if len(touched) > 0 {
		slices.Sort(touched)
		before := r.c.NodesDeleted
		if _, err := r.run(stmtDeleteOrphans, map[string]any{"ids": slices.Compact(touched)}); err != nil {
			return st, err
		}
		st.EntitiesDeleted = r.c.NodesDeleted - before
	}
	return st, nil
}

// DocumentHashes returns the content hash of every document in the graph, by
// document id, so a scheduler can tell which sources changed.
func (s *Store) DocumentHashes(ctx context.Context) (map[string]string, error) {
	res, err := s.Read(ctx, stmtAllDocumentHashes, nil)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(res.Records))
	for _, rec := range res.Records {
		out[str(rec[0])] = str(rec[1])
	}
	return out, nil
}
