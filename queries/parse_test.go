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
		{"plain", "RETURN $a, $b_2", []paramUse{{Name: "a", Line: 1}, {Name: "b_2", Line: 1}}, nil},
		{"line numbers", "MATCH (n)\nWHERE n.x = $x\nRETURN $y", []paramUse{{Name: "x", Line: 2}, {Name: "y", Line: 3}}, nil},
		{"strings hide params", `RETURN '$a', "$b", 'it\'s $c', $d`, []paramUse{{Name: "d", Line: 1}}, nil},
		{"comments hide params", "// $a\nRETURN /* $b\n$c */ $d", []paramUse{{Name: "d", Line: 3}}, nil},
		{"quoted parameter name", "RETURN $`odd name`", []paramUse{{Name: "odd name", Line: 1}}, nil},
		{"backtick names hide params", "RETURN 1 AS `$a`", nil, nil},
		{"semicolon outside a string", "RETURN ';';\nRETURN 2", nil, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, semis := scan(tt.text, 1)
			for i := range got {
				if tt.text[got[i].Start] != '$' {
					t.Errorf("use %d starts at %q, want '$'", i, tt.text[got[i].Start:])
				}
				got[i].Start, got[i].End = 0, 0
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got params %v, want %v", got, tt.want)
			}
			if !reflect.DeepEqual(semis, tt.semis) {
				t.Errorf("got semicolons at %v, want %v", semis, tt.semis)
			}
		})
	}
}

func TestInline(t *testing.T) {
	q, errs := parse("t.cypher", `// name: t :read
// Inlines $name in a comment? No: comments stay.
// @param name string — a name
// @param since date — a date
// @param tags list<string> — tags
// @param n int — a number
MATCH (e:Entity) WHERE e.name = $name AND e.date >= $since AND e.tags = $tags
RETURN e, '$name' AS s, $`+"`n`"+` AS n
`)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	params, err := q.Bind(map[string]string{"name": `Al-Busaidi's "cousin" & co #1\`, "since": "2025-01-02", "tags": "a,b", "n": "3"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := q.Inline(params)
	if err != nil {
		t.Fatal(err)
	}
	want := `// name: t :read
// Inlines $name in a comment? No: comments stay.
// @param name string — a name
// @param since date — a date
// @param tags list<string> — tags
// @param n int — a number
MATCH (e:Entity) WHERE e.name = 'Al-Busaidi\'s "cousin" \u0026 co \u00231\\' AND e.date >= date('2025-01-02') AND e.tags = ['a', 'b']
RETURN e, '$name' AS s, 3 AS n
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if _, err := q.Inline(map[string]any{"name": "x"}); err == nil {
		t.Error("inlining without every value: got no error")
	}
}
