#!/usr/bin/env bash
# Local Neo4j Community server for kg (embedded DBMS started by kg.neo4j.LocalServer).
#
#   neo4j.sh start    build if needed, start in the background, wait until Bolt answers,
#                     print the Bolt URI and the Browser URL (stdout, one per line)
#   neo4j.sh stop     stop the server started from this home (TERM, KILL after a timeout)
#   neo4j.sh status   print the URIs and exit 0 when running; exit 3 when not
#   neo4j.sh reset    stop, then delete data, logs, config and password file (empty store)
#   neo4j.sh build    build if pom.xml or the launcher changed (--force: always)
#
# Environment: NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474), NEO4J_PASSWORD (else the
# home's password file, else a random one kept in that file), KG_NEO4J_HOME (<repo>/.neo4j/local),
# KG_NEO4J_PAGECACHE (128m), KG_NEO4J_HEAP_MAX (1g), KG_NEO4J_JIT (quick|full),
# KG_NEO4J_CDS (auto|off), KG_NEO4J_JAVA_OPTS (extra JVM flags), KG_NEO4J_START_TIMEOUT (120 s),
# KG_NEO4J_STOP_TIMEOUT (60 s), KG_NEO4J_JAVA (java, 17+).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"

BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
N4_HOME="${KG_NEO4J_HOME:-$REPO/.neo4j/local}"
PAGECACHE="${KG_NEO4J_PAGECACHE:-128m}"
HEAP_MAX="${KG_NEO4J_HEAP_MAX:-1g}"
JIT="${KG_NEO4J_JIT:-quick}"
CDS="${KG_NEO4J_CDS:-auto}"
START_TIMEOUT="${KG_NEO4J_START_TIMEOUT:-120}"
STOP_TIMEOUT="${KG_NEO4J_STOP_TIMEOUT:-60}"
JAVA="${KG_NEO4J_JAVA:-java}"

LIB="$HERE/lib"                      # runtime classpath (copied by Maven)
APP_JAR="$HERE/target/kg-local-neo4j.jar"
STAMP="$HERE/target/.build-stamp"    # hash of pom.xml + launcher source
LIB_STAMP="$LIB/.pom-stamp"          # hash of the pom.xml the jars in lib/ came from
CDS_ARCHIVE="$LIB/kg-neo4j.jsa"      # class-data-sharing archive, written by the first stop
MAIN_CLASS="kg.neo4j.LocalServer"

# JVM flags. The three --add-opens are required on Java 17: without java.nio the page cache
# falls back to a slower mode, without java.io/sun.nio.ch the transaction logs lose native
# file access (both logged as WARN in debug.log). The rest mirror Neo4j's own launcher.
JVM_OPTS=(
  -Xms256m "-Xmx$HEAP_MAX"
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
)
# quick: C1 JIT only, which halves the CPU a start-up needs (about 27 s -> 14 s here) at some
# cost in peak speed; full: the JVM's default tiered JIT, for large imports and benchmarks.
case "$JIT" in
  quick) JVM_OPTS+=(-XX:TieredStopAtLevel=1) ;;
  full) ;;
  *) echo "neo4j.sh: error: KG_NEO4J_JIT must be quick or full, got '$JIT'" >&2; exit 1 ;;
esac

# Class-data sharing: auto uses lib/kg-neo4j.jsa when present (start-up CPU ~14 s -> ~9 s) and
# otherwise lets the JVM write it when the server exits, which makes that one stop ~30 s
# longer; skipped when CI is set (a fresh checkout would pay the cost and never use it).
case "$CDS" in
  auto | off) ;;
  *) echo "neo4j.sh: error: KG_NEO4J_CDS must be auto or off, got '$CDS'" >&2; exit 1 ;;
esac

say() { echo "neo4j.sh: $*" >&2; }
die() { say "error: $*"; exit 1; }

# shellcheck source=../lib/server.sh
source "$HERE/../lib/server.sh"

check_port_var() {
  if ! [[ "$2" =~ ^[0-9]+$ ]] || (( $2 < 1 || $2 > 65535 )); then
    die "$1 must be a port number, got '$2'"
  fi
}
check_port_var NEO4J_BOLT_PORT "$BOLT_PORT"
check_port_var NEO4J_HTTP_PORT "$HTTP_PORT"
[[ "$BOLT_PORT" != "$HTTP_PORT" ]] || die "NEO4J_BOLT_PORT and NEO4J_HTTP_PORT must differ"

# Absolute home path (the process check matches it on the java command line).
mkdir -p "$N4_HOME"
N4_HOME="$(cd "$N4_HOME" && pwd)"
PID_FILE="$N4_HOME/neo4j.pid"
READY_FILE="$N4_HOME/ready"
OUT_FILE="$N4_HOME/neo4j.out"
LOCK_FILE="$N4_HOME/.lock"
CDS_NEW="$N4_HOME/kg-neo4j.jsa.new"

# ---------------------------------------------------------------- build

source_hash() {
  cat "$HERE/pom.xml" "$HERE/src/main/java/kg/neo4j/LocalServer.java" | sha256sum | cut -d' ' -f1
}

is_built() {
  [[ -f "$STAMP" && -f "$LIB_STAMP" && -f "$APP_JAR" ]] &&
    [[ "$(cat "$STAMP")" == "$(source_hash)" && "$(cat "$LIB_STAMP")" == "$(pom_hash)" ]]
}

build() {
  local force="${1:-}"
  mkdir -p "$HERE/target"
  (
    flock 8
    if [[ "$force" != "--force" ]] && is_built; then
      exit 0
    fi
    say "building with Maven (the first build downloads about 180 MB into ~/.m2)..."
    # lib/ is emptied only when the pom changed (stale jars of another version would clash);
    # servers already running keep their open jars either way.
    if [[ "$force" == "--force" || ! -f "$LIB_STAMP" || "$(cat "$LIB_STAMP")" != "$(pom_hash)" ]]; then
      rm -rf "$LIB"
    fi
    rm -f "$STAMP" "$CDS_ARCHIVE" # the archive is only valid for the exact jars it was made from
    mvn_package "$HERE/target/build.log"
    pom_hash >"$LIB_STAMP"
    source_hash >"$STAMP"
  ) 8>"$HERE/target/.build.lock"
}

# ---------------------------------------------------------------- process helpers

# True when pid is alive and is our launcher for this home (guards against reused pids).
is_ours() {
  pid_is_ours "$1" "--home $N4_HOME "
}

# True when a Bolt server answers the handshake on 127.0.0.1:port (agrees on a 5.x/4.x version).
bolt_answers() {
  local reply
  reply="$(timeout 5 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$1"' || exit 1
    printf "\x60\x60\xb0\x17\x00\x04\x04\x05\x00\x02\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    head -c 4 <&3 | od -An -tx1
  ' 2>/dev/null)" || return 1
  reply="${reply//[[:space:]]/}"
  [[ ${#reply} -eq 8 && "$reply" != "00000000" ]]
}

print_uris() {
  echo "bolt://127.0.0.1:$BOLT_PORT"
  echo "http://127.0.0.1:$HTTP_PORT/browser/"
}

show_logs() {
  # debug.log only when written during this start (the lock file is opened at each start).
  if [[ -f "$N4_HOME/logs/debug.log" && "$N4_HOME/logs/debug.log" -nt "$LOCK_FILE" ]]; then
    say "---- tail of $N4_HOME/logs/debug.log"
    tail -n 30 "$N4_HOME/logs/debug.log" >&2
  fi
  if [[ -f "$OUT_FILE" ]]; then
    say "---- tail of $OUT_FILE"
    tail -n 30 "$OUT_FILE" >&2
  fi
}

# Waits until the server is ready: ready file written and Bolt answering.
# Returns 1 when the process dies, 2 on timeout.
wait_ready() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    if [[ -f "$READY_FILE" ]] && bolt_answers "$BOLT_PORT"; then
      return 0
    fi
    if (( SECONDS >= deadline )); then
      return 2
    fi
    sleep 0.5
  done
}

# After a clean exit of a server started without an archive: keep the class archive the JVM
# wrote at exit, so later starts load classes faster. Harmless when anything goes wrong
# (the JVM ignores an archive that does not match and starts as usual).
keep_cds_archive() {
  if [[ -s "$CDS_NEW" && ! -f "$CDS_ARCHIVE" && -d "$LIB" ]]; then
    local tmp="$LIB/.kg-neo4j.jsa.$$"
    if cp "$CDS_NEW" "$tmp" 2>/dev/null && mv -f "$tmp" "$CDS_ARCHIVE"; then
      say "saved a class-data archive for faster starts"
    else
      rm -f "$tmp"
    fi
  fi
  rm -f "$CDS_NEW"
}

# ---------------------------------------------------------------- commands

cmd_start() {
  build
  exec 9>"$LOCK_FILE"
  flock 9

  local pid
  if pid="$(read_pid)" && is_ours "$pid"; then
    if [[ -f "$READY_FILE" ]] && bolt_answers "$BOLT_PORT"; then
      say "already running (pid $pid, home $N4_HOME)"
      print_uris
      return 0
    fi
    say "pid $pid is starting, waiting..."
  else
    rm -f "$PID_FILE" "$READY_FILE" "$CDS_NEW"
    for p in "$BOLT_PORT" "$HTTP_PORT"; do
      if port_open "$p"; then
        die "port $p on 127.0.0.1 is already in use by another process (set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT)"
      fi
    done

    local opts=("${JVM_OPTS[@]}")
    if [[ "$CDS" == auto && -f "$CDS_ARCHIVE" ]]; then
      opts+=("-XX:SharedArchiveFile=$CDS_ARCHIVE")
    elif [[ "$CDS" == auto && -z "${CI:-}" ]]; then
      # cds*=off: the dump lists hundreds of classes it skips (signed jars, old bytecode).
      opts+=("-XX:ArchiveClassesAtExit=$CDS_NEW" "-Xlog:cds*=off")
    fi
    if [[ -n "${KG_NEO4J_JAVA_OPTS:-}" ]]; then
      local extra
      read -r -a extra <<<"$KG_NEO4J_JAVA_OPTS"
      opts+=("${extra[@]}")
    fi

    local launcher=()
    if command -v setsid >/dev/null; then launcher=(setsid); fi
    echo "==== $(date -u '+%Y-%m-%d %H:%M:%S UTC') start: bolt $BOLT_PORT, http $HTTP_PORT" >>"$OUT_FILE"
    say "starting Neo4j (home $N4_HOME)..."
    # The password reaches the JVM through the environment only, never the command line.
    # Class path: jars only (class-data sharing refuses directories).
    # kg's Neo4j Browser style, applied on connect (browser/kg-style.json).
    export KG_NEO4J_BROWSER_STYLE="${KG_NEO4J_BROWSER_STYLE:-$REPO/browser/kg-style.json}"
    "${launcher[@]}" nohup "$JAVA" "${opts[@]}" -cp "$LIB/*:$APP_JAR" "$MAIN_CLASS" \
      --home "$N4_HOME" --bolt-port "$BOLT_PORT" --http-port "$HTTP_PORT" --pagecache "$PAGECACHE" \
      </dev/null >>"$OUT_FILE" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
  fi

  local t0=$SECONDS rc=0
  wait_ready "$pid" || rc=$?
  case $rc in
    0)
      local real
      real="$(sed -n 's/^pid=//p' "$READY_FILE" 2>/dev/null || true)"
      if [[ -n "$real" && "$real" != "$pid" ]]; then echo "$real" >"$PID_FILE"; pid=$real; fi
      say "Neo4j $(sed -n 's/^version=//p' "$READY_FILE") ready after $((SECONDS - t0)) s (pid $pid, home $N4_HOME)"
      print_uris
      ;;
    1)
      rm -f "$PID_FILE" "$READY_FILE" "$CDS_NEW"
      show_logs
      die "Neo4j exited during start-up"
      ;;
    *)
      show_logs
      say "not ready after ${START_TIMEOUT}s, stopping pid $pid"
      terminate "$pid" || true
      rm -f "$PID_FILE" "$READY_FILE" "$CDS_NEW"
      die "Neo4j did not become ready in time"
      ;;
  esac
}

cmd_stop() {
  exec 9>"$LOCK_FILE"
  flock 9
  local pid
  if ! pid="$(read_pid)"; then
    say "not running (no pid file in $N4_HOME)"
    rm -f "$READY_FILE"
    return 0
  fi
  if ! is_ours "$pid"; then
    say "not running (stale pid file, pid $pid is not our server)"
    rm -f "$PID_FILE" "$READY_FILE" "$CDS_NEW"
    return 0
  fi
  local t0=$SECONDS
  if ps -ww -o args= -p "$pid" 2>/dev/null | grep -q -- '-XX:ArchiveClassesAtExit='; then
    say "stopping pid $pid; this once the JVM also writes a class-data archive (about 30 s)..."
  fi
  if terminate "$pid"; then
    keep_cds_archive
  else
    rm -f "$CDS_NEW"
  fi
  rm -f "$PID_FILE" "$READY_FILE"
  say "stopped pid $pid after $((SECONDS - t0)) s"
}

cmd_status() {
  local pid
  if pid="$(read_pid)" && is_ours "$pid"; then
    if [[ -f "$READY_FILE" ]] && bolt_answers "$BOLT_PORT"; then
      say "running (pid $pid, home $N4_HOME)"
      print_uris
      return 0
    fi
    say "process $pid is alive but not ready (starting or stopping; see $OUT_FILE)"
    return 2
  fi
  say "not running (home $N4_HOME)"
  return 3
}

cmd_reset() {
  cmd_stop
  exec 9>"$LOCK_FILE"
  flock 9
  rm -rf "$N4_HOME/data" "$N4_HOME/logs" "$N4_HOME/conf" "$OUT_FILE" "$N4_HOME/password"
  say "deleted data, logs, config and password file in $N4_HOME; the next start begins with an empty store"
}

usage() {
  sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 64
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  build) build "${2:-}" ;;
  *) usage ;;
esac
