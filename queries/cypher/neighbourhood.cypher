// name: neighbourhood :read
// An entity and its direct neighbours by facts, as paths: open it in Neo4j
// Browser to see the graph around the entity.
// @param name string = "Araghchi" — name or alias of the entity
// @param limit int = 50 — most relationships returned

// Resolve $name through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($name) OR toLower($name) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS e
MATCH p = (e)-[r:HOLDS_ROLE|MET_WITH|NEGOTIATED_WITH|MEDIATED|HOSTED|HELD_IN|PARTICIPATED_IN|WITHDREW_FROM|PARTY_TO|ATTACKED|SANCTIONED|LOCATED_IN|AFFILIATED_WITH|STATED]-(other:Entity)
RETURN p
ORDER BY r.documents DESC, type(r), other.name, other.id
LIMIT $limit
