#!/usr/bin/env bash
# Local Stanford CoreNLP server for kg's optional parsing stage (kg extract/ingest --parser).
#
#   corenlp.sh start    build if needed, start in the background, wait until it answers and has
#                       loaded its models (one real parse, sent by ./warm), print its URL (stdout)
#   corenlp.sh stop     stop the server started from this home (TERM, KILL after a timeout)
#   corenlp.sh status   print the URL and exit 0 when running; exit 3 when not
#   corenlp.sh build    copy the jars into lib/ if pom.xml changed (--force: always)
#
# The server listens on every interface but refuses parse requests from other machines (see
# write_block_list and the start command).
#
# Environment: KG_CORENLP_PORT (9000), KG_CORENLP_HOME (<repo>/.corenlp/local),
# KG_CORENLP_HEAP (4g), KG_CORENLP_THREADS (2), KG_CORENLP_START_TIMEOUT (300 s),
# KG_CORENLP_STOP_TIMEOUT (30 s), KG_CORENLP_JAVA (java), GO (go, to build ./warm).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"

PORT="${KG_CORENLP_PORT:-9000}"
CN_HOME="${KG_CORENLP_HOME:-$REPO/.corenlp/local}"
HEAP="${KG_CORENLP_HEAP:-4g}"
THREADS="${KG_CORENLP_THREADS:-2}"
START_TIMEOUT="${KG_CORENLP_START_TIMEOUT:-300}"
STOP_TIMEOUT="${KG_CORENLP_STOP_TIMEOUT:-30}"
JAVA="${KG_CORENLP_JAVA:-java}"
GO="${GO:-go}"

LIB="$HERE/lib"              # CoreNLP, its models and dependencies (copied by Maven)
LIB_STAMP="$LIB/.pom-stamp"  # hash of the pom.xml the jars in lib/ came from
MAIN_CLASS="edu.stanford.nlp.pipeline.StanfordCoreNLPServer"

say() { echo "corenlp.sh: $*" >&2; }
die() { say "error: $*"; exit 1; }

# shellcheck source=../lib/server.sh
source "$HERE/../lib/server.sh"

if ! [[ "$PORT" =~ ^[0-9]+$ ]] || (( PORT < 1 || PORT > 65535 )); then
  die "KG_CORENLP_PORT must be a port number, got '$PORT'"
fi
[[ "$THREADS" =~ ^[1-9][0-9]*$ ]] || die "KG_CORENLP_THREADS must be a positive number, got '$THREADS'"

# Absolute home path (the process check matches it on the java command line).
mkdir -p "$CN_HOME"
CN_HOME="$(cd "$CN_HOME" && pwd)"
PID_FILE="$CN_HOME/corenlp.pid"
OUT_FILE="$CN_HOME/corenlp.out"
LOCK_FILE="$CN_HOME/.lock"
WARM="$CN_HOME/warm"         # built from ./warm at each start (Go caches the build)
BLOCK_LIST="$CN_HOME/non-local.subnets"  # the server's -blockList file, written at each start
URL="http://127.0.0.1:$PORT"

# Every IPv4 address outside 127.0.0.0/8: eight subnets that cover the other 2^32 - 2^24
# addresses once each (0-63, 64-95, 96-111, 112-119, 120-123, 124-125, 126, 128-255).
NON_LOCAL_SUBNETS=(0.0.0.0/2 64.0.0.0/3 96.0.0.0/4 112.0.0.0/5 120.0.0.0/6 124.0.0.0/7 126.0.0.0/8
  128.0.0.0/1)

# ---------------------------------------------------------------- build

is_built() {
  [[ -f "$LIB_STAMP" && "$(cat "$LIB_STAMP")" == "$(pom_hash)" ]]
}

build() {
  local force="${1:-}"
  mkdir -p "$LIB"
  (
    flock 8
    if [[ "$force" != "--force" ]] && is_built; then
      exit 0
    fi
    say "fetching CoreNLP with Maven (the first build downloads about 480 MB into ~/.m2)..."
    # Jars of another version would clash with the new ones: start from an empty lib/.
    find "$LIB" -mindepth 1 -maxdepth 1 ! -name .build.lock -exec rm -rf {} +
    mvn_package "$LIB/build.log"
    pom_hash >"$LIB_STAMP"
  ) 8>"$LIB/.build.lock"
}

# ---------------------------------------------------------------- local clients only

# Writes the subnets the server refuses (-blockList: one IPv4 subnet a line, address/bits).
# Written here at each start rather than kept as a file in the repository, because the server
# reads that file strictly and silently (its warnings go to a no-op logger): a line with a
# comment or a trailing space is skipped, leaving its subnet open, and a blank line is read as
# the loopback address and shuts out 127.0.0.1 itself. Printed from NON_LOCAL_SUBNETS, the file
# is exactly one subnet a line, and the list stays beside this explanation.
write_block_list() {
  printf '%s\n' "${NON_LOCAL_SUBNETS[@]}" >"$BLOCK_LIST.tmp"
  mv -f "$BLOCK_LIST.tmp" "$BLOCK_LIST"
}

# ---------------------------------------------------------------- process helpers

# True when pid is alive and is a server started from this home (guards against reused pids).
is_ours() {
  pid_is_ours "$1" "-Djava.io.tmpdir=$CN_HOME/tmp "
}

# True when the server's readiness endpoint answers 200 (plain HTTP over bash's /dev/tcp).
answers() {
  local status
  status="$(timeout 5 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$PORT"' || exit 1
    printf "GET /ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" >&3
    head -n 1 <&3
  ' 2>/dev/null)" || return 1
  [[ "$status" == HTTP/*" 200"* ]]
}

# One real parse with the settings of kg's own client (./warm calls its Ping): loads the
# tagger, the entity classifier and the dependency parser (20-45 s), so the first request of a
# caller is as fast as the next. The server keeps one pipeline per set of request settings:
# a warm-up with other settings would leave the first real request to load its own.
warm() {
  local left=$1
  (( left > 0 )) || left=1
  "$WARM" "$URL" "$left" 2>&1
}

show_log() {
  if [[ -f "$OUT_FILE" ]]; then
    say "---- tail of $OUT_FILE"
    tail -n 30 "$OUT_FILE" >&2
  fi
}

# Waits until the server answers, then warms it. Returns 1 when the process dies, 2 on
# timeout, 3 when the warm-up parse fails.
wait_ready() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  until answers; do
    kill -0 "$pid" 2>/dev/null || return 1
    (( SECONDS < deadline )) || return 2
    sleep 0.5
  done
  local t0=$SECONDS msg
  if ! msg="$(warm $((deadline - SECONDS)))"; then
    kill -0 "$pid" 2>/dev/null || return 1
    (( SECONDS < deadline )) || return 2
    say "warm-up parse failed: $msg"
    return 3
  fi
  say "models loaded in $((SECONDS - t0)) s"
}

# ---------------------------------------------------------------- commands

cmd_start() {
  build
  exec 9>"$LOCK_FILE"
  flock 9

  local pid
  if pid="$(read_pid)" && is_ours "$pid"; then
    if answers; then
      say "already running (pid $pid, home $CN_HOME)"
      echo "$URL"
      return 0
    fi
    say "pid $pid is starting, waiting..."
  else
    rm -f "$PID_FILE"
    if port_open "$PORT"; then
      die "port $PORT on 127.0.0.1 is already in use by another process (set KG_CORENLP_PORT)"
    fi
    mkdir -p "$CN_HOME/tmp"
    local launcher=()
    if command -v setsid >/dev/null; then launcher=(setsid); fi
    echo "==== $(date -u '+%Y-%m-%d %H:%M:%S UTC') start: port $PORT, heap $HEAP, $THREADS threads" >>"$OUT_FILE"
    say "starting CoreNLP (home $CN_HOME, heap $HEAP)..."
    write_block_list
    # java.io.tmpdir: the server writes its shutdown key there; one per home keeps two servers
    # on one machine from overwriting each other's. -timeout: milliseconds per request.
    # Local clients only: the server has no option to bind one interface and listens on every
    # one, but it answers parse requests from a client in -blockList with 401. It checks that
    # list only with -stanford true (the option's one other effect, shorter timeouts, applies
    # only on a machine named corenlp.stanford.edu), and only for IPv4 clients: with
    # java.net.preferIPv4Stack the JVM takes no IPv6 connections at all.
    "${launcher[@]}" nohup "$JAVA" "-Xmx$HEAP" "-Djava.io.tmpdir=$CN_HOME/tmp" \
      -Djava.net.preferIPv4Stack=true -cp "$LIB/*" "$MAIN_CLASS" \
      -port "$PORT" -threads "$THREADS" -timeout 120000 -quiet \
      -blockList "$BLOCK_LIST" -stanford true \
      </dev/null >>"$OUT_FILE" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
  fi
  # Built while the JVM starts; a build failure stops the server it would have warmed.
  if ! (cd "$REPO" && "$GO" build -o "$WARM" ./tools/corenlp/warm) >&2; then
    terminate "$pid" || true
    rm -f "$PID_FILE"
    die "could not build the warm-up client (tools/corenlp/warm)"
  fi

  local t0=$SECONDS rc=0
  wait_ready "$pid" || rc=$?
  case $rc in
    0)
      say "CoreNLP ready after $((SECONDS - t0)) s (pid $pid, home $CN_HOME)"
      echo "$URL"
      ;;
    1)
      rm -f "$PID_FILE"
      show_log
      die "CoreNLP exited during start-up"
      ;;
    *)
      show_log
      if (( rc == 2 )); then say "not ready after ${START_TIMEOUT}s, stopping pid $pid"; fi
      terminate "$pid" || true
      rm -f "$PID_FILE"
      die "CoreNLP did not become ready"
      ;;
  esac
}

cmd_stop() {
  exec 9>"$LOCK_FILE"
  flock 9
  local pid
  if ! pid="$(read_pid)"; then
    say "not running (no pid file in $CN_HOME)"
    return 0
  fi
  if ! is_ours "$pid"; then
    say "not running (stale pid file, pid $pid is not our server)"
    rm -f "$PID_FILE"
    return 0
  fi
  local t0=$SECONDS
  terminate "$pid" || true
  rm -f "$PID_FILE"
  say "stopped pid $pid after $((SECONDS - t0)) s"
}

cmd_status() {
  local pid
  if pid="$(read_pid)" && is_ours "$pid"; then
    if answers; then
      say "running (pid $pid, home $CN_HOME)"
      echo "$URL"
      return 0
    fi
    say "process $pid is alive but not answering (starting or stopping; see $OUT_FILE)"
    return 2
  fi
  say "not running (home $CN_HOME)"
  return 3
}

usage() {
  sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 64
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  build) build "${2:-}" ;;
  *) usage ;;
esac
