package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"

	"github.com/kg-project/kg/graph"
)

// renderCSV writes RFC 4180 CSV (CRLF line ends, quoted where needed) with
// a header row. Scalars are written as text, null as an empty cell, and
// nested values (lists, maps, nodes, relationships, paths) as JSON in the
// cell, so spreadsheets keep one row per result row and notebooks can
// json.loads the cell.
func renderCSV(w io.Writer, res *graph.Result) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(res.Keys); err != nil {
		return err
	}
	for _, row := range res.Records {
		rec := make([]string, len(row))
		for i, v := range row {
			s, err := scalarText(v)
			if err != nil {
				return err
			}
			rec[i] = s
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// marshalNoEscape is json.Marshal without HTML escaping (<, >, & stay
// readable) and without the encoder's trailing newline.
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
