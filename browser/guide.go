package browser

import (
	"bytes"
	"fmt"
	"html/template"

	"github.com/kg-project/kg/queries"
)

// guideTemplate is a Neo4j Browser guide (`:play URL`): one slide per
// query, each with its statement, defaults inlined, as a runnable block
// that a click puts in the editor.
var guideTemplate = template.Must(template.New("guide").Parse(`<article class="guide">
  <carousel class="deck container-fluid">
    <slide class="row-fluid">
      <div class="col-sm-12">
        <h3>kg: the query library</h3>
        <p class="lead">{{len .Queries}} read-only queries over the kg graph of international relations.
        Click a statement to put it in the editor, change the values, then run it.</p>
        <p>First load the style sheet, so that each entity type has its colour and its name as caption:
        with <code>kg browser serve</code> running, <code>:style http://localhost:7460/kg.grass</code>;
        or paste the output of <code>kg browser style</code> after <code>:style</code>; or drag
        <code>browser/kg.grass</code> onto this window.</p>
        <p>The same queries run from the command line: <code>kg query run NAME --param key=value</code>.</p>
        <ul>{{range .Queries}}
          <li><b>{{.Name}}</b>: {{.Description}}</li>{{end}}
        </ul>
      </div>
    </slide>{{range .Queries}}
    <slide class="row-fluid">
      <div class="col-sm-12">
        <h3>{{.Name}}</h3>
        <p class="lead">{{.Description}}</p>{{if .Params}}
        <table class="table">
          <tr><th>parameter</th><th>type</th><th>default</th><th></th></tr>{{range .Params}}
          <tr><td><code>{{.Name}}</code></td><td>{{.Type}}</td><td>{{if .Required}}(required){{else}}<code>{{.Default}}</code>{{end}}</td><td>{{.Doc}}</td></tr>{{end}}
        </table>{{end}}
        <pre class="pre-scrollable code runnable">{{.Statement}}</pre>
      </div>
    </slide>{{end}}
  </carousel>
</article>
`))

type guideQuery struct {
	*queries.Query
	Statement string
}

// Guide writes the Browser guide for the queries of lib. Required
// parameters without a default are shown as example values from
// examples, or left as $name for the user to fill in.
func Guide(lib *queries.Library, examples map[string]string) ([]byte, error) {
	var qs []guideQuery
	for _, q := range lib.All() {
		args := map[string]string{}
		for _, p := range q.Params {
			if v, ok := examples[p.Name]; ok && p.Required() {
				args[p.Name] = v
			}
		}
		stmt := q.Text
		if params, err := q.Bind(args); err == nil {
			if stmt, err = q.Inline(params); err != nil {
				return nil, fmt.Errorf("guide: %w", err)
			}
		}
		qs = append(qs, guideQuery{Query: q, Statement: stmt})
	}
	var buf bytes.Buffer
	if err := guideTemplate.Execute(&buf, map[string]any{"Queries": qs}); err != nil {
		return nil, fmt.Errorf("guide: %w", err)
	}
	return buf.Bytes(), nil
}
