// name: conflicting-venues :read
// Events that sources place in different venues (venues inside one another,
// like Muscat in Oman, do not count as a conflict).
// @param limit int = 50 — most events returned
MATCH (v1:Entity)<-[r1:HELD_IN]-(ev:Event)-[r2:HELD_IN]->(v2:Entity)
WHERE v1.id < v2.id
  AND NOT (v1)-[:LOCATED_IN*1..3]->(v2) AND NOT (v2)-[:LOCATED_IN*1..3]->(v1)
RETURN ev.name AS event, ev.date AS date, v1.name AS venue1, r1.docIds AS sources1,
       v2.name AS venue2, r2.docIds AS sources2
ORDER BY date, event, venue1, venue2
LIMIT $limit
