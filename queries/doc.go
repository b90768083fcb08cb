// Package queries is kg's library of named Cypher queries for analysts: one
// statement per .cypher file, each with a header that names it, says what it
// is for, declares its mode and its typed parameters:
//
//	// name: who-met-whom :read
//	// Who met or negotiated with an actor, optionally in a date range.
//	// @param name string = "Araghchi" — name or alias of the actor
//	// @param from date = null — earliest date (inclusive)
//	MATCH ...
//
// The built-in library is embedded (Builtin); Load reads the same format from
// any fs.FS, so users keep their own queries in a folder (os.DirFS) and
// Overlay them on the built-in ones. The header stays in Query.Text, the
// text sent to the server, so Neo4j's query log names the query.
//
// The package depends on no server: running a query is the graph package's
// job, with the values Query.Bind converts from key=value strings.
package queries
