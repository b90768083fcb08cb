// name: two-statements :read
// Two statements in one file.
MATCH (n) RETURN n;
MATCH (m) RETURN m;
