// name: undeclared-param :read
// Uses a parameter it does not declare.
// @param name string — a name

MATCH (e:Entity {id: $name})
WHERE e.date > $since
  AND e.date < $since
RETURN e
