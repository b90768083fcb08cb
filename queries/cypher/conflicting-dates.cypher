// name: conflicting-dates :read
// Facts whose sources disagree on the date: the same relation between the
// same entities, dated differently by different documents (a year and a day
// in that year do not disagree).
// @param limit int = 50 — most facts returned
MATCH (a:Entity)-[r:HOLDS_ROLE|MET_WITH|NEGOTIATED_WITH|MEDIATED|HOSTED|HELD_IN|PARTICIPATED_IN|WITHDREW_FROM|PARTY_TO|ATTACKED|SANCTIONED|LOCATED_IN|AFFILIATED_WITH|STATED]->(b:Entity)
WHERE r.documents > 1
MATCH (c:Claim)
WHERE c.from = a.id AND c.type = type(r) AND c.to = b.id AND c.date IS NOT NULL
MATCH (d:Document {id: c.docId})
WITH a, r, b, c, d ORDER BY c.date, d.title
WITH a, r, b, collect({date: c.date, precision: c.datePrecision, document: d.title}) AS sources
WHERE any(s1 IN sources WHERE any(s2 IN sources WHERE
  CASE
    WHEN s1.precision = 'year' OR s2.precision = 'year' THEN s1.date.year <> s2.date.year
    WHEN s1.precision = 'month' OR s2.precision = 'month' THEN s1.date.year <> s2.date.year OR s1.date.month <> s2.date.month
    ELSE s1.date <> s2.date
  END))
RETURN a.name AS subject, type(r) AS relation, b.name AS object,
       [s IN sources | s.date] AS dates, sources
ORDER BY subject, relation, object
LIMIT $limit
