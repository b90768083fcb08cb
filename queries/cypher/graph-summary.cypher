// name: graph-summary :read
// How big the graph is: nodes per label and relationships per type (from
// the count store, so it is instant on any size).
CALL () {
  MATCH (n:Document) RETURN 'node' AS kind, 'Document' AS name, count(n) AS count
  UNION ALL MATCH (n:Sentence) RETURN 'node' AS kind, 'Sentence' AS name, count(n) AS count
  UNION ALL MATCH (n:Claim) RETURN 'node' AS kind, 'Claim' AS name, count(n) AS count
  UNION ALL MATCH (n:Person) RETURN 'node' AS kind, 'Person' AS name, count(n) AS count
  UNION ALL MATCH (n:Organization) RETURN 'node' AS kind, 'Organization' AS name, count(n) AS count
  UNION ALL MATCH (n:Country) RETURN 'node' AS kind, 'Country' AS name, count(n) AS count
  UNION ALL MATCH (n:Place) RETURN 'node' AS kind, 'Place' AS name, count(n) AS count
  UNION ALL MATCH (n:Agreement) RETURN 'node' AS kind, 'Agreement' AS name, count(n) AS count
  UNION ALL MATCH (n:Event) RETURN 'node' AS kind, 'Event' AS name, count(n) AS count
  UNION ALL MATCH ()-[r:MENTIONS]->() RETURN 'relationship' AS kind, 'MENTIONS' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:EVIDENCE]->() RETURN 'relationship' AS kind, 'EVIDENCE' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:HOLDS_ROLE]->() RETURN 'relationship' AS kind, 'HOLDS_ROLE' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:MET_WITH]->() RETURN 'relationship' AS kind, 'MET_WITH' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:NEGOTIATED_WITH]->() RETURN 'relationship' AS kind, 'NEGOTIATED_WITH' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:MEDIATED]->() RETURN 'relationship' AS kind, 'MEDIATED' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:HOSTED]->() RETURN 'relationship' AS kind, 'HOSTED' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:HELD_IN]->() RETURN 'relationship' AS kind, 'HELD_IN' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:PARTICIPATED_IN]->() RETURN 'relationship' AS kind, 'PARTICIPATED_IN' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:WITHDREW_FROM]->() RETURN 'relationship' AS kind, 'WITHDREW_FROM' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:PARTY_TO]->() RETURN 'relationship' AS kind, 'PARTY_TO' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:ATTACKED]->() RETURN 'relationship' AS kind, 'ATTACKED' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:SANCTIONED]->() RETURN 'relationship' AS kind, 'SANCTIONED' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:LOCATED_IN]->() RETURN 'relationship' AS kind, 'LOCATED_IN' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:AFFILIATED_WITH]->() RETURN 'relationship' AS kind, 'AFFILIATED_WITH' AS name, count(r) AS count
  UNION ALL MATCH ()-[r:STATED]->() RETURN 'relationship' AS kind, 'STATED' AS name, count(r) AS count
}
RETURN kind, name, count
ORDER BY kind, name
