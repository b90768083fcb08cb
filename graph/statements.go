package graph

import (
	"slices"
	"strings"
)

// The write path's Cypher. Every statement takes its rows as parameters
// ($rows, $ids); labels and relationship types come only from EntityTypes and
// RelationTypes, one statement text per type so each has one cached plan.
// Every node lookup is on a constrained or indexed property under a static
// label (explain_write_test.go holds this).
const (
	stmtDocumentHashes = `// name: DocumentHashes :read
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.contentHash AS hash`

	stmtAllDocumentHashes = `// name: AllDocumentHashes :read
MATCH (d:Document)
RETURN d.id AS id, d.contentHash AS hash`

	stmtReadEntities = `// name: ReadEntities :read
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN properties(e) AS props`

	stmtWriteHasSentence = `// name: WriteHasSentence :write
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (s:Sentence {id: row.sentence})
CREATE (d)-[:HAS_SENTENCE]->(s)`

	stmtWriteMentions = `// name: WriteMentions :write
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (e:Entity {id: row.entity})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end, text: row.text}]->(e)`

	stmtWriteEndpoints = `// name: WriteClaimEndpoints :write
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim})
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (c)-[:SUBJECT]->(a), (c)-[:OBJECT]->(b)`

	stmtWriteEvidence = `// name: WriteEvidence :write
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim})
MATCH (s:Sentence {id: row.sentence})
CREATE (c)-[:EVIDENCE {start: row.start, end: row.end, text: row.text}]->(s)`

	stmtReadEdgeClaims = `// name: ReadEdgeClaims :read
UNWIND $rows AS row
MATCH (c:Claim {from: row.from, type: row.type, to: row.to})
OPTIONAL MATCH (d:Document {id: c.docId})
RETURN c.type AS type, c.from AS from, c.to AS to, c.docId AS docId, c.confidence AS confidence,
       c.date AS date, c.datePrecision AS datePrecision, c.dateText AS dateText,
       c.title AS title, c.role AS role, c.quote AS quote, d.published AS published`

	stmtRemovedEdges = `// name: RemovedEdges :read
UNWIND $ids AS id
MATCH (c:Claim {docId: id})
RETURN DISTINCT c.type AS type, c.from AS from, c.to AS to`

	stmtRemovedEntities = `// name: RemovedEntities :read
UNWIND $ids AS id
MATCH (s:Sentence {docId: id})-[:MENTIONS]->(e:Entity)
RETURN DISTINCT e.id AS id`

	// A plain MATCH ... IN, not UNWIND: the planner then needs no Eager
	// buffer between reading and deleting.
	stmtDeleteClaims = `// name: DeleteClaims :write
MATCH (c:Claim) WHERE c.docId IN $ids
DETACH DELETE c`

	stmtDeleteSentences = `// name: DeleteSentences :write
MATCH (s:Sentence) WHERE s.docId IN $ids
DETACH DELETE s`

	stmtDeleteDocuments = `// name: DeleteDocuments :write
MATCH (d:Document) WHERE d.id IN $ids
DETACH DELETE d`

	// An entity stays while anything still mentions it or claims about it.
	stmtDeleteOrphans = `// name: DeleteOrphanEntities :write
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Sentence) } AND NOT EXISTS { (e)<-[:SUBJECT|OBJECT]-(:Claim) }
DETACH DELETE e`
)

// Stored properties per label, besides id. Node and edge writes set each
// one by name (null removes it): a SET from a map of unknown keys makes the
// planner buffer the whole batch (Eager), since it might change the id
// that later rows MERGE on.
var (
	documentProps = []string{"url", "source", "title", "kind", "published", "publishedText", "contentHash", "sentenceCount"}
	sentenceProps = []string{"docId", "index", "start", "end", "text"}
	entityProps   = []string{"name", "type", "aliases", "wikidata", "description", "kind", "round", "date", "datePrecision", "dateText"}
	claimProps    = []string{"type", "docId", "from", "to", "confidence", "date", "datePrecision", "dateText", "title", "role", "quote"}
	edgeProps     = []string{"claims", "documents", "docIds", "confidence", "firstSeen", "lastSeen", "date", "datePrecision", "dateText", "title", "role", "quote"}
)

// setProps is the SET list that copies props from row to variable v.
func setProps(v string, props []string) string {
	parts := make([]string, len(props))
	for i, p := range props {
		parts[i] = v + "." + quoteName(p) + " = row." + quoteName(p)
	}
	return strings.Join(parts, ", ")
}

var (
	stmtWriteDocuments = `// name: WriteDocuments :write
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET ` + setProps("d", documentProps) + `, d.ingestedAt = datetime()`

	stmtWriteSentences = `// name: WriteSentences :write
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET ` + setProps("s", sentenceProps)

	stmtWriteClaims = `// name: WriteClaims :write
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET ` + setProps("c", claimProps)
)

// quoteName backtick-quotes a label or relationship type. The names come
// from closed lists already; quoting keeps a bad edit of those lists from
// turning into Cypher.
func quoteName(name string) string {
	return "`" + strings.ReplaceAll(name, "`", "``") + "`"
}

// writeEntityStatements holds, per entity type, the statement that merges an
// entity on its constrained id under the static Entity label, replaces its
// properties, and leaves exactly one type label on it.
var writeEntityStatements = func() map[string]string {
	out := map[string]string{}
	for _, t := range EntityTypes {
		others := slices.DeleteFunc(slices.Clone(EntityTypes), func(o string) bool { return o == t })
		var remove strings.Builder
		for _, o := range others {
			remove.WriteString(":" + quoteName(o))
		}
		out[t] = "// name: WriteEntities" + t + " :write\n" +
			"UNWIND $rows AS row\n" +
			"MERGE (e:Entity {id: row.id})\n" +
			"SET " + setProps("e", entityProps) + "\n" +
			"SET e:" + quoteName(t) + "\n" +
			"REMOVE e" + remove.String()
	}
	return out
}()

// mergeEdgeStatements and deleteEdgeStatements hold, per relation type, the
// statements that set an aggregated edge's recomputed properties and that
// delete an edge left without claims.
var mergeEdgeStatements, deleteEdgeStatements = func() (map[string]string, map[string]string) {
	merge, del := map[string]string{}, map[string]string{}
	for _, t := range RelationTypes {
		merge[t] = "// name: MergeEdge" + t + " :write\n" +
			"UNWIND $rows AS row\n" +
			"MATCH (a:Entity {id: row.from})\n" +
			"MATCH (b:Entity {id: row.to})\n" +
			"MERGE (a)-[r:" + quoteName(t) + "]->(b)\n" +
			"SET " + setProps("r", edgeProps)
		del[t] = "// name: DeleteEdge" + t + " :write\n" +
			"UNWIND $rows AS row\n" +
			"MATCH (a:Entity {id: row.from})-[r:" + quoteName(t) + "]->(b:Entity {id: row.to})\n" +
			"DELETE r"
	}
	return merge, del
}()
