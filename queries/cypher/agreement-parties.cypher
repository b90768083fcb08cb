// name: agreement-parties :read
// The parties to an agreement, when it was signed, and who withdrew from it
// and when.
// @param name string = "JCPOA" — name or alias of the agreement

// Resolve $name through the full-text index: a phrase query (quotes and
// backslashes removed, so any name is safe Lucene), exact name or alias first.
CALL db.index.fulltext.queryNodes('entityNames', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"')
YIELD node, score
WITH node, score
ORDER BY CASE WHEN toLower(node.name) = toLower($name) OR toLower($name) IN [alias IN coalesce(node.aliases, []) | toLower(alias)] THEN 0 ELSE 1 END, score DESC, node.id
LIMIT 1
WITH node AS ag
MATCH (who:Entity)-[r:PARTY_TO|WITHDREW_FROM]->(ag)
RETURN ag.name AS agreement, ag.date AS signed, who.name AS party, who.type AS type, type(r) AS relation,
       r.date AS date, r.documents AS documents
ORDER BY relation DESC, party
