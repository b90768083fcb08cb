// name: single-source-facts :read
// Facts that only one document supports, least confident first: the ones
// to check before relying on them.
// @param limit int = 50 — most facts returned
MATCH (a:Entity)-[r:HOLDS_ROLE|MET_WITH|NEGOTIATED_WITH|MEDIATED|HOSTED|HELD_IN|PARTICIPATED_IN|WITHDREW_FROM|PARTY_TO|ATTACKED|SANCTIONED|LOCATED_IN|AFFILIATED_WITH|STATED]->(b:Entity)
WHERE r.documents = 1
MATCH (d:Document {id: r.docIds[0]})
RETURN a.name AS subject, type(r) AS relation, b.name AS object, r.confidence AS confidence,
       d.title AS document, d.url AS url
ORDER BY confidence, subject, relation, object
LIMIT $limit
