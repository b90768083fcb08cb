// name: relation-evidence :read
// The evidence for the facts between two entities: each document's claim
// with its supporting sentence, the span's offsets and text.
// @param a string = "Witkoff" — name or alias of one entity
// @param b string = "Araghchi" — name or alias of the other entity
// @param type string = null — only this relation type (e.g. MET_WITH)

// Resolve $a through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($a, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($a) OR toLower($a) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS x
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($b, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH x, node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($b) OR toLower($b) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH x, node AS y
MATCH (x)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(y)
WHERE $type IS NULL OR c.type = $type
MATCH (c)-[:SUBJECT]->(subject:Entity)
MATCH (c)-[:OBJECT]->(object:Entity)
MATCH (d:Document {id: c.docId})
OPTIONAL MATCH (c)-[ev:EVIDENCE]->(s:Sentence)
RETURN subject.name AS subject, c.type AS relation, object.name AS object, c.date AS date,
       d.title AS document, d.url AS url, d.published AS published,
       s.index AS sentence, ev.start AS start, ev.end AS end, ev.text AS evidence, s.text AS sentenceText
ORDER BY published, document, relation, sentence, start, evidence
