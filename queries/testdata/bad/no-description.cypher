// name: no-description :read
// @param n int = 1 — a number
RETURN $n AS n
