# Shared helpers for scripts/run, scripts/test and bench/http/run. Source it; do not run it.
# shellcheck shell=bash

SD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Build directories live under build/ (override with SD_BUILD_ROOT, e.g. to keep a second tree).
SD_BUILD_ROOT="${SD_BUILD_ROOT:-$SD_ROOT/build}"
SD_JOBS="${SD_JOBS:-2}"
# ccache (used by server/CMakeLists.txt when installed): hash paths relative to the work tree,
# so a fresh clone elsewhere (CI) still hits the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$SD_ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

sd_log() { printf '==> %s\n' "$*" >&2; }
sd_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through sudo.
sd_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Prints a TCP port on 127.0.0.1 that nothing listens on.
sd_free_port() {
  local port i
  for i in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  sd_die "no free TCP port found"
}

# sd_wait_http URL SECONDS [PID]: waits until URL answers 2xx; fails early if PID dies.
sd_wait_http() {
  local url="$1" secs="$2" pid="${3:-}" i
  for i in $(seq 1 $((secs * 5))); do
    if node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" \
        "$url" 2>/dev/null; then
      return 0
    fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    sleep 0.2
  done
  return 1
}

# True when web/dist is missing or older than any web source file.
sd_web_needs_build() {
  local web="$SD_ROOT/web"
  [ -f "$web/dist/index.html" ] || return 0
  [ -n "$(find "$web" \( -path "$web/node_modules" -o -path "$web/dist" -o -path "$web/e2e" \
        -o -path "$web/test-results" \) -prune -o -type f -newer "$web/dist/index.html" -print \
        -quit)" ]
}

# Installs web/node_modules from package-lock.json when missing or stale.
sd_web_install() {
  local web="$SD_ROOT/web"
  [ -f "$web/package.json" ] || sd_die "web/package.json is missing"
  local stamp="$web/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$web/package.json" -nt "$stamp" ] \
      || { [ -f "$web/package-lock.json" ] && [ "$web/package-lock.json" -nt "$stamp" ]; }; then
    sd_log "installing npm packages (web/)"
    # npm ci for a fresh tree (exactly the lock file); npm install to top up an existing one.
    if [ -f "$web/package-lock.json" ] && [ ! -d "$web/node_modules" ]; then
      (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
    else
      (cd "$web" && npm install --no-audit --no-fund --loglevel=error)
    fi
  fi
}

# Builds web/dist unless it is up to date.
sd_web_build() {
  sd_web_install
  if sd_web_needs_build; then
    sd_log "building the web UI (web/dist)"
    (cd "$SD_ROOT/web" && npm run build)
  fi
}

# sd_cmake_build DIR [cmake -D options...]: configures DIR (reusing it) and builds it with -j.
# Re-running cmake each time is cheap and picks up new web/dist files.
sd_cmake_build() {
  local dir="$1"
  shift
  sd_log "configuring $dir"
  cmake -S "$SD_ROOT/server" -B "$dir" "$@" >"$dir.configure.log" 2>&1 || {
    cat "$dir.configure.log" >&2
    return 1
  }
  sd_log "building $dir (-j$SD_JOBS)"
  cmake --build "$dir" -j "$SD_JOBS"
}

# Builds the Release server with the web UI embedded; prints the binary's path.
sd_build_release() {
  mkdir -p "$SD_BUILD_ROOT"
  sd_cmake_build "$SD_BUILD_ROOT/release" -DCMAKE_BUILD_TYPE=Release -DSD_TESTS=OFF \
    "-DSD_WEB_DIST=$SD_ROOT/web/dist" >&2 || return 1
  echo "$SD_BUILD_ROOT/release/src/main/salesdesk"
}

# ---- throwaway PostgreSQL 15 --------------------------------------------------------------
# sd_pg_start [fsync=on|off]: initdb in a temp dir, start on 127.0.0.1:<free port> with trust
# auth. Sets SD_PG_DIR, SD_PG_PORT, SD_PG_URL (database "salesdesk"). postgres refuses to run
# as root, so it runs as the postgres user. Pair with sd_pg_stop (safe to call twice).
SD_PG_BIN="${SD_PG_BIN:-/usr/lib/postgresql/15/bin}"
SD_PG_DIR=""
SD_PG_PORT=""
SD_PG_URL=""

sd_pg_run() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  elif [ "$(id -un)" = postgres ]; then
    "$@"
  else
    sudo -u postgres "$@"
  fi
}

sd_pg_start() {
  local fsync="${1:-on}" try
  [ -x "$SD_PG_BIN/initdb" ] || sd_die "PostgreSQL 15 is not installed ($SD_PG_BIN)"
  SD_PG_DIR="$(mktemp -d /tmp/salesdesk-pg.XXXXXX)"
  chmod 755 "$SD_PG_DIR"
  sd_as_root chown postgres:postgres "$SD_PG_DIR" 2>/dev/null || true
  sd_pg_run "$SD_PG_BIN/initdb" -D "$SD_PG_DIR/data" -A trust -U postgres -E UTF8 \
    --no-locale >"$SD_PG_DIR/initdb.log" 2>&1 || {
    cat "$SD_PG_DIR/initdb.log" >&2
    return 1
  }
  for try in 1 2 3 4 5; do
    SD_PG_PORT="$(sd_free_port)"
    if sd_pg_run "$SD_PG_BIN/pg_ctl" -D "$SD_PG_DIR/data" -l "$SD_PG_DIR/server.log" -w -t 60 \
        -o "-p $SD_PG_PORT -k $SD_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=$fsync \
            -c max_connections=200 -c shared_buffers=128MB" start >/dev/null 2>&1; then
      break
    fi
    SD_PG_PORT=""
  done
  if [ -z "$SD_PG_PORT" ]; then
    cat "$SD_PG_DIR/server.log" >&2 2>/dev/null
    return 1
  fi
  sd_pg_run "$SD_PG_BIN/createdb" -h 127.0.0.1 -p "$SD_PG_PORT" -U postgres salesdesk || return 1
  SD_PG_URL="postgresql://postgres@127.0.0.1:$SD_PG_PORT/salesdesk"
  sd_log "PostgreSQL 15 on 127.0.0.1:$SD_PG_PORT (data in $SD_PG_DIR)"
}

# sd_pg_createdb NAME: another database on the throwaway server; prints its URL.
sd_pg_createdb() {
  sd_pg_run "$SD_PG_BIN/dropdb" -h 127.0.0.1 -p "$SD_PG_PORT" -U postgres --if-exists "$1" 2>/dev/null &&
    sd_pg_run "$SD_PG_BIN/createdb" -h 127.0.0.1 -p "$SD_PG_PORT" -U postgres "$1" &&
    echo "postgresql://postgres@127.0.0.1:$SD_PG_PORT/$1"
}

sd_pg_stop() {
  [ -n "$SD_PG_DIR" ] || return 0
  if [ -f "$SD_PG_DIR/data/postmaster.pid" ]; then
    sd_pg_run "$SD_PG_BIN/pg_ctl" -D "$SD_PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
      sd_pg_run "$SD_PG_BIN/pg_ctl" -D "$SD_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
  fi
  if [ -n "${SD_PG_KEEP_LOG:-}" ] && [ -f "$SD_PG_DIR/server.log" ]; then
    cp "$SD_PG_DIR/server.log" "$SD_PG_KEEP_LOG" 2>/dev/null || true
  fi
  sd_as_root rm -rf "$SD_PG_DIR"
  SD_PG_DIR=""
}

# ---- salesdesk server in the background ----------------------------------------------------
# sd_server_start BINARY DB_URL PORT LOGFILE: starts `serve`, waits for /healthz; sets SD_SRV_PID.
SD_SRV_PID=""
sd_server_start() {
  local bin="$1" db="$2" port="$3" log="$4"
  "$bin" serve --db "$db" --port "$port" >"$log" 2>&1 &
  SD_SRV_PID=$!
  if ! sd_wait_http "http://127.0.0.1:$port/healthz" 60 "$SD_SRV_PID"; then
    printf 'server did not come up; last lines of %s:\n' "$log" >&2
    tail -n 30 "$log" >&2
    return 1
  fi
}

# sd_server_stop: SIGTERM, wait up to 20 s, then SIGKILL. Returns the server's exit status.
sd_server_stop() {
  [ -n "$SD_SRV_PID" ] || return 0
  local pid="$SD_SRV_PID" i rc=0
  SD_SRV_PID=""
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    rc=137
  fi
  wait "$pid" 2>/dev/null || rc=$?
  return "$rc"
}
