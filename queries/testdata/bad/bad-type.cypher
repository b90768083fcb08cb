// name: bad-type :read
// Declares an unknown type.
// @param n integer = 3 — a number
RETURN $n AS n
