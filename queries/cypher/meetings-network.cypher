// name: meetings-network :read
// The network of meetings and negotiations, as paths for the Browser graph
// view, optionally in a date range.
// @param from date = null — earliest date, inclusive
// @param to date = null — latest date, inclusive
MATCH p = (a:Entity)-[r:MET_WITH|NEGOTIATED_WITH]->(b:Entity)
WITH p, r, a, b, coalesce(r.date, r.firstSeen) AS day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
RETURN p
ORDER BY day, a.id, type(r), b.id
