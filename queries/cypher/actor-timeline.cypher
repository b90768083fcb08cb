// name: actor-timeline :read
// Timeline of an actor: the events it took part in, hosted or mediated and
// its dated relations (meetings, attacks, sanctions, statements).
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
CALL (e) {
  MATCH (e)-[r:PARTICIPATED_IN|MEDIATED|HOSTED]->(ev:Event)
  RETURN ev.date AS date, ev.datePrecision AS precision, type(r) AS relation, ev.name AS what,
         r.role AS role, r.documents AS documents
  UNION
  MATCH (e)-[r:MET_WITH|NEGOTIATED_WITH|ATTACKED|SANCTIONED|WITHDREW_FROM|STATED]-(other:Entity)
  WHERE r.date IS NOT NULL
  RETURN r.date AS date, r.datePrecision AS precision, type(r) AS relation, other.name AS what,
         null AS role, r.documents AS documents
}
WITH e, date, precision, relation, what, role, documents
WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
RETURN e.name AS actor, date, precision, relation, what, role, documents
ORDER BY date, what, relation
