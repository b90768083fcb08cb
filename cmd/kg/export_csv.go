package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
)

// writeExportCSV writes nodes.csv and edges.csv into dir, in the columns
// Gephi's spreadsheet import and pandas expect: nodes `id,label,labels,...`
// (label: the name to show), edges `source,target,relationship,weight,...`
// (no column called "type": Gephi reads that as directed/undirected). The
// remaining columns are the properties, as in `--format csv`.
func writeExportCSV(dir string, g *exportGraph) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	nodeProps := make([]map[string]any, len(g.nodes))
	for i, n := range g.nodes {
		nodeProps[i] = n.props
	}
	keys := propKeys(nodeProps, "id", "label", "labels")
	var rows [][]string
	rows = append(rows, append([]string{"id", "label", "labels"}, keys...))
	for _, n := range g.nodes {
		row := []string{n.id, n.caption(), labelsText(n.labels)}
		for _, k := range keys {
			s, err := propCell(n.props[k])
			if err != nil {
				return err
			}
			row = append(row, s)
		}
		rows = append(rows, row)
	}
	if err := writeCSVFile(filepath.Join(dir, "nodes.csv"), rows); err != nil {
		return err
	}

	relProps := make([]map[string]any, len(g.rels))
	for i, r := range g.rels {
		relProps[i] = r.props
	}
	keys = propKeys(relProps, "source", "target", "relationship", "weight")
	rows = [][]string{append([]string{"source", "target", "relationship", "weight"}, keys...)}
	for _, r := range g.rels {
		row := []string{r.source, r.target, r.typ, formatFloat(r.weight())}
		for _, k := range keys {
			s, err := propCell(r.props[k])
			if err != nil {
				return err
			}
			row = append(row, s)
		}
		rows = append(rows, row)
	}
	return writeCSVFile(filepath.Join(dir, "edges.csv"), rows)
}

func propCell(v any) (string, error) {
	if v == nil {
		return "", nil
	}
	return scalarText(v)
}

func writeCSVFile(path string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	cw := csv.NewWriter(f)
	cw.UseCRLF = true
	if err := cw.WriteAll(rows); err != nil {
		f.Close()
		return fmt.Errorf("export csv %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export csv %s: %w", path, err)
	}
	return nil
}
