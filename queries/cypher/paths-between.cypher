// name: paths-between :read
// All simple chains of up to 3 facts between two entities, shortest first.
// @param a string = "Witkoff" — name or alias of the first entity
// @param b string = "Oman" — name or alias of the second entity
// @param limit int = 25 — most paths returned

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
MATCH p = (x)-[:HOLDS_ROLE|MET_WITH|NEGOTIATED_WITH|MEDIATED|HOSTED|HELD_IN|PARTICIPATED_IN|WITHDREW_FROM|PARTY_TO|ATTACKED|SANCTIONED|LOCATED_IN|AFFILIATED_WITH|STATED*1..3]-(y)
WHERE x <> y AND all(n IN nodes(p)[1..-1] WHERE n <> x AND n <> y)
RETURN p AS path, length(p) AS hops, [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | type(r)] AS relations
ORDER BY hops, names, relations, [n IN nodes(path) | n.id]
LIMIT $limit
