package browser

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
)

func TestStyleCoversTheModel(t *testing.T) {
	rules, err := ParseStyle(Style())
	if err != nil {
		t.Fatal(err)
	}
	bySel := map[string]Rule{}
	order := map[string]int{}
	for i, r := range rules {
		if _, dup := bySel[r.Selector]; dup {
			t.Errorf("selector %s twice", r.Selector)
		}
		bySel[r.Selector] = r
		order[r.Selector] = i
	}
	colours := map[string]string{}
	for _, typ := range graph.EntityTypes {
		r, ok := bySel["node."+typ]
		if !ok {
			t.Errorf("no rule for node.%s", typ)
			continue
		}
		c, _ := r.Get("color")
		if c == "" {
			t.Errorf("node.%s has no colour", typ)
		}
		if other, dup := colours[c]; dup {
			t.Errorf("node.%s has the colour of node.%s (%s)", typ, other, c)
		}
		colours[c] = typ
		if cap, _ := r.Get("caption"); cap != "{name}" {
			t.Errorf("node.%s caption %q, want {name}", typ, cap)
		}
		// Entity nodes carry Entity and their type label; Browser applies
		// matching rules in order, so the type rule must come after Entity's.
		if order["node."+typ] < order["node.Entity"] {
			t.Errorf("node.%s comes before node.Entity and would be overridden", typ)
		}
	}
	want := map[string]map[string]string{
		"node.Document":           {"caption": "{title}"},
		"node.Sentence":           {"diameter": "20px", "color": "#D9D9D9"},
		"node.Claim":              {"diameter": "25px"},
		"relationship":            {"caption": "<type>"},
		"relationship.HOLDS_ROLE": {"caption": "{title}"},
	}
	for sel, props := range want {
		for name, v := range props {
			if got, _ := bySel[sel].Get(name); got != v {
				t.Errorf("%s %s: got %q, want %q", sel, name, got, v)
			}
		}
	}
}

func TestStyleJSON(t *testing.T) {
	s, err := StyleJSON()
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(s, ";\n#&") {
		t.Errorf("JSON form has ';' or a line break, which post_connect_cmd or a Browser link cannot carry: %s", s)
	}
	var m map[string]map[string]string
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	if m["node.Person"]["caption"] != "{name}" || m["relationship"]["caption"] != "<type>" {
		t.Errorf("got %v", m)
	}
}

func TestParseStyleErrors(t *testing.T) {
	for _, bad := range []string{"node { color: #fff", "node { caption: a:b }", "node { color: red } stray"} {
		if _, err := ParseStyle(bad); err == nil {
			t.Errorf("%q: got no error", bad)
		}
	}
}

// The local server (tools/neo4j) applies browser/kg-style.json to Neo4j
// Browser on connect; it must stay the JSON form of kg.grass.
func TestStyleJSONFileIsCurrent(t *testing.T) {
	want, err := StyleJSON()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("kg-style.json")
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(got)) != strings.TrimSpace(want) {
		t.Errorf("browser/kg-style.json is stale: run bin/kg browser style --json > browser/kg-style.json")
	}
	if strings.ContainsAny(want, ";\n") {
		t.Errorf("style JSON contains ';' or a newline, which browser.post_connect_cmd cannot carry")
	}
}
