package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Date precisions, finest first.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// precisionRank orders precisions finest first; unknown ones last.
func precisionRank(p string) int {
	switch p {
	case PrecisionDay:
		return 0
	case PrecisionMonth:
		return 1
	case PrecisionYear:
		return 2
	}
	return 3
}

// ParseDate reads a date of day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY)
// precision. Coarser dates are stored as their first day plus the precision,
// so they sort and compare on one timeline with the precise ones.
func ParseDate(s string) (neo4j.Date, string, error) {
	layouts := []struct{ layout, precision string }{
		{"2006-01-02", PrecisionDay},
		{"2006-01", PrecisionMonth},
		{"2006", PrecisionYear},
	}
	for _, l := range layouts {
		if len(s) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, s)
		if err == nil {
			return neo4j.DateOf(t), l.precision, nil
		}
	}
	return neo4j.Date{}, "", fmt.Errorf("parse date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// dateProps checks a property map against the allowed keys and turns its
// date, datePrecision and dateText into their stored form: date as a Neo4j
// Date, the precision it was given with, and the raw text. Other values are
// copied after a type check.
func dateProps(in map[string]any, allowed ...string) (map[string]any, error) {
	out := make(map[string]any, len(in)+2)
	for k, v := range in {
		if !slices.Contains(allowed, k) {
			return nil, fmt.Errorf("property %q is not in the model (want one of %v)", k, allowed)
		}
		if v == nil {
			continue
		}
		pv, err := propertyValue(v)
		if err != nil {
			return nil, fmt.Errorf("property %q: %w", k, err)
		}
		out[k] = pv
	}
	raw, ok := out["date"]
	if !ok {
		return out, nil
	}
	switch d := raw.(type) {
	case string:
		date, precision, err := ParseDate(d)
		if err != nil {
			return nil, err
		}
		out["date"] = date
		if p, ok := out["datePrecision"].(string); !ok || precisionRank(p) < precisionRank(precision) {
			// A stated precision may be coarser than the text, never finer.
			out["datePrecision"] = precision
		}
		if _, ok := out["dateText"]; !ok {
			out["dateText"] = d
		}
	case neo4j.Date:
		if _, ok := out["datePrecision"]; !ok {
			out["datePrecision"] = PrecisionDay
		}
	default:
		return nil, fmt.Errorf("property \"date\": want a YYYY[-MM[-DD]] string, got %T", raw)
	}
	return out, nil
}

// propertyValue checks that v is something Neo4j stores as a property and
// normalises Go's numeric and time types to the ones the driver sends.
func propertyValue(v any) (any, error) {
	switch x := v.(type) {
	case string, bool, int64, float64, neo4j.Date:
		return x, nil
	case int:
		return int64(x), nil
	case int32:
		return int64(x), nil
	case float32:
		return float64(x), nil
	case time.Time:
		return neo4j.DateOf(x), nil
	case []string:
		return slices.Clone(x), nil
	case []any:
		out := make([]string, len(x))
		for i, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("list element %d is %T, want string", i, e)
			}
			out[i] = s
		}
		return out, nil
	}
	return nil, fmt.Errorf("unsupported property type %T", v)
}

// compareValues is a total order on stored property values, used wherever
// several documents disagree and one value must win regardless of the order
// they were ingested in.
func compareValues(a, b any) int {
	if c := cmp.Compare(typeRank(a), typeRank(b)); c != 0 {
		return c
	}
	switch x := a.(type) {
	case string:
		return cmp.Compare(x, b.(string))
	case bool:
		return cmp.Compare(boolInt(x), boolInt(b.(bool)))
	case int64:
		return cmp.Compare(int(x), int(b.(int64)))
	case float64:
		y := b.(float64)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case neo4j.Date:
		return x.Time().Compare(b.(neo4j.Date).Time())
	case []string:
		return slices.Compare(x, b.([]string))
	}
	return cmp.Compare(fmt.Sprint(a), fmt.Sprint(b))
}

func typeRank(v any) int {
	switch v.(type) {
	case string:
		return 0
	case bool:
		return 1
	case int64:
		return 2
	case float64:
		return 3
	case neo4j.Date:
		return 4
	case []string:
		return 5
	}
	return 6
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// itoa is strconv.Itoa, named for the id builders.
func itoa(i int) string { return strconv.Itoa(i) }
