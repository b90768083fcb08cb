package graph

import (
	"cmp"
	"maps"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// claimRow is one Claim as read back for recomputing its edge, with the
// publication date of its document.
type claimRow struct {
	DocID         string
	Confidence    float64
	Date          any // neo4j.Date or nil
	DatePrecision string
	DateText      string
	Values        map[string]string // title, role, quote when set
	Published     any               // neo4j.Date or nil
}

// edgeValueProps are the relation properties an edge takes from its claims
// by majority.
var edgeValueProps = []string{"title", "role", "quote"}

// aggregateEdge computes an aggregated edge's properties from all its claims
// (docs/graph-model.md): the result depends only on the set of claims, never
// on the order they were written in.
func aggregateEdge(claims []claimRow) map[string]any {
	docs := map[string]bool{}
	out := map[string]any{"claims": int64(len(claims))}
	var conf float64
	var first, last *neo4j.Date
	type dateKey struct {
		date      neo4j.Date
		precision string
		text      string
	}
	dateVotes := map[dateKey]int{}
	valueVotes := map[string]map[string]int{}
	for i, c := range claims {
		docs[c.DocID] = true
		if i == 0 || c.Confidence > conf {
			conf = c.Confidence
		}
		if p, ok := c.Published.(neo4j.Date); ok {
			if first == nil || p.Time().Before(first.Time()) {
				first = &p
			}
			if last == nil || p.Time().After(last.Time()) {
				last = &p
			}
		}
		if d, ok := c.Date.(neo4j.Date); ok {
			dateVotes[dateKey{d, c.DatePrecision, c.DateText}]++
		}
		for k, v := range c.Values {
			if valueVotes[k] == nil {
				valueVotes[k] = map[string]int{}
			}
			valueVotes[k][v]++
		}
	}
	out["documents"] = int64(len(docs))
	out["docIds"] = slices.Sorted(maps.Keys(docs))
	out["confidence"] = conf
	if first != nil {
		out["firstSeen"], out["lastSeen"] = *first, *last
	}
	if len(dateVotes) > 0 {
		keys := slices.Collect(maps.Keys(dateVotes))
		// Most supported, ties to the earliest date, then the finest
		// precision, then the smaller text.
		best := slices.MinFunc(keys, func(a, b dateKey) int {
			if c := cmp.Compare(dateVotes[b], dateVotes[a]); c != 0 {
				return c
			}
			if c := a.date.Time().Compare(b.date.Time()); c != 0 {
				return c
			}
			if c := cmp.Compare(precisionRank(a.precision), precisionRank(b.precision)); c != 0 {
				return c
			}
			return cmp.Compare(a.text, b.text)
		})
		out["date"] = best.date
		if best.precision != "" {
			out["datePrecision"] = best.precision
		}
		if best.text != "" {
			out["dateText"] = best.text
		}
	}
	for k, votes := range valueVotes {
		values := slices.Collect(maps.Keys(votes))
		out[k] = slices.MinFunc(values, func(a, b string) int {
			if c := cmp.Compare(votes[b], votes[a]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
	}
	return out
}
