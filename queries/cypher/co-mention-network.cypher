// name: co-mention-network :read
// The co-mention network: pairs of entities named in the same sentence,
// with the number of sentences (weight) and documents they share.
// @param minWeight int = 1 — fewest shared sentences for a pair to be listed
// @param limit int = 100 — most pairs returned
MATCH (a:Entity)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(b:Entity)
WHERE a.id < b.id
WITH a, b, count(DISTINCT s) AS weight, count(DISTINCT s.docId) AS documents
WHERE weight >= $minWeight
RETURN a.name AS source, b.name AS target, weight, documents
ORDER BY weight DESC, source, target
LIMIT $limit
