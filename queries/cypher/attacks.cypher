// name: attacks :read
// Attacks between countries, organizations and places, with dates and the
// number of documents reporting each.
// @param from date = null — earliest date, inclusive
// @param to date = null — latest date, inclusive
MATCH (a:Entity)-[r:ATTACKED]->(b:Entity)
WITH a, r, b, coalesce(r.date, r.firstSeen) AS day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
RETURN a.name AS attacker, b.name AS target, r.date AS date, r.datePrecision AS precision,
       r.documents AS documents
ORDER BY day, attacker, target
