// name: entity-profile :read
// One entity at a glance: its names, the roles it holds, its relations to
// other entities and the documents that mention it.
// @param name string = "Araghchi" — name or alias of the entity

// Resolve $name through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($name) OR toLower($name) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS e
CALL (e) {
  OPTIONAL MATCH (e)-[r:HOLDS_ROLE]->(org:Entity)
  WITH r, org ORDER BY r.firstSeen, org.name
  RETURN collect(coalesce(r.title, 'role') + ', ' + org.name) AS roles
}
CALL (e) {
  OPTIONAL MATCH (e)-[r:HOLDS_ROLE|MET_WITH|NEGOTIATED_WITH|MEDIATED|HOSTED|HELD_IN|PARTICIPATED_IN|WITHDREW_FROM|PARTY_TO|ATTACKED|SANCTIONED|LOCATED_IN|AFFILIATED_WITH|STATED]-(other:Entity)
  WITH r, other ORDER BY type(r), other.name, other.id
  RETURN collect(CASE WHEN r IS NOT NULL THEN
    {type: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
     other: other.name, documents: r.documents} END) AS relations
}
CALL (e) {
  OPTIONAL MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
  WITH DISTINCT d ORDER BY d.published DESC, d.title
  RETURN count(d) AS documentCount, collect(d.title)[..10] AS documents
}
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
       e.description AS description, roles, relations, documentCount, documents
