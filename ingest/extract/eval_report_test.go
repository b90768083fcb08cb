package extract_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

const (
	thresholdsFile = "testdata/eval/thresholds.json"
	reportFile     = "testdata/eval/report.txt"
)

// The package's other tests may declare -update too; whichever file
// registers it first wins, and the evaluation only reads it.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files and testdata/eval/report.txt")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	v, _ := g.Get().(bool)
	return v
}

// floors are the minimum figures one split must keep. They ratchet: set
// from a measured run minus a small margin, never above what was measured.
type floors struct {
	EntityPrecision   float64 `json:"entityPrecision"`
	EntityRecall      float64 `json:"entityRecall"`
	RelationPrecision float64 `json:"relationPrecision,omitempty"`
	RelationRecall    float64 `json:"relationRecall,omitempty"`
	EventDates        float64 `json:"eventDates,omitempty"`
}

func loadFloors(path string) (map[string]floors, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read thresholds %s: %w", path, err)
	}
	var f map[string]floors
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("decode thresholds %s: %w", path, err)
	}
	return f, nil
}

// splitScore sums the documents of one split (micro-average).
type splitScore struct {
	Name            string
	Docs            []docScore
	Entities        counts
	EntitiesByType  map[string]*counts
	Relations       counts
	RelationsByType map[string]*counts
	EventDates      counts
}

func sumSplit(name string, docs []docScore) splitScore {
	s := splitScore{Name: name, Docs: docs, EntitiesByType: map[string]*counts{}, RelationsByType: map[string]*counts{}}
	for _, d := range docs {
		s.Entities.add(d.Entities)
		s.Relations.add(d.Relations)
		s.EventDates.add(d.EventDates)
		mergeByType(s.EntitiesByType, d.EntitiesByType)
		mergeByType(s.RelationsByType, d.RelationsByType)
	}
	return s
}

func mergeByType(dst, src map[string]*counts) {
	for k, v := range src {
		if dst[k] == nil {
			dst[k] = &counts{}
		}
		dst[k].add(*v)
	}
}

// check lists every figure below its floor.
func (s splitScore) check(f floors) []string {
	var low []string
	cmp := func(what string, got, min float64) {
		if got+1e-9 < min {
			low = append(low, fmt.Sprintf("%s %s: got %.3f, want >= %.3f", s.Name, what, got, min))
		}
	}
	cmp("entity precision", s.Entities.precision(), f.EntityPrecision)
	cmp("entity recall", s.Entities.recall(), f.EntityRecall)
	cmp("relation precision", s.Relations.precision(), f.RelationPrecision)
	cmp("relation recall", s.Relations.recall(), f.RelationRecall)
	cmp("event dates", s.EventDates.recall(), f.EventDates)
	return low
}

// table renders a split's figures: per document, then per type, then the
// errors, so that a failing run says where to look.
func (s splitScore) table(withFindings bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s (%d documents)\n", s.Name, len(s.Docs))
	fmt.Fprintf(&b, "%-58s %22s %22s\n", "document", "entities P/R/F1", "relations P/R")
	for _, d := range s.Docs {
		fmt.Fprintf(&b, "%-58s %s %s\n", trim(d.File, 58), pr(d.Entities, true), pr(d.Relations, false))
	}
	fmt.Fprintf(&b, "%-58s %s %s\n", "MICRO-AVERAGE", pr(s.Entities, true), pr(s.Relations, false))
	fmt.Fprintf(&b, "event dates right: %d of %d\n", s.EventDates.TP, s.EventDates.TP+s.EventDates.FN)
	b.WriteString("entities by type:\n")
	for _, k := range sortedKeys(s.EntitiesByType) {
		c := *s.EntitiesByType[k]
		fmt.Fprintf(&b, "  %-14s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n", k, c.precision(), c.recall(), c.f1(), c.TP, c.FP, c.FN)
	}
	if len(s.RelationsByType) > 0 {
		b.WriteString("relations by type:\n")
	}
	for _, k := range sortedKeys(s.RelationsByType) {
		c := *s.RelationsByType[k]
		fmt.Fprintf(&b, "  %-16s P %.3f  R %.3f  (tp %d, fp %d, fn %d)\n", k, c.precision(), c.recall(), c.TP, c.FP, c.FN)
	}
	if !withFindings {
		return b.String()
	}
	for _, d := range s.Docs {
		if len(d.EntityFindings)+len(d.RelationFindings) == 0 {
			continue
		}
		fmt.Fprintf(&b, "-- %s\n", d.File)
		for _, f := range d.EntityFindings {
			fmt.Fprintf(&b, "   entity   %-13s %s\n", f.Kind, f.What)
		}
		for _, f := range d.RelationFindings {
			fmt.Fprintf(&b, "   relation %-13s %s\n", f.Kind, f.What)
		}
	}
	return b.String()
}

func pr(c counts, f1 bool) string {
	if f1 {
		return fmt.Sprintf("%.2f/%.2f/%.2f (%2d/%2d/%2d)", c.precision(), c.recall(), c.f1(), c.TP, c.FP, c.FN)
	}
	return fmt.Sprintf("%.2f/%.2f (%2d/%2d/%2d)", c.precision(), c.recall(), c.TP, c.FP, c.FN)
}

func trim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n+1:]
}

func sortedKeys(m map[string]*counts) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
