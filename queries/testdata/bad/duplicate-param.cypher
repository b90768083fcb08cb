// name: duplicate-param :read
// Declares a parameter twice.
// @param n int = 1 — a number
// @param n int = 2 — the same number
// @returns n
RETURN $n AS n
