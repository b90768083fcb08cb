// name: events-between :read
// Events dated in a range, with their precision, kind and venues.
// @param from date = 1900-01-01 — earliest date, inclusive
// @param to date = 2100-01-01 — latest date, inclusive
MATCH (ev:Entity)
WHERE ev.date >= $from AND ev.date <= $to AND ev:Event
OPTIONAL MATCH (ev)-[:HELD_IN]->(venue:Entity)
WITH ev, venue ORDER BY venue.name
RETURN ev.name AS event, ev.kind AS kind, ev.date AS date, ev.datePrecision AS precision,
       collect(venue.name) AS venues
ORDER BY date, event
