// name: search-entities :read
// Find entities by name or alias in the full-text index; the text is a
// Lucene query, so Arag*, "Abbas Araghchi" and Oman OR Qatar all work.
// @param q string = "Araghchi" — words or Lucene query over names and aliases
// @param limit int = 20 — most entities returned
CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, node.aliases AS aliases,
       round(score, 3) AS score
ORDER BY score DESC, name, id
LIMIT $limit
