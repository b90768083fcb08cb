// name: document-claims :read
// The facts one document states, with the sentence that supports each.
// @param doc string — the document id (doc:…)
MATCH (d:Document {id: $doc})
MATCH (c:Claim) WHERE c.docId = d.id
MATCH (c)-[:SUBJECT]->(subject:Entity)
MATCH (c)-[:OBJECT]->(object:Entity)
OPTIONAL MATCH (c)-[ev:EVIDENCE]->(s:Sentence)
RETURN subject.name AS subject, c.type AS relation, object.name AS object, c.date AS date,
       c.confidence AS confidence, s.index AS sentence, ev.start AS start, ev.text AS evidence
ORDER BY sentence, relation, subject, object, start, evidence
