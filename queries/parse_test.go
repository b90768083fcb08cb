package queries

import (
	"reflect"
	"testing"
)

func TestParseHeader(t *testing.T) {
	text := `// name: who-met-whom :read
// Who met or negotiated with an actor,
// optionally in a date range.
// @param name string = "Al-Busaidi — the mediator" — name or alias of the actor
// @param from date = null — earliest date
// @param $limit int = 10 -- ASCII separator
// @param tags list<string> = ["a b", "c]"] — a list
// @param doc string
MATCH (e:Entity {id: $doc})
WHERE e.name = $name AND e.date >= $from AND e.tags = $tags
RETURN e LIMIT $limit
`
	q, errs := parse("who-met-whom.cypher", text)
	if len(errs) > 0 {
		t.Fatalf("got errors %v", errs)
	}
	if q.Name != "who-met-whom" || q.Mode != ModeRead {
		t.Errorf("got name %q mode %q", q.Name, q.Mode)
	}
	if want := "Who met or negotiated with an actor, optionally in a date range."; q.Description != want {
		t.Errorf("got description %q, want %q", q.Description, want)
	}
	want := []Param{
		{Name: "name", Type: TypeString, Default: `"Al-Busaidi — the mediator"`, Doc: "name or alias of the actor"},
		{Name: "from", Type: TypeDate, Default: "null", Doc: "earliest date"},
		{Name: "limit", Type: TypeInt, Default: "10", Doc: "ASCII separator"},
		{Name: "tags", Type: TypeStringList, Default: `["a b", "c]"]`, Doc: "a list"},
		{Name: "doc", Type: TypeString},
	}
	if !reflect.DeepEqual(q.Params, want) {
		t.Errorf("got params\n%#v\nwant\n%#v", q.Params, want)
	}
	if q.Text != text {
		t.Error("the text sent to the server lost its header")
	}
	if got, want := q.Usage(), "name=string? from=date? limit=int? tags=list<string>? doc=string"; got != want {
		t.Errorf("got usage %q, want %q", got, want)
	}
}

func TestScanStatement(t *testing.T) {
	tests := []struct {
		name, text string
		want       []paramUse
		semis      []int
	}{
		{"plain", "RETURN $a, $b_2", []paramUse{{"a", 1}, {"b_2", 1}}, nil},
		{"line numbers", "MATCH (n)\nWHERE n.x = $x\nRETURN $y", []paramUse{{"x", 2}, {"y", 3}}, nil},
		{"strings hide params", `RETURN '$a', "$b", 'it\'s $c', $d`, []paramUse{{"d", 1}}, nil},
		{"comments hide params", "// $a\nRETURN /* $b\n$c */ $d", []paramUse{{"d", 3}}, nil},
		{"quoted parameter name", "RETURN $`odd name`", []paramUse{{"odd name", 1}}, nil},
		{"backtick names hide params", "RETURN 1 AS `$a`", nil, nil},
		{"semicolon outside a string", "RETURN ';';\nRETURN 2", nil, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, semis := scanStatement([]string{tt.text}, 0)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got params %v, want %v", got, tt.want)
			}
			if !reflect.DeepEqual(semis, tt.semis) {
				t.Errorf("got semicolons at %v, want %v", semis, tt.semis)
			}
		})
	}
}
