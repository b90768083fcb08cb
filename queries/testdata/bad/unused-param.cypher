// name: unused-param :read
// Declares a parameter it never uses.
// @param name string — a name
// @param limit int = 10 — unused
MATCH (e:Entity {id: $name})
// $limit in a comment does not count
RETURN e, "$limit in a string does not count" AS s
