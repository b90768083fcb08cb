// name: other-name :read
// Its name is not its file name.
RETURN 1 AS one
