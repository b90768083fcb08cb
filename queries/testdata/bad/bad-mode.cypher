// name: bad-mode :delete
// Deletes things.
MATCH (n) DETACH DELETE n
