// name: co-mentions :read
// The entities mentioned in the same sentences as an entity, weighted by the
// number of sentences they share.
// @param name string = "Araghchi" — name or alias of the entity
// @param limit int = 25 — most entities returned

// Resolve $name through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($name) OR toLower($name) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS e
MATCH (e)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(other:Entity)
WHERE other <> e
WITH e, other, count(DISTINCT s) AS weight, count(DISTINCT s.docId) AS documents
RETURN e.name AS entity, other.name AS coMentioned, other.type AS type, weight, documents
ORDER BY weight DESC, coMentioned, other.id
LIMIT $limit
