// name: documents-mentioning-both :read
// Documents that mention both of two entities, with how many of their
// sentences name each and both together.
// @param a string = "Witkoff" — name or alias of one entity
// @param b string = "Araghchi" — name or alias of the other entity

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
MATCH (d:Document)-[:HAS_SENTENCE]->(s1:Sentence)-[:MENTIONS]->(x)
MATCH (d)-[:HAS_SENTENCE]->(s2:Sentence)-[:MENTIONS]->(y)
WITH d, count(DISTINCT s1) AS mentionsA, count(DISTINCT s2) AS mentionsB,
     count(DISTINCT CASE WHEN s1 = s2 THEN s1 END) AS together
RETURN d.id AS id, d.title AS title, d.url AS url, d.published AS published,
       mentionsA, mentionsB, together
ORDER BY together DESC, published DESC, title
