#!/usr/bin/env bash
# Runs a command against a throwaway Neo4j: starts a server from an empty
# store on the ports and folder given by NEO4J_BOLT_PORT, NEO4J_HTTP_PORT and
# KG_NEO4J_HOME, exports KG_TEST_NEO4J_* for the tests, runs the command, and
# stops the server whatever the outcome. The command's exit code is kept.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
launcher="$here/neo4j/neo4j.sh"

: "${NEO4J_BOLT_PORT:?set NEO4J_BOLT_PORT}"
: "${KG_NEO4J_HOME:?set KG_NEO4J_HOME}"

"$launcher" reset >/dev/null
trap '"$launcher" stop >/dev/null || true' EXIT
"$launcher" start

export KG_TEST_NEO4J_URI="bolt://127.0.0.1:${NEO4J_BOLT_PORT}"
export KG_TEST_NEO4J_USERNAME=neo4j
KG_TEST_NEO4J_PASSWORD=$(cat "$KG_NEO4J_HOME/password")
export KG_TEST_NEO4J_PASSWORD
export KG_TEST_NEO4J_HTTP_URL="http://127.0.0.1:${NEO4J_HTTP_PORT:-7474}"
"$@"
