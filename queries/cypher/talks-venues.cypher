// name: talks-venues :read
// Where talks and other events were held, who hosted and who mediated them,
// in date order.
// @param from date = null — earliest event date, inclusive
// @param to date = null — latest event date, inclusive
MATCH (ev:Event)
WHERE ($from IS NULL OR ev.date >= $from) AND ($to IS NULL OR ev.date <= $to)
OPTIONAL MATCH (ev)-[:HELD_IN]->(venue:Entity)
OPTIONAL MATCH (host:Entity)-[:HOSTED]->(ev)
OPTIONAL MATCH (mediator:Entity)-[:MEDIATED]->(ev)
WITH ev, venue, host, mediator ORDER BY venue.name, host.name, mediator.name
WITH ev, collect(DISTINCT venue.name) AS venues, collect(DISTINCT host.name) AS hosts,
     collect(DISTINCT mediator.name) AS mediators
WHERE size(venues) + size(hosts) + size(mediators) > 0
RETURN ev.name AS event, ev.date AS date, ev.datePrecision AS precision, venues, hosts, mediators
ORDER BY date, event
