package main

import (
	"encoding/json"
	"io"

	"github.com/kg-project/kg/graph"
)

// renderJSON writes JSON Lines: one object per row, keyed by column, so
// that a stream of rows can be read row by row (jq, pandas read_json with
// lines=True).
func renderJSON(w io.Writer, res *graph.Result) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, row := range res.Records {
		obj := make(map[string]any, len(res.Keys))
		for i, k := range res.Keys {
			if i < len(row) {
				obj[k] = jsonValue(row[i])
			}
		}
		if err := enc.Encode(orderedRow{keys: res.Keys, values: obj}); err != nil {
			return err
		}
	}
	return nil
}

// orderedRow marshals a row with its columns in query order rather than
// Go's sorted map order.
type orderedRow struct {
	keys   []string
	values map[string]any
}

func (r orderedRow) MarshalJSON() ([]byte, error) {
	buf := []byte{'{'}
	for i, k := range r.keys {
		if i > 0 {
			buf = append(buf, ',')
		}
		kb, err := json.Marshal(k)
		if err != nil {
			return nil, err
		}
		vb, err := marshalNoEscape(r.values[k])
		if err != nil {
			return nil, err
		}
		buf = append(append(append(buf, kb...), ':'), vb...)
	}
	return append(buf, '}'), nil
}
