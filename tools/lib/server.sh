# Shell helpers shared by the local server scripts (tools/neo4j/neo4j.sh,
# tools/corenlp/corenlp.sh). Sourced, not run. The caller sets:
#   HERE        the script's folder (its pom.xml is hashed and built)
#   LIB         the folder Maven copies the jars into
#   PID_FILE    where the server's pid is kept
#   STOP_TIMEOUT seconds to wait after TERM before KILL
#   MAIN_CLASS  the Java class the server runs
# and defines say (a message to stderr) and die (say, then exit 1).

# Hash of the pom.xml the server's jars come from (a changed pom means a rebuild).
pom_hash() {
  sha256sum <"$HERE/pom.xml" | cut -d' ' -f1
}

# Prints the pid kept in PID_FILE; fails when there is none.
read_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] || return 1
  echo "$pid"
}

# True when pid is alive and its command line holds MAIN_CLASS and the
# marker $2 of this server's home (guards against reused pids).
pid_is_ours() {
  local pid="$1" marker="$2" args
  kill -0 "$pid" 2>/dev/null || return 1
  args="$(ps -ww -o args= -p "$pid" 2>/dev/null)" || return 1
  [[ "$args" == *"$MAIN_CLASS"* && "$args" == *"$marker"* ]]
}

# True when something accepts TCP connections on 127.0.0.1:port.
port_open() {
  timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Sends TERM, waits up to STOP_TIMEOUT, then KILL. Returns 1 when it had to KILL.
terminate() {
  local pid="$1" deadline=$((SECONDS + STOP_TIMEOUT))
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if (( SECONDS >= deadline )); then
      say "pid $pid still running after ${STOP_TIMEOUT}s, sending KILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      return 1
    fi
    sleep 0.3
  done
}

# Runs the pom's Maven build with its log in $1; on failure prints the log's
# tail and dies. Prints nothing on success; says how long it took.
mvn_package() {
  local log="$1" t0=$SECONDS
  command -v mvn >/dev/null || die "mvn not found; Maven is needed to fetch the server once"
  if ! mvn -B -q -f "$HERE/pom.xml" package >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "build failed (full log: $log)"
  fi
  say "built in $((SECONDS - t0)) s ($(find "$LIB" -name '*.jar' | wc -l) jars in lib/)"
}
