// name: sanctions :read
// Sanctions involving an entity: who sanctioned it and whom it sanctioned.
// @param name string = "Iran" — name or alias of the entity

// Resolve $name through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($name) OR toLower($name) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS e
MATCH (e)-[r:SANCTIONED]-(other:Entity)
RETURN startNode(r).name AS sanctioning, endNode(r).name AS sanctioned,
       r.date AS date, r.firstSeen AS firstSeen, r.documents AS documents
ORDER BY coalesce(date, firstSeen), sanctioning, sanctioned
