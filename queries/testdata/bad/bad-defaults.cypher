// name: bad-defaults :read
// Defaults that do not fit their types.
// @param d date = 2015-13-45 — a date
// @param s string = Araghchi — unquoted
// @param l list<string> = [1, 2] — not strings
// @param f float = fast
RETURN $d, $s, $l, $f
