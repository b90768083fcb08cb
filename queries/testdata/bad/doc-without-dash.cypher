// name: doc-without-dash :read
// A parameter description without its separator.
// @param n int = 1 a number
RETURN $n AS n
