// name: no-statement :read
// Only a header.
