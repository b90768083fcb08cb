#!/usr/bin/env bash
# Runs a command beside a throwaway CoreNLP server: starts one on the port and
# folder given by KG_CORENLP_PORT and KG_CORENLP_HOME (its models loaded before
# the command starts), exports KG_TEST_CORENLP_URL for the tests, runs the
# command, and stops the server whatever the outcome. The command's exit code
# is kept. It composes with with-test-neo4j.sh:
#   tools/with-test-corenlp.sh tools/with-test-neo4j.sh go test ./...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
launcher="$here/corenlp/corenlp.sh"

: "${KG_CORENLP_PORT:?set KG_CORENLP_PORT}"
: "${KG_CORENLP_HOME:?set KG_CORENLP_HOME}"

trap '"$launcher" stop >/dev/null || true' EXIT
KG_TEST_CORENLP_URL=$("$launcher" start)
export KG_TEST_CORENLP_URL
"$@"
