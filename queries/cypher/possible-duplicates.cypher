// name: possible-duplicates :read
// Entities that may be the same one, for review: people with the same
// surname, and entities sharing a name or alias.
// @param limit int = 100 — most pairs returned
CALL () {
  MATCH (e:Person)
  WITH e, toLower(last(split(trim(e.name), ' '))) AS surname
  WHERE size(surname) > 2
  WITH surname, collect(e) AS people
  WHERE size(people) > 1
  UNWIND people AS p1
  UNWIND people AS p2
  WITH surname, p1, p2 WHERE p1.id < p2.id
  RETURN p1, p2, 'same surname: ' + surname AS reason
  UNION
  MATCH (e:Entity)
  UNWIND [e.name] + coalesce(e.aliases, []) AS n
  WITH toLower(trim(n)) AS key, collect(DISTINCT e) AS entities
  WHERE size(entities) > 1
  UNWIND entities AS p1
  UNWIND entities AS p2
  WITH key, p1, p2 WHERE p1.id < p2.id
  RETURN p1, p2, 'shared name or alias: ' + key AS reason
}
WITH p1, p2, collect(reason) AS reasons
RETURN p1.id AS id1, p1.name AS name1, p2.id AS id2, p2.name AS name2, reasons
ORDER BY name1, name2
LIMIT $limit
