// name: roles-over-time :read
// The roles a person held, as each source reports them: the title, where,
// and the first and last publication dates that report it.
// @param name string = "Araghchi" — name or alias of the person

// Resolve $name through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($name) OR toLower($name) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS e
MATCH (e)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(org:Entity)
WHERE c.type = 'HOLDS_ROLE'
MATCH (d:Document {id: c.docId})
RETURN e.name AS person, c.title AS title, org.name AS organization,
       min(d.published) AS firstReported, max(d.published) AS lastReported,
       count(DISTINCT d) AS documents
ORDER BY firstReported, title, organization
