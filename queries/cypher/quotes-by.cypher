// name: quotes-by :read
// What a person or organization said, and about whom, with the source and
// the sentence it comes from.
// @param name string = "Araghchi" — name or alias of the speaker

// Resolve $name through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($name) OR toLower($name) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS e
MATCH (e)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(about:Entity)
WHERE c.type = 'STATED'
MATCH (d:Document {id: c.docId})
OPTIONAL MATCH (c)-[:EVIDENCE]->(s:Sentence)
WITH e, c, about, d, s ORDER BY s.index
RETURN e.name AS speaker, c.quote AS quote, about.name AS about, d.title AS document,
       d.published AS published, collect(s.text) AS sentences
ORDER BY published, document, quote
