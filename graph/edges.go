package graph

import (
	"cmp"
	"maps"
	"slices"
)

// refreshEdges recomputes the aggregated edges named by keys from their
// Claims: edges with claims get their properties replaced, edges left
// without any are deleted. It returns how many of each.
func (r *txRunner) refreshEdges(keys []edgeKey) (updated, deleted int, err error) {
	keys = sortedUnique(keys)
	if len(keys) == 0 {
		return 0, 0, nil
	}
	rows := make([]map[string]any, len(keys))
	for i, k := range keys {
		rows[i] = map[string]any{"type": k.Type, "from": k.From, "to": k.To}
	}
	recs, err := r.run(stmtReadEdgeClaims, map[string]any{"rows": rows})
	if err != nil {
		return 0, 0, err
	}
	claims := map[edgeKey][]claimRow{}
	for _, rec := range recs {
		m := rec.AsMap()
		k := edgeKey{str(m["type"]), str(m["from"]), str(m["to"])}
		c := claimRow{DocID: str(m["docId"]), Date: m["date"], DatePrecision: str(m["datePrecision"]),
			DateText: str(m["dateText"]), Published: m["published"], Values: map[string]string{}}
		c.Confidence, _ = m["confidence"].(float64)
		for _, p := range edgeValueProps {
			if v := str(m[p]); v != "" {
				c.Values[p] = v
			}
		}
		claims[k] = append(claims[k], c)
	}
	merges, deletes := map[string][]map[string]any{}, map[string][]map[string]any{}
	for _, k := range keys {
		row := map[string]any{"from": k.From, "to": k.To}
		if cs := claims[k]; len(cs) > 0 {
			row = aggregateEdge(cs)
			row["from"], row["to"] = k.From, k.To
			merges[k.Type] = append(merges[k.Type], row)
		} else {
			deletes[k.Type] = append(deletes[k.Type], row)
		}
	}
	// Types in a fixed order, rows in key order: concurrent writers would
	// lock endpoints in the same order and not deadlock.
	for _, t := range slices.Sorted(maps.Keys(deletes)) {
		before := r.c.RelationshipsDeleted
		if err := r.runRows(deleteEdgeStatements[t], deletes[t]); err != nil {
			return 0, 0, err
		}
		deleted += r.c.RelationshipsDeleted - before
	}
	for _, t := range slices.Sorted(maps.Keys(merges)) {
		if err := r.runRows(mergeEdgeStatements[t], merges[t]); err != nil {
			return 0, 0, err
		}
		updated += len(merges[t])
	}
	return updated, deleted, nil
}

func sortedUnique(keys []edgeKey) []edgeKey {
	keys = slices.Clone(keys)
	slices.SortFunc(keys, func(a, b edgeKey) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.Type, b.Type), cmp.Compare(a.To, b.To))
	})
	return slices.Compact(keys)
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
