// name: entity-documents :read
// The documents that mention an entity, with the number of mentions in each.
// @param name string = "Araghchi" — name or alias of the entity
// @param limit int = 50 — most documents returned

// Resolve $name through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($name) OR toLower($name) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS e
MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e)
RETURN e.name AS entity, d.id AS id, d.title AS title, d.url AS url, d.published AS published,
       count(m) AS mentions
ORDER BY published DESC, title
LIMIT $limit
