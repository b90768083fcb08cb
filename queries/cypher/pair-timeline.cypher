// name: pair-timeline :read
// Timeline of two actors together: events both took part in and the
// relations between them, in date order.
// @param a string = "Witkoff" — name or alias of the first actor
// @param b string = "Araghchi" — name or alias of the second actor

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
CALL (x, y) {
  MATCH (x)-[r1:PARTICIPATED_IN|MEDIATED|HOSTED]->(ev:Event)<-[r2:PARTICIPATED_IN|MEDIATED|HOSTED]-(y)
  RETURN ev.date AS date, ev.datePrecision AS precision, ev.name AS what,
         type(r1) + ' / ' + type(r2) AS relation
  UNION
  MATCH (x)-[r:HOLDS_ROLE|MET_WITH|NEGOTIATED_WITH|MEDIATED|HOSTED|HELD_IN|PARTICIPATED_IN|WITHDREW_FROM|PARTY_TO|ATTACKED|SANCTIONED|LOCATED_IN|AFFILIATED_WITH|STATED]-(y)
  RETURN coalesce(r.date, r.firstSeen) AS date, CASE WHEN r.date IS NULL THEN 'reported' ELSE r.datePrecision END AS precision,
         startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name AS what, type(r) AS relation
}
RETURN x.name AS a, y.name AS b, date, precision, relation, what
ORDER BY date, what, relation, precision
