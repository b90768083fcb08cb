// name: who-met-whom :read
// Who met or negotiated with an actor, optionally in a date range (the
// meeting's date, or when it was first reported if undated).
// @param name string = "Araghchi" — name or alias of the actor
// @param from date = null — earliest date, inclusive
// @param to date = null — latest date, inclusive

// Resolve $name through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($name) OR toLower($name) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS e
MATCH (e)-[r:MET_WITH|NEGOTIATED_WITH]-(other:Entity)
WITH e, r, other, coalesce(r.date, r.firstSeen) AS day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
RETURN e.name AS actor, type(r) AS relation, other.name AS counterpart, other.type AS counterpartType,
       r.date AS date, r.datePrecision AS precision, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
       r.documents AS documents
ORDER BY day, counterpart, relation, other.id
