// name: document-entities :read
// The entities a document mentions, most mentioned first.
// @param doc string — the document id (doc:…)
MATCH (d:Document {id: $doc})-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e:Entity)
WITH e, m ORDER BY m.start, m.end
RETURN e.id AS id, e.name AS name, e.type AS type, count(m) AS mentions,
       collect(DISTINCT m.text) AS asWritten
ORDER BY mentions DESC, name, id
