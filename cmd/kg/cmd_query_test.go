package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/queries/querytest"
)

func TestQueryList(t *testing.T) {
	t.Setenv("KG_QUERIES_DIR", "")
	code, out, errOut := runKG(t, nil, "query", "list")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	// header, rule, rows, count
	if rows := len(lines) - 3; rows < 25 {
		t.Errorf("got %d queries, want at least 25", rows)
	}
	if !regexp.MustCompile(`(?m)^who-met-whom +\| :read +\| Who met or negotiated with an actor`).MatchString(out) {
		t.Errorf("who-met-whom is not listed with its mode and description:\n%s", out)
	}
}

func TestQueryShow(t *testing.T) {
	t.Setenv("KG_QUERIES_DIR", "")
	code, out, errOut := runKG(t, nil, "query", "show", "who-met-whom")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"who-met-whom (:read) — Who met",
		`name      | string | "Araghchi" | name or alias of the actor`,
		"// name: who-met-whom :read\n",
		"MATCH (e)-[r:MET_WITH|NEGOTIATED_WITH]-(other:Entity)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, _, errOut = runKG(t, nil, "query", "show", "no-such-query")
	if code != exitUsage || !strings.Contains(errOut, `no query named "no-such-query"`) {
		t.Errorf("unknown query: exit %d, stderr %q", code, errOut)
	}
}

// TestQueryRunFormats runs a library query on the sample graph in each
// format and checks the rows.
func TestQueryRunFormats(t *testing.T) {
	t.Setenv("KG_QUERIES_DIR", "")
	env := serverEnv(t)
	querytest.Build(t, graphtest.Open(t))
	args := []string{"query", "run", "who-met-whom", "--param", "name=Araghchi", "--param", "from=2025-04-01"}

	t.Run("table", func(t *testing.T) {
		code, out, errOut := runKG(t, env, args...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		checkGolden(t, filepath.Join("testdata", "query", "who-met-whom.table"), out)
	})
	t.Run("json", func(t *testing.T) {
		code, out, errOut := runKG(t, env, append(args, "--format", "json")...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		checkGolden(t, filepath.Join("testdata", "query", "who-met-whom.json"), out)
	})
	t.Run("csv", func(t *testing.T) {
		code, out, errOut := runKG(t, env, append(args, "--format", "csv")...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		checkGolden(t, filepath.Join("testdata", "query", "who-met-whom.csv"), out)
	})
	t.Run("bad parameter", func(t *testing.T) {
		code, _, errOut := runKG(t, env, "query", "run", "who-met-whom", "--param", "from=April")
		if code != exitUsage || !strings.Contains(errOut, `parameter from (date): "April" is not a date (YYYY-MM-DD)`) {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
}

// elementIDs matches Neo4j element ids, which change with every database.
var elementIDs = regexp.MustCompile(`[45]:[0-9a-f-]{36}:[0-9]+`)

// TestCypherAllValueTypes runs an ad-hoc statement returning every value
// type from the real server, in every format.
func TestCypherAllValueTypes(t *testing.T) {
	env := serverEnv(t)
	querytest.Build(t, graphtest.Open(t))
	stmt := `MATCH p = (a:Entity {id: $a})-[r:MET_WITH]-(b:Entity)
RETURN 'Abbas "the envoy", Araghchi' AS string, 42 AS int, 0.5 AS float, true AS bool, null AS nothing,
       date($day) AS date, datetime('2025-04-12T09:30:00+03:30') AS datetime, [1, 'two', [3]] AS list,
       {name: a.name, n: $n} AS map, a AS node, r AS relationship, p AS path`
	base := []string{"cypher", stmt, "--param", "a=" + querytest.Araghchi, "--param", "day=2025-04-12", "--param", "n:int=7", "--max-width", "0"}
	for _, f := range []string{"table", "json", "csv"} {
		t.Run(f, func(t *testing.T) {
			code, out, errOut := runKG(t, env, append(base, "--format", f)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			out = elementIDs.ReplaceAllString(out, "<element-id>")
			checkGolden(t, filepath.Join("testdata", "cypher", "all-types."+f), out)
		})
	}
	t.Run("json structure", func(t *testing.T) {
		_, out, _ := runKG(t, env, append(base, "--format", "json")...)
		var row struct {
			Node struct {
				ID         string         `json:"id"`
				Labels     []string       `json:"labels"`
				Properties map[string]any `json:"properties"`
			} `json:"node"`
			Path struct {
				Nodes         []any `json:"nodes"`
				Relationships []any `json:"relationships"`
			} `json:"path"`
			Date string `json:"date"`
		}
		if err := json.Unmarshal([]byte(out), &row); err != nil {
			t.Fatalf("not one JSON object: %v\n%s", err, out)
		}
		if row.Node.ID == "" || strings.Join(row.Node.Labels, ",") != "Entity,Person" || row.Node.Properties["name"] != "Abbas Araghchi" {
			t.Errorf("got node %+v", row.Node)
		}
		if len(row.Path.Nodes) != 2 || len(row.Path.Relationships) != 1 || row.Date != "2025-04-12" {
			t.Errorf("got path %+v and date %q", row.Path, row.Date)
		}
	})
	t.Run("csv structure", func(t *testing.T) {
		_, out, _ := runKG(t, env, append(base, "--format", "csv")...)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil || len(recs) != 2 {
			t.Fatalf("got %d records, err %v", len(recs), err)
		}
		if recs[1][0] != `Abbas "the envoy", Araghchi` || recs[1][4] != "" || recs[1][5] != "2025-04-12" {
			t.Errorf("got cells %q", recs[1][:6])
		}
		var node map[string]any
		if err := json.Unmarshal([]byte(recs[1][9]), &node); err != nil || node["labels"] == nil {
			t.Errorf("node cell %q is not a JSON node: %v", recs[1][9], err)
		}
	})
}

// TestWritesAreRefused: statements that would change the graph are refused
// before they run, whether ad hoc, declared :write, or a :read header that
// lies; the graph stays as it was.
func TestWritesAreRefused(t *testing.T) {
	env := serverEnv(t)
	s := graphtest.Open(t)
	querytest.Build(t, s)
	before := graphtest.Dump(t, s, "ingestedAt")

	dir := t.TempDir()
	writeQueryFile(t, filepath.Join(dir, "rename-iran.cypher"), "// name: rename-iran :write\n// Renames Iran.\nMATCH (c:Entity {id: 'country:iran'}) SET c.name = 'Persia'\n")
	writeQueryFile(t, filepath.Join(dir, "sneaky.cypher"), "// name: sneaky :read\n// Says it reads, but deletes.\n// @param id string — entity id\nMATCH (e:Entity {id: $id}) DETACH DELETE e\n")
	t.Setenv("KG_QUERIES_DIR", dir)

	tests := []struct {
		name string
		args []string
		want string
	}{
		{"ad-hoc create", []string{"cypher", "CREATE (:Entity {id: 'x', name: 'X'})"}, "refused to run statement: the server plans it as a write statement"},
		{"ad-hoc merge and set", []string{"cypher", "MERGE (e:Entity {id: 'country:iran'}) SET e.name = 'Persia' RETURN e"}, "refused to run statement: the server plans it as a read-write statement"},
		{"ad-hoc schema", []string{"cypher", "DROP INDEX entity_name"}, "refused to run statement: the server plans it as a schema-write statement"},
		{"declared write", []string{"query", "run", "rename-iran"}, "refused to run query rename-iran: " + filepath.Join(dir, "rename-iran.cypher") + " declares mode :write"},
		{"lying header", []string{"query", "run", "sneaky", "--param", "id=country:iran"}, "refused to run query sneaky: the server plans it as a write statement"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runKG(t, env, tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr %q does not contain %q", errOut, tt.want)
			}
			if out != "" {
				t.Errorf("printed %q", out)
			}
		})
	}
	if after := graphtest.Dump(t, s, "ingestedAt"); after != before {
		t.Errorf("the graph changed:\nbefore\n%s\nafter\n%s", before, after)
	}
}

func TestUserQueriesOverride(t *testing.T) {
	dir := t.TempDir()
	writeQueryFile(t, filepath.Join(dir, "who-met-whom.cypher"), "// name: who-met-whom :read\n// My own version.\nRETURN 1 AS one\n")
	writeQueryFile(t, filepath.Join(dir, "mine.cypher"), "// name: mine :read\n// A query of my own.\nRETURN 2 AS two\n")
	t.Setenv("KG_QUERIES_DIR", dir)
	code, out, errOut := runKG(t, nil, "query", "list")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "who-met-whom              | :read | My own version.") || !strings.Contains(out, "mine ") {
		t.Errorf("user queries missing from the list:\n%s", out)
	}
	if !strings.Contains(errOut, "user query overrides a built-in query") || !strings.Contains(errOut, "who-met-whom") {
		t.Errorf("no warning about the override: %q", errOut)
	}

	writeQueryFile(t, filepath.Join(dir, "broken.cypher"), "// name: broken :read\n// Broken.\nRETURN $x\n")
	code, _, errOut = runKG(t, nil, "query", "list")
	if want := filepath.Join(dir, "broken.cypher") + ":3: $x is not declared"; code != exitUsage || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr %q, want %q", code, errOut, want)
	}
}

func writeQueryFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCypherReadOnlyProcedures: read procedures and SHOW commands pass the
// read-only check.
func TestCypherReadOnlyProcedures(t *testing.T) {
	env := serverEnv(t)
	querytest.Build(t, graphtest.Open(t))
	for stmt, want := range map[string]string{
		"CALL db.labels() YIELD label RETURN label ORDER BY label":                                        "Person",
		"SHOW INDEXES YIELD name RETURN name ORDER BY name":                                               "entityNames",
		"CALL db.index.fulltext.queryNodes('entityNames', 'Araqchi') YIELD node RETURN node.name AS name": "Abbas Araghchi",
	} {
		code, out, errOut := runKG(t, env, "cypher", stmt)
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want %q", stmt, code, out, errOut, want)
		}
	}
}
