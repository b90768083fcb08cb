// name: members-of :read
// The people who hold roles in, or are affiliated with, an organization or
// country.
// @param name string = "Iran" — name or alias of the organization or country

// Resolve $name through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($name) OR toLower($name) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS org
MATCH (p:Entity)-[r:HOLDS_ROLE|AFFILIATED_WITH]->(org)
RETURN org.name AS organization, p.name AS person, type(r) AS relation, r.title AS title,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.documents AS documents
ORDER BY relation, person
