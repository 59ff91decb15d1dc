#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests (the STACK.md recipe): data in a fresh temp dir, trust auth,
# listening on 127.0.0.1 on a free port. Nothing is left behind after `stop`.
#
#   eval "$(scripts/pg-throwaway.sh start)"   # sets HAZGOV_PG_DIR, HAZGOV_PG_PORT, DATABASE_URL, HAZGOV_PG_ADMIN_URL
#   scripts/pg-throwaway.sh stop "$HAZGOV_PG_DIR"
#   scripts/pg-throwaway.sh run -- npx vitest run .db.test.   # start, run one command with those vars, always stop
#
# As root the server runs as the `postgres` user (initdb refuses root); otherwise as the current user.
# HAZGOV_PG_BIN overrides /usr/lib/postgresql/15/bin; HAZGOV_PG_PORT (before start) pins the port;
# HAZGOV_PG_STATE_FILE (before start) receives the data dir path as soon as it exists, so a caller
# interrupted mid-start can still stop it.
set -uo pipefail

PGBIN=${HAZGOV_PG_BIN:-/usr/lib/postgresql/15/bin}
MARKER=.hazgov-pg-throwaway

log() { echo "pg-throwaway: $*" >&2; }

as_pg() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

cmd_start() {
  [[ -x "$PGBIN/initdb" ]] || { log "no $PGBIN/initdb (run scripts/ensure-system-deps.sh)"; return 1; }
  local base=${TMPDIR:-/tmp}
  [[ "$(id -u)" == 0 ]] && base=/tmp   # the postgres user must be able to reach it; keeps the socket path short
  local dir
  dir=$(mktemp -d "$base/pgtest.XXXXXX") || { log "mktemp failed"; return 1; }
  touch "$dir/$MARKER"
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$dir"
  # Tell the caller where it is before anything can fail or be interrupted, and clean up if interrupted.
  [[ -n "${HAZGOV_PG_STATE_FILE:-}" ]] && printf '%s\n' "$dir" >"$HAZGOV_PG_STATE_FILE"
  trap 'cmd_stop "$dir" >/dev/null 2>&1; exit 130' INT TERM
  if ! as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
    log "initdb failed:"; tail -n 20 "$dir/initdb.log" >&2; rm -rf "$dir"; return 1
  fi
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=${HAZGOV_PG_PORT:-$(free_port)}
    if as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then
      local url="postgres://postgres@127.0.0.1:$port/postgres"
      log "PostgreSQL up on 127.0.0.1:$port (data in $dir)"
      printf 'HAZGOV_PG_DIR=%q\nHAZGOV_PG_PORT=%q\nDATABASE_URL=%q\nHAZGOV_PG_ADMIN_URL=%q\n' "$dir" "$port" "$url" "$url"
      printf 'export HAZGOV_PG_DIR HAZGOV_PG_PORT DATABASE_URL HAZGOV_PG_ADMIN_URL\n'
      return 0
    fi
    log "start on port $port failed (attempt $attempt)"
    [[ -n "${HAZGOV_PG_PORT:-}" ]] && break
  done
  log "giving up; server log:"; tail -n 30 "$dir/server.log" >&2 2>/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$dir"
  return 1
}

cmd_stop() {
  local dir=${1:-${HAZGOV_PG_DIR:-}}
  [[ -n "$dir" ]] || { log "stop: which dir?"; return 1; }
  [[ -d "$dir" ]] || return 0
  [[ -f "$dir/$MARKER" ]] || { log "refusing to remove $dir: not a throwaway cluster"; return 1; }
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 20 stop >/dev/null 2>&1 \
      || as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w -t 10 stop >/dev/null 2>&1 \
      || { local pid; pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null); [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null; sleep 1; }
  fi
  rm -rf "$dir"
  log "stopped and removed $dir"
}

cmd_run() {
  [[ "${1:-}" == -- ]] && shift
  [[ $# -gt 0 ]] || { log "run: no command"; return 2; }
  local vars
  vars=$(cmd_start) || return 1
  eval "$vars"
  trap 'cmd_stop "$HAZGOV_PG_DIR"' EXIT
  trap 'exit 130' INT TERM
  "$@"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) shift; cmd_stop "$@" ;;
  run) shift; cmd_run "$@" ;;
  *) echo "usage: $0 start | stop DIR | run -- COMMAND..." >&2; exit 2 ;;
esac
