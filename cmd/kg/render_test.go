package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// allTypes is a result with a column for every kind of value a query
// returns, with the awkward cases: quotes, commas, line breaks, non-ASCII,
// nulls, long text, nested lists and maps.
func allTypes() *graph.Result {
	witkoff := dbtype.Node{ElementId: "4:x:1", Labels: []string{"Person", "Entity"},
		Props: map[string]any{"id": "person:steve-witkoff", "name": "Steve Witkoff", "aliases": []any{"Witkoff"}}}
	araghchi := dbtype.Node{ElementId: "4:x:2", Labels: []string{"Entity", "Person"},
		Props: map[string]any{"id": "person:abbas-araghchi", "name": "Abbas Araghchi"}}
	oman := dbtype.Node{ElementId: "4:x:3", Labels: []string{"Entity", "Country"},
		Props: map[string]any{"id": "country:oman", "name": "Oman"}}
	met := dbtype.Relationship{ElementId: "5:x:7", Type: "MET_WITH", StartElementId: "4:x:2", EndElementId: "4:x:1",
		Props: map[string]any{"documents": int64(2), "date": dbtype.Date(time.Date(2025, 4, 12, 0, 0, 0, 0, time.UTC))}}
	mediated := dbtype.Relationship{ElementId: "5:x:8", Type: "MEDIATED", StartElementId: "4:x:3", EndElementId: "4:x:2",
		Props: map[string]any{}}
	path := dbtype.Path{Nodes: []dbtype.Node{witkoff, araghchi, oman}, Relationships: []dbtype.Relationship{met, mediated}}
	tehran := time.FixedZone("", 3*3600+1800)
	return &graph.Result{
		Keys: []string{"string", "int", "float", "bool", "null", "date", "datetime", "localdatetime", "time", "duration", "point", "list", "map", "node", "relationship", "path"},
		Records: [][]any{
			{"Abbas Araghchi", int64(42), 0.5, true, nil,
				dbtype.Date(time.Date(2025, 4, 12, 0, 0, 0, 0, time.UTC)),
				time.Date(2025, 4, 12, 9, 30, 0, 0, tehran),
				dbtype.LocalDateTime(time.Date(2025, 4, 12, 9, 30, 15, 500, time.UTC)),
				dbtype.Time(time.Date(0, 1, 1, 9, 30, 0, 0, tehran)),
				dbtype.Duration{Months: 1, Days: 2, Seconds: 3600},
				dbtype.Point2D{SpatialRefId: 4326, X: 58.4, Y: 23.6},
				[]any{"Oman", int64(1), nil, []any{"nested"}},
				map[string]any{"b": "x", "a": int64(1)},
				witkoff, met, path},
			{`He said "constructive", then left`, int64(-7), 2.0, false, nil,
				nil, nil, nil, nil, nil, nil,
				[]any{}, map[string]any{},
				oman, mediated, dbtype.Path{Nodes: []dbtype.Node{oman}}},
			{"line one\nline two, with comma — and «guillemets»", int64(0), math.Inf(1), false, nil,
				nil, nil, nil, nil, nil, nil,
				[]any{strings.Repeat("long ", 30)}, nil, nil, nil, nil},
		},
	}
}

func TestRenderGolden(t *testing.T) {
	for _, f := range []outputFormat{formatTable, formatJSON, formatCSV} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := render(&buf, f, allTypes(), renderOptions{MaxWidth: 40}); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "render", "all-types."+string(f)), buf.String())
		})
	}
}

// TestRenderJSONIsJSONLines checks the JSON form beyond the golden file:
// one valid object per row, nodes as id/labels/properties.
func TestRenderJSONIsJSONLines(t *testing.T) {
	var buf bytes.Buffer
	if err := renderJSON(&buf, allTypes()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3", len(lines))
	}
	var row map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &row); err != nil {
		t.Fatalf("line 1 is not JSON: %v", err)
	}
	node, _ := row["node"].(map[string]any)
	if node["id"] != "4:x:1" || len(node["labels"].([]any)) != 2 || node["properties"].(map[string]any)["name"] != "Steve Witkoff" {
		t.Errorf("got node %v, want id, labels and properties", node)
	}
	if row["date"] != "2025-04-12" || row["datetime"] != "2025-04-12T09:30:00+03:30" {
		t.Errorf("got date %v and datetime %v, want ISO 8601", row["date"], row["datetime"])
	}
}

// TestRenderCSVRoundTrips reads the CSV back with a strict reader.
func TestRenderCSVRoundTrips(t *testing.T) {
	var buf bytes.Buffer
	if err := renderCSV(&buf, allTypes()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\r\n") {
		t.Error("lines do not end in CRLF (RFC 4180)")
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 {
		t.Fatalf("got %d records, want header + 3", len(recs))
	}
	if got := recs[3][0]; got != "line one\nline two, with comma — and «guillemets»" {
		t.Errorf("got cell %q, want the text with its line break", got)
	}
	var list []any
	if err := json.Unmarshal([]byte(recs[1][11]), &list); err != nil || len(list) != 4 {
		t.Errorf("list cell %q is not the JSON list: %v", recs[1][11], err)
	}
}

func TestFitCell(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"eleven chars", 10, "eleven ch…"},
		{"Āraghchi Āraghchi", 5, "Ārag…"},
		{"a\nb", 0, "a⏎b"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := fitCell(tt.in, tt.max); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *updateGolden {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("got\n%s\nwant (%s)\n%s", got, path, want)
	}
}
