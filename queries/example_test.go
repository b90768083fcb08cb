package queries_test

import (
	"fmt"
	"testing/fstest"

	"github.com/kg-project/kg/queries"
)

func ExampleLoad() {
	fsys := fstest.MapFS{"people-named.cypher": {Data: []byte(`// name: people-named :read
// People whose name contains a text.
// @param text string — part of the name
// @param limit int = 10 — most people returned
MATCH (p:Person) WHERE p.name CONTAINS $text
RETURN p.name AS name LIMIT $limit
`)}}
	lib, err := queries.Load(fsys)
	if err != nil {
		fmt.Println(err)
		return
	}
	q, _ := lib.Get("people-named")
	fmt.Println(q.Name, q.Mode, q.Usage())
	fmt.Println(q.Description)
	// Output:
	// people-named :read text=string limit=int?
	// People whose name contains a text.
}

func ExampleQuery_Bind() {
	lib, _ := queries.Builtin()
	q, _ := lib.Get("who-met-whom")
	params, err := q.Bind(map[string]string{"name": "Witkoff", "from": "2025-01-01"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%v %v %v\n", params["name"], params["from"], params["to"])
	// Output: Witkoff 2025-01-01 <nil>
}

func ExampleLiteral() {
	for _, v := range []any{"Al-Busaidi's", int64(3), []any{"Oman", "Qatar"}, nil} {
		s, _ := queries.Literal(v)
		fmt.Println(s)
	}
	// Output:
	// 'Al-Busaidi\'s'
	// 3
	// ['Oman', 'Qatar']
	// null
}
