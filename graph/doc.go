// Package graph writes kg's knowledge graph to Neo4j and reads it back: the
// store (connection, schema, batched idempotent writes, document removal) and
// the graph vocabulary that docs/graph-model.md defines.
//
// Everything that reaches Neo4j goes through a *Store: Open connects and
// checks the server, ApplySchema creates the constraints and indexes, Write
// ingests DocumentGraphs, RemoveDocument takes one back out, and Read runs a
// read-only query for the query library. Labels and relationship types come
// only from the closed lists EntityTypes and RelationTypes, because Cypher
// cannot take them as parameters.
package graph
