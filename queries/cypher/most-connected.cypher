// name: most-connected :read
// The most connected actors: how many distinct entities each is linked to by
// facts, and how often it is mentioned.
// @param limit int = 20 — most entities returned
MATCH (e:Entity)
CALL (e) {
  MATCH (e)-[:HOLDS_ROLE|MET_WITH|NEGOTIATED_WITH|MEDIATED|HOSTED|HELD_IN|PARTICIPATED_IN|WITHDREW_FROM|PARTY_TO|ATTACKED|SANCTIONED|LOCATED_IN|AFFILIATED_WITH|STATED]-(other:Entity)
  RETURN count(DISTINCT other) AS neighbours, count(*) AS facts
}
WITH e, neighbours, facts WHERE neighbours > 0
RETURN e.name AS name, e.type AS type, neighbours, facts,
       COUNT { (e)<-[:MENTIONS]-(:Sentence) } AS mentions
ORDER BY neighbours DESC, facts DESC, mentions DESC, name, e.id
LIMIT $limit
