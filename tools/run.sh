#!/usr/bin/env bash
# make run: the main job on a fresh machine. Uses the Neo4j at NEO4J_URI when
# it answers; otherwise starts the local server (tools/neo4j) and uses it.
# Then applies the schema, ingests the sample corpus and says where to look.
set -euo pipefail
cd "$(dirname "$0")/.."
kg=bin/kg
sample=${KG_SAMPLE:-ingest/sample}
local_home=${KG_NEO4J_HOME:-$PWD/.neo4j/local}

# The local server keeps its generated password in its data folder (never
# in the repository); use it unless the user gave credentials.
use_local_password() {
  if [ -z "${NEO4J_PASSWORD:-}" ] && [ -z "${NEO4J_PASSWORD_FILE:-}" ]; then
    export NEO4J_PASSWORD_FILE="$local_home/password"
  fi
}

if [ -n "${NEO4J_URI:-}" ] && "$kg" db ping >/dev/null 2>&1; then
  echo "using the Neo4j server at $NEO4J_URI"
else
  if [ -n "${NEO4J_URI:-}" ]; then
    echo "NEO4J_URI=$NEO4J_URI does not answer; starting the local server instead"
  fi
  export NEO4J_URI="bolt://127.0.0.1:${NEO4J_BOLT_PORT:-7687}"
  tools/neo4j/neo4j.sh start
  use_local_password
fi

"$kg" db ping
"$kg" schema apply
"$kg" ingest "$sample"

http_port=${NEO4J_HTTP_PORT:-7474}
cat <<TXT

Open Neo4j Browser:  http://127.0.0.1:${http_port}/browser/
  connect to $NEO4J_URI as user neo4j (the local server's password is in $local_home/password)
  then paste a first query:

    MATCH (p:Person)-[r:MET_WITH|NEGOTIATED_WITH|HOLDS_ROLE]-(x) RETURN p, r, x LIMIT 50

  or run one from the query library:  bin/kg query list
TXT
