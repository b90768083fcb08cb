package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/queries/querytest"
)

// graphML is the part of the GraphML schema the export uses.
type graphML struct {
	XMLName xml.Name `xml:"graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string        `xml:"id,attr"`
			Data []graphMLData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string        `xml:"id,attr"`
			Source string        `xml:"source,attr"`
			Target string        `xml:"target,attr"`
			Data   []graphMLData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// checkGraphML parses a GraphML file and checks its integrity: unique node
// ids, edges between existing nodes, every data key declared for its domain.
func checkGraphML(t *testing.T, text string) *graphML {
	t.Helper()
	var g graphML
	if err := xml.Unmarshal([]byte(text), &g); err != nil {
		t.Fatalf("not valid XML: %v", err)
	}
	keys := map[string]string{}
	for _, k := range g.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key %s declared twice", k.ID)
		}
		keys[k.ID] = k.For
		switch k.Type {
		case "string", "long", "double", "boolean":
		default:
			t.Errorf("key %s has type %q", k.ID, k.Type)
		}
	}
	nodes := map[string]bool{}
	for _, n := range g.Graph.Nodes {
		if nodes[n.ID] {
			t.Errorf("node %s twice", n.ID)
		}
		nodes[n.ID] = true
		for _, d := range n.Data {
			if keys[d.Key] != "node" {
				t.Errorf("node %s: data key %s is not declared for nodes", n.ID, d.Key)
			}
		}
	}
	for _, e := range g.Graph.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s: %s -> %s has an end that is not a node", e.ID, e.Source, e.Target)
		}
		for _, d := range e.Data {
			if keys[d.Key] != "edge" {
				t.Errorf("edge %s: data key %s is not declared for edges", e.ID, d.Key)
			}
		}
	}
	return &g
}

func dataOf(d []graphMLData, key string) string {
	for _, x := range d {
		if x.Key == key {
			return x.Value
		}
	}
	return ""
}

func TestExport(t *testing.T) {
	env := serverEnv(t)
	store := graphtest.Open(t)
	querytest.Build(t, store)
	dir := t.TempDir()
	// What the export must hold, counted in the graph itself: every
	// entity, every fact edge (relation types between entities), and for
	// --all every node.
	c, err := store.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	entities, facts := c.Nodes["Entity"], 0
	for _, typ := range graph.RelationTypes {
		facts += c.Relationships[typ]
	}
	if entities == 0 || facts == 0 {
		t.Fatalf("the test graph holds %d entities and %d fact edges", entities, facts)
	}

	t.Run("graphml", func(t *testing.T) {
		code, out, errOut := runKG(t, env, "export", "--format", "graphml")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		g := checkGraphML(t, out)
		if len(g.Graph.Nodes) != entities || len(g.Graph.Edges) != facts {
			t.Errorf("got %d nodes and %d edges, want the %d entities and %d fact edges", len(g.Graph.Nodes), len(g.Graph.Edges), entities, facts)
		}
		found := false
		for _, e := range g.Graph.Edges {
			if e.Source == querytest.Araghchi && e.Target == querytest.Witkoff && dataOf(e.Data, "type") == "MET_WITH" {
				found = dataOf(e.Data, "weight") == "2.0"
			}
		}
		if !found {
			t.Error("no MET_WITH edge Araghchi -> Witkoff of weight 2")
		}
	})

	t.Run("graphml all to a file", func(t *testing.T) {
		path := filepath.Join(dir, "all.graphml")
		code, _, errOut := runKG(t, env, "export", "--format", "graphml", "--all", "--output", path)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		g := checkGraphML(t, string(b))
		// Entities, documents, sentences and claims: every node.
		if len(g.Graph.Nodes) != c.TotalNodes {
			t.Errorf("got %d nodes, want all %d", len(g.Graph.Nodes), c.TotalNodes)
		}
	})

	t.Run("json", func(t *testing.T) {
		code, out, errOut := runKG(t, env, "export", "--format", "json")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var g struct {
			Directed bool             `json:"directed"`
			Nodes    []map[string]any `json:"nodes"`
			Links    []map[string]any `json:"links"`
		}
		if err := json.Unmarshal([]byte(out), &g); err != nil {
			t.Fatal(err)
		}
		if !g.Directed || len(g.Nodes) != entities || len(g.Links) != facts {
			t.Errorf("got directed=%v, %d nodes, %d links", g.Directed, len(g.Nodes), len(g.Links))
		}
		found := false
		for _, n := range g.Nodes {
			if n["id"] == "event:talks:iran-united-states:2025-04-12" {
				found = n["date"] == "2025-04-12" && n["name"] == "Iran–United States talks (2025-04-12)" && n["kind"] == "talks"
			}
		}
		if !found {
			t.Error("no node for the talks of 2025-04-12 with their date, name and kind")
		}
	})

	t.Run("csv", func(t *testing.T) {
		out := filepath.Join(dir, "csv")
		code, _, errOut := runKG(t, env, "export", "--format", "csv", "--output", out)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		nodes := readCSV(t, filepath.Join(out, "nodes.csv"))
		edges := readCSV(t, filepath.Join(out, "edges.csv"))
		if len(nodes) != entities+1 || len(edges) != facts+1 {
			t.Errorf("got %d node rows and %d edge rows, want header + %d and header + %d", len(nodes), len(edges), entities, facts)
		}
		if got := strings.Join(nodes[0][:3], ","); got != "id,label,labels" {
			t.Errorf("nodes header starts %q", got)
		}
		if got := strings.Join(edges[0][:4], ","); got != "source,target,relationship,weight" {
			t.Errorf("edges header starts %q", got)
		}
	})

	t.Run("query", func(t *testing.T) {
		code, out, errOut := runKG(t, env, "export", "--format", "graphml", "--query", "neighbourhood", "--param", "name=Araghchi")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		g := checkGraphML(t, out)
		if len(g.Graph.Nodes) != 6 || len(g.Graph.Edges) != 5 {
			t.Errorf("got %d nodes and %d edges, want Araghchi, his 5 neighbours and 5 edges", len(g.Graph.Nodes), len(g.Graph.Edges))
		}
	})

	t.Run("query of relationships only", func(t *testing.T) {
		qdir := t.TempDir()
		writeQueryFile(t, filepath.Join(qdir, "meetings.cypher"), "// name: meetings :read\n// Meeting edges only.\nMATCH ()-[r:MET_WITH]->() RETURN r\n")
		t.Setenv("KG_QUERIES_DIR", qdir)
		code, out, errOut := runKG(t, env, "export", "--format", "graphml", "--query", "meetings")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		g := checkGraphML(t, out)
		if len(g.Graph.Nodes) != 2 || len(g.Graph.Edges) != 1 {
			t.Errorf("got %d nodes and %d edges, want the edge with both its ends", len(g.Graph.Nodes), len(g.Graph.Edges))
		}
	})

	t.Run("query without graph values", func(t *testing.T) {
		t.Setenv("KG_QUERIES_DIR", "")
		code, _, errOut := runKG(t, env, "export", "--format", "json", "--query", "graph-summary")
		if code != exitUsage || !strings.Contains(errOut, "query graph-summary returned no nodes, relationships or paths to export") {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})

	t.Run("csv needs a folder", func(t *testing.T) {
		code, _, errOut := runKG(t, env, "export", "--format", "csv")
		if code != exitUsage || !strings.Contains(errOut, "give the folder with --output") {
			t.Errorf("exit %d, stderr %q", code, errOut)
		}
	})
}

func TestGraphMLEscapes(t *testing.T) {
	g := &exportGraph{
		nodes: []exportNode{
			{id: `a"<&>`, labels: []string{"Entity"}, props: map[string]any{"name": "Tom & \"Jerry\" <x>\nnext", "n": int64(1), "mixed": int64(1)}},
			{id: "b", labels: []string{"Entity"}, props: map[string]any{"n": 2.5, "mixed": "two", "flag": true}},
		},
		rels: []exportRel{{id: "e0", typ: "MET_WITH", source: `a"<&>`, target: "b", props: map[string]any{}}},
	}
	var b strings.Builder
	if err := writeGraphML(&b, g); err != nil {
		t.Fatal(err)
	}
	parsed := checkGraphML(t, b.String())
	if parsed.Graph.Nodes[0].ID != `a"<&>` || parsed.Graph.Edges[0].Source != `a"<&>` {
		t.Errorf("ids did not survive: %q, %q", parsed.Graph.Nodes[0].ID, parsed.Graph.Edges[0].Source)
	}
	types := map[string]string{}
	for _, k := range parsed.Keys {
		types[k.Name] = k.Type
	}
	if types["n"] != "double" || types["mixed"] != "string" || types["flag"] != "boolean" {
		t.Errorf("got key types %v, want n double, mixed string, flag boolean", types)
	}
	if got := dataOf(parsed.Graph.Nodes[0].Data, "label"); got != "Tom & \"Jerry\" <x>⏎next" {
		t.Errorf("got label %q", got)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}
