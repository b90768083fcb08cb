// name: event-participants :read
// Who took part in an event and in what role, with where it was held and
// who hosted or mediated it.
// @param event string = "Iran–United States talks" — name or alias of the event

// Resolve $event through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($event, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($event) OR toLower($event) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS ev
MATCH (who:Entity)-[r:PARTICIPATED_IN|MEDIATED|HOSTED]->(ev)
CALL (ev) {
  OPTIONAL MATCH (ev)-[:HELD_IN]->(venue:Entity)
  WITH venue ORDER BY venue.name
  RETURN collect(venue.name) AS venues
}
RETURN ev.name AS event, ev.date AS date, who.name AS participant, who.type AS type,
       type(r) AS relation, r.role AS role, venues, r.documents AS documents
ORDER BY relation, participant
